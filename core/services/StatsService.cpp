#include "StatsService.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace ad {

namespace {

struct Entity
{
    const char *key;
    const char *table;
    const char *label;
};

const Entity kEntities[] = {
    {"accounts", "accounts", QT_TRANSLATE_NOOP("ad::Stats", "Accounts")},
    {"advocates", "advocates", QT_TRANSLATE_NOOP("ad::Stats", "Advocates")},
    {"users", "users", QT_TRANSLATE_NOOP("ad::Stats", "Users")},
    {"nominations", "nominations", QT_TRANSLATE_NOOP("ad::Stats", "Nominations")},
    {"nps_responses", "nps_responses", QT_TRANSLATE_NOOP("ad::Stats", "NPS responses")},
    {"activity_types", "activity_types", QT_TRANSLATE_NOOP("ad::Stats", "Activity types")},
    {"requests", "requests", QT_TRANSLATE_NOOP("ad::Stats", "Requests")},
    {"asks", "asks", QT_TRANSLATE_NOOP("ad::Stats", "Asks")},
    {"contributions", "participations", QT_TRANSLATE_NOOP("ad::Stats", "Contributions")},
    {"appreciations", "appreciations", QT_TRANSLATE_NOOP("ad::Stats", "Appreciations")},
    {"touches", "touches", QT_TRANSLATE_NOOP("ad::Stats", "Touches")},
    {"referrals", "referrals", QT_TRANSLATE_NOOP("ad::Stats", "Referrals")},
    {"feedback_items", "feedback_items", QT_TRANSLATE_NOOP("ad::Stats", "Feedback items")},
    {"purchases", "purchases", QT_TRANSLATE_NOOP("ad::Stats", "Purchases")},
    {"consents", "consents", QT_TRANSLATE_NOOP("ad::Stats", "Consents")},
    {"notes", "advocate_notes", QT_TRANSLATE_NOOP("ad::Stats", "Notes")},
    {"audit_events", "audit_events", QT_TRANSLATE_NOOP("ad::Stats", "Audit events")},
};

} // namespace

Result<QList<QPair<QString, qint64>>> StatsService::counts() const
{
    QStringList selects;
    for (const Entity &entity : kEntities)
        selects << QStringLiteral("(SELECT count(*) FROM %1)").arg(QLatin1String(entity.table));
    SqlQuery query(m_context.db, QStringLiteral("SELECT ") + selects.join(QStringLiteral(", ")));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("ad::Stats", "Counting rows returned nothing."));
    QList<QPair<QString, qint64>> counts;
    int column = 0;
    for (const Entity &entity : kEntities)
        counts << qMakePair(QString::fromLatin1(entity.key), query.value(column++).toLongLong());
    return counts;
}

QString StatsService::displayName(const QString &key)
{
    for (const Entity &entity : kEntities)
        if (key == QLatin1String(entity.key))
            return QCoreApplication::translate("ad::Stats", entity.label);
    return key;
}

} // namespace ad
