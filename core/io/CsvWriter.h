#pragma once

#include <QByteArray>
#include <QStringList>

namespace ad {

// Writes RFC 4180 CSV that spreadsheets open safely: UTF-8 with a byte-order mark
// (so Excel reads the accents), CRLF line ends, and every cell a spreadsheet would
// run as a formula (= + - @ tab CR or NUL first, after any
// leading spaces) prefixed with an apostrophe.
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    QByteArray bytes() const;

    // The cell as written: neutralised, then quoted when it needs quotes.
    static QString cell(const QString &value);
    static QString neutralised(const QString &value);

private:
    QString m_text;
};

} // namespace ad
