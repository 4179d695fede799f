// export case-studies through the real executable.
#include "CliFixture.h"
#include "TempDatabase.h"

#include "services/Services.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace ad;
using test::CliResult;

class CliExportTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        auto db = Database::open(database());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        const FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("setup"));
        Account account;
        account.name = QStringLiteral("Acme Sdn Bhd");
        account.industry = QStringLiteral("Logistics");
        auto acme = services.accounts().create(account);
        ASSERT_TRUE(acme.ok());
        for (const auto &[email, name] : {std::pair{"mei@acme.example", "=Mei"}, std::pair{"ed@acme.example", "Ed"}}) {
            Advocate advocate;
            advocate.name = QString::fromLatin1(name);
            advocate.email = QString::fromLatin1(email);
            advocate.accountId = acme->id;
            auto added = services.advocates().create(advocate);
            ASSERT_TRUE(added.ok());
            if (advocate.name == QLatin1String("=Mei")) {
                ASSERT_TRUE(services.advocates().grantConsent(added->id, ConsentAsset::Name, QDate(2026, 1, 1)).ok());
            }
        }
    }

    CliResult exportList(const QStringList &arguments) const
    {
        return runOn(database(), QStringList{QStringLiteral("export"), QStringLiteral("case-studies")} + arguments);
    }
};

TEST_F(CliExportTest, CsvHoldsOnlyConsentedAdvocatesNeutralised)
{
    const QString out = path(QStringLiteral("cases.csv"));
    const CliResult result = exportList({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                         QStringLiteral("--industry"), QStringLiteral("logistics")});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Exported 1 advocate"))) << result.out.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\n'=Mei,"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Ed,"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("@acme.example"))); // no contact details in a marketing list
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

TEST_F(CliExportTest, JsonAndFilters)
{
    const QString out = path(QStringLiteral("cases.json"));
    ASSERT_EQ(exportList({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                          QStringLiteral("--tier"), QStringLiteral("gold")})
                  .exitCode,
              0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case_studies")).toArray().isEmpty());
}

TEST_F(CliExportTest, PdfIsDrawnAndReadableByPoppler)
{
    const QString out = path(QStringLiteral("cases.pdf"));
    const CliResult pdf = exportList({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    ASSERT_EQ(pdf.exitCode, 0) << test::describe(pdf);
    EXPECT_TRUE(pdf.out.contains(QStringLiteral("Exported 1 advocate"))) << pdf.out.toStdString();
    EXPECT_EQ(QFile::permissions(out) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {out});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_EQ(info.exitCode(), 0) << details.toStdString();
    EXPECT_TRUE(details.contains(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]")))) << details.toStdString();

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(body.contains(QStringLiteral("=Mei"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("Ed"))) << "Ed has no consent: " << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("@acme.example")));
}

TEST_F(CliExportTest, AnonymiseListsAdvocatesWithoutConsentWithoutTheirName)
{
    const QString out = path(QStringLiteral("cases.json"));
    const CliResult result = exportList({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                         out, QStringLiteral("--anonymise")});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonArray list = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("case_studies")).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_FALSE(bytes.contains("\"Ed\"")) << bytes.toStdString();
    int anonymous = 0;
    for (const QJsonValue &entry : list)
        if (entry.toObject().value(QStringLiteral("name")).toString().isEmpty()) {
            ++anonymous;
            EXPECT_EQ(entry.toObject().value(QStringLiteral("industry")).toString(), QStringLiteral("Logistics"));
            EXPECT_TRUE(entry.toObject().value(QStringLiteral("consented_assets")).toArray().isEmpty());
        }
    EXPECT_EQ(anonymous, 1);
}

TEST_F(CliExportTest, UnknownFormatIsAUsageError)
{
    const QString out = path(QStringLiteral("cases.xls"));
    EXPECT_EQ(exportList({QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"), out}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(exportList({QStringLiteral("--out"), out}).exitCode, 2);
}

// An advocate listed without a name or logo consent must not be named by their
// own quote or story: not in the CSV, the JSON or the PDF's text.
TEST_F(CliExportTest, AnAnonymousAdvocatesQuoteNamesNeitherThemNorTheirCompany)
{
    {
        auto db = Database::open(database());
        ASSERT_TRUE(db.ok());
        const FixedClock clock(test::TempDatabase::pinnedNow());
        Services services(**db, clock, QStringLiteral("setup"));
        Account account;
        account.name = QStringLiteral("Harbourline Logistics Sdn Bhd");
        account.industry = QStringLiteral("Logistics");
        account.country = QStringLiteral("Malaysia");
        auto harbour = services.accounts().create(account);
        ASSERT_TRUE(harbour.ok());
        Advocate advocate;
        advocate.name = QStringLiteral("Tan Mei Ling");
        advocate.email = QStringLiteral("meiling@harbourline.example");
        advocate.accountId = harbour->id;
        advocate.successStory = QStringLiteral("Mei Ling says Harbourline cut dispatch time by 40% — ask Tan at "
                                               "meiling@harbourline.example.");
        advocate.valueOutcomes = QStringLiteral("Harbourline Logistics saved 2 days per shipment.");
        auto added = services.advocates().create(advocate);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        for (ConsentAsset asset : {ConsentAsset::Quote, ConsentAsset::CaseStudy})
            ASSERT_TRUE(services.advocates().grantConsent(added->id, asset, QDate(2026, 1, 1)).ok());
    }
    const auto named = [](const QString &text) {
        QStringList found;
        // ("=Mei" of the fixture is another advocate, named with consent.)
        for (const char *word : {"Harbourline", "Tan Mei", "Mei Ling", "Ling", "meiling", " Tan "}) {
            if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
                found << QString::fromLatin1(word);
        }
        return found;
    };
    const QStringList filter{QStringLiteral("--industry"), QStringLiteral("Logistics")};
    for (const char *format : {"csv", "json", "pdf"}) {
        const QString out = path(QStringLiteral("cases.") + QLatin1String(format));
        const CliResult result = exportList(QStringList{QStringLiteral("--format"), QLatin1String(format),
                                                        QStringLiteral("--out"), out} + filter);
        ASSERT_EQ(result.exitCode, 0) << test::describe(result);
        QString text;
        if (QLatin1String(format) == QLatin1String("pdf")) {
            text = runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        } else {
            QFile file(out);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(file.readAll());
        }
        EXPECT_TRUE(named(text).isEmpty()) << format << " names " << named(text).join(QLatin1Char(',')).toStdString()
                                           << ":\n" << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("a logistics company in Malaysia"))) << format << ":\n"
                                                                                      << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("40%"))) << "the story itself is kept";
    }
}
