// CsvReader and TextDecoder on byte-exact inputs: what real exports look like.
#include "io/CsvReader.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

CsvTable parsed(const QByteArray &bytes)
{
    Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("in.csv"));
    EXPECT_TRUE(table.ok()) << table.error().message.toStdString();
    return table.ok() ? table.value() : CsvTable{};
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

TEST(TextDecoderTest, PlainUtf8)
{
    const auto decoded = TextDecoder::decode(QByteArray("Sim\xC3\xA3o"));
    EXPECT_EQ(decoded.encoding, TextDecoder::Encoding::Utf8);
    EXPECT_EQ(decoded.text, QString::fromUtf8("Simão"));
}

TEST(TextDecoderTest, Utf8WithByteOrderMarkDropsTheMark)
{
    const auto decoded = TextDecoder::decode(QByteArray("\xEF\xBB\xBFName"));
    EXPECT_EQ(decoded.encoding, TextDecoder::Encoding::Utf8Bom);
    EXPECT_EQ(decoded.text, QStringLiteral("Name"));
}

TEST(TextDecoderTest, Utf16LittleAndBigEndianWithMark)
{
    const QByteArray le("\xFF\xFE" "A\0\xE9\0\n\0", 8);
    const auto little = TextDecoder::decode(le);
    EXPECT_EQ(little.encoding, TextDecoder::Encoding::Utf16Le);
    EXPECT_EQ(little.text, QString::fromUtf8("Aé\n"));

    const QByteArray be("\xFE\xFF\0A\0\xE9\0\n", 8);
    const auto big = TextDecoder::decode(be);
    EXPECT_EQ(big.encoding, TextDecoder::Encoding::Utf16Be);
    EXPECT_EQ(big.text, QString::fromUtf8("Aé\n"));
}

TEST(TextDecoderTest, InvalidUtf8FallsBackToWindows1252)
{
    // 0xE9 é, 0x80 €, 0x93/0x94 curly quotes: Windows-1252, never valid UTF-8 here.
    const auto decoded = TextDecoder::decode(QByteArray("Caf\xE9 \x80 \x93ok\x94"));
    EXPECT_EQ(decoded.encoding, TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(decoded.text, QString::fromUtf8("Café € “ok”"));
}

TEST(CsvReaderTest, DetectsCommaSemicolonAndTab)
{
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a,b,c\n1;2;3;4;5")), QLatin1Char(','));
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a;b;\"c,d,e\"\n")), QLatin1Char(';'));
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a\tb\tc")), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("single")), QLatin1Char(','));
}

TEST(CsvReaderTest, ReadsHeaderAndRowsWithLfOrCrlf)
{
    for (const QByteArray &bytes : {QByteArray("Name,Email\nMei,mei@a.example\nHafiz,h@a.example\n"),
                                    QByteArray("Name,Email\r\nMei,mei@a.example\r\nHafiz,h@a.example")}) {
        const CsvTable table = parsed(bytes);
        EXPECT_EQ(table.header, cells({"Name", "Email"}));
        ASSERT_EQ(table.records.size(), 2);
        EXPECT_EQ(table.records[0].cells, cells({"Mei", "mei@a.example"}));
        EXPECT_EQ(table.records[0].line, 2);
        EXPECT_EQ(table.records[1].cells, cells({"Hafiz", "h@a.example"}));
        EXPECT_EQ(table.records[1].line, 3);
        EXPECT_TRUE(table.ragged.isEmpty());
    }
}

TEST(CsvReaderTest, QuotedCellsKeepDelimitersDoubledQuotesAndLineBreaks)
{
    const CsvTable table =
        parsed(QByteArray("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\",end\r\n"));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].cells, cells({"x, y", "say \"hi\"", "two\r\nlines"}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].cells, cells({"next", "", "end"}));
    EXPECT_EQ(table.records[1].line, 4); // the quoted break moved it down a line
}

TEST(CsvReaderTest, SemicolonFileWithByteOrderMark)
{
    const CsvTable table = parsed(QByteArray("\xEF\xBB\xBF" "Name;Note\n\"Tan; Mei\";\"a\nb\"\n"));
    EXPECT_EQ(table.encoding, TextDecoder::Encoding::Utf8Bom);
    EXPECT_EQ(table.delimiter, QLatin1Char(';'));
    EXPECT_EQ(table.header, cells({"Name", "Note"}));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].cells, cells({"Tan; Mei", "a\nb"}));
}

TEST(CsvReaderTest, TabSeparatedUtf16)
{
    const QString text = QStringLiteral("Name\tScore\nMei\t9\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const CsvTable table = parsed(bytes);
    EXPECT_EQ(table.encoding, TextDecoder::Encoding::Utf16Le);
    EXPECT_EQ(table.delimiter, QLatin1Char('\t'));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].cells, cells({"Mei", "9"}));
}

TEST(CsvReaderTest, EmptyCellsAndTrailingDelimiter)
{
    const CsvTable table = parsed(QByteArray("a,b,c\n,,\n1,,\n"));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].cells, cells({"", "", ""}));
    EXPECT_EQ(table.records[1].cells, cells({"1", "", ""}));
}

TEST(CsvReaderTest, BlankLinesAreSkippedButCountedForLineNumbers)
{
    const CsvTable table = parsed(QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n"));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].line, 3);
    EXPECT_EQ(table.records[1].line, 5);
}

TEST(CsvReaderTest, RaggedRowsAreReportedWithTheirLine)
{
    const CsvTable table = parsed(QByteArray("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n"));
    EXPECT_EQ(table.records.size(), 2);
    ASSERT_EQ(table.ragged.size(), 2);
    EXPECT_EQ(table.ragged[0].line, 3);
    EXPECT_TRUE(table.ragged[0].message.contains(QStringLiteral("2 cells")));
    EXPECT_EQ(table.ragged[1].line, 4);
    EXPECT_TRUE(table.ragged[1].message.contains(QStringLiteral("4 cells")));
}

TEST(CsvReaderTest, UnterminatedQuoteNamesFileAndLine)
{
    Result<CsvTable> table = CsvReader::parse(QByteArray("a,b\n1,2\n3,\"open\nstill open\n"), QStringLiteral("x.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().message.left(6), QStringLiteral("x.csv:"));
    EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("x.csv:3:"))) << table.error().message.toStdString();
}

TEST(CsvReaderTest, EmptyFileIsRefused)
{
    EXPECT_FALSE(CsvReader::parse(QByteArray(), QStringLiteral("x.csv")).ok());
    EXPECT_FALSE(CsvReader::parse(QByteArray("\xEF\xBB\xBF\r\n"), QStringLiteral("x.csv")).ok());
}

TEST(CsvReaderTest, HeaderOnlyHasNoRecordsAndHeaderCellsAreTrimmed)
{
    const CsvTable table = parsed(QByteArray(" First Name , Email \n"));
    EXPECT_EQ(table.header, cells({"First Name", "Email"}));
    EXPECT_TRUE(table.records.isEmpty());
}

TEST(CsvReaderTest, StrayQuoteInsideUnquotedCellIsKept)
{
    const CsvTable table = parsed(QByteArray("a,b\n5\" screen,x\n"));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].cells, cells({"5\" screen", "x"}));
}

TEST(CsvReaderTest, Windows1252FileIsReadAsText)
{
    const CsvTable table = parsed(QByteArray("Name;City\nJos\xE9;S\xE3o Paulo\n"));
    EXPECT_EQ(table.encoding, TextDecoder::Encoding::Windows1252);
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].cells, cells({"José", "São Paulo"}));
}

TEST(CsvReaderTest, QuotesOpenOnlyACellsStartAndTextAfterTheClosingQuoteIsKept)
{
    const CsvTable table = parsed(QByteArray("a,b,c,d\r\"x\"tail, \"y\",\"\"\"\",a\"\"b\r1,2,3,\"\""));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].cells, cells({"xtail", " \"y\"", "\"", "a\"\"b"}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].cells, cells({"1", "2", "3", ""}));
    EXPECT_EQ(table.records[1].line, 3);
}
