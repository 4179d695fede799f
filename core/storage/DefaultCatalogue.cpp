#include "DefaultCatalogue.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QDateTime>
#include <QUuid>

namespace ad {

namespace {

struct DefaultActivity
{
    const char *name;
    const char *barrier;
    int points;
    double effortHours;
    bool countsTowardCap;
};

// Low-effort, self-initiated activities (social posts, community answers, beta
// feedback) do not count toward the ask cap: they are not asks.
const DefaultActivity kDefaults[] = {
    {"Reference call", "medium", 20, 1.0, true},
    {"Customer panel", "medium", 25, 2.0, true},
    {"Written testimonial", "low", 10, 1.0, true},
    {"Video testimonial", "high", 40, 4.0, true},
    {"Third-party review (G2 / Capterra / TrustRadius)", "low", 15, 0.5, true},
    {"Social post", "low", 5, 0.25, false},
    {"Referral / introduction", "medium", 30, 1.0, true},
    {"Case study", "high", 60, 6.0, true},
    {"Webinar", "high", 45, 4.0, true},
    {"Conference talk", "high", 80, 10.0, true},
    {"Podcast", "medium", 35, 2.0, true},
    {"Community answer", "low", 5, 0.5, false},
    {"Product feedback / beta", "low", 10, 2.0, false},
    {"Advisory board", "high", 50, 8.0, true},
    {"Marketing content appearance", "medium", 25, 2.0, true},
};

const QUuid kCatalogueNamespace(QStringLiteral("{6f1c3a52-93e4-4c61-9d1b-2a7f0e5b8c44}"));

} // namespace

Status seedDefaultActivityTypes(Database &db)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqlQuery insert(db, QStringLiteral("INSERT INTO activity_types (id, name, barrier, points, effort_hours, "
                                       "counts_toward_cap, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT (name) DO NOTHING"));
    for (const DefaultActivity &activity : kDefaults) {
        const QString name = QString::fromUtf8(activity.name);
        const QString id = QUuid::createUuidV5(kCatalogueNamespace, name).toString(QUuid::WithoutBraces);
        insert.bind(id).bind(name).bind(QString::fromLatin1(activity.barrier)).bind(activity.points);
        insert.bind(activity.effortHours).bind(activity.countsTowardCap ? 1 : 0).bind(now).bind(now);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return {};
}

} // namespace ad
