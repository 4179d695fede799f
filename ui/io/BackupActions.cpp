#include "BackupActions.h"

#include "ExternalChangeWatcher.h"
#include "FileChooser.h"
#include "common/ErrorMessage.h"
#include "io/ErasureLedger.h"
#include "shell/DatabaseLocation.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/Backup.h"
#include "storage/PostgresUrl.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include <optional>
#include <utility>

namespace ad {

namespace {

const char *const kBackupFilter = QT_TRANSLATE_NOOP("ad::MainWindow", "Advocate Desk backups (*.sqlite);;All files (*)");

std::optional<bool> &confirmationForTesting()
{
    static std::optional<bool> answer;
    return answer;
}

bool confirmRestore(MainWindow *window, const QString &backupPath)
{
    if (std::optional<bool> answer = std::exchange(confirmationForTesting(), std::nullopt))
        return *answer;
    return QMessageBox::question(
               window, MainWindow::tr("Restore from Backup"),
               MainWindow::tr("Replace everything in “%1” with the backup “%2”?\n\nThe current file is kept as a "
                              "safety copy in “%3”. Other programs using the file should be closed first.")
                   .arg(QDir::toNativeSeparators(window->session().path()), QDir::toNativeSeparators(backupPath),
                        QDir::toNativeSeparators(backup::folderFor(window->session().path()))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace

void setRestoreConfirmationForTesting(bool answer)
{
    confirmationForTesting() = answer;
}

void addBackupActions(MainWindow *window, QMenu *fileMenu)
{
    fileMenu->addSeparator();
    QAction *backUp =
        fileMenu->addAction(MainWindow::tr("&Back Up Database…"), window, [window] { backUpDatabase(window); });
    backUp->setObjectName(QStringLiteral("backUpAction"));
    QAction *restore =
        fileMenu->addAction(MainWindow::tr("Res&tore from Backup…"), window, [window] { restoreFromBackup(window); });
    restore->setObjectName(QStringLiteral("restoreAction"));
}

void backUpDatabase(MainWindow *window)
{
    const Database &db = window->session().database();
    // A programme on a server is written as a local snapshot named after its database.
    QString stem = QFileInfo(db.path()).completeBaseName();
    if (DatabaseLocation::isServer(db.path())) {
        if (const Result<PostgresAddress> server = PostgresUrl::parse(db.path()))
            stem = server->database;
    }
    const QString suggested =
        QDir(DatabaseLocation::folderFor(db.path()))
            .filePath(
                QStringLiteral("%1-%2.sqlite")
                    .arg(stem, window->session().clock().now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path =
        FileChooser::saveFile(window, MainWindow::tr("Back Up Database"), suggested, MainWindow::tr(kBackupFilter));
    if (path.isEmpty())
        return;
    if (Status written = backup::writeTo(db, path); !written) {
        showError(window, MainWindow::tr("Back Up Database"), written.error());
        return;
    }
    window->statusBar()->showMessage(MainWindow::tr("Backed up to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void restoreFromBackup(MainWindow *window)
{
    // A restore replaces a file; a programme on a server is no file (and
    // backup::restore would create one named after the address).
    if (DatabaseLocation::isServer(window->session().path())) {
        showError(window, MainWindow::tr("Restore from Backup"),
                  makeError(ErrorKind::Invalid,
                            MainWindow::tr("A restore replaces a database file, and this programme is on a "
                                           "server. To bring a backup onto a server, copy it into an empty "
                                           "database with “advocatedesk-cli server push BACKUP ADDRESS”. "
                                           "Nothing was changed.")));
        return;
    }
    const QString path =
        FileChooser::openFile(window, MainWindow::tr("Restore from Backup"), MainWindow::tr(kBackupFilter));
    if (path.isEmpty())
        return;
    // Check before asking: a damaged or foreign file is refused without a question.
    if (Status valid = backup::validate(path); !valid) {
        showError(window, MainWindow::tr("Restore from Backup"), valid.error());
        return;
    }
    if (!confirmRestore(window, path))
        return;
    const QDateTime now = window->session().clock().now();
    QString safetyCopy;
    const Status restored = window->reopenAfter([&](const QString &databasePath) -> Status {
        Result<QString> kept = backup::restore(path, databasePath, now);
        if (!kept)
            return kept.error();
        safetyCopy = *kept;
        return {};
    });
    if (!restored) {
        showError(window, MainWindow::tr("Restore from Backup"), restored.error());
        return;
    }
    // Whoever was erased since the backup was taken is erased again.
    int erasedAgain = 0;
    if (!safetyCopy.isEmpty()) {
        Result<QList<ErasureLedger::Entry>> ledger = ErasureLedger::entriesIn(safetyCopy);
        Result<int> carried = ledger ? ErasureLedger(window->session().services().context()).carryOver(*ledger)
                                     : Result<int>(ledger.error());
        if (!carried) {
            showError(window, MainWindow::tr("Restore from Backup"), carried.error());
            return;
        }
        erasedAgain = *carried;
        if (erasedAgain > 0)
            window->reloadPages();
    }
    QString message = MainWindow::tr("Restored from “%1”; the replaced file was kept as “%2”.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(safetyCopy));
    if (erasedAgain > 0)
        message += QLatin1Char(' ')
                   + MainWindow::tr("%n people erased since the backup was taken were erased again.", nullptr,
                                    erasedAgain);
    window->statusBar()->showMessage(message);
}

} // namespace ad
