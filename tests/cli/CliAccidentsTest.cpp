// Small things a careful user meets: a FIFO or an empty file given as the
// database, a damaged backup, a full disk, a bundle that is a JSON list, a
// dangling link, the data folder's permissions, stray warnings.
#include "CliFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace ad;

namespace {

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

class CliAccidentsTest : public test::CliFixture
{
};

TEST_F(CliAccidentsTest, AFifoAsTheDatabaseIsRefusedAtOnce)
{
    const QString fifo = path(QStringLiteral("db.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const test::CliResult result = runOn(fifo, {QStringLiteral("stats")});
    EXPECT_LT(timer.elapsed(), 10000) << "it waited for a writer on the FIFO";
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a regular file"))) << result.err.toStdString();
}

TEST_F(CliAccidentsTest, AnEmptyFileIsNotQuietlyTurnedIntoADatabase)
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile file(empty);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const test::CliResult stats = runOn(empty, {QStringLiteral("stats")});
    EXPECT_EQ(stats.exitCode, 1) << test::describe(stats);
    EXPECT_TRUE(stats.err.contains(QStringLiteral("init"))) << stats.err.toStdString();
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_EQ(runOn(empty, {QStringLiteral("init")}).exitCode, 0); // asked for: it becomes one
    EXPECT_EQ(runOn(empty, {QStringLiteral("stats")}).exitCode, 0);
}

TEST_F(CliAccidentsTest, ADamagedBackupIsSummarisedAndListedInFullOnlyWhenAsked)
{
    ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 200, 3));
    const QString damaged = path(QStringLiteral("damaged.sqlite"));
    ASSERT_EQ(runOn(database(), {QStringLiteral("backup"), QStringLiteral("--out"), damaged}).exitCode, 0);
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    for (qint64 page = pages / 2; page < pages - 1; page += 3) { // data pages: the schema stays readable
        file.seek(page * 4096 + 100);
        file.write(QByteArray(3000, '\x5a'));
    }
    file.close();

    const test::CliResult brief = runOn(database(), {QStringLiteral("restore"), damaged});
    EXPECT_EQ(brief.exitCode, 1) << test::describe(brief);
    EXPECT_EQ(brief.err.trimmed().count(QLatin1Char('\n')), 0) << "one line: " << brief.err.toStdString();
    EXPECT_TRUE(brief.err.contains(QStringLiteral("more problems"))) << brief.err.toStdString();

    const test::CliResult verbose =
        runOn(database(), {QStringLiteral("restore"), damaged, QStringLiteral("--verbose")});
    EXPECT_EQ(verbose.exitCode, 1);
    EXPECT_GT(verbose.err.count(QLatin1Char('\n')), 5) << verbose.err.toStdString();
    EXPECT_EQ(runOn(database(), {QStringLiteral("check")}).exitCode, 0);
}

TEST_F(CliAccidentsTest, AFullDiskIsNamedAsSuch)
{
    ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 20, 3));
    const test::CliResult result =
        runOn(database(), {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("/dev/full")});
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("/dev/full"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("No space left on device"))
                || result.err.contains(QStringLiteral("disk is full")))
        << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("Unknown error"))) << result.err.toStdString();
}

TEST_F(CliAccidentsTest, ABundleThatIsAJsonListSaysSo)
{
    ASSERT_EQ(runOn(database(), {QStringLiteral("init")}).exitCode, 0);
    const QString bundle = path(QStringLiteral("list.json"));
    QFile file(bundle);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[{\"format\": \"advocatedesk-sync\"}]");
    file.close();
    const test::CliResult result = runOn(database(), {QStringLiteral("sync-import"), bundle});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("JSON list"))) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("no error occurred"))) << result.err.toStdString();
}

TEST_F(CliAccidentsTest, InitOnADanglingLinkNamesTheLink)
{
    const QString link = path(QStringLiteral("dangling.sqlite"));
    ASSERT_EQ(::symlink("nowhere/at-all.sqlite", QFile::encodeName(link).constData()), 0);
    const test::CliResult result = runOn(link, {QStringLiteral("init")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("link"))) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("File exists"))) << result.err.toStdString();
}

TEST_F(CliAccidentsTest, TheDefaultDataFolderIsTheOwnersOnly)
{
    ::umask(022);
    const test::CliResult result = run({QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    const QString file = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("database")).toString();
    ASSERT_TRUE(file.startsWith(m_dir.path())) << file.toStdString();
    for (QString folder = QFileInfo(file).path(); folder != m_dir.path(); folder = QFileInfo(folder).path())
        EXPECT_EQ(modeOf(folder), 0700) << folder.toStdString();
    EXPECT_EQ(modeOf(file), 0600);
}

TEST_F(CliAccidentsTest, DrawingCommandsPrintNoStrayWarnings)
{
    ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 20, 3));
    m_environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const test::CliResult result =
        runOn(database(), {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("--out"), path(QStringLiteral("cases.pdf"))});
    EXPECT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_EQ(result.err.toStdString(), "");
}

} // namespace

namespace {

// Runs the real CLI with a pseudo-terminal as its standard output and error,
// as a person at a terminal runs it; returns what the terminal received.
QByteArray runOnTerminal(const QStringList &arguments)
{
    QList<QByteArray> storage{QByteArrayLiteral(ADVOCATEDESK_CLI_PATH)};
    for (const QString &argument : arguments)
        storage << argument.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    int terminal = -1;
    const pid_t child = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    if (child == 0) {
        ::execv(argv.front(), argv.data());
        ::_exit(127);
    }
    QByteArray received;
    char buffer[4096];
    for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
        received.append(buffer, got);
    ::close(terminal);
    int status = 0;
    ::waitpid(child, &status, 0);
    return received;
}

} // namespace

// A title holding ESC [31m (recolour) and U+202E (reverse the line) is shown
// escaped on a terminal, never executed by it; a pipe gets the stored bytes.
TEST_F(CliAccidentsTest, StoredControlCharactersNeverReachATerminalRaw)
{
    ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 5, 3));
    const QString email = firstAdvocateEmail(database());
    {
        auto db = Database::open(database());
        ASSERT_TRUE(db.ok());
        SqlQuery update(**db, QStringLiteral("UPDATE advocates SET title = ? WHERE email = ?"));
        update.bind(QString(QStringLiteral("Head") + QChar(0x1B) + QStringLiteral("[31mRED") + QChar(0x202E) + QStringLiteral("x")))
            .bind(email);
        ASSERT_TRUE(update.exec().ok());
    }
    const QByteArray shown = runOnTerminal({QStringLiteral("--database"), database(), QStringLiteral("advocate"),
                                            QStringLiteral("show"), email});
    EXPECT_TRUE(shown.contains("Head\\x1B[31mRED\\u202Ex")) << shown.toStdString();
    EXPECT_FALSE(shown.contains('\x1b')) << "a raw ESC reached the terminal";
    EXPECT_FALSE(shown.contains("\xE2\x80\xAE")) << "a raw bidi override reached the terminal";

    const test::CliResult piped = runOn(database(), {QStringLiteral("advocate"), QStringLiteral("show"), email});
    EXPECT_TRUE(piped.out.contains(QChar(0x1B))) << "a pipe gets the stored text as it is";
}
