#include "CsvWriter.h"

namespace ad {

QString CsvWriter::neutralised(const QString &value)
{
    // OWASP: a spreadsheet skips leading spaces before deciding a cell is a formula.
    qsizetype start = 0;
    while (start < value.size() && value.at(start) == QLatin1Char(' '))
        ++start;
    if (start == value.size())
        return value;
    const QChar first = value.at(start);
    for (QChar dangerous : {QLatin1Char('='), QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@'),
                            QLatin1Char('\t'), QLatin1Char('\r'), QLatin1Char('\0')})
        if (first == dangerous)
            return QLatin1Char('\'') + value;
    return value;
}

QString CsvWriter::cell(const QString &value)
{
    QString text = neutralised(value);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\t'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList written;
    for (const QString &value : cells)
        written << cell(value);
    m_text += written.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace ad
