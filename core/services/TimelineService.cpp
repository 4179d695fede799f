#include "TimelineService.h"

#include "ActivityTypeService.h"
#include "AdvocateService.h"
#include "AuditLog.h"
#include "EngagementService.h"
#include "FeedbackService.h"
#include "ReferralService.h"
#include "NominationService.h"
#include "NpsService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Timeline)
};

// Appends " — detail" when there is a detail worth showing.
QString withDetail(const QString &summary, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    return trimmed.isEmpty() ? summary : TimelineText::tr("%1 — %2").arg(summary, trimmed);
}

TimelineEntry onDay(const QDate &day, const QString &kind, const QString &summary, const QString &entityId)
{
    return TimelineEntry{day.startOfDay(Qt::UTC), kind, summary, entityId, true};
}

// Stored keys ("in_review", "3", "silver") shown as their translated names.
QString valueName(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return TimelineText::tr("(none)");
    if (field == QLatin1String("status"))
        if (const auto status = parseNominationStatus(value))
            return displayName(*status);
    if (field == QLatin1String("tier"))
        if (const auto tier = parseTier(value))
            return displayName(*tier);
    if (field == QLatin1String("activity_preference")) {
        if (value == QLatin1String("open"))
            return TimelineText::tr("Open to");
        if (value == QLatin1String("not_open"))
            return TimelineText::tr("Not open to");
    }
    if (field == QLatin1String("journey_stage")) {
        bool isNumber = false;
        const int stage = value.toInt(&isNumber);
        if (isNumber)
            return journeyStageName(stage);
    }
    return value;
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("journey_stage"))
        return TimelineText::tr("Journey stage");
    if (field == QLatin1String("tier"))
        return TimelineText::tr("Tier");
    if (field == QLatin1String("status"))
        return TimelineText::tr("Nomination status");
    if (field == QLatin1String("activity_preference"))
        return TimelineText::tr("Activity preference");
    return field;
}

QString auditSummary(const AuditEvent &event)
{
    static const QString consentPrefix = QStringLiteral("consent.");
    if (event.field.startsWith(consentPrefix)) {
        const QString assetKey = event.field.mid(consentPrefix.size());
        const auto asset = parseConsentAsset(assetKey);
        const QString assetName = asset ? displayName(*asset) : assetKey;
        const QString summary =
            event.newValue == QLatin1String("revoked")
                ? TimelineText::tr("Consent for %1 revoked by %2").arg(assetName, event.actor)
                : TimelineText::tr("Consent for %1 granted, recorded by %2").arg(assetName, event.actor);
        return withDetail(summary, event.reason);
    }
    const QString summary = TimelineText::tr("%1 changed from %2 to %3 by %4")
                                .arg(fieldName(event.field), valueName(event.field, event.oldValue),
                                     valueName(event.field, event.newValue), event.actor);
    return withDetail(summary, event.reason);
}

bool isNominationStatusEvent(const AuditEvent &event)
{
    return event.entityType == QLatin1String("nomination") && event.field == QLatin1String("status");
}

// Collects one advocate's entries, oldest first within each source.
class TimelineBuilder
{
public:
    TimelineBuilder(const ServiceContext &context, QString advocateId)
        : m_context(context), m_advocateId(std::move(advocateId))
    {
    }

    Status collect()
    {
        for (Status (TimelineBuilder::*step)() :
             {&TimelineBuilder::addNomination, &TimelineBuilder::addAudit, &TimelineBuilder::addNps,
              &TimelineBuilder::addTouches, &TimelineBuilder::addContributions,
              &TimelineBuilder::addAppreciations, &TimelineBuilder::addNotes, &TimelineBuilder::addFeedback,
              &TimelineBuilder::addReferrals}) {
            if (Status status = (this->*step)(); !status)
                return status;
        }
        return {};
    }

    QList<TimelineEntry> newestFirst() &&
    {
        // Entries at equal times keep the order they were collected in (each source
        // oldest first, a nomination before its moves); reversing an ascending
        // stable sort then shows the later of them first.
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
        std::reverse(m_entries.begin(), m_entries.end());
        return std::move(m_entries);
    }

private:
    Status addNomination()
    {
        Result<std::optional<Nomination>> nomination = NominationService(m_context).forAdvocate(m_advocateId);
        if (!nomination)
            return nomination.error();
        if (!nomination->has_value())
            return {};
        const Nomination &n = **nomination;
        const QString summary = withDetail(TimelineText::tr("Nominated by %1").arg(n.nominatedBy), n.evidence);
        if (n.createdAt.isValid())
            m_entries << TimelineEntry{n.createdAt, QStringLiteral("nomination"), summary, n.id, false};
        else
            m_entries << onDay(n.nominatedOn, QStringLiteral("nomination"), summary, n.id);
        return {};
    }

    Status addAudit()
    {
        Result<QList<AuditEvent>> events = AuditLog(m_context).forAdvocate(m_advocateId);
        if (!events)
            return events.error();
        for (const AuditEvent &event : *events) {
            if (isNominationStatusEvent(event)) {
                // The first status ("" → nominated) is the nomination entry itself.
                if (event.oldValue.isEmpty())
                    continue;
                const QString summary = TimelineText::tr("Nomination moved from %1 to %2 by %3")
                                            .arg(valueName(event.field, event.oldValue),
                                                 valueName(event.field, event.newValue), event.actor);
                m_entries << TimelineEntry{event.occurredAt, QStringLiteral("status"),
                                           withDetail(summary, event.reason), event.entityId, false};
                continue;
            }
            m_entries << TimelineEntry{event.occurredAt, QStringLiteral("audit"), auditSummary(event),
                                       event.entityId, false};
        }
        return {};
    }

    Status addNps()
    {
        Result<QList<NpsResponse>> responses = NpsService(m_context).history(m_advocateId);
        if (!responses)
            return responses.error();
        for (const NpsResponse &response : *responses) {
            QString summary = TimelineText::tr("NPS %1").arg(response.score);
            if (!response.source.isEmpty())
                summary = TimelineText::tr("%1 (%2)").arg(summary, response.source);
            m_entries << onDay(response.respondedOn, QStringLiteral("nps"),
                               withDetail(summary, response.comment), response.id);
        }
        return {};
    }

    Status addTouches()
    {
        Result<QList<Touch>> touches = EngagementService(m_context).touches(m_advocateId);
        if (!touches)
            return touches.error();
        for (const Touch &touch : *touches) {
            QString summary = displayName(touch.kind);
            if (!touch.loggedBy.isEmpty())
                summary = TimelineText::tr("%1, logged by %2").arg(summary, touch.loggedBy);
            m_entries << onDay(touch.occurredOn, QStringLiteral("touch"), withDetail(summary, touch.note),
                               touch.id);
        }
        return {};
    }

    Status addContributions()
    {
        Result<QList<ActivityType>> types = ActivityTypeService(m_context).list();
        if (!types)
            return types.error();
        QHash<QString, QString> typeNames;
        for (const ActivityType &type : *types)
            typeNames.insert(type.id, type.name);

        Result<QList<Participation>> contributions = EngagementService(m_context).contributions(m_advocateId);
        if (!contributions)
            return contributions.error();
        for (const Participation &p : *contributions) {
            const QString summary = TimelineText::tr("Contribution: %1 (%2 points)")
                                        .arg(typeNames.value(p.activityTypeId, p.activityTypeId))
                                        .arg(p.points);
            m_entries << onDay(p.occurredOn, QStringLiteral("contribution"), withDetail(summary, p.notes),
                               p.id);
        }
        return {};
    }

    Status addAppreciations()
    {
        Result<QList<Appreciation>> appreciations = EngagementService(m_context).appreciations(m_advocateId);
        if (!appreciations)
            return appreciations.error();
        for (const Appreciation &a : *appreciations) {
            const QString summary = TimelineText::tr("Appreciation: %1").arg(displayName(a.kind));
            m_entries << onDay(a.occurredOn, QStringLiteral("appreciation"), withDetail(summary, a.note),
                               a.id);
        }
        return {};
    }

    Status addNotes()
    {
        Result<QList<Note>> notes = AdvocateService(m_context).notes(m_advocateId);
        if (!notes)
            return notes.error();
        for (const Note &note : *notes)
            m_entries << TimelineEntry{note.createdAt, QStringLiteral("note"),
                                       withDetail(TimelineText::tr("Note by %1").arg(note.author), note.body), note.id,
                                       false};
        return {};
    }

    Status addFeedback()
    {
        FeedbackFilter filter;
        filter.advocateId = m_advocateId;
        Result<QList<FeedbackRow>> feedback = FeedbackService(m_context).list(filter);
        if (!feedback)
            return feedback.error();
        for (const FeedbackRow &row : *feedback) {
            QString summary = TimelineText::tr("Feedback on %1 (%2)").arg(row.item.source, displayName(row.item.sentiment));
            if (row.item.rating)
                summary = TimelineText::tr("Feedback on %1, rated %2 (%3)")
                              .arg(row.item.source)
                              .arg(*row.item.rating)
                              .arg(displayName(row.item.sentiment));
            m_entries << onDay(row.item.receivedOn, QStringLiteral("feedback"), withDetail(summary, row.item.body),
                               row.item.id);
        }
        return {};
    }

    Status addReferrals()
    {
        Result<QList<Referral>> referrals = ReferralService(m_context).forAdvocate(m_advocateId);
        if (!referrals)
            return referrals.error();
        for (const Referral &r : *referrals) {
            const QString who = r.referredContact.isEmpty() ? r.referredCompany
                                                            : TimelineText::tr("%1 at %2").arg(r.referredContact, r.referredCompany);
            m_entries << onDay(r.referredOn, QStringLiteral("referral"),
                               TimelineText::tr("Referral: %1 (%2)").arg(who, displayName(r.status)), r.id);
        }
        return {};
    }

    const ServiceContext &m_context;
    QString m_advocateId;
    QList<TimelineEntry> m_entries;
};

} // namespace

Result<QList<TimelineEntry>> TimelineService::forAdvocate(const QString &advocateId) const
{
    if (Result<Advocate> advocate = AdvocateService(m_context).get(advocateId); !advocate)
        return advocate.error();
    TimelineBuilder builder(m_context, advocateId);
    if (Status status = builder.collect(); !status)
        return status.error();
    return std::move(builder).newestFirst();
}

} // namespace ad
