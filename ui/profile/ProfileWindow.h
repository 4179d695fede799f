#pragma once

#include "domain/Advocate.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace ad {

class Services;
class NpsChart;
class PreferencesEditor;
class SignalsEditor;
class SummaryCard;
class TimelineModel;

// One advocate's profile: a narrow summary card on the left (who they are,
// tier, owner, consents, asks used of the cap, the next step, the actions) and
// tabs on the right: the timeline of everything that happened, the six signals
// and readiness, what they will and will not be asked, their NPS history, and
// their story. Edits save at once and go on the undo stack. Escape and Ctrl+W
// close it.
class ProfileWindow : public QWidget
{
    Q_OBJECT

public:
    ProfileWindow(Services &services, QUndoStack *undoStack, const QString &advocateId,
                  QWidget *parent = nullptr);

    enum Tab
    {
        TimelineTab,
        SignalsTab,
        PreferencesTab,
        NpsTab,
        StoryTab
    };

    QString advocateId() const { return m_advocateId; }
    SummaryCard *card() const { return m_card; }
    QTabWidget *tabs() const { return m_tabs; }
    SignalsEditor *signalsEditor() const { return m_signals; }
    TimelineModel *timeline() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    NpsChart *npsChart() const { return m_npsChart; }
    QComboBox *timelineFilter() const { return m_kindFilter; }
    QPlainTextEdit *storyEdit() const { return m_story; }
    PreferencesEditor *preferences() const { return m_preferences; }
    // The account's name, a link that emits accountRequested.
    QLabel *accountLink() const;
    // Re-reads the advocate and everything shown about them.
    void reload();

signals:
    // Something about the advocate changed: boards and tables may want to reload.
    void advocateChanged(const QString &advocateId);
    // The user clicked the account name.
    void accountRequested(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildCard();
    QWidget *buildTimeline();
    QWidget *buildSignals();
    QWidget *buildAsking();
    QWidget *buildStory();
    void showAdvocate();
    void saveEdit(const Advocate &after, const QString &what);
    void saveTexts();
    void logTouch();
    void addNote();
    void nominate();
    // Runs one of the logging dialogs for this advocate and shows the outcome.
    template <typename Dialog> void runDialog()
    {
        Dialog dialog(m_services, m_advocateId, this);
        dialog.setUndoStack(m_undoStack);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            emit advocateChanged(m_advocateId);
        }
    }

    Services &m_services;
    QUndoStack *m_undoStack;
    QString m_advocateId;
    Advocate m_advocate;
    SummaryCard *m_card = nullptr;
    QTabWidget *m_tabs = nullptr;
    SignalsEditor *m_signals = nullptr;
    NpsChart *m_npsChart = nullptr;
    PreferencesEditor *m_preferences = nullptr;
    QCheckBox *m_hasDoNotAsk = nullptr;
    QDateEdit *m_doNotAsk = nullptr;
    QPlainTextEdit *m_story = nullptr;
    QPlainTextEdit *m_outcomes = nullptr;
    QPushButton *m_nominate = nullptr;
    QComboBox *m_kindFilter = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    bool m_loading = false;
};

} // namespace ad
