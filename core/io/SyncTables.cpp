#include "SyncTables.h"

#include "services/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace ad {

const QStringList &SyncTables::ordered()
{
    static const QStringList tables{
        QStringLiteral("users"),          QStringLiteral("activity_types"), QStringLiteral("accounts"),
        QStringLiteral("advocates"),      QStringLiteral("consents"),       QStringLiteral("activity_preferences"),
        QStringLiteral("advocate_notes"), QStringLiteral("nps_responses"),  QStringLiteral("nominations"),
        QStringLiteral("requests"),       QStringLiteral("asks"),           QStringLiteral("participations"),
        QStringLiteral("appreciations"),  QStringLiteral("touches"),        QStringLiteral("referrals"),
        QStringLiteral("feedback_items"), QStringLiteral("purchases"),      QStringLiteral("audit_events"),
    };
    return tables;
}

Result<QStringList> SyncTables::columns(const Database &db, const QString &table)
{
    SqlQuery query(db, db.dialect().tableColumnsSql());
    query.bind(table);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name != QLatin1String("seq"))
            names << name;
    }
    return names;
}

bool SyncTables::isReference(const QString &column)
{
    return column == QLatin1String("entity_id") ||
           (column.endsWith(QLatin1String("_id")) && column != QLatin1String("external_crm_id"));
}

Result<QString> SyncTables::sameRowHere(const Database &db, const QString &table, const QVariantHash &row)
{
    QString sql;
    QString key;
    if (table == QLatin1String("users")) {
        sql = QStringLiteral("SELECT id FROM users WHERE name = ?");
        key = row.value(QStringLiteral("name")).toString();
    } else if (table == QLatin1String("activity_types")) {
        sql = QStringLiteral("SELECT id FROM activity_types WHERE ") + db.dialect().caseFoldedEquals(QStringLiteral("name"));
        key = row.value(QStringLiteral("name")).toString();
    } else if (table == QLatin1String("accounts")) {
        sql = QStringLiteral("SELECT id FROM accounts WHERE ") + db.dialect().caseFoldedEquals(QStringLiteral("name")) +
              QStringLiteral(" ORDER BY created_at LIMIT 1");
        key = row.value(QStringLiteral("name")).toString().trimmed();
    } else if (table == QLatin1String("advocates")) {
        sql = QStringLiteral("SELECT id FROM advocates WHERE email_key = ?");
        key = validate::emailKey(row.value(QStringLiteral("email")).toString());
    } else {
        return QString();
    }
    if (key.isEmpty())
        return QString();
    SqlQuery query(db, sql);
    query.bind(key);
    Result<QVariant> id = scalar(query);
    if (!id)
        return id.error();
    return id->isNull() ? QString() : id->toString();
}

Result<QSet<QString>> SyncTables::erasedAdvocates(const Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT entity_id FROM audit_events WHERE entity_type = 'advocate' "
                                      "AND field = 'erased'"));
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

} // namespace ad
