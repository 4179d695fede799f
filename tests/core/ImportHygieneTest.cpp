// What a careless export or a hostile file puts into a CSV: a stray byte in a
// UTF-8 file, control and invisible characters, endless fields, a header that
// names a column twice, emails that look alike but are not the same.
#include "ImportFixture.h"
#include "io/CsvReader.h"
#include "io/TextDecoder.h"
#include "services/Validation.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

class ImportHygieneTest : public test::ImportFixture
{
};

TEST_F(ImportHygieneTest, OneBadByteInAUtf8FileIsNamedNotGuessedAway)
{
    // "Zoë" in UTF-8 on line 2, one Windows-1252 byte (0xE9) on line 3.
    const QByteArray bytes = "email,name,account\nzoe@a.example,Zo\xC3\xAB,Acme\nrene@a.example,Ren\xE9,Acme\n";
    Result<CsvTable> refused = CsvReader::parse(bytes, QStringLiteral("people.csv"));
    ASSERT_FALSE(refused.ok()) << "read as Windows-1252, Zoë would become ZoÃ«";
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("people.csv:3:")))
        << refused.error().message.toStdString();

    // The user says which encoding it is: then it is read that way.
    Result<CsvTable> chosen = CsvReader::parse(bytes, QStringLiteral("people.csv"), TextDecoder::Encoding::Utf8);
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(chosen->records.at(0).cells.at(1), QStringLiteral("Zoë"));

    // A file that is Windows-1252 through and through is still recognised as such.
    Result<CsvTable> legacy = CsvReader::parse("email,name,account\nrene@a.example,Ren\xE9,Acme\n",
                                               QStringLiteral("legacy.csv"));
    ASSERT_TRUE(legacy.ok());
    EXPECT_EQ(legacy->encoding, TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(legacy->records.at(0).cells.at(1), QStringLiteral("René"));
}

TEST_F(ImportHygieneTest, ControlAndInvisibleCharactersAreRefusedWithRowAndField)
{
    const ImportReport report = refused("email,name,account,title\n"
                                        "a@a.example,Ann\x1b[2J,Acme,COO\n"
                                        "b@a.example,Bob,Acme,Head\xE2\x80\xAEof ops\n"
                                        "c@a.example,Cy,Acme\x07,CFO\n",
                                        options(ImportKind::Advocates));
    const QString text = test::issuesText(report);
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:2: name"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:3: title"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:4: account"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("U+202E"))) << text.toStdString();
}

TEST_F(ImportHygieneTest, OverlongFieldsAreRefusedWithTheirLimit)
{
    const QByteArray longEmail = QByteArray(250, 'x') + "@a.example";
    const QByteArray longName = QByteArray(201, 'n');
    const QByteArray csv = "email,name,account\n" + longEmail + ",Ann,Acme\nb@a.example," + longName + ",Acme\n";
    const ImportReport report = refused(csv.constData(), options(ImportKind::Advocates));
    const QString text = test::issuesText(report);
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:2: email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:3: name"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("200"))) << text.toStdString();
}

TEST_F(ImportHygieneTest, AHeaderNamingAColumnTwiceOrTooManyColumnsIsRefused)
{
    Result<CsvTable> twice = CsvReader::parse("email,Name,account,name\na@a.example,A,Acme,B\n", QStringLiteral("in.csv"));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("twice"))) << twice.error().message.toStdString();

    QByteArray wide = "email";
    for (int i = 0; i < CsvReader::kMaxColumns; ++i)
        wide += ",c" + QByteArray::number(i);
    Result<CsvTable> tooWide = CsvReader::parse(wide + "\n", QStringLiteral("in.csv"));
    ASSERT_FALSE(tooWide.ok());
    EXPECT_TRUE(tooWide.error().message.contains(QString::number(CsvReader::kMaxColumns)));
}

TEST_F(ImportHygieneTest, EmailsThatLookTheSameAreTheSamePersonOrRefused)
{
    ASSERT_TRUE(commit("email,name,account\nzo\xC3\xAB@acme.example,Zo\xC3\xAB,Acme\n", options(ImportKind::Advocates))->committed);
    // The same address typed with a combining diaeresis (e + U+0308): the same person.
    const ImportReport again = refused("email,name,account\nZOE\xCC\x88@acme.example,Zoe,Acme\n",
                                       options(ImportKind::Advocates));
    EXPECT_TRUE(test::issuesText(again).contains(QStringLiteral("email"))) << test::issuesText(again).toStdString();

    // A Cyrillic "а" among Latin letters, a zero-width space: refused outright.
    const ImportReport lookalike = refused("email,name,account\nm\xD0\xB0ria@acme.example,Maria,Acme\n"
                                           "zo\xE2\x80\x8B" "e@acme.example,Zoe,Acme\n",
                                           options(ImportKind::Advocates));
    const QString text = test::issuesText(lookalike);
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:2: email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in.csv:3: email"))) << text.toStdString();
    EXPECT_EQ(validate::emailKey(QStringLiteral("ZOE\u0308@Acme.example")), QStringLiteral("zoë@acme.example"));
}

} // namespace
