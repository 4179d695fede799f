#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantHash>

namespace ad {

class Database;

// Checks every row of a colleague's bundle the way an import or an edit checks
// what a person types, before anything is written: each column a value of its
// kind (UUIDs for references, dates that are dates and not in the future,
// values the schema's CHECK constraints allow, texts of a sane length without
// control characters), an advocate's email a valid email. The allowed values
// are read from the schema itself, so a new constraint is checked here too.
class SyncRowCheck
{
public:
    // `latest`: no timestamp (a column ending in _at) may be later.
    SyncRowCheck(const Database &db, const QString &latest);

    // "bundle.json: tables.advocates[3].tier: “emperor” is not one of community,
    // silver, gold, vip." when the row may not be written.
    Status check(const QString &table, const QVariantHash &row, const QString &where) const;

    static constexpr int kMaxText = 20000;
    static constexpr int kMaxName = 200;
    static constexpr int kMaxEmail = 254;

private:
    struct Column
    {
        QString type;
        bool notNull = false;
        QStringList allowed; // from CHECK (column IN (...))
        std::optional<std::pair<qint64, qint64>> range; // from CHECK (column BETWEEN a AND b)
    };
    QHash<QString, QHash<QString, Column>> m_tables;
    QString m_latest;
};

} // namespace ad
