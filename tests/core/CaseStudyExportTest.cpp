// Case-study export: consent decides who appears and what of them; CSV is safe to open.
#include "TempDatabase.h"
#include "io/CaseStudyExport.h"
#include "io/CaseStudyRedaction.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ad;

class CaseStudyExportTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account acme = temp.makeAccount(); // Logistics, enterprise, APAC

    Advocate person(const QString &email, const QString &name, const QString &story = {})
    {
        Advocate advocate = temp.makeAdvocate(email, acme.id, name);
        advocate.successStory = story;
        advocate.valueOutcomes = QStringLiteral("Cut onboarding from 6 to 2 weeks");
        EXPECT_TRUE(temp.services().advocates().update(advocate).ok());
        return advocate;
    }

    void grant(const Advocate &advocate, ConsentAsset asset, QDate from = QDate(2026, 1, 1), QDate until = {})
    {
        auto consent = temp.services().advocates().grantConsent(advocate.id, asset, from, until);
        ASSERT_TRUE(consent.ok()) << consent.error().message.toStdString();
    }

    QList<CaseStudyEntry> list(const CaseStudyFilter &filter = {})
    {
        auto entries = CaseStudyExport(temp.services().context()).entries(filter);
        EXPECT_TRUE(entries.ok()) << entries.error().message.toStdString();
        return entries.ok() ? entries.value() : QList<CaseStudyEntry>{};
    }
};

TEST_F(CaseStudyExportTest, OnlyCurrentConsentsAndOnlyTheConsentedAssets)
{
    const Advocate named = person(QStringLiteral("a@acme.example"), QStringLiteral("Ana"), QStringLiteral("Love it"));
    grant(named, ConsentAsset::Name);
    grant(named, ConsentAsset::Quote);
    const Advocate expired = person(QStringLiteral("b@acme.example"), QStringLiteral("Ben"));
    grant(expired, ConsentAsset::Logo, QDate(2025, 1, 1), QDate(2026, 6, 14));
    const Advocate revoked = person(QStringLiteral("c@acme.example"), QStringLiteral("Cy"));
    grant(revoked, ConsentAsset::CaseStudy);
    auto consents = temp.services().advocates().consents(revoked.id);
    ASSERT_TRUE(temp.services().advocates().revokeConsent(consents->first().id, QDate(2026, 6, 1), {}).ok());
    const Advocate future = person(QStringLiteral("d@acme.example"), QStringLiteral("Di"));
    grant(future, ConsentAsset::Name, QDate(2026, 7, 1));
    const Advocate reference = person(QStringLiteral("e@acme.example"), QStringLiteral("Ed"));
    grant(reference, ConsentAsset::Reference); // a reference call is not publishing
    const Advocate anonymous = person(QStringLiteral("f@acme.example"), QStringLiteral("Fay"), QStringLiteral("Q"));
    grant(anonymous, ConsentAsset::CaseStudy);
    grant(anonymous, ConsentAsset::Logo);

    const QList<CaseStudyEntry> entries = list();
    ASSERT_EQ(entries.size(), 2);
    const CaseStudyEntry &ana = entries[0];
    EXPECT_EQ(ana.name, QStringLiteral("Ana"));
    EXPECT_EQ(ana.quote, QStringLiteral("Love it"));
    EXPECT_TRUE(ana.company.isEmpty()); // no logo consent
    EXPECT_TRUE(ana.caseStudy.isEmpty());
    const CaseStudyEntry &fay = entries[1];
    EXPECT_TRUE(fay.name.isEmpty());
    EXPECT_TRUE(fay.title.isEmpty());
    EXPECT_TRUE(fay.quote.isEmpty());
    EXPECT_EQ(fay.company, QStringLiteral("Acme Sdn Bhd"));
    EXPECT_EQ(fay.caseStudy, QStringLiteral("Cut onboarding from 6 to 2 weeks"));
    EXPECT_EQ(fay.industry, QStringLiteral("Logistics"));
}

TEST_F(CaseStudyExportTest, FiltersByIndustryRegionSegmentProductAndTier)
{
    Account other = acme;
    other.name = QStringLiteral("Globex");
    other.industry = QStringLiteral("Retail");
    other.region = QStringLiteral("EMEA");
    other.segment = Segment::Smb;
    other.products = {QStringLiteral("Boards"), QStringLiteral("Desk")};
    auto globex = temp.services().accounts().create(other);
    ASSERT_TRUE(globex.ok());
    grant(person(QStringLiteral("a@acme.example"), QStringLiteral("Ana")), ConsentAsset::Name);
    Advocate gina = temp.makeAdvocate(QStringLiteral("g@globex.example"), globex->id, QStringLiteral("Gina"));
    grant(gina, ConsentAsset::Name);
    ASSERT_TRUE(temp.services().advocates().setTier(gina.id, Tier::Gold, QStringLiteral("test")).ok());

    EXPECT_EQ(list().size(), 2);
    EXPECT_EQ(list({.industry = QStringLiteral("retail")}).size(), 1);
    EXPECT_EQ(list({.region = QStringLiteral("APAC")}).first().name, QStringLiteral("Ana"));
    EXPECT_EQ(list({.segment = QStringLiteral("SMB")}).first().name, QStringLiteral("Gina"));
    EXPECT_EQ(list({.product = QStringLiteral("desk")}).first().name, QStringLiteral("Gina"));
    EXPECT_EQ(list({.tier = QStringLiteral("gold")}).first().name, QStringLiteral("Gina"));
    EXPECT_TRUE(list({.industry = QStringLiteral("Retail"), .tier = QStringLiteral("vip")}).isEmpty());
}

TEST(CsvWriterTest, EveryOwaspTriggerIsNeutralisedAlsoAfterLeadingSpaces)
{
    const QChar triggers[] = {QLatin1Char('='), QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@'),
                              QLatin1Char('\t'), QLatin1Char('\r'), QChar(u'\0')};
    for (QChar trigger : triggers)
        for (const QString &spaces : {QString(), QStringLiteral(" "), QStringLiteral("   ")}) {
            const QString value = spaces + trigger + QStringLiteral("cmd|' /C calc'!A0");
            SCOPED_TRACE(int(trigger.unicode()));
            EXPECT_EQ(CsvWriter::neutralised(value), QLatin1Char('\'') + value);
            // Written and read back, the cell still starts with the apostrophe.
            CsvWriter csv;
            csv.addRow({value});
            const auto table = CsvReader::parse(QByteArray("h\r\n") + csv.bytes().mid(3), QStringLiteral("x.csv"));
            ASSERT_TRUE(table.ok());
            ASSERT_EQ(table->records.size(), 1);
            EXPECT_TRUE(table->records.first().cells.first().startsWith(QLatin1Char('\'')));
        }
    for (const char *harmless : {"Ana", " Ana", "a=b", "1-2", "   "})
        EXPECT_EQ(CsvWriter::neutralised(QString::fromLatin1(harmless)), QString::fromLatin1(harmless));
}

TEST_F(CaseStudyExportTest, CsvCellsThatLookLikeFormulasAreNeutralised)
{
    for (const char *dangerous : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        EXPECT_EQ(CsvWriter::neutralised(QString::fromLatin1(dangerous)), QLatin1Char('\'') + QString::fromLatin1(dangerous));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("Ana")), QStringLiteral("Ana"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("a \"b\", c")), QStringLiteral("\"a \"\"b\"\", c\""));

    const Advocate evil = person(QStringLiteral("x@acme.example"), QStringLiteral("=HYPERLINK(\"http://x\")"),
                                 QStringLiteral("@cmd"));
    grant(evil, ConsentAsset::Name);
    grant(evil, ConsentAsset::Quote);
    const QString path = temp.dir() + QStringLiteral("/cases.csv");
    {
        // A world-readable file already there must not lend its permissions to the export.
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.setPermissions(old.permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    auto written = CaseStudyExport(temp.services().context()).write(path, CaseStudyExport::Format::Csv, {});
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 1);
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    EXPECT_EQ(QFile::permissions(path) & others, QFileDevice::Permissions());
    auto table = CsvReader::readFile(path);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->records.size(), 1);
    EXPECT_EQ(table->records[0].cells[0], QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(table->records[0].cells[8], QStringLiteral("'@cmd"));
}

TEST_F(CaseStudyExportTest, JsonFileListsTheEntries)
{
    grant(person(QStringLiteral("a@acme.example"), QStringLiteral("Ana")), ConsentAsset::Logo);
    const QString path = temp.dir() + QStringLiteral("/cases.json");
    auto written = CaseStudyExport(temp.services().context()).write(path, CaseStudyExport::Format::Json, {});
    ASSERT_TRUE(written.ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case_studies")).toArray();
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases[0].toObject().value(QStringLiteral("company")).toString(), QStringLiteral("Acme Sdn Bhd"));
    EXPECT_EQ(cases[0].toObject().value(QStringLiteral("name")).toString(), QString());
}

// Chinese is written without spaces: a name inside a sentence is still found,
// and a company is described by what it does and where, not named.
TEST(CaseStudyRedaction, ChineseNamesAndCompaniesInsideSentences)
{
    const CaseStudyRedaction redaction({QStringLiteral("吳欣怡"), QStringLiteral("xinyi@harbour.example"),
                                        QStringLiteral("港灣物流股份有限公司"), QStringLiteral("Logistics"),
                                        QStringLiteral("Taiwan")},
                                       false, false);
    bool changed = false;
    const QString text = redaction.apply(QStringLiteral("欣怡說港灣物流把出貨時間縮短了40%，請聯繫吳欣怡。"), &changed);
    EXPECT_TRUE(changed);
    EXPECT_FALSE(text.contains(QStringLiteral("欣怡"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("港灣"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("40%")));
    // With both consents nothing changes.
    const CaseStudyRedaction consented({QStringLiteral("吳欣怡"), {}, QStringLiteral("港灣物流股份有限公司"), {}, {}}, true, true);
    EXPECT_EQ(consented.apply(QStringLiteral("吳欣怡與港灣物流")), QStringLiteral("吳欣怡與港灣物流"));
}
