#include "TierReviewService.h"

#include "AdvocateService.h"
#include "Authority.h"
#include "ScoringService.h"
#include "rules/Tiers.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Rules)
};

QString statusKey(TierReviewStatus status)
{
    return status == TierReviewStatus::Approved     ? QStringLiteral("approved")
           : status == TierReviewStatus::Overridden ? QStringLiteral("overridden")
                                                    : QStringLiteral("pending");
}

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.advocate_id, a.name, a.email, r.current_tier, r.recommended_tier, r.points, r.status, "
    "r.decided_tier, r.reason, r.decided_by, r.decided_at FROM tier_reviews r JOIN advocates a ON a.id = "
    "r.advocate_id ");

TierReview reviewFrom(const SqlQuery &q)
{
    TierReview r;
    r.id = q.value(0).toString();
    r.advocateId = q.value(1).toString();
    r.advocateName = q.value(2).toString();
    r.advocateEmail = q.value(3).toString();
    r.currentTier = parseTier(q.value(4).toString()).value_or(Tier::Community);
    r.recommendedTier = parseTier(q.value(5).toString()).value_or(Tier::Community);
    r.points = q.value(6).toInt();
    const QString status = q.value(7).toString();
    r.status = status == QLatin1String("approved")     ? TierReviewStatus::Approved
               : status == QLatin1String("overridden") ? TierReviewStatus::Overridden
                                                       : TierReviewStatus::Pending;
    r.decidedTier = parseTier(q.value(8).toString()).value_or(r.recommendedTier);
    r.reason = q.value(9).toString();
    r.decidedBy = q.value(10).toString();
    r.decidedAt = time::instantFromStorage(q.value(11));
    return r;
}

} // namespace

Result<int> TierReviewService::refresh()
{
    Result<QHash<QString, ScoringService::TrailingPoints>> trailing =
        ScoringService(m_context, m_rules).trailingPoints();
    if (!trailing)
        return trailing.error();
    SqlQuery current(m_context.db, QStringLiteral("SELECT a.id, a.tier, r.id, r.recommended_tier, r.points"
                                                  " FROM advocates a LEFT JOIN tier_reviews r"
                                                  " ON r.advocate_id = a.id AND r.status = 'pending'"));
    if (Status status = current.exec(); !status)
        return status.error();
    // Read everything first: the write transaction below must not start under an open read.
    struct Row
    {
        QString advocateId, tier, openReview, openRecommendation;
        int openPoints = 0;
    };
    QList<Row> rows;
    while (current.next())
        rows << Row{current.value(0).toString(), current.value(1).toString(), current.value(2).toString(),
                    current.value(3).toString(), current.value(4).toInt()};
    current.raw().finish();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO tier_reviews (id, advocate_id, current_tier, "
                                                 "recommended_tier, points, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE tier_reviews SET current_tier = ?, recommended_tier = ?, "
                                   "points = ?, updated_at = ? WHERE id = ?"));
    SqlQuery withdraw(m_context.db,
                      QStringLiteral("DELETE FROM tier_reviews WHERE id = ? AND status = 'pending'"));
    int pending = 0;
    for (const Row &row : std::as_const(rows)) {
        const QString &advocateId = row.advocateId;
        const QString &tier = row.tier;
        const QString &openReview = row.openReview;
        const ScoringService::TrailingPoints points = trailing->value(advocateId);
        const QString recommended = keyOf(recommendTier(points.points, points.hasHighBarrier, m_rules));
        Status status;
        if (recommended == tier) {
            if (!openReview.isEmpty())
                status = withdraw.bind(openReview).exec();
        } else if (openReview.isEmpty()) {
            insert.bind(newId())
                .bind(advocateId)
                .bind(tier)
                .bind(recommended)
                .bind(points.points)
                .bind(now)
                .bind(now);
            status = insert.exec();
        } else if (row.openRecommendation != recommended || row.openPoints != points.points) {
            update.bind(tier).bind(recommended).bind(points.points).bind(now).bind(openReview);
            status = update.exec();
        }
        if (!status)
            return status.error();
        pending += recommended == tier ? 0 : 1;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return pending;
}

Result<QList<TierReview>> TierReviewService::pending() const
{
    Result<ListHead<TierReview>> all = pending(-1);
    if (!all)
        return all.error();
    return std::move(all->rows);
}

Result<ListHead<TierReview>> TierReviewService::pending(int limit) const
{
    // Counted off the partial index tier_reviews_pending; a first recompute on a
    // large programme queues tens of thousands, of which a page shows the oldest.
    SqlQuery count(m_context.db, QStringLiteral("SELECT count(*) FROM tier_reviews WHERE status = 'pending'"));
    Result<QVariant> total = scalar(count);
    if (!total)
        return total.error();
    ListHead<TierReview> head;
    head.total = total->toLongLong();
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE r.status = 'pending'"
                                                          " ORDER BY r.created_at, a.email_key LIMIT ?"));
    query.bindLimit(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        head.rows << reviewFrom(query);
    return head;
}

Result<TierReview> TierReviewService::get(const QString &reviewId) const
{
    SqlQuery query(m_context.db, kSelect + QStringLiteral("WHERE r.id = ?"));
    query.bind(reviewId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, RulesText::tr("The tier review does not exist."),
                         QStringLiteral("review"));
    return reviewFrom(query);
}

Status TierReviewService::approve(const QString &reviewId, const QString &reason)
{
    return decide(reviewId, TierReviewStatus::Approved, std::nullopt, reason);
}

Status TierReviewService::overrideTier(const QString &reviewId, Tier tier, const QString &reason)
{
    return decide(reviewId, TierReviewStatus::Overridden, tier, reason);
}

Status TierReviewService::decide(const QString &reviewId, TierReviewStatus status, std::optional<Tier> tier,
                                 const QString &reason)
{
    if (Status allowed =
            requireProgrammeManager(m_context, RulesText::tr("Only a programme manager can decide a tier review."));
        !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, RulesText::tr("A tier decision needs a reason."), QStringLiteral("reason"));
    Result<TierReview> review = get(reviewId);
    if (!review)
        return review.error();
    if (review->status != TierReviewStatus::Pending)
        return makeError(ErrorKind::Refused, RulesText::tr("This tier review was already decided."),
                         QStringLiteral("review"));
    const Tier decided = tier.value_or(review->recommendedTier);
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    // AdvocateService audits the tier change (old → new, reason).
    if (Status set = AdvocateService(m_context).setTier(review->advocateId, decided, reason.trimmed()); !set)
        return set;
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery update(m_context.db,
                    QStringLiteral("UPDATE tier_reviews SET status = ?, decided_tier = ?, reason = ?, "
                                   "decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?"));
    update.bind(statusKey(status)).bind(keyOf(decided)).bind(reason.trimmed()).bind(m_context.actor);
    update.bind(now).bind(now).bind(reviewId);
    if (Status written = update.exec(); !written)
        return written;
    return transaction.commit();
}

} // namespace ad
