#pragma once

#include "services/TierReviewService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QThread;
class QTableWidget;

namespace ad {

class Services;

// The tier review queue: the tier each advocate's trailing points recommend,
// waiting for a programme manager to approve or override — with a reason —
// before any tier changes.
class TierReviewPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for a decision's reason; nullopt cancels the decision.
    using ReasonPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &question)>;
    // Asks which tier to set instead of the recommendation; nullopt cancels.
    using TierPrompt = std::function<std::optional<Tier>(QWidget *parent, Tier recommended)>;

    explicit TierReviewPage(Services &services, QWidget *parent = nullptr);
    ~TierReviewPage() override;

    QTableWidget *table() const { return m_table; }
    QLabel *notice() const { return m_notice; }
    // Says how many more are queued when the table shows only the oldest.
    QLabel *moreNotice() const { return m_more; }
    // The most reviews the table shows at once (the oldest first; deciding them
    // brings up the next): a first recompute can queue tens of thousands.
    void setRowLimit(int rows) { m_rowLimit = rows; }
    static constexpr int kDefaultRowLimit = 500;
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    void setTierPrompt(TierPrompt prompt) { m_tierPrompt = std::move(prompt); }
    // Re-reads the queue; with `recompute`, first brings the recommendations up to date.
    void reload(bool recompute = false);
    // Brings the recommendations up to date off the UI thread, then reloads;
    // done on first show and by "Update Recommendations".
    void recomputeInBackground();
    bool isRecomputing() const;
    bool approveSelected();
    bool overrideSelected();

signals:
    void tiersChanged();
    // A background recompute finished (the table shows its result).
    void recomputed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const TierReview *selected() const;
    // Why the acting user may not decide tiers, or an empty string.
    QString decisionRefusal() const;
    void showNotice(const QString &text, bool warning);

    Services &m_services;
    QList<TierReview> m_reviews;
    QTableWidget *m_table;
    QPushButton *m_recompute = nullptr;
    QThread *m_worker = nullptr;
    bool m_recomputedOnce = false;
    QPushButton *m_approve;
    QPushButton *m_override;
    QLabel *m_notice;
    QLabel *m_more;
    int m_rowLimit = kDefaultRowLimit;
    ReasonPrompt m_reasonPrompt;
    TierPrompt m_tierPrompt;
};

} // namespace ad
