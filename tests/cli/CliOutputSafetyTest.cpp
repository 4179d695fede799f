// No output may destroy an input: every command that writes a file is pointed
// at the database itself (by name, through a link, through a hard link), at its
// -wal and -shm, into its backups folder, at a folder and at a FIFO. The
// database must come out exactly as it went in.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <thread>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace ad;

namespace {

class CliOutputSafetyTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(makeDemo(database(), 30, 5));
        email = firstAdvocateEmail(database());
        ASSERT_EQ(runOn(database(), {QStringLiteral("backup")}).exitCode, 0); // the backups folder exists
    }

    // Every command that writes where --out (or --report) says, with `target` there.
    QList<QStringList> writers(const QString &target) const
    {
        const QString csv = path(QStringLiteral("bad.csv"));
        QFile file(csv);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("email,name,account\nnot-an-email,Someone,Somewhere\n");
        file.close();
        return {
            {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), target},
            {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), target},
            {QStringLiteral("person"), QStringLiteral("export"), email, QStringLiteral("--out"), target},
            {QStringLiteral("sync-export"), QStringLiteral("--out"), target},
            {QStringLiteral("report"), QStringLiteral("--out"), target},
            {QStringLiteral("backup"), QStringLiteral("--out"), target},
            {QStringLiteral("import"), QStringLiteral("advocates"), csv, QStringLiteral("--skip-bad-rows"),
             QStringLiteral("--report"), target},
        };
    }

    // The database's rows as another program reads them, and its integrity.
    void expectDatabaseIntact(const QByteArray &statsBefore, const std::string &what)
    {
        const test::CliResult check = runOn(database(), {QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 0) << what << ": " << test::describe(check);
        EXPECT_EQ(stats(), statsBefore) << what;
    }

    QByteArray stats()
    {
        return runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")}).out.toUtf8();
    }

    QString email;
};

TEST_F(CliOutputSafetyTest, NoCommandWritesOverTheDatabaseItsLogOrItsBackups)
{
    const QString link = path(QStringLiteral("link-to-db.sqlite"));
    ASSERT_EQ(::symlink(QFile::encodeName(database()).constData(), QFile::encodeName(link).constData()), 0);
    const QString hardLink = path(QStringLiteral("hard-link.sqlite"));
    ASSERT_EQ(::link(QFile::encodeName(database()).constData(), QFile::encodeName(hardLink).constData()), 0);
    const QString backups = database() + QStringLiteral(".backups");
    const QStringList backupFiles = QDir(backups).entryList(QDir::Files);
    ASSERT_FALSE(backupFiles.isEmpty());
    const QStringList targets = {database(),
                                 link,
                                 hardLink,
                                 QStringLiteral("./programme.sqlite"),
                                 database() + QStringLiteral("-wal"),
                                 database() + QStringLiteral("-shm"),
                                 QDir(backups).filePath(backupFiles.first()),
                                 QDir(backups).filePath(QStringLiteral("new-file.csv")),
                                 backups};
    const QByteArray before = stats();
    for (const QString &target : targets) {
        for (const QStringList &command : writers(target)) {
            const test::CliResult result = runOn(database(), command);
            const std::string what = command.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(result.exitCode, 1) << what << ": " << test::describe(result);
            EXPECT_FALSE(result.err.isEmpty()) << what;
            EXPECT_TRUE(QFileInfo(database()).isFile() && !QFileInfo(database()).isSymLink()) << what;
            ASSERT_NO_FATAL_FAILURE(expectDatabaseIntact(before, what));
        }
    }
    EXPECT_EQ(QDir(backups).entryList(QDir::Files), backupFiles) << "nothing written into the backups folder";
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), database());
}

TEST_F(CliOutputSafetyTest, AFifoIsWrittenIntoAndStaysAFifo)
{
    const QString fifo = path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader on the other end, as `cmd --out >(gzip)` would have.
    QByteArray received;
    std::thread reader([&] {
        QFile pipe(fifo);
        if (pipe.open(QIODevice::ReadOnly))
            received = pipe.readAll();
    });
    const test::CliResult result =
        runOn(database(), {QStringLiteral("person"), QStringLiteral("export"), email, QStringLiteral("--out"), fifo});
    reader.join();
    EXPECT_EQ(result.exitCode, 0) << test::describe(result);
    struct stat info{};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode)) << "the FIFO was replaced by a regular file";
    EXPECT_TRUE(QJsonDocument::fromJson(received).isObject()) << received.left(200).toStdString();
}

TEST_F(CliOutputSafetyTest, DashMeansStandardOutputAndMessagesGoToStandardError)
{
    const test::CliResult person =
        runOn(database(), {QStringLiteral("person"), QStringLiteral("export"), email, QStringLiteral("--out"),
                           QStringLiteral("-")});
    ASSERT_EQ(person.exitCode, 0) << test::describe(person);
    EXPECT_TRUE(QJsonDocument::fromJson(person.out.toUtf8()).isObject()) << person.out.left(200).toStdString();
    EXPECT_TRUE(person.err.contains(email)) << "the message goes to stderr: " << person.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("-"))));

    const test::CliResult csv =
        runOn(database(), {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(csv.exitCode, 0) << test::describe(csv);
    EXPECT_GE(csv.out.count(QLatin1Char('\n')), 2) << "the CSV's header and rows: " << csv.out.toStdString();
    EXPECT_FALSE(csv.err.isEmpty());

    QProcess backup;
    backup.setProcessEnvironment(m_environment);
    backup.start(QStringLiteral(ADVOCATEDESK_CLI_PATH),
                 {QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--database"),
                  database()});
    ASSERT_TRUE(backup.waitForFinished(60000));
    EXPECT_EQ(backup.exitCode(), 0);
    EXPECT_TRUE(backup.readAllStandardOutput().startsWith(QByteArrayLiteral("SQLite format 3")));

    const test::CliResult both =
        runOn(database(), {QStringLiteral("sync-export"), QStringLiteral("--out"), QStringLiteral("-"),
                           QStringLiteral("--json")});
    EXPECT_EQ(both.exitCode, 2) << test::describe(both);
}

// Every command that prints a result takes --json and prints one JSON object.
TEST_F(CliOutputSafetyTest, EveryCommandThatPrintsAResultTakesJson)
{
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    const auto json = [&](const QString &db, QStringList command) {
        command << QStringLiteral("--json");
        const test::CliResult result = runOn(db, command);
        EXPECT_EQ(result.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString() << ": " << test::describe(result);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        EXPECT_TRUE(document.isObject()) << command.join(QLatin1Char(' ')).toStdString() << " printed "
                                         << result.out.left(300).toStdString();
        return document.object();
    };
    EXPECT_TRUE(json(fresh, {QStringLiteral("init")}).value(QStringLiteral("created")).toBool());
    EXPECT_EQ(json(fresh, {QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("5")})
                  .value(QStringLiteral("advocates"))
                  .toInt(),
              5);
    EXPECT_TRUE(json(fresh, {QStringLiteral("check")}).value(QStringLiteral("ok")).toBool());
    const QString request = json(database(), {QStringLiteral("request"), QStringLiteral("new"),
                                              QStringLiteral("--activity"), QStringLiteral("Reference call")})
                                .value(QStringLiteral("id"))
                                .toString();
    EXPECT_FALSE(request.isEmpty());
    const QString newcomer = path(QStringLiteral("newcomer.csv"));
    QFile csv(newcomer);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("email,name,account\nnewcomer@json.example,New Comer,Json Ltd\n");
    csv.close();
    json(database(), {QStringLiteral("import"), QStringLiteral("advocates"), newcomer});
    json(database(), {QStringLiteral("nominate"), QStringLiteral("newcomer@json.example"), QStringLiteral("--evidence"),
                      QStringLiteral("QBR")});
    json(database(), {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--out"), path(QStringLiteral("cases.json"))});
    json(database(), {QStringLiteral("person"), QStringLiteral("export"), email, QStringLiteral("--out"),
                      path(QStringLiteral("person.json"))});
    json(database(), {QStringLiteral("sync-export"), QStringLiteral("--out"), path(QStringLiteral("bundle.json"))});
    json(database(), {QStringLiteral("backup"), QStringLiteral("--out"), path(QStringLiteral("copy.sqlite"))});
    json(database(), {QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("report.pdf"))});
    EXPECT_FALSE(json(fresh, {QStringLiteral("restore"), path(QStringLiteral("copy.sqlite"))})
                     .value(QStringLiteral("safety_copy"))
                     .toString()
                     .isEmpty());
}

TEST_F(CliOutputSafetyTest, EveryFileWrittenIsReadableByItsOwnerOnly)
{
    const QString report = path(QStringLiteral("report.pdf"));
    const test::CliResult result = runOn(database(), {QStringLiteral("report"), QStringLiteral("--out"), report});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    struct stat info{};
    ASSERT_EQ(::stat(QFile::encodeName(report).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

} // namespace
