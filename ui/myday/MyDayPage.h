#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ad {

class Services;

// A CSM's day on one page: follow-ups due, asks awaiting an answer, enrolled
// advocates not touched lately, and nominations stuck in one status — each
// with the one click that deals with it.
class MyDayPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRowsPerSection = 200;

    explicit MyDayPage(Services &services, QWidget *parent = nullptr);

    QComboBox *csmBox() const { return m_csm; }
    QTableWidget *followUps() const { return m_followUps; }
    QTableWidget *pendingAsks() const { return m_asks; }
    QTableWidget *untouched() const { return m_untouched; }
    QTableWidget *stuck() const { return m_stuck; }
    // Fills the four lists now if the page is visible, else when it is next
    // shown: at 100,000 advocates they cost more than the rest of start-up
    // together, and the window opens on another page (docs/performance.md).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void advocateActivated(const QString &advocateId);
    void showOnBoard(const QString &advocateId);
    void advocatesChanged();

private:
    QTableWidget *addSection(const QString &title, const QStringList &headers, QLabel **heading);
    void fillFollowUps(const QString &csmName);
    void fillAsks(const QString &ownerId);
    void fillUntouched(const QString &ownerId);
    void fillStuck(const QString &ownerId);
    void thank(const QString &advocateId, const QString &participationId);

    Services &m_services;
    QComboBox *m_csm;
    QLabel *m_followUpsHeading = nullptr;
    QLabel *m_asksHeading = nullptr;
    QLabel *m_untouchedHeading = nullptr;
    QLabel *m_stuckHeading = nullptr;
    QTableWidget *m_followUps;
    QTableWidget *m_asks;
    QTableWidget *m_untouched;
    QTableWidget *m_stuck;
    QWidget *m_sections;
    bool m_stale = true; // the lists wait for the page to be shown
};

} // namespace ad
