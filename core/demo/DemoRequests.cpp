// DemoWriter, part two: requests from sales and marketing, and the asks they led to.
#include "DemoWriter.h"

#include "storage/SqlQuery.h"

namespace ad::demo {

namespace {

const char *const kStatuses[] = {"new",       "matching", "asked",    "accepted", "scheduled",
                                 "completed", "closed",   "declined", "cancelled", "expired"};
enum { New, Matching, Asked, Accepted, Scheduled, Completed, Closed, Declined, Cancelled, Expired };

} // namespace

Status DemoWriter::writeAsk(const QString &requestId, const AdvocateRef &advocate, const ActivityRef &type,
                            const QDate &askedOn, const QString &answer, const QString &reason)
{
    const QDate answered = answer == QLatin1String("pending") ? QDate() : qMin(m_today, askedOn.addDays(2));
    return m_asks->add({m_random.uuid(), requestId, advocate.id, type.id, day(askedOn), answer, day(answered), reason,
                        stamp(askedOn), stamp(answered.isValid() ? answered : askedOn)});
}

Status DemoWriter::writeRequests()
{
    QList<AdvocateRef> pool;
    for (const AdvocateRef &advocate : m_advocates)
        if (advocate.stage >= 3 && advocate.archetype == Archetype::None)
            pool << advocate;
    if (pool.isEmpty())
        pool = m_advocates;

    static const char *const products[] = {"Core Platform", "Analytics", "Payments", "Mobile SDK", "Integrations Hub"};
    static const char *const segments[] = {"smb", "mid_market", "enterprise"};
    const QStringList requestedTypes = {QStringLiteral("Reference call"),   QStringLiteral("Case study"),
                                        QStringLiteral("Customer panel"),   QStringLiteral("Webinar"),
                                        QStringLiteral("Video testimonial"), QStringLiteral("Podcast")};

    int decidedWith = 0;
    int decidedWithout = 0;
    auto writeRequest = [&](const ActivityRef &type, int status, const QDate &opened) -> Result<QString> {
        const Region region = m_names.region();
        const QString industry = m_names.industry();
        const QString prospect = m_names.company(industry, region);
        const QString product = QString::fromLatin1(products[m_random.below(5)]);
        // Deals decided with a reference are won more often than those that went
        // ahead without one (declined, cancelled or expired requests): the
        // dashboard's "win rate with vs without a reference" has both sides.
        const bool withReference = status == Completed || status == Closed;
        const bool withoutReference = status == Declined || status == Cancelled || status == Expired;
        // (Counted, not drawn: with a few dozen deals, chance could turn the story around.)
        int outcome = 0;
        if (withReference)
            outcome = ++decidedWith % 5 == 0 ? 0 : decidedWith % 3 == 0 ? 2 : 1; // about two won for each lost
        else if (withoutReference)
            outcome = ++decidedWithout % 5 == 0 ? 0 : decidedWithout % 4 == 1 ? 1 : 2; // about one won for three lost
        static const char *const outcomes[] = {"open", "won", "lost"};
        const qint64 dealSize = m_random.between(20, 900) * 1000;
        const QString id = m_random.uuid();
        if (Status s = m_requests->add({id, m_names.person().display,
                                        QString(prospect + QStringLiteral(" — ") + product +
                                                QStringLiteral(" expansion")),
                                        prospect, industry, QString::fromLatin1(segments[m_random.below(3)]),
                                        region.name, product, dealSize, type.id, day(opened.addDays(21)),
                                        QString::fromLatin1(kStatuses[status]), QString::fromLatin1(outcomes[outcome]),
                                        outcome == 1 ? dealSize : 0, day(opened), stamp(opened), stamp(opened)});
            !s)
            return s.error();
        return id;
    };

    const int count = qMax(6, m_options.advocates / 10);
    for (int r = 0; r < count; ++r) {
        const ActivityRef &type = activityNamed(requestedTypes.at(m_random.weighted({50, 15, 10, 10, 8, 7})));
        const int status = m_random.weighted({10, 8, 10, 8, 7, 15, 25, 7, 5, 5});
        // A completed request is thanked and closed within weeks: only recent
        // ones are still open for that.
        const QDate opened = daysAgo(status == Completed ? m_random.between(35, 60) : m_random.between(5, 330));
        Result<QString> requestId = writeRequest(type, status, opened);
        if (!requestId)
            return requestId.error();
        if (status == New || status == Matching || status == Cancelled || status == Expired)
            continue;
        const AdvocateRef &advocate = m_random.pick(pool);
        const QDate askedOn = qMin(m_today, opened.addDays(m_random.between(1, 5)));
        const QString answer = status == Asked      ? QStringLiteral("pending")
                               : status == Declined ? QStringLiteral("declined")
                                                    : QStringLiteral("accepted");
        if (Status s = writeAsk(*requestId, advocate, type, askedOn, answer,
                                status == Declined ? QStringLiteral("Busy with a system migration this quarter")
                                                   : QString());
            !s)
            return s;
        const QDate deliveredOn = askedOn.addDays(m_random.between(10, 30));
        if ((status == Completed || status == Closed) && deliveredOn <= m_today)
            if (Status s = writeContribution(advocate.id, type, deliveredOn, *requestId, status == Closed); !s)
                return s;
    }

    // The hard cases' asks, on requests of their own so the dates are exact.
    for (const AdvocateRef &advocate : std::as_const(m_advocates)) {
        QList<QPair<int, QString>> asks; // days ago, answer
        if (advocate.archetype == Archetype::AskedTwice)
            asks = {{50, QStringLiteral("accepted")}, {12, QStringLiteral("pending")}};
        else if (advocate.archetype == Archetype::Declined)
            asks = {{20, QStringLiteral("declined")}};
        else if (advocate.archetype == Archetype::OneWay)
            asks = {{15, QStringLiteral("pending")}};
        for (const auto &[ago, answer] : std::as_const(asks)) {
            const ActivityRef &type = activityNamed(QStringLiteral("Reference call"));
            const int status = answer == QLatin1String("declined") ? Declined
                               : answer == QLatin1String("pending") ? Asked
                                                                    : Accepted;
            Result<QString> requestId = writeRequest(type, status, daysAgo(ago + 2));
            if (!requestId)
                return requestId.error();
            if (Status s = writeAsk(*requestId, advocate, type, daysAgo(ago), answer,
                                    answer == QLatin1String("declined") ? QStringLiteral("Too busy before year end")
                                                                        : QString());
                !s)
                return s;
        }
    }
    return {};
}

} // namespace ad::demo
