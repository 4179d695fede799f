#pragma once

#include "services/AdvocateSummaryService.h"

#include <QDate>
#include <QFrame>

class QLabel;

namespace ad {

class ElidedLabel;
class FlowLayout;
class InitialsAvatar;

// The left of a profile: who the advocate is at a glance, in a narrow column
// that wraps or elides every text rather than growing wider — initials, name,
// title, account (a link), tier, owner, pipeline, NPS, consents per asset,
// the asks used of the cap, the next step, and the actions the window adds.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    // Shows `summary`; consents are current or not on `today`.
    void setSummary(const AdvocateSummary &summary, const QDate &today);
    // A button (or any widget) in the actions at the bottom, wrapping as needed.
    void addAction(QWidget *action);

    InitialsAvatar *avatar() const { return m_avatar; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *accountLink() const { return m_account; }
    QLabel *tierChip() const { return m_tier; }
    QLabel *owner() const { return m_owner; }
    QLabel *asks() const { return m_asks; }
    QLabel *consents() const { return m_consents; }
    QLabel *nextStep() const { return m_nextStep; }

signals:
    void accountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *wrapped(const QString &objectName);
    void showConsents();
    void showTier();

    AdvocateSummary m_summary;
    QDate m_today;
    InitialsAvatar *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_journey = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_pipeline = nullptr;
    QLabel *m_nps = nullptr;
    QLabel *m_asks = nullptr;
    QLabel *m_consents = nullptr;
    QLabel *m_verified = nullptr;
    ElidedLabel *m_email = nullptr;
    QLabel *m_nextStep = nullptr;
    FlowLayout *m_actions = nullptr;
};

} // namespace ad
