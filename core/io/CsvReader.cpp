#include "CsvReader.h"

#include "UserFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ad::CsvReader)
};

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

bool isBlank(const QStringList &cells)
{
    return cells.size() == 1 && cells.first().isEmpty();
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (QChar c : text) {
        if (c == kQuote)
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && (c == kLf || c == kCr))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

Result<QList<CsvRecord>> CsvReader::split(const QString &text, QChar delimiter, const QString &source)
{
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString cell;
    int line = 1;
    int quoteOpenedOn = 0; // 0: not inside quotes
    bool cellWasQuoted = false;
    const qsizetype size = text.size();
    // A cell's text is copied from the file in runs, not character by character:
    // text[runStart, i) belongs to the current cell and is not yet in `cell`.
    qsizetype runStart = 0;

    auto takeRun = [&](qsizetype end) {
        if (end <= runStart)
            return;
        if (cell.isEmpty())
            cell = text.mid(runStart, end - runStart);
        else
            cell += QStringView(text).sliced(runStart, end - runStart);
    };
    auto endCell = [&] {
        record.cells << std::move(cell);
        cell = QString();
        cellWasQuoted = false;
    };
    auto endRecord = [&] {
        endCell();
        if (!isBlank(record.cells))
            records << std::move(record);
        record = CsvRecord{line, {}};
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoteOpenedOn) {
            if (c == kQuote) {
                if (i + 1 < size && text.at(i + 1) == kQuote) {
                    takeRun(i + 1); // the first quote of the pair is the cell's
                    ++i;
                } else {
                    takeRun(i);
                    quoteOpenedOn = 0;
                }
                runStart = i + 1;
            } else if (c == kLf || (c == kCr && !(i + 1 < size && text.at(i + 1) == kLf))) {
                // A quoted line break is cell content and stays as written (CRLF,
                // LF or CR), as RFC 4180 and the csv-spectrum suite expect.
                ++line;
            }
        } else if (c == kQuote && cell.isEmpty() && runStart == i && !cellWasQuoted) {
            quoteOpenedOn = line;
            cellWasQuoted = true;
            runStart = i + 1;
        } else if (c == delimiter) {
            takeRun(i);
            endCell();
            runStart = i + 1;
        } else if (c == kCr || c == kLf) {
            takeRun(i);
            if (c == kCr && i + 1 < size && text.at(i + 1) == kLf)
                ++i;
            ++line;
            endRecord();
            runStart = i + 1;
        }
        // Anything else stays in the run. Lenient like spreadsheets: a stray quote
        // inside an unquoted cell, or text after a closing quote, is kept as written.
    }
    if (quoteOpenedOn)
        return makeError(ErrorKind::Invalid,
                         CsvReaderText::tr("%1:%2: a quoted cell is never closed (a \" is missing).").arg(source).arg(quoteOpenedOn));
    takeRun(size);
    if (!cell.isEmpty() || !record.cells.isEmpty() || cellWasQuoted)
        endRecord();
    return records;
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &source,
                                  std::optional<TextDecoder::Encoding> encoding)
{
    const TextDecoder::Decoded decoded = TextDecoder::decode(bytes, encoding);
    if (decoded.invalidUtf8Line > 0)
        return makeError(ErrorKind::Invalid,
                         CsvReaderText::tr("%1:%2: this line is not valid UTF-8, while the rest of the file is. Correct the line, "
                            "or choose the file's encoding (for example Windows-1252) if it is not UTF-8; nothing "
                            "was read.")
                             .arg(source)
                             .arg(decoded.invalidUtf8Line));
    CsvTable table;
    table.encoding = decoded.encoding;
    table.delimiter = detectDelimiter(decoded.text);
    Result<QList<CsvRecord>> records = split(decoded.text, table.delimiter, source);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorKind::Invalid, CsvReaderText::tr("%1: the file is empty; it needs a header line.").arg(source));
    if (records->first().cells.size() > kMaxColumns)
        return makeError(ErrorKind::Invalid, CsvReaderText::tr("%1:1: the header has %2 columns; at most %3 are read.")
                                                 .arg(source)
                                                 .arg(records->first().cells.size())
                                                 .arg(kMaxColumns));
    for (const QString &name : records->first().cells) {
        const QString column = name.trimmed();
        for (qsizetype earlier = 0; earlier < table.header.size(); ++earlier) {
            if (!column.isEmpty() && table.header.at(earlier).compare(column, Qt::CaseInsensitive) == 0)
                return makeError(ErrorKind::Invalid,
                                 CsvReaderText::tr("%1:1: the header names the column “%2” twice (columns %3 and %4); which one "
                                    "is meant cannot be told.")
                                     .arg(source, column)
                                     .arg(earlier + 1)
                                     .arg(table.header.size() + 1));
        }
        table.header << column;
    }
    records.value().removeFirst();
    for (CsvRecord &record : records.value()) {
        if (record.cells.size() != table.header.size())
            table.ragged << CsvProblem{record.line, CsvReaderText::tr("the row has %1 cells but the header has %2.")
                                                        .arg(record.cells.size())
                                                        .arg(table.header.size())};
        else
            table.records << std::move(record);
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path, std::optional<TextDecoder::Encoding> encoding)
{
    Result<QByteArray> bytes = UserFile::read(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName(), encoding);
}

} // namespace ad
