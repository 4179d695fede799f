#include "FollowUpService.h"

#include "UserService.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Rules", text);
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// Every query starts with the advocate and their CSM, and takes the same CSM filter.
const QString kWho = QStringLiteral("a.id, a.name, a.email, coalesce(u.name, '')");
const QString kOwner = QStringLiteral(" LEFT JOIN users u ON u.id = a.owner_id ");
const QString kCsmFilter = QStringLiteral(" (? = '' OR u.name = ?) ");

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

bool owesFinalVersion(const QString &activityName)
{
    return activityName.compare(QLatin1String("case study"), Qt::CaseInsensitive) == 0;
}

Result<QList<FollowUpItem>> FollowUpService::due(const QString &csmName) const
{
    const QString csm = csmName.trimmed();
    if (!csm.isEmpty()) {
        Result<std::optional<User>> user = UserService(m_context).findByName(csm);
        if (!user)
            return user.error();
        if (!user->has_value())
            return makeError(ErrorKind::NotFound, tr("There is no user named “%1”.").arg(csm),
                             QStringLiteral("csm"));
    }
    QList<FollowUpItem> items;
    for (auto add : {&FollowUpService::addContributionDebt, &FollowUpService::addOneWay,
                     &FollowUpService::addStaleness, &FollowUpService::addCapacity}) {
        if (Status status = (this->*add)(items, csm); !status)
            return status.error();
    }
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem &a, const FollowUpItem &b) {
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.advocateEmail.toCaseFolded() < b.advocateEmail.toCaseFolded();
    });
    return items;
}

Status FollowUpService::addContributionDebt(QList<FollowUpItem> &items, const QString &csm) const
{
    // One pass over the contributions that may owe something; the rules below decide.
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(", p.id, t.name, p.occurred_on, p.published_on, p.final_shared_on,"
                           " p.artifact_link,"
                           " EXISTS (SELECT 1 FROM appreciations ap WHERE ap.participation_id = p.id)"
                           " FROM participations p JOIN advocates a ON a.id = p.advocate_id"
                           " JOIN activity_types t ON t.id = p.activity_type_id") +
            kOwner + QStringLiteral("WHERE p.occurred_on <= ? AND") + kCsmFilter);
    const QDate today = m_context.clock.today();
    query.bind(time::toStorage(today)).bind(csm).bind(csm);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        const QString participationId = query.value(4).toString();
        const QString activity = query.value(5).toString();
        const QDate occurred = time::dateFromStorage(query.value(6));
        const bool published = query.value(7).isValid() && !query.value(7).isNull();
        const bool finalShared = query.value(8).isValid() && !query.value(8).isNull();
        const bool hasArtifact = !query.value(9).toString().isEmpty();
        const bool thanked = query.value(10).toInt() != 0;
        auto add = [&](FollowUpKind kind, const QDate &dueOn, const QString &action) {
            FollowUpItem item = itemFrom(query, kind);
            item.dueOn = dueOn;
            item.action = action;
            item.relatedId = participationId;
            items << item;
        };
        if (!thanked)
            add(FollowUpKind::ThankYou, occurred.addDays(m_rules.thankYouDueDays),
                tr("Thank %1 for the %2 on %3.").arg(query.value(1).toString(), activity, iso(occurred)));
        if (owesFinalVersion(activity) && !finalShared)
            add(FollowUpKind::FinalVersion, occurred.addDays(m_rules.finalVersionDueDays),
                tr("Share the final version of the case study of %1 with %2.")
                    .arg(iso(occurred), query.value(1).toString()));
        const QDate unusedOn = occurred.addDays(m_rules.unusedContributionDays);
        if (hasArtifact && !published && unusedOn <= today)
            add(FollowUpKind::UnusedContribution, unusedOn,
                tr("Publish or use the %1 of %2, unused for %3 days.")
                    .arg(activity, iso(occurred))
                    .arg(occurred.daysTo(today)));
    }
    return {};
}

Status FollowUpService::addOneWay(QList<FollowUpItem> &items, const QString &csm) const
{
    const QDate today = m_context.clock.today();
    const QVariant since = time::toStorage(today.addDays(-m_rules.oneWayWindowDays));
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(
                ", count(*), max(s.asked_on) FROM asks s JOIN advocates a ON a.id = s.advocate_id") +
            kOwner +
            QStringLiteral("WHERE s.asked_on > ? AND s.asked_on <= ? AND NOT EXISTS (SELECT 1 FROM touches t"
                           " WHERE t.advocate_id = a.id AND t.occurred_on > ? AND t.occurred_on <= ?) AND") +
            kCsmFilter + QStringLiteral("GROUP BY a.id"));
    query.bind(since)
        .bind(time::toStorage(today))
        .bind(since)
        .bind(time::toStorage(today))
        .bind(csm)
        .bind(csm);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        FollowUpItem item = itemFrom(query, FollowUpKind::OneWayRelationship);
        item.dueOn = today;
        item.action =
            tr("Check in with %1: asked %2 times in the last %3 days (last on %4) without a single touch.")
                .arg(item.advocateName)
                .arg(query.value(4).toInt())
                .arg(m_rules.oneWayWindowDays)
                .arg(iso(time::dateFromStorage(query.value(5))));
        items << item;
    }
    return {};
}

Status FollowUpService::addStaleness(QList<FollowUpItem> &items, const QString &csm) const
{
    const QDate today = m_context.clock.today();
    const QDate cutoff = today.addMonths(-m_rules.staleAfterMonths);
    // Profiles: only the programme's enrolled members are kept verified.
    SqlQuery profiles(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(", a.last_verified FROM advocates a"
                           " JOIN nominations n ON n.advocate_id = a.id AND n.status = 'enrolled'") +
            kOwner + QStringLiteral("WHERE (a.last_verified IS NULL OR a.last_verified < ?) AND") +
            kCsmFilter);
    profiles.bind(time::toStorage(cutoff)).bind(csm).bind(csm);
    if (Status status = profiles.exec(); !status)
        return status;
    while (profiles.next()) {
        FollowUpItem item = itemFrom(profiles, FollowUpKind::StaleProfile);
        const QDate verified = time::dateFromStorage(profiles.value(4));
        item.dueOn = verified.isValid() ? verified.addMonths(m_rules.staleAfterMonths) : today;
        item.action =
            verified.isValid()
                ? tr("Verify the profile of %1, last verified on %2.").arg(item.advocateName, iso(verified))
                : tr("Verify the profile of %1, never verified.").arg(item.advocateName);
        items << item;
    }
    // Consents: the newest current consent per asset; a re-confirmed one is fresh again.
    SqlQuery consents(
        m_context.db,
        QStringLiteral("SELECT ") + kWho +
            QStringLiteral(", c.asset, max(c.granted_on) FROM consents c"
                           " JOIN advocates a ON a.id = c.advocate_id") +
            kOwner +
            QStringLiteral("WHERE c.granted_on <= ? AND (c.revoked_on IS NULL OR c.revoked_on > ?)"
                           " AND (c.expires_on IS NULL OR c.expires_on >= ?) AND") +
            kCsmFilter + QStringLiteral("GROUP BY a.id, c.asset HAVING max(c.granted_on) < ?"));
    consents.bind(time::toStorage(today)).bind(time::toStorage(today)).bind(time::toStorage(today));
    consents.bind(csm).bind(csm).bind(time::toStorage(cutoff));
    if (Status status = consents.exec(); !status)
        return status;
    while (consents.next()) {
        FollowUpItem item = itemFrom(consents, FollowUpKind::StaleConsent);
        const QDate granted = time::dateFromStorage(consents.value(5));
        const std::optional<ConsentAsset> asset = parseConsentAsset(consents.value(4).toString());
        item.dueOn = granted.addMonths(m_rules.staleAfterMonths);
        item.action = tr("Re-confirm %1's %2 consent, given on %3.")
                          .arg(item.advocateName, asset ? displayName(*asset) : consents.value(4).toString(),
                               iso(granted));
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
        item.action = tr("%1 holds %2 enrolled advocates, more than %3: hand some over.")
                          .arg(item.csm)
                          .arg(query.value(1).toInt())
                          .arg(m_rules.csmCapacity);
        items << item;
    }
    return {};
}

} // namespace ad
