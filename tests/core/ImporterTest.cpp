// Import: mapping, every row error kind, all-or-nothing commit, skip vs update.
#include "ImportFixture.h"

#include <algorithm>

using namespace ad;
using test::issuesText;

using ImporterTest = test::ImportFixture;

TEST_F(ImporterTest, SalesforceContactsCreateAdvocatesAndMissingAccountsOnce)
{
    Result<ImportReport> report =
        commit("First Name,Last Name,Email,Title,Account Name,Phone,Contact ID\n"
               "Mei Ling,Tan,mei@acme.example,Head of Ops,Acme Sdn Bhd,+60 3 1234,003A\n"
               "Hafiz,Osman,HAFIZ@acme.example,CTO,acme sdn bhd,,003B\n"
               "Siti,Rahman,siti@globex.example,VP,Globex,,003C\n",
               options(ImportKind::Advocates, DuplicatePolicy::Refuse, ColumnMapping::Preset::Salesforce));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed) << issuesText(*report).toStdString();
    EXPECT_EQ(report->created, 3);
    EXPECT_EQ(report->accountsCreated, 2);
    EXPECT_EQ(count("advocates"), 3);
    EXPECT_EQ(count("accounts"), 2);
    auto mei = temp.services().advocates().findByEmail(QStringLiteral("MEI@acme.example"));
    ASSERT_TRUE(mei.ok() && mei->has_value());
    EXPECT_EQ((*mei)->name, QStringLiteral("Mei Ling Tan"));
    EXPECT_EQ((*mei)->title, QStringLiteral("Head of Ops"));
    EXPECT_EQ((*mei)->phone, QStringLiteral("+60 3 1234"));
    auto search = temp.services().search().search(QStringLiteral("globex"), 10);
    ASSERT_TRUE(search.ok());
    EXPECT_EQ(search->size(), 1); // the search index follows imported rows
}

TEST_F(ImporterTest, HubSpotPresetMapsJobTitleAndCompanyName)
{
    Result<ImportReport> report =
        commit("Record ID,First Name,Last Name,Email,Job Title,Company Name\n1,Ana,Lim,ana@initech.example,CFO,Initech\n",
               options(ImportKind::Advocates, DuplicatePolicy::Refuse, ColumnMapping::Preset::HubSpot));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_TRUE(report->committed) << issuesText(*report).toStdString();
    auto ana = temp.services().advocates().findByEmail(QStringLiteral("ana@initech.example"));
    ASSERT_TRUE(ana.ok() && ana->has_value());
    EXPECT_EQ((*ana)->title, QStringLiteral("CFO"));
}

TEST_F(ImporterTest, AutomaticMappingIgnoresCaseSpacesAndUnderscores)
{
    Result<ImportReport> report = commit("E-Mail,FULL_NAME, company name ,job title\nx@y.example,X Y,Y Co,Boss\n",
                                         options(ImportKind::Advocates));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed) << issuesText(*report).toStdString();
    EXPECT_EQ(report->columns.size(), 4);
}

TEST_F(ImporterTest, CustomJsonMappingAndItsErrors)
{
    Result<ColumnMapping> mapping = ColumnMapping::fromJson(
        R"({"columns": {"Correo": "email", "Nombre": "name", "Empresa": "account", "Notas": ""}})",
        QStringLiteral("map.json"));
    ASSERT_TRUE(mapping.ok()) << mapping.error().message.toStdString();
    ImportOptions o = options(ImportKind::Advocates);
    o.mapping = *mapping;
    Result<ImportReport> report = commit("Correo,Nombre,Empresa,Notas\nl@z.example,Luz,Zeta,hola\n", o);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed) << issuesText(*report).toStdString();
    EXPECT_EQ(report->columns.size(), 3);

    EXPECT_FALSE(ColumnMapping::fromJson("{not json", QStringLiteral("m.json")).ok());
    EXPECT_FALSE(ColumnMapping::fromJson(R"({"Correo": "email"})", QStringLiteral("m.json")).ok());
    Result<ColumnMapping> wrongField =
        ColumnMapping::fromJson(R"({"columns": {"Correo": "mail"}})", QStringLiteral("m.json"));
    ASSERT_TRUE(wrongField.ok());
    o.mapping = *wrongField;
    const QString before = temp.snapshot();
    Result<ImportReport> refused = commit("Correo,Name,Account\na@b.example,A,B\n", o);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("“mail” is not a field of advocates")))
        << refused.error().message.toStdString();
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(ImporterTest, MissingRequiredColumnIsAFileError)
{
    const QString before = temp.snapshot();
    Result<ImportReport> report = commit("Name,Company\nA,B\n", options(ImportKind::Advocates));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.startsWith(QStringLiteral("in.csv: no column for the required field email")))
        << report.error().message.toStdString();
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(ImporterTest, EveryAdvocateRowErrorIsReportedAndNothingIsWritten)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("taken@acme.example"), acme.id);
    const ImportReport report = refused("email,name,account\n"
                                        "good@acme.example,Good,Acme Sdn Bhd\n"
                                        "not-an-email,Bad,Acme Sdn Bhd\n"
                                        "Taken@Acme.example,Dup Db,Acme Sdn Bhd\n"
                                        "good@ACME.example,Dup File,Acme Sdn Bhd\n"
                                        "noname@acme.example,,Acme Sdn Bhd\n"
                                        "noaccount@acme.example,No Account,\n"
                                        "ragged@acme.example,Ragged\n",
                                        options(ImportKind::Advocates));
    ASSERT_EQ(report.issues.size(), 6) << issuesText(report).toStdString();
    EXPECT_EQ(report.issues[0].line, 3);
    EXPECT_EQ(report.issues[0].field, QStringLiteral("email"));
    EXPECT_EQ(report.issues[1].line, 4);
    EXPECT_TRUE(report.issues[1].message.contains(QStringLiteral("already belongs to")));
    EXPECT_EQ(report.issues[2].line, 5);
    EXPECT_TRUE(report.issues[2].message.contains(QStringLiteral("already on line 2")));
    EXPECT_EQ(report.issues[3].field, QStringLiteral("name"));
    EXPECT_EQ(report.issues[4].field, QStringLiteral("account"));
    EXPECT_EQ(report.issues[5].line, 8);
    EXPECT_TRUE(report.issues[5].message.contains(QStringLiteral("2 cells")));
    EXPECT_EQ(report.describe(report.issues[0]).left(16), QStringLiteral("in.csv:3: email:"));
}

TEST_F(ImporterTest, DuplicateInDatabaseSkippedOrUpdated)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    const char *csv = "email,name,account,title\nMEI@acme.example,Mei Ling Tan,Acme Sdn Bhd,COO\n"
                      "new@acme.example,New Person,Acme Sdn Bhd,\n";

    Result<ImportReport> skipped = commit(csv, options(ImportKind::Advocates, DuplicatePolicy::Skip));
    ASSERT_TRUE(skipped.ok() && skipped->committed)
        << (skipped.ok() ? issuesText(*skipped) : skipped.error().message).toStdString();
    EXPECT_EQ(skipped->skipped, 1);
    EXPECT_EQ(skipped->created, 1);
    auto mei = temp.services().advocates().findByEmail(QStringLiteral("mei@acme.example"));
    EXPECT_EQ((*mei)->title, QStringLiteral("Head of Operations"));

    Result<ImportReport> updated =
        commit("email,name,account,title\nmei@acme.example,,Acme Sdn Bhd,COO\n",
               options(ImportKind::Advocates, DuplicatePolicy::Update));
    ASSERT_TRUE(updated.ok() && updated->committed) << issuesText(*updated).toStdString();
    EXPECT_EQ(updated->updated, 1);
    mei = temp.services().advocates().findByEmail(QStringLiteral("mei@acme.example"));
    EXPECT_EQ((*mei)->title, QStringLiteral("COO"));
    EXPECT_EQ((*mei)->name, QStringLiteral("Mei Ling Tan")); // an empty cell leaves the value
    EXPECT_EQ(count("advocates"), 2);
}

TEST_F(ImporterTest, AccountsWithTypedFieldsAndTheirErrors)
{
    Result<ImportReport> ok = commit("Account Name,Industry,Segment,ARR,Renewal Date,Health,Products\n"
                                     "Acme,Logistics,Enterprise,\"120,000\",2026-12-31,at risk,Desk; Boards\n",
                                     options(ImportKind::Accounts));
    ASSERT_TRUE(ok.ok() && ok->committed) << (ok.ok() ? issuesText(*ok) : ok.error().message).toStdString();
    auto acme = temp.services().accounts().findByName(QStringLiteral("ACME"));
    ASSERT_TRUE(acme.ok() && acme->has_value());
    EXPECT_EQ((*acme)->arr, 120000);
    EXPECT_EQ((*acme)->segment, Segment::Enterprise);
    EXPECT_EQ((*acme)->health, Health::AtRisk);
    EXPECT_EQ((*acme)->renewalDate, QDate(2026, 12, 31));
    EXPECT_EQ((*acme)->products, (QStringList{QStringLiteral("Desk"), QStringLiteral("Boards")}));

    const ImportReport report = refused("name,segment,arr,renewal_date\n"
                                        "acme,smb,1,\n"
                                        "Beta,huge,,\n"
                                        "Gamma,,lots,\n"
                                        "Delta,,-5,\n"
                                        "Eps,,,31/12/2026\n",
                                        options(ImportKind::Accounts));
    ASSERT_EQ(report.issues.size(), 5) << issuesText(report).toStdString();
    EXPECT_EQ(report.issues[0].field, QStringLiteral("name")); // already in the database
    EXPECT_EQ(report.issues[1].field, QStringLiteral("segment"));
    EXPECT_EQ(report.issues[2].field, QStringLiteral("arr"));
    EXPECT_EQ(report.issues[3].field, QStringLiteral("arr"));
    EXPECT_EQ(report.issues[4].field, QStringLiteral("renewal_date"));
}

TEST_F(ImporterTest, NpsRowsCheckScoreAdvocateAndDate)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    const ImportReport report = refused("Email,Score,Date,Comment\n"
                                        "mei@acme.example,9,2026-05-01,Great\n"
                                        "mei@acme.example,11,2026-05-01,\n"
                                        "mei@acme.example,-1,,\n"
                                        "mei@acme.example,7.5,,\n"
                                        "ghost@acme.example,8,,\n"
                                        "mei@acme.example,8,yesterday,\n",
                                        options(ImportKind::Nps));
    ASSERT_EQ(report.issues.size(), 5) << issuesText(report).toStdString();
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("between 0 and 10; 11")));
    EXPECT_TRUE(report.issues[1].message.contains(QStringLiteral("-1")));
    EXPECT_TRUE(report.issues[2].message.contains(QStringLiteral("whole number")));
    EXPECT_EQ(report.issues[3].field, QStringLiteral("email"));
    EXPECT_EQ(report.issues[4].field, QStringLiteral("date"));

    Result<ImportReport> ok = commit("Email,Score,Date\nmei@acme.example,9,2026-05-01T10:00:00Z\nmei@acme.example,3,\n",
                                     options(ImportKind::Nps));
    ASSERT_TRUE(ok.ok() && ok->committed);
    EXPECT_EQ(count("nps_responses"), 2);
    auto latest = temp.services().nps().history((*temp.services().advocates().findByEmail(
                                                      QStringLiteral("mei@acme.example")))->id);
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest->first().respondedOn, QDate(2026, 5, 1));
    EXPECT_EQ(latest->last().respondedOn, QDate(2026, 6, 15)); // no date: today
}

TEST_F(ImporterTest, PurchasesNeedAKnownAccount)
{
    temp.makeAccount();
    const ImportReport report = refused("account,date,amount\nAcme Sdn Bhd,2026-01-10,500\nNobody Inc,2026-01-10,5\n"
                                        "Acme Sdn Bhd,,5\nAcme Sdn Bhd,2026-01-10,\n",
                                        options(ImportKind::Purchases));
    ASSERT_EQ(report.issues.size(), 3) << issuesText(report).toStdString();
    EXPECT_EQ(report.issues[0].field, QStringLiteral("account"));
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("unknown account")));
    EXPECT_EQ(report.issues[1].field, QStringLiteral("date"));
    EXPECT_EQ(report.issues[2].field, QStringLiteral("amount"));

    Result<ImportReport> ok = commit("Account Name,Close Date,Amount\nacme sdn bhd,2026-01-10,\"$1,250.40\"\n",
                                     options(ImportKind::Purchases, DuplicatePolicy::Refuse,
                                             ColumnMapping::Preset::Salesforce));
    ASSERT_TRUE(ok.ok() && ok->committed);
    SqlQuery amount(temp.db(), QStringLiteral("SELECT amount FROM purchases"));
    EXPECT_EQ(scalar(amount)->toLongLong(), 1250);
}

TEST_F(ImporterTest, ContributionsNeedAKnownActivityType)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("mei@acme.example"), acme.id);
    const ImportReport report = refused("email,activity,date,points\nmei@acme.example,Case study,2026-03-01,\n"
                                        "mei@acme.example,Skydiving,2026-03-01,\nmei@acme.example,Case study,,-3\n",
                                        options(ImportKind::Contributions));
    ASSERT_EQ(report.issues.size(), 2) << issuesText(report).toStdString();
    EXPECT_EQ(report.issues[0].field, QStringLiteral("activity"));
    EXPECT_EQ(report.issues[1].field, QStringLiteral("points"));

    Result<ImportReport> ok = commit("email,activity,date,published\nmei@acme.example,case study,2026-03-01,2026-04-01\n",
                                     options(ImportKind::Contributions));
    ASSERT_TRUE(ok.ok() && ok->committed);
    EXPECT_EQ(count("participations"), 1);
}

TEST_F(ImporterTest, PreviewCountsButNeverWrites)
{
    const QString before = temp.snapshot();
    Result<ImportReport> report = Importer(temp.services().context())
                                      .preview(table("email,name,account\na@b.example,A,B\nc@d.example,C,B\n"),
                                               QStringLiteral("in.csv"), options(ImportKind::Advocates));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->created, 2);
    EXPECT_EQ(report->accountsCreated, 1);
    EXPECT_FALSE(report->committed);
    EXPECT_EQ(temp.snapshot(), before);
}

TEST_F(ImporterTest, SkipBadRowsWritesTheGoodRowsAndListsTheOthers)
{
    const Account acme = temp.makeAccount();
    temp.makeAdvocate(QStringLiteral("taken@acme.example"), acme.id);
    const char *csv = "email,name,account\n"
                      "good@acme.example,Good,Acme Sdn Bhd\n"
                      "not-an-email,Bad,Acme Sdn Bhd\n"
                      "Taken@Acme.example,Dup Db,Acme Sdn Bhd\n"
                      "second@acme.example,Second,Acme Sdn Bhd\n"
                      "ragged@acme.example,Ragged\n";
    // Without the choice the file is refused whole.
    refused(csv, options(ImportKind::Advocates));

    ImportOptions o = options(ImportKind::Advocates);
    o.skipBadRows = true;
    const Result<ImportReport> report = commit(csv, o);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->created, 2);
    EXPECT_EQ(report->refusedRows(), 3);
    EXPECT_TRUE(temp.services().advocates().findByEmail(QStringLiteral("good@acme.example"))->has_value());
    EXPECT_TRUE(temp.services().advocates().findByEmail(QStringLiteral("second@acme.example"))->has_value());
    EXPECT_FALSE(temp.services().advocates().findByEmail(QStringLiteral("ragged@acme.example"))->has_value());

    // The saved report: one line per refused row with row, column and reason.
    const Result<CsvTable> saved = CsvReader::parse(report->issuesCsv(), QStringLiteral("errors.csv"));
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->header, (QStringList{QStringLiteral("file"), QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("reason")}));
    ASSERT_EQ(saved->records.size(), 3);
    EXPECT_EQ(saved->records[0].cells.mid(0, 3), (QStringList{QStringLiteral("in.csv"), QStringLiteral("3"), QStringLiteral("email")}));
    EXPECT_EQ(saved->records[1].cells.at(1), QStringLiteral("4"));
    EXPECT_TRUE(saved->records[1].cells.at(3).contains(QStringLiteral("already belongs to")));
    EXPECT_EQ(saved->records[2].cells.at(1), QStringLiteral("6"));
}

TEST_F(ImporterTest, ProgressCountsTheOnePassAndCancelWritesNothing)
{
    QByteArray csv("email,name,account\n");
    for (int i = 0; i < 2000; ++i)
        csv += QStringLiteral("p%1@acme.example,Person %1,Acme Sdn Bhd\n").arg(i).toUtf8();
    const CsvTable rows = table(csv.constData());
    ASSERT_EQ(rows.records.size(), 2000);

    QList<int> seen;
    const ImportProgress counting = [&](int done, int total) {
        EXPECT_EQ(total, 2000); // one pass checks and writes each row
        seen << done;
        return true;
    };
    const QString before = temp.snapshot();
    const QByteArray fileBefore = test::fileHash(temp.path());
    int calls = 0;
    // Cancelled three quarters in, when the rows so far are written inside the transaction.
    const ImportProgress cancelLate = [&](int done, int) { return ++calls, done < 1500; };
    const Result<ImportReport> cancelled =
        Importer(temp.services().context())
            .commit(rows, QStringLiteral("in.csv"), options(ImportKind::Advocates), cancelLate);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_GT(calls, 4);
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(test::fileHash(temp.path()), fileBefore);

    const Result<ImportReport> done =
        Importer(temp.services().context()).commit(rows, QStringLiteral("in.csv"), options(ImportKind::Advocates),
                                                   counting);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_TRUE(done->committed);
    EXPECT_EQ(done->created, 2000);
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first(), 0);
    EXPECT_EQ(seen.last(), 2000);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
}
