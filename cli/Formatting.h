#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad {

// Rows of cells as lines whose columns line up (two spaces apart); the last column
// is never padded. Columns listed in `rightAligned` are padded on the left.
QStringList alignedRows(const QList<QStringList> &rows, const QList<int> &rightAligned = {});

// One JSON value as compact text.
QString jsonText(const QJsonValue &value);

// A JSON object on one line whose members keep the given order (QJsonObject would
// sort them): {"accounts": 40, "advocates": 200}.
QString jsonObjectInOrder(const QList<QPair<QString, QJsonValue>> &members);

// ISO 8601 in UTC with seconds: "2026-06-15T12:00:00Z".
QString isoUtc(const QDateTime &instant);

} // namespace ad
