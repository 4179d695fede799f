#include "RequestMatcher.h"

#include "RequestService.h"
#include "rules/RequestRules.h"
#include "storage/SqlQuery.h"
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

// Every per-advocate query keeps to the same advocates: the pool (the enrolled
// advocates, an id list SQLite builds once and walks in order), or the one asked about.
QString advocatesOf(const QString &only, const QString &column)
{
    if (only.isEmpty())
        return QStringLiteral(" %1 IN (SELECT n.advocate_id FROM nominations n WHERE n.status = 'enrolled') ")
            .arg(column);
    return QStringLiteral(" %1 = ? ").arg(column);
}

void bindOnly(SqlQuery &query, const QString &only)
{
    if (!only.isEmpty())
        query.bind(only);
}

QString cutoff(const QDate &today, int days)
{
    return time::toStorage(today.addDays(-days)).toString();
}

} // namespace

Result<QString> RequestMatcher::activityName(const QString &activityTypeId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT name FROM activity_types WHERE id = ?"));
    query.bind(activityTypeId);
    Result<QVariant> name = scalar(query);
    if (!name)
        return name.error();
    return name->toString();
}

Result<QList<AdvocateFacts>> RequestMatcher::loadFacts(const Request &request, const QString &only) const
{
    // An advocate is in the pool when enrolled; asked about by id, anyone is loaded
    // so that "not enrolled" can be the answer.
    SqlQuery base(
        m_context.db,
        QStringLiteral("SELECT a.id, a.name, a.email, c.name, c.industry, c.segment, c.region, c.products,"
                       " a.signal_satisfaction, a.signal_outcomes, a.signal_relationship,"
                       " a.signal_communication, a.signal_company_fit, a.signal_willingness,"
                       " a.do_not_ask_until, c.renewal_date, c.open_escalation, ") +
            // The pool is enrolled by definition; the one advocate asked about may not be.
            (only.isEmpty() ? QStringLiteral("1")
                            : QStringLiteral("EXISTS (SELECT 1 FROM nominations e WHERE e.advocate_id = a.id"
                                             " AND e.status = 'enrolled')")) +
            QStringLiteral(", u.name FROM advocates a JOIN accounts c ON c.id = a.account_id"
                           " LEFT JOIN users u ON u.id = a.owner_id WHERE") +
            advocatesOf(only, QStringLiteral("a.id")) + QStringLiteral("ORDER BY a.email_key"));
    bindOnly(base, only);
    if (Status status = base.exec(); !status)
        return status.error();
    QList<AdvocateFacts> facts;
    while (base.next()) {
        AdvocateFacts f;
        f.advocateId = base.value(0).toString();
        f.name = base.value(1).toString();
        f.email = base.value(2).toString();
        f.accountName = base.value(3).toString();
        f.industry = base.value(4).toString();
        f.segment = base.value(5).toString();
        f.region = base.value(6).toString();
        // Stored joined by "; " (AccountService).
        for (const QString &product : base.value(7).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            f.products << product.trimmed();
        for (int i = 0; i < kSignalCount; ++i)
            f.signalValues.values[i] = base.value(8 + i).toInt();
        f.doNotAskUntil = time::dateFromStorage(base.value(14));
        f.renewalDate = time::dateFromStorage(base.value(15));
        f.openEscalation = base.value(16).toInt() != 0;
        f.enrolled = base.value(17).toInt() != 0;
        f.ownerName = base.value(18).toString();
        facts << f;
    }
    QHash<QString, AdvocateFacts *> byId;
    for (AdvocateFacts &f : facts)
        byId.insert(f.advocateId, &f);
    if (Status status = addAskFacts(request, byId, only); !status)
        return status.error();
    if (Status status = addContributionFacts(byId, only); !status)
        return status.error();
    if (Status status = addNpsFacts(byId, only); !status)
        return status.error();
    if (Status status = addConsentAndPreferenceFacts(request, byId, only); !status)
        return status.error();
    return facts;
}

Status RequestMatcher::addAskFacts(const Request &request, QHash<QString, AdvocateFacts *> &byId,
                                   const QString &only) const
{
    const QDate today = m_context.clock.today();
    const QString todayText = time::toStorage(today).toString();
    SqlQuery asks(
        m_context.db,
        QStringLiteral("SELECT s.advocate_id,"
                       " SUM(CASE WHEN s.asked_on > ? AND s.asked_on <= ? AND t.counts_toward_cap = 1"
                       "  THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN s.asked_on > ? AND s.asked_on <= ? THEN 1 ELSE 0 END),"
                       " MAX(CASE WHEN s.answer = 'declined' AND s.activity_type_id = ?"
                       "  THEN coalesce(s.answered_on, s.asked_on) END),"
                       " MAX(CASE WHEN s.request_id = ? THEN 1 ELSE 0 END)" // no max(boolean) on PostgreSQL
                       " FROM asks s JOIN activity_types t ON t.id = s.activity_type_id"
                       " WHERE") +
            advocatesOf(only, QStringLiteral("s.advocate_id")) + QStringLiteral("GROUP BY s.advocate_id"));
    asks.bind(cutoff(today, m_rules.askCapWindowDays)).bind(todayText);
    asks.bind(cutoff(today, m_rules.fairnessWindowDays)).bind(todayText);
    asks.bind(request.activityTypeId).bind(request.id);
    bindOnly(asks, only);
    if (Status status = asks.exec(); !status)
        return status;
    while (asks.next()) {
        AdvocateFacts *f = byId.value(asks.value(0).toString());
        if (!f)
            continue;
        f->countedAsksInCapWindow = asks.value(1).toInt();
        f->asksInFairnessWindow = asks.value(2).toInt();
        f->lastDeclineOfTypeOn = time::dateFromStorage(asks.value(3));
        f->alreadyAsked = asks.value(4).toInt() != 0;
    }
    return {};
}

Status RequestMatcher::addContributionFacts(QHash<QString, AdvocateFacts *> &byId, const QString &only) const
{
    // Only a contribution inside the rest window can make an advocate rest, so only
    // those are read: the latest of them is the latest that matters.
    const QDate today = m_context.clock.today();
    SqlQuery high(
        m_context.db,
        QStringLiteral("SELECT p.advocate_id, MAX(p.occurred_on) FROM participations p"
                       " JOIN activity_types t ON t.id = p.activity_type_id"
                       " WHERE t.barrier = 'high' AND p.occurred_on > ? AND p.occurred_on <= ? AND") +
            advocatesOf(only, QStringLiteral("p.advocate_id")) + QStringLiteral("GROUP BY p.advocate_id"));
    high.bind(cutoff(today, m_rules.restAfterHighBarrierDays)).bind(time::toStorage(today));
    bindOnly(high, only);
    if (Status status = high.exec(); !status)
        return status;
    while (high.next())
        if (AdvocateFacts *f = byId.value(high.value(0).toString()))
            f->lastHighBarrierOn = time::dateFromStorage(high.value(1));
    return {};
}

Status RequestMatcher::addNpsFacts(QHash<QString, AdvocateFacts *> &byId, const QString &only) const
{
    // Each advocate's latest answer, any date: one step along nps_advocate_date each.
    SqlQuery nps(
        m_context.db,
        QStringLiteral("SELECT pool.id, (SELECT m.score FROM nps_responses m WHERE m.advocate_id = pool.id"
                       " ORDER BY m.responded_on DESC, m.rowid DESC LIMIT 1) AS score"
                       " FROM (SELECT a.id FROM advocates a WHERE") +
            advocatesOf(only, QStringLiteral("a.id")) + QStringLiteral(") pool"));
    bindOnly(nps, only);
    if (Status status = nps.exec(); !status)
        return status;
    // Advocates who never answered are skipped here, not by "WHERE score IS NOT
    // NULL": PostgreSQL does not let WHERE name a column of the SELECT list.
    while (nps.next())
        if (AdvocateFacts *f = byId.value(nps.value(0).toString()); f && !nps.value(1).isNull())
            f->latestNps = nps.value(1).toInt();
    return {};
}

Status RequestMatcher::addConsentAndPreferenceFacts(const Request &request,
                                                    QHash<QString, AdvocateFacts *> &byId,
                                                    const QString &only) const
{
    SqlQuery consents(
        m_context.db,
        QStringLiteral("SELECT id, advocate_id, granted_on, expires_on, revoked_on FROM consents"
                       " WHERE asset = 'reference' AND") +
            advocatesOf(only, QStringLiteral("advocate_id")));
    bindOnly(consents, only);
    if (Status status = consents.exec(); !status)
        return status;
    while (consents.next()) {
        if (AdvocateFacts *f = byId.value(consents.value(1).toString())) {
            Consent consent;
            consent.id = consents.value(0).toString();
            consent.advocateId = f->advocateId;
            consent.asset = ConsentAsset::Reference;
            consent.grantedOn = time::dateFromStorage(consents.value(2));
            consent.expiresOn = time::dateFromStorage(consents.value(3));
            consent.revokedOn = time::dateFromStorage(consents.value(4));
            f->referenceConsents << consent;
        }
    }
    SqlQuery preferences(m_context.db, QStringLiteral("SELECT advocate_id, open_to FROM activity_preferences"
                                                      " WHERE activity_type_id = ? AND") +
                                           advocatesOf(only, QStringLiteral("advocate_id")));
    preferences.bind(request.activityTypeId);
    bindOnly(preferences, only);
    if (Status status = preferences.exec(); !status)
        return status;
    while (preferences.next())
        if (AdvocateFacts *f = byId.value(preferences.value(0).toString()))
            f->openToActivity = preferences.value(1).toInt() != 0;
    return {};
}

Result<MatchResult> RequestMatcher::match(const QString &requestId) const
{
    Result<Request> request = RequestService(m_context, m_rules).get(requestId);
    if (!request)
        return request.error();
    if (isFinal(request->status))
        return makeError(
            ErrorKind::Refused,
            RulesText::tr("The request is %1; there is nobody to match any more.").arg(displayName(request->status)),
            QStringLiteral("status"));
    Result<QString> activity = activityName(request->activityTypeId);
    if (!activity)
        return activity.error();
    Result<QList<AdvocateFacts>> facts = loadFacts(*request, QString());
    if (!facts)
        return facts.error();

    MatchResult result;
    result.request = *request;
    const QDate today = m_context.clock.today();
    for (const AdvocateFacts &f : std::as_const(*facts)) {
        if (std::optional<ExclusionReason> reason = firstExclusion(f, today, m_rules))
            result.excluded << MatchExclusion{f.advocateId, f.name, f.email, *reason,
                                              describeExclusion(*reason, f, *activity, m_rules)};
        else
            result.candidates << candidateFrom(*request, f, m_rules);
    }
    rankCandidates(result.candidates);
    return result;
}

Result<std::optional<MatchExclusion>> RequestMatcher::exclusionFor(const QString &requestId,
                                                                   const QString &advocateId) const
{
    Result<Request> request = RequestService(m_context, m_rules).get(requestId);
    if (!request)
        return request.error();
    Result<QString> activity = activityName(request->activityTypeId);
    if (!activity)
        return activity.error();
    Result<QList<AdvocateFacts>> facts = loadFacts(*request, advocateId);
    if (!facts)
        return facts.error();
    if (facts->isEmpty())
        return makeError(ErrorKind::NotFound, RulesText::tr("The advocate does not exist."), QStringLiteral("advocate"));
    const AdvocateFacts &f = facts->first();
    std::optional<ExclusionReason> reason = firstExclusion(f, m_context.clock.today(), m_rules);
    if (!reason)
        return std::optional<MatchExclusion>();
    return std::optional<MatchExclusion>(MatchExclusion{f.advocateId, f.name, f.email, *reason,
                                                        describeExclusion(*reason, f, *activity, m_rules)});
}

Result<AskStanding> RequestMatcher::askStanding(const QString &advocateId) const
{
    // A request that is none: its id and activity type match no ask, decline or preference.
    Result<QList<AdvocateFacts>> facts = loadFacts(Request{}, advocateId);
    if (!facts)
        return facts.error();
    if (facts->isEmpty())
        return makeError(ErrorKind::NotFound, RulesText::tr("The advocate does not exist."),
                         QStringLiteral("advocate"));
    const AdvocateFacts &f = facts->first();
    AskStanding standing;
    standing.countedAsks = f.countedAsksInCapWindow;
    standing.cap = m_rules.askCap;
    standing.windowDays = m_rules.askCapWindowDays;
    standing.blocker = firstExclusion(f, m_context.clock.today(), m_rules);
    if (standing.blocker)
        standing.blockerText = describeExclusion(*standing.blocker, f, QString(), m_rules);
    return standing;
}

} // namespace ad
