#pragma once

#include <QWidget>

class QComboBox;
class QDate;
class QLabel;
class QTableWidget;

class QUndoStack;

namespace ad {

class ReadThread;
class Services;

// A CSM's day on one page: follow-ups due, asks awaiting an answer, enrolled
// advocates not touched lately, and nominations stuck in one status — each
// with the one click that deals with it.
class MyDayPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRowsPerSection = 200;

    // The follow-ups fall under three headings by their due date.
    enum class DueGroup
    {
        Overdue,  // past its due date: the rule's deadline is missed
        ThisWeek, // due today or in the next six days
        Later
    };
    // On a heading row's item: its DueGroup. Rows of items have none.
    static constexpr int DueGroupRole = Qt::UserRole + 1;
    static DueGroup dueGroup(const QDate &dueOn, const QDate &today);
    static QString dueGroupName(DueGroup group);

    explicit MyDayPage(Services &services, QWidget *parent = nullptr);
    // Where its one-click actions (Log Thank-you) go, so Edit → Undo takes them back.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    QComboBox *csmBox() const { return m_csm; }
    // Says so when the signed-in user owns nothing and the page shows everyone's day.
    QLabel *whoseNotice() const { return m_whose; }
    QTableWidget *followUps() const { return m_followUps; }
    QTableWidget *pendingAsks() const { return m_asks; }
    QTableWidget *untouched() const { return m_untouched; }
    QTableWidget *stuck() const { return m_stuck; }
    // Reads the four lists again if the page is visible (on a read thread:
    // at 100,000 advocates they take seconds), else when it is next shown.
    void reload();
    // A reload is on its way; loaded() says when its lists are in.
    bool isLoading() const { return m_loading; }

    struct Lists;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void loaded();
    void advocateActivated(const QString &advocateId);
    void showOnBoard(const QString &advocateId);
    void advocatesChanged();

private:
    QTableWidget *addSection(const QString &title, const QStringList &headers, QLabel **heading);
    void fill(const Lists &lists);
    void fillFollowUps(const Lists &lists);
    void fillAsks(const Lists &lists);
    void fillUntouched(const Lists &lists);
    void fillStuck(const Lists &lists);
    void thank(const QString &advocateId, const QString &advocateName, const QString &participationId);

    Services &m_services;
    QUndoStack *m_undoStack = nullptr;
    QComboBox *m_csm;
    QLabel *m_whose;
    QLabel *m_followUpsHeading = nullptr;
    QLabel *m_asksHeading = nullptr;
    QLabel *m_untouchedHeading = nullptr;
    QLabel *m_stuckHeading = nullptr;
    QTableWidget *m_followUps;
    QTableWidget *m_asks;
    QTableWidget *m_untouched;
    QTableWidget *m_stuck;
    QWidget *m_sections;
    ReadThread *m_reads;
    int m_generation = 0; // of the newest reload: older answers are dropped
    bool m_loading = false;
    bool m_hasLoaded = false;
    bool m_stale = true; // the lists wait for the page to be shown
};

} // namespace ad
