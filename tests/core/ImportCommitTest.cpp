// Commit checks and writes in one pass: a refused file still gives the preview's
// report and leaves the database file exactly as it was.
#include "ImportFixture.h"

using namespace ad;
using test::issuesText;

using ImportCommitTest = test::ImportFixture;

namespace {

// Hundreds of good rows, new and existing accounts, an update, then one bad row.
QByteArray fileWithALateBadRow()
{
    QByteArray csv("email,name,account,title\n");
    for (int i = 0; i < 600; ++i)
        csv +=
            QStringLiteral("p%1@acme.example,Person %1,%2,Analyst\n")
                .arg(i)
                .arg(i % 3 == 0 ? QStringLiteral("Acme Sdn Bhd") : QStringLiteral("Account %1").arg(i % 40))
                .toUtf8();
    csv += "MEI@acme.example,,Acme Sdn Bhd,COO\n";
    csv += "not-an-email,Late,Acme Sdn Bhd,\n";
    return csv;
}

void expectSameReport(const ImportReport &a, const ImportReport &b)
{
    EXPECT_EQ(a.rows, b.rows);
    EXPECT_EQ(a.created, b.created);
    EXPECT_EQ(a.updated, b.updated);
    EXPECT_EQ(a.skipped, b.skipped);
    EXPECT_EQ(a.accountsCreated, b.accountsCreated);
    EXPECT_EQ(issuesText(a), issuesText(b));
    EXPECT_EQ(a.committed, b.committed);
}

} // namespace

TEST_F(ImportCommitTest, ARefusedCommitGivesThePreviewReportAndLeavesTheFileAsItWas)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    const QByteArray csv = fileWithALateBadRow();
    const ImportOptions o = options(ImportKind::Advocates, DuplicatePolicy::Update);
    const Importer importer(temp.services().context());

    const Result<ImportReport> preview =
        importer.preview(table(csv.constData()), QStringLiteral("in.csv"), o);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->created, 600);
    EXPECT_EQ(preview->updated, 1);
    EXPECT_EQ(preview->accountsCreated, 40);
    ASSERT_EQ(preview->issues.size(), 1);
    EXPECT_EQ(preview->issues.first().line, 603);

    const QString before = temp.snapshot();
    const QByteArray fileBefore = test::fileHash(temp.path());
    const Result<ImportReport> committed =
        importer.commit(table(csv.constData()), QStringLiteral("in.csv"), o);
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_FALSE(committed->committed);
    expectSameReport(*committed, *preview);
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(test::fileHash(temp.path()), fileBefore);

    // The same file without its bad row is written whole.
    const QByteArray good = csv.left(csv.lastIndexOf("not-an-email"));
    const Result<ImportReport> written =
        importer.commit(table(good.constData()), QStringLiteral("in.csv"), o);
    ASSERT_TRUE(written.ok() && written->committed)
        << (written.ok() ? issuesText(*written) : written.error().message).toStdString();
    EXPECT_EQ(count("advocates"), 601);
    EXPECT_EQ(count("accounts"), 41);
    EXPECT_EQ((*temp.services().advocates().findByEmail(QStringLiteral("mei@acme.example")))->title,
              QStringLiteral("COO"));
}

TEST_F(ImportCommitTest, ADatabaseThatCannotBeWrittenStillReportsTheFilesRefusedRows)
{
    temp.makeAccount();
    Result<std::unique_ptr<Database>> readOnly = Database::open(temp.path(), Database::Access::ReadOnly);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().message.toStdString();
    const ServiceContext context{**readOnly, temp.clock(), QStringLiteral("test")};
    const Importer importer(context);
    const ImportOptions o = options(ImportKind::Advocates);

    const Result<ImportReport> refused =
        importer.commit(table("email,name,account\nbad,Bad,Acme Sdn Bhd\n"), QStringLiteral("in.csv"), o);
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString();
    EXPECT_FALSE(refused->committed);
    ASSERT_EQ(refused->issues.size(), 1);
    EXPECT_EQ(refused->issues.first().field, QStringLiteral("email"));

    const Result<ImportReport> clean = importer.commit(
        table("email,name,account\nok@acme.example,Ok,Acme Sdn Bhd\n"), QStringLiteral("in.csv"), o);
    ASSERT_FALSE(clean.ok());
    EXPECT_TRUE(clean.error().message.contains(QStringLiteral("read-only")))
        << clean.error().message.toStdString();
}

TEST_F(ImportCommitTest, SkipBadRowsWritesEveryGoodRowAroundTheRefusedOnes)
{
    QByteArray csv("email,name,account\n");
    for (int i = 0; i < 300; ++i) {
        const QString email =
            i % 100 == 10 ? QStringLiteral("broken-%1").arg(i) : QStringLiteral("p%1@acme.example").arg(i);
        csv += QStringLiteral("%1,Person %2,Account %3\n").arg(email).arg(i).arg(i % 7).toUtf8();
    }
    ImportOptions o = options(ImportKind::Advocates);
    o.skipBadRows = true;
    const Result<ImportReport> report = commit(csv.constData(), o);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->created, 297);
    EXPECT_EQ(report->refusedRows(), 3);
    EXPECT_EQ(count("advocates"), 297);
    EXPECT_EQ(count("advocate_search"), 297);
    EXPECT_EQ(count("accounts"), 7);
    EXPECT_TRUE(temp.services().advocates().findByEmail(QStringLiteral("p299@acme.example"))->has_value());
    EXPECT_FALSE(temp.services().advocates().findByEmail(QStringLiteral("broken-110"))->has_value());
}

TEST_F(ImportCommitTest, AnEmailInTheDatabaseIsFoundWhetherTheKeysAreReadOrProbed)
{
    const Account acme = temp.makeAccount();
    for (int i = 0; i < 9; ++i)
        temp.makeAdvocate(QStringLiteral("held%1@acme.example").arg(i), acme.id);
    // Nine advocates: a two-row file probes for each email (more than 4 per row),
    // a three-row file reads every key once. Both find the one already held.
    for (const char *csv :
         {"email,name,account\nHELD3@acme.example,Again,Acme Sdn Bhd\nnew1@acme.example,New,Acme "
          "Sdn Bhd\n",
          "email,name,account\nnew2@acme.example,New,Acme Sdn Bhd\nHeld8@Acme.example,Again,Acme "
          "Sdn Bhd\nnew3@acme.example,Other,Acme Sdn Bhd\n"}) {
        const ImportReport report = refused(csv, options(ImportKind::Advocates));
        ASSERT_EQ(report.issues.size(), 1) << issuesText(report).toStdString();
        EXPECT_TRUE(report.issues.first().message.contains(QStringLiteral("already belongs to Mei Ling Tan")))
            << issuesText(report).toStdString();
        Result<ImportReport> skipped = commit(csv, options(ImportKind::Advocates, DuplicatePolicy::Skip));
        ASSERT_TRUE(skipped.ok() && skipped->committed);
        EXPECT_EQ(skipped->skipped, 1);
    }
    EXPECT_EQ(count("advocates"), 12);
}

TEST_F(ImportCommitTest, AnUpdatedAdvocateMayMoveToAnAccountTheSameFileCreates)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    Result<ImportReport> report = commit("email,name,account\nnew@globex.example,New,Globex\n"
                                         "mei@acme.example,,Globex\n",
                                         options(ImportKind::Advocates, DuplicatePolicy::Update));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_TRUE(report->committed) << issuesText(*report).toStdString();
    EXPECT_EQ(report->accountsCreated, 1);
    EXPECT_EQ(report->updated, 1);
    auto globex = temp.services().accounts().findByName(QStringLiteral("Globex"));
    ASSERT_TRUE(globex.ok() && globex->has_value());
    auto mei = temp.services().advocates().findByEmail(QStringLiteral("mei@acme.example"));
    ASSERT_TRUE(mei.ok() && mei->has_value());
    EXPECT_EQ((*mei)->accountId, (*globex)->id);
    auto found = temp.services().search().search(QStringLiteral("globex"), 10);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 2); // both rows carry the new account's name in the index
}
