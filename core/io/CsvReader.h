#pragma once

#include "TextDecoder.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace ad {

// One record of a CSV file and the line of the file on which it starts (the
// header is line 1); a quoted line break makes the next record start further down.
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

// Something wrong with one record that does not stop the rest from being read.
struct CsvProblem
{
    int line = 0;
    QString message;
};

struct CsvTable
{
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<CsvRecord> records;  // the data records, without the header
    QList<CsvProblem> ragged;  // records whose cell count differs from the header's
};

// Reads RFC 4180 CSV as spreadsheets and CRMs write it: any of the encodings
// TextDecoder knows, comma, semicolon or tab between cells, CRLF or LF line ends,
// quoted cells with doubled quotes and line breaks. Blank lines are skipped.
class CsvReader
{
public:
    // `source` names the file in messages ("contacts.csv:7: ..."). `encoding`,
    // when the user chose one, replaces detection. A file that is UTF-8 but for
    // a line is refused naming that line; so is a header naming a column twice
    // or with more than kMaxColumns columns.
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &source,
                                  std::optional<TextDecoder::Encoding> encoding = std::nullopt);
    static Result<CsvTable> readFile(const QString &path, std::optional<TextDecoder::Encoding> encoding = std::nullopt);

    static constexpr int kMaxColumns = 256;

    // The separator that occurs most often, outside quotes, in the first line;
    // a comma when there is none.
    static QChar detectDelimiter(const QString &text);
    // Splits text into records; an unterminated quote is an error naming its line.
    static Result<QList<CsvRecord>> split(const QString &text, QChar delimiter, const QString &source);
};

} // namespace ad
