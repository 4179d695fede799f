#include "Formatting.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ad {

QStringList alignedRows(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &cell = row.at(column);
            const bool last = column == row.size() - 1;
            if (rightAligned.contains(int(column)))
                cells << cell.rightJustified(widths.at(column));
            else
                cells << (last ? cell : cell.leftJustified(widths.at(column)));
        }
        lines << cells.join(QStringLiteral("  "));
    }
    return lines;
}

QString jsonText(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and unwrap the text.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString jsonObjectInOrder(const QList<QPair<QString, QJsonValue>> &members)
{
    QStringList parts;
    for (const auto &[key, value] : members)
        parts << jsonText(key) + QStringLiteral(": ") + jsonText(value);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

} // namespace ad
