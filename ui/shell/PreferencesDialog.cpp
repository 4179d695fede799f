#include "PreferencesDialog.h"

#include "DatabaseLocation.h"
#include "IdentityForm.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Session.h"
#include "common/ErrorMessage.h"
#include "storage/DatabaseCopy.h"
#include "util/LocalIdentity.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

namespace {

const char *const kFileFilter =
    QT_TRANSLATE_NOOP("ad::PreferencesDialog", "Advocate Desk databases (*.sqlite *.db);;All files (*)");

} // namespace

PreferencesDialog::PreferencesDialog(MainWindow *window)
    : QDialog(window), m_window(window), m_path(new QLabel(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_startup(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    auto *fileBox = new QGroupBox(tr("Database file"), this);
    m_path->setObjectName(QStringLiteral("preferencesPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setWordWrap(true);
    m_path->setAccessibleName(tr("Current database file"));
    auto *open = new QPushButton(tr("&Open…"), fileBox);
    open->setToolTip(tr("Work in another existing database file"));
    auto *create = new QPushButton(tr("&New…"), fileBox);
    create->setToolTip(tr("Start a new, empty database file"));
    auto *move = new QPushButton(tr("&Move…"), fileBox);
    move->setObjectName(QStringLiteral("preferencesMove"));
    m_move = move;
    connect(open, &QPushButton::clicked, this, &PreferencesDialog::openFile);
    connect(create, &QPushButton::clicked, this, &PreferencesDialog::createFile);
    connect(move, &QPushButton::clicked, this, &PreferencesDialog::moveFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addWidget(move);
    buttons->addStretch();
    auto *fileLayout = new QVBoxLayout(fileBox);
    fileLayout->addWidget(m_path);
    fileLayout->addLayout(buttons);

    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language by its own name, so anyone can find theirs.
    for (const QString &name : availableTranslations()) {
        const QLocale locale(name);
        m_language->addItem(locale.nativeLanguageName() + QStringLiteral(" (") +
                                locale.nativeTerritoryName() + QLatin1Char(')'),
                            name);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    auto *restartNote = new QLabel(tr("A new language applies when Advocate Desk starts again."), this);
    restartNote->setWordWrap(true);

    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Preferences::theme())));

    m_startup->setObjectName(QStringLiteral("preferencesStartup"));
    m_startup->addItem(tr("Reopen the last file"), int(Preferences::Startup::ReopenLast));
    m_startup->addItem(tr("Ask which file to open"), int(Preferences::Startup::Ask));
    m_startup->addItem(tr("Open the default file"), int(Preferences::Startup::DefaultFile));
    m_startup->setCurrentIndex(m_startup->findData(int(Preferences::startup())));

    auto *youBox = new QGroupBox(tr("You are"), this);
    youBox->setObjectName(QStringLiteral("preferencesYou"));
    auto *youNote = new QLabel(youBox);
    youNote->setWordWrap(true);
    if (const QString pinned = identity::fromEnvironment(); !pinned.isEmpty()) {
        youNote->setText(
            tr("ADVOCATEDESK_USER says you are “%1” while Advocate Desk runs this time.").arg(pinned));
    } else {
        youNote->setText(tr("Who you are in this programme file: your name goes with every change you make, "
                            "and only a programme manager decides tier reviews."));
    }
    m_youLayout = new QVBoxLayout(youBox);
    m_youLayout->addWidget(youNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("At &start:"), m_startup);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileBox);
    layout->addWidget(youBox);
    layout->addLayout(form);
    layout->addWidget(box);
    updatePath();
}

void PreferencesDialog::accept()
{
    if (m_identity->isEnabled() && m_identity->changesSomething()) {
        if (Status status = m_window->becomeUser(m_identity->name(), m_identity->role()); !status) {
            showError(this, tr("Preferences"), status.error());
            return;
        }
    }
    Preferences::setLanguage(m_language->currentData().toString());
    const auto theme = Preferences::Theme(m_theme->currentData().toInt());
    Preferences::setTheme(theme);
    Preferences::applyTheme(theme);
    Preferences::setStartup(Preferences::Startup(m_startup->currentData().toInt()));
    QDialog::accept();
}

void PreferencesDialog::updatePath()
{
    const QString path = m_window->session().path();
    m_path->setText(DatabaseLocation::shown(path));
    // A programme on a server is no file to move (File → Back Up Database… makes one of it).
    const bool server = DatabaseLocation::isServer(path);
    m_move->setEnabled(!server);
    m_move->setToolTip(server ? tr("The programme is on a server, not in a file: there is no file to move")
                              : tr("Move the current file to another folder or name; it stays open"));
    // Another file has other people in it.
    delete m_identity;
    m_identity = new IdentityForm(m_window->session().services(), Qt::Vertical, this);
    m_identity->setEnabled(identity::fromEnvironment().isEmpty());
    m_youLayout->insertWidget(0, m_identity);
}

void PreferencesDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), DatabaseLocation::folderFor(m_window->session().path()), tr(kFileFilter));
    if (!path.isEmpty() && m_window->openDatabase(path))
        updatePath();
}

void PreferencesDialog::createFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), DatabaseLocation::folderFor(m_window->session().path()), tr(kFileFilter),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(this, tr("New Database"),
                  makeError(ErrorKind::Duplicate, tr("“%1” already exists. Choose another name, or open it.")
                                                      .arg(QDir::toNativeSeparators(path))));
        return;
    }
    if (m_window->openDatabase(path))
        updatePath();
}

void PreferencesDialog::moveFile()
{
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Move Database"), m_window->session().path(), tr(kFileFilter),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        moveDatabaseTo(target);
}

bool PreferencesDialog::moveDatabaseTo(const QString &target)
{
    const QString source = m_window->session().path();
    if (DatabaseLocation::isServer(source) ||
        QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return false;
    if (Status copied = copyDatabaseTo(m_window->session().database(), target); !copied) {
        showError(this, tr("Move Database"), copied.error());
        return false;
    }
    // Who you are in the programme moves with it.
    if (const QString chosen = identity::chosenFor(source); !chosen.isEmpty())
        identity::chooseFor(target, chosen);
    if (!m_window->openDatabase(target)) {
        QFile::remove(target);
        return false;
    }
    updatePath();
    // The copy is open and complete: only now does the old file go, unless
    // another program still works on it.
    if (Status removed = removeUnusedDatabase(source); !removed)
        showError(this, tr("Move Database"), removed.error());
    return true;
}

} // namespace ad
