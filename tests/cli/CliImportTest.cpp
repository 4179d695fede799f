// import through the real executable: real-world files, refusals that write nothing.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

class CliImportTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        const CliResult init = runOn(database(), {QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << test::describe(init);
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    CliResult import(const QStringList &arguments) const
    {
        return runOn(database(), QStringList{QStringLiteral("import")} + arguments);
    }

    QJsonObject stats() const
    {
        const CliResult result = runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << test::describe(result);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }
};

TEST_F(CliImportTest, ExcelStyleFileWithBomSemicolonsAndQuotedNewline)
{
    const QString file = write(QStringLiteral("contacts.csv"),
                               "\xEF\xBB\xBF" "First Name;Last Name;Email;Title;Account Name\r\n"
                               "Mei Ling;Tan;mei@acme.example;\"Head of\r\nOperations\";Acme Sdn Bhd\r\n"
                               "Jos\xC3\xA9;Silva;jose@globex.example;CTO;\"Globex; Brazil\"\r\n");
    const CliResult result = import({QStringLiteral("advocates"), file, QStringLiteral("--mapping"),
                                     QStringLiteral("salesforce")});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Imported advocates: 2 new"))) << result.out.toStdString();
    EXPECT_EQ(stats().value(QStringLiteral("advocates")).toInt(), 2);
    EXPECT_EQ(stats().value(QStringLiteral("accounts")).toInt(), 2);

    const CliResult shown = runOn(database(), {QStringLiteral("advocate"), QStringLiteral("show"),
                                               QStringLiteral("jose@globex.example"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << test::describe(shown);
    EXPECT_TRUE(shown.out.contains(QString::fromUtf8("José Silva"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Globex; Brazil"))) << shown.out.toStdString();
}

TEST_F(CliImportTest, BadFileIsRefusedWithRowErrorsAndTheDatabaseUnchanged)
{
    const QString file = write(QStringLiteral("bad.csv"), "email,name,account\n"
                                                          "ok@acme.example,Ok,Acme\n"
                                                          "broken,Bad Email,Acme\n"
                                                          "ok@ACME.example,Again,Acme\n");
    const QByteArray before = test::fileHash(database());
    const CliResult result = import({QStringLiteral("advocates"), file});
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("bad.csv:3: email: "))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("bad.csv:4: email: "))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("nothing was imported"))) << result.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliImportTest, UnterminatedQuoteAndMissingColumnAreRefused)
{
    const QByteArray before = test::fileHash(database());
    const QString open = write(QStringLiteral("open.csv"), "email,name,account\na@b.example,\"A,B\n");
    const CliResult unterminated = import({QStringLiteral("advocates"), open});
    EXPECT_EQ(unterminated.exitCode, 1) << test::describe(unterminated);
    EXPECT_TRUE(unterminated.err.contains(QStringLiteral("open.csv:2: a quoted cell is never closed")))
        << unterminated.err.toStdString();

    const QString noEmail = write(QStringLiteral("noemail.csv"), "name,account\nA,B\n");
    const CliResult missing = import({QStringLiteral("advocates"), noEmail});
    EXPECT_EQ(missing.exitCode, 1) << test::describe(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("required field email"))) << missing.err.toStdString();
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliImportTest, DryRunWritesNothingAndJsonReportsCounts)
{
    const QString file = write(QStringLiteral("a.csv"), "email,name,company\na@b.example,A,B\n");
    const QByteArray before = test::fileHash(database());
    const CliResult dry =
        import({QStringLiteral("advocates"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << test::describe(dry);
    const QJsonObject report = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("accounts_created")).toInt(), 1);
    EXPECT_FALSE(report.value(QStringLiteral("committed")).toBool());
    EXPECT_EQ(test::fileHash(database()), before);
}

TEST_F(CliImportTest, OnDuplicateSkipAndUpdate)
{
    const QString first = write(QStringLiteral("a.csv"), "email,name,account,title\na@b.example,A,B,Old\n");
    ASSERT_EQ(import({QStringLiteral("advocates"), first}).exitCode, 0);
    const QString again = write(QStringLiteral("b.csv"), "email,name,account,title\nA@B.example,A,B,New\n");
    EXPECT_EQ(import({QStringLiteral("advocates"), again}).exitCode, 1);
    const CliResult skipped =
        import({QStringLiteral("advocates"), again, QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    ASSERT_EQ(skipped.exitCode, 0) << test::describe(skipped);
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("1 skipped"))) << skipped.out.toStdString();
    const CliResult updated =
        import({QStringLiteral("advocates"), again, QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    ASSERT_EQ(updated.exitCode, 0) << test::describe(updated);
    EXPECT_TRUE(updated.out.contains(QStringLiteral("1 updated"))) << updated.out.toStdString();
}

TEST_F(CliImportTest, UsageErrors)
{
    const QString file = write(QStringLiteral("a.csv"), "email\n");
    const CliResult kind = import({QStringLiteral("people"), file});
    EXPECT_EQ(kind.exitCode, 2) << test::describe(kind);
    const CliResult policy =
        import({QStringLiteral("advocates"), file, QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    EXPECT_EQ(policy.exitCode, 2) << test::describe(policy);
    const CliResult mapping =
        import({QStringLiteral("advocates"), file, QStringLiteral("--mapping"), path(QStringLiteral("none.json"))});
    EXPECT_EQ(mapping.exitCode, 1) << test::describe(mapping);
}

TEST_F(CliImportTest, SkipBadRowsImportsTheOthersAndSavesTheReport)
{
    const QString file = write(QStringLiteral("mixed.csv"), "email,name,account\n"
                                                            "ok@acme.example,Ok,Acme\n"
                                                            "broken,Bad Email,Acme\n"
                                                            "also@acme.example,Also,Acme\n");
    const QString report = path(QStringLiteral("errors.csv"));
    const CliResult result =
        import({QStringLiteral("advocates"), file, QStringLiteral("--skip-bad-rows"), QStringLiteral("--report"), report});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("mixed.csv:3: email: "))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QRegularExpression(QStringLiteral("\\b1 row.* left out")))) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("2 new"))) << result.out.toStdString();
    const CliResult found = runOn(database(), {QStringLiteral("search"), QStringLiteral("also")});
    EXPECT_TRUE(found.out.contains(QStringLiteral("also@acme.example"))) << found.out.toStdString();

    QFile saved(report);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "file,row,column,reason\r\n")) << bytes.toStdString();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("mixed.csv,3,email,"))) << text.toStdString();
}
