#include "FollowUpService.h"

#include "FollowUpCounter.h"
#include "UserService.h"
#include "storage/SqlQuery.h"
#include "util/Formats.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Rules)
};

// What to do is read by people (My Day, the CLI's `due`).
QString shownDate(const QDate &day)
{
    return Formats::date(day);
}

// Every query starts with the advocate and their CSM, and takes the same CSM filter.
const QString kWho = QStringLiteral("a.id, a.name, a.email, coalesce(u.name, '')");
const QString kOwner = QStringLiteral(" LEFT JOIN users u ON u.id = a.owner_id ");
const QString kCsmFilter = QStringLiteral(" (? = '' OR u.name = ?) ");

// The CSM filter, or one advocate: its own clause rather than one more OR, so
// the programme-wide and per-CSM queries keep the plans they were measured with.
QString scopeFilter(const QString &advocateId)
{
    return advocateId.isEmpty() ? kCsmFilter : QStringLiteral(" a.id = ? ");
}

void bindScope(SqlQuery &query, const QString &csm, const QString &advocateId)
{
    if (advocateId.isEmpty())
        query.bind(csm).bind(csm);
    else
        query.bind(advocateId);
}

FollowUpItem itemFrom(const SqlQuery &q, FollowUpKind kind)
{
    FollowUpItem item;
    item.kind = kind;
    item.advocateId = q.value(0).toString();
    item.advocateName = q.value(1).toString();
    item.advocateEmail = q.value(2).toString();
    item.csm = q.value(3).toString();
    return item;
}

} // namespace

QString keyOf(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::ThankYou:
        return QStringLiteral("thank_you");
    case FollowUpKind::FinalVersion:
        return QStringLiteral("final_version");
    case FollowUpKind::UnusedContribution:
        return QStringLiteral("unused_contribution");
    case FollowUpKind::OneWayRelationship:
        return QStringLiteral("one_way");
    case FollowUpKind::StaleProfile:
        return QStringLiteral("stale_profile");
    case FollowUpKind::StaleConsent:
        return QStringLiteral("stale_consent");
    case FollowUpKind::CsmCapacity:
        return QStringLiteral("csm_capacity");
    }
    return {};
}

QList<FollowUpKind> allFollowUpKinds()
{
    return {FollowUpKind::ThankYou,           FollowUpKind::FinalVersion, FollowUpKind::UnusedContribution,
            FollowUpKind::OneWayRelationship, FollowUpKind::StaleProfile, FollowUpKind::StaleConsent,
            FollowUpKind::CsmCapacity};
}

bool owesFinalVersion(const QString &activityName)
{
    return activityName.compare(QLatin1String("case study"), Qt::CaseInsensitive) == 0;
}

Result<QStringList> finalVersionActivityIds(const ServiceContext &context)
{
    // Decided here with owesFinalVersion, not by an SQL collation.
    SqlQuery query(context.db, QStringLiteral("SELECT id, name FROM activity_types"));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        if (owesFinalVersion(query.value(1).toString()))
            ids << query.value(0).toString();
    return ids;
}

namespace {

// Soonest due first; the same day by kind, then by email.
void sortByDue(QList<FollowUpItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem &a, const FollowUpItem &b) {
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.advocateEmail.toCaseFolded() < b.advocateEmail.toCaseFolded();
    });
}

} // namespace

Result<QList<FollowUpItem>> FollowUpService::due(const QString &csmName) const
{
    return collect(Scope{csmName.trimmed(), {}}, -1);
}

Result<QList<FollowUpItem>> FollowUpService::dueFor(const QString &advocateId) const
{
    if (advocateId.isEmpty())
        return QList<FollowUpItem>();
    return collect(Scope{{}, advocateId}, -1);
}

Result<FollowUpService::Digest> FollowUpService::digest(const QString &csmName, int limit) const
{
    const QString csm = csmName.trimmed();
    Result<QList<FollowUpItem>> soonest = collect(Scope{csm, {}}, qMax(0, limit));
    if (!soonest)
        return soonest.error();
    QString ownerId;
    if (!csm.isEmpty()) {
        Result<std::optional<User>> user = UserService(m_context).findByName(csm);
        if (!user)
            return user.error();
        ownerId = (*user)->id; // collect() has refused an unknown name
    }
    Result<QMap<FollowUpKind, int>> counts = FollowUpCounter(m_context, m_rules).count(ownerId);
    if (!counts)
        return counts.error();
    Digest digest{*soonest, 0};
    for (int count : std::as_const(*counts))
        digest.total += count;
    return digest;
}

Result<QList<FollowUpItem>> FollowUpService::collect(const Scope &scope, int limit) const
{
    const QString &csm = scope.csm;
    if (!csm.isEmpty()) {
        Result<std::optional<User>> user = UserService(m_context).findByName(csm);
        if (!user)
            return user.error();
        if (!user->has_value())
            return makeError(ErrorKind::NotFound, RulesText::tr("There is no user named “%1”.").arg(csm),
                             QStringLiteral("csm"));
    }
    // Within one kind, reading order is due order: each kind's first `limit`
    // rows hold every item of that kind among the first `limit` of all.
    QList<FollowUpItem> items;
    for (FollowUpKind kind :
         {FollowUpKind::ThankYou, FollowUpKind::FinalVersion, FollowUpKind::UnusedContribution}) {
        if (Status status = addContributions(items, scope, kind, limit); !status)
            return status.error();
    }
    for (auto add : {&FollowUpService::addOneWay, &FollowUpService::addStaleness}) {
        if (Status status = (this->*add)(items, scope, limit); !status)
            return status.error();
    }
    if (scope.advocateId.isEmpty()) {
        if (Status status = addCapacity(items, csm); !status)
            return status.error();
    }
    sortByDue(items);
    if (limit >= 0 && items.size() > limit)
        items.resize(limit);
    return items;
}

Status FollowUpService::addContributions(QList<FollowUpItem> &items, const Scope &scope, FollowUpKind kind,
                                         int limit) const
{
    // One kind of debt at a time, in the order of its due date (the day of the
    // contribution plus that kind's window), so a limit keeps the soonest.
    const QDate today = m_context.clock.today();
    QString owing;
    QVariantList values;
    switch (kind) {
    case FollowUpKind::ThankYou:
        owing =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM appreciations ap WHERE ap.participation_id = p.id)");
        break;
    case FollowUpKind::FinalVersion: {
        Result<QStringList> caseStudies = finalVersionActivityIds(m_context);
        if (!caseStudies)
            return caseStudies.error();
        if (caseStudies->isEmpty())
            return {};
        QStringList marks;
        for (const QString &id : std::as_const(*caseStudies)) {
            marks << QStringLiteral("?");
            values << id;
        }
        owing = QStringLiteral("p.final_shared_on IS NULL AND p.activity_type_id IN (%1)")
                    .arg(marks.join(QStringLiteral(", ")));
        break;
    }
    case FollowUpKind::UnusedContribution:
        // The day's window is checked below, on the date as it is read.
        owing = QStringLiteral("p.artifact_link <> '' AND p.published_on IS NULL");
        break;
    default:
        return {};
    }
    const QString rows = QStringLiteral(" FROM participations p JOIN advocates a ON a.id = p.advocate_id"
                                        " JOIN activity_types t ON t.id = p.activity_type_id") +
                         kOwner + QStringLiteral("WHERE p.occurred_on <= ? AND ") + owing +
                         QStringLiteral(" AND") + scopeFilter(scope.advocateId);
    const auto bindRows = [&](SqlQuery &query) {
        query.bind(time::toStorage(today));
        for (const QVariant &value : std::as_const(values))
            query.bind(value);
        bindScope(query, scope.csm, scope.advocateId);
    };
    // The day of the `limit`-th row in date order, read along the date index:
    // the rows up to that day (its others too, for the tie-breaks) hold the
    // soonest `limit`, whatever the order of the rest.
    QVariant lastDay;
    if (limit == 0)
        return {};
    if (limit > 0) {
        SqlQuery edge(m_context.db, QStringLiteral("SELECT p.occurred_on") + rows +
                                        QStringLiteral("ORDER BY p.occurred_on LIMIT 1 OFFSET ?"));
        bindRows(edge);
        edge.bind(limit - 1);
        Result<QVariant> day = scalar(edge);
        if (!day)
            return day.error();
        lastDay = *day; // null: fewer rows than the limit, so all of them
    }
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT ") + kWho + QStringLiteral(", p.id, t.name, p.occurred_on") + rows +
                       (lastDay.isNull() ? QString() : QStringLiteral("AND p.occurred_on <= ?")));
    bindRows(query);
    if (!lastDay.isNull())
        query.bind(lastDay);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        FollowUpItem item = itemFrom(query, kind);
        item.relatedId = query.value(4).toString();
        const QString activity = query.value(5).toString();
        const QDate occurred = time::dateFromStorage(query.value(6));
        switch (kind) {
        case FollowUpKind::ThankYou:
            item.dueOn = occurred.addDays(m_rules.thankYouDueDays);
            item.action = RulesText::tr("Thank %1 for the %2 on %3.")
                              .arg(item.advocateName, activity, shownDate(occurred));
            break;
        case FollowUpKind::FinalVersion:
            item.dueOn = occurred.addDays(m_rules.finalVersionDueDays);
            item.action = RulesText::tr("Share the final version of the case study of %1 with %2.")
                              .arg(shownDate(occurred), item.advocateName);
            break;
        default:
            item.dueOn = occurred.addDays(m_rules.unusedContributionDays);
            if (item.dueOn > today)
                continue; // still inside its window
            item.action = RulesText::tr("Publish or use the %1 of %2, unused for %3 days.")
                              .arg(activity, shownDate(occurred))
                              .arg(occurred.daysTo(today));
            break;
        }
        items << item;
    }
    return {};
}

Status FollowUpService::addOneWay(QList<FollowUpItem> &items, const Scope &scope, int limit) const
{
    const QDate today = m_context.clock.today();
    const QVariant since = time::toStorage(today.addDays(-m_rules.oneWayWindowDays));
    // The advocates asked in the window, from the asks (their index holds the
    // dates), then only those without a touch in it are joined to their
    // profiles: the asks of a window are far fewer than the advocates.
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(", w.asks, w.last FROM (SELECT s.advocate_id AS id, count(*) AS asks,"
                           " max(s.asked_on) AS last FROM asks s WHERE s.asked_on > ? AND s.asked_on <= ?"
                           " GROUP BY s.advocate_id) w JOIN advocates a ON a.id = w.id") +
            kOwner +
            QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM touches t WHERE t.advocate_id = w.id"
                           " AND t.occurred_on > ? AND t.occurred_on <= ?) AND") +
            scopeFilter(scope.advocateId) + QStringLiteral("ORDER BY a.email_key LIMIT ?")); // all due today
    query.bind(since).bind(time::toStorage(today)).bind(since).bind(time::toStorage(today));
    bindScope(query, scope.csm, scope.advocateId);
    query.bindLimit(limit);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        FollowUpItem item = itemFrom(query, FollowUpKind::OneWayRelationship);
        item.dueOn = today;
        item.action = RulesText::tr("Check in with %1: asked %n times in the last %2 days (last on %3) "
                                    "without a single touch.",
                                    nullptr, query.value(4).toInt())
                          .arg(item.advocateName)
                          .arg(m_rules.oneWayWindowDays)
                          .arg(shownDate(time::dateFromStorage(query.value(5))));
        items << item;
    }
    return {};
}

Status FollowUpService::addStaleness(QList<FollowUpItem> &items, const Scope &scope, int limit) const
{
    const QString &csm = scope.csm;
    const QDate today = m_context.clock.today();
    const QDate cutoff = today.addMonths(-m_rules.staleAfterMonths);
    // Profiles: only the programme's enrolled members are kept verified.
    SqlQuery profiles(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(", a.last_verified FROM advocates a"
                           " JOIN nominations n ON n.advocate_id = a.id AND n.status = 'enrolled'") +
            kOwner + QStringLiteral("WHERE (a.last_verified IS NULL OR a.last_verified < ?) AND") +
            scopeFilter(scope.advocateId) +
            // Due a few months after the last check; never checked is due today, after those.
            QStringLiteral("ORDER BY a.last_verified IS NULL, a.last_verified, a.email_key LIMIT ?"));
    profiles.bind(time::toStorage(cutoff));
    bindScope(profiles, csm, scope.advocateId);
    profiles.bindLimit(limit);
    if (Status status = profiles.exec(); !status)
        return status;
    while (profiles.next()) {
        FollowUpItem item = itemFrom(profiles, FollowUpKind::StaleProfile);
        const QDate verified = time::dateFromStorage(profiles.value(4));
        item.dueOn = verified.isValid() ? verified.addMonths(m_rules.staleAfterMonths) : today;
        item.action = verified.isValid()
                          ? RulesText::tr("Verify the profile of %1, last verified on %2.")
                                .arg(item.advocateName, shownDate(verified))
                          : RulesText::tr("Verify the profile of %1, never verified.").arg(item.advocateName);
        items << item;
    }
    // Consents: the newest current consent per asset; a re-confirmed one is fresh again.
    // The stale ones are found in the consents alone; only those among the soonest
    // `limit` (up to the day of the limit-th, for the tie-breaks by email) are
    // joined to their advocates, instead of every advocate of the programme.
    const QString soonest = limit > 0 ? QStringLiteral(" WHERE s.granted <= coalesce((SELECT granted FROM stale"
                                                       " ORDER BY granted LIMIT 1 OFFSET ?), s.granted)")
                                      : QString();
    SqlQuery consents(
        m_context.db,
        QStringLiteral("WITH stale AS MATERIALIZED (SELECT c.advocate_id AS id, c.asset AS asset,"
                       " max(c.granted_on) AS granted FROM consents c"
                       " WHERE c.granted_on <= ? AND (c.revoked_on IS NULL OR c.revoked_on > ?)"
                       " AND (c.expires_on IS NULL OR c.expires_on >= ?) AND") +
            (scope.advocateId.isEmpty()
                 ? QStringLiteral(" (? = '' OR c.advocate_id IN (SELECT o.id FROM advocates o"
                                  "  JOIN users ou ON ou.id = o.owner_id WHERE ou.name = ?))")
                 : QStringLiteral(" c.advocate_id = ?")) +
            QStringLiteral(" GROUP BY c.advocate_id, c.asset HAVING max(c.granted_on) < ?) SELECT ") +
            kWho + QStringLiteral(", s.asset, s.granted FROM stale s JOIN advocates a ON a.id = s.id") + kOwner +
            soonest + QStringLiteral(" ORDER BY s.granted, a.email_key LIMIT ?"));
    consents.bind(time::toStorage(today)).bind(time::toStorage(today)).bind(time::toStorage(today));
    bindScope(consents, csm, scope.advocateId);
    consents.bind(time::toStorage(cutoff));
    if (limit > 0)
        consents.bind(limit - 1);
    consents.bindLimit(limit);
    if (Status status = consents.exec(); !status)
        return status;
    while (consents.next()) {
        FollowUpItem item = itemFrom(consents, FollowUpKind::StaleConsent);
        const QDate granted = time::dateFromStorage(consents.value(5));
        const std::optional<ConsentAsset> asset = parseConsentAsset(consents.value(4).toString());
        item.dueOn = granted.addMonths(m_rules.staleAfterMonths);
        item.action = RulesText::tr("Re-confirm %1's %2 consent, given on %3.")
                          .arg(item.advocateName, asset ? displayName(*asset) : consents.value(4).toString(),
                               shownDate(granted));
        items << item;
    }
    return {};
}

Status FollowUpService::addCapacity(QList<FollowUpItem> &items, const QString &csm) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT u.name, count(*) FROM advocates a"
                                  " JOIN nominations n ON n.advocate_id = a.id AND n.status = 'enrolled'"
                                  " JOIN users u ON u.id = a.owner_id WHERE") +
                       kCsmFilter + QStringLiteral("GROUP BY u.id HAVING count(*) > ?"));
    query.bind(csm).bind(csm).bind(m_rules.csmCapacity);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        FollowUpItem item;
        item.kind = FollowUpKind::CsmCapacity;
        item.csm = query.value(0).toString();
        item.dueOn = m_context.clock.today();
        item.action = RulesText::tr("%1 holds %2 enrolled advocates, more than %3: hand some over.")
                          .arg(item.csm)
                          .arg(query.value(1).toInt())
                          .arg(m_rules.csmCapacity);
        items << item;
    }
    return {};
}

} // namespace ad
