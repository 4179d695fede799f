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

    auto writeRequest = [&](const ActivityRef &type, int status, const QDate &opened) -> Result<QString> {
        const Region region = m_names.region();
        const QString industry = m_names.industry();
        const QString prospect = m_names.company(industry, region);
        const QString product = QString::fromLatin1(products[m_random.below(5)]);
        const int outcome = status == Completed || status == Closed ? m_random.weighted({20, 55, 25}) : 0;
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
        const QDate opened = daysAgo(m_random.between(5, 330));
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
