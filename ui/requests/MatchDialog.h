#pragma once

#include "services/RequestMatcher.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace ad {

class ReadThread;
class Services;

// Who could be asked for a request: the eligible advocates ranked, each with
// why, and the excluded ones with the rule that protects them. Choosing a
// candidate records the ask. The pool is ranked on a read thread (a quarter of
// a second for 9,000 enrolled advocates): the dialog opens at once.
class MatchDialog : public QDialog
{
    Q_OBJECT

public:
    MatchDialog(Services &services, const QString &requestId, QWidget *parent = nullptr);

    QTableWidget *candidates() const { return m_candidates; }
    QTableWidget *excluded() const { return m_excluded; }
    QPushButton *askButton() const { return m_ask; }
    QPushButton *askAnywayButton() const { return m_askAnyway; }
    // A programme manager asks a protected advocate, with a reason (stored on
    // the ask and audited); false (with the reason shown) when refused or cancelled.
    bool askSelectedAnyway();
    using ReasonPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &question)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    // True from opening until the ranked pool is in.
    bool isLoading() const { return m_loading; }
    // Records the ask for the selected candidate; false (with the reason shown) if refused.
    bool askSelected();
    QString askedAdvocateId() const { return m_asked; }
    // Where an ask goes, so that Edit → Undo takes it back.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

signals:
    void loaded();

private:
    void load();
    void fill(const Result<MatchResult> &result);
    // Ask is offered for a selected candidate of a request that still takes asks.
    void updateAsk();
    // Why the selected protected advocate may not be asked anyway, or empty.
    QString askAnywayRefusal() const;
    // Records the ask (undoably) and reports a refusal under the tables.
    bool recordAsk(const QString &advocateId, const QString &name, const QString &overrideReason);

    Services &m_services;
    QString m_requestId;
    MatchResult m_result;
    QLabel *m_summary;
    QTableWidget *m_candidates;
    QTableWidget *m_excluded;
    QPushButton *m_ask;
    QPushButton *m_askAnyway;
    ReasonPrompt m_reasonPrompt;
    QLabel *m_problem;
    QString m_asked;
    QUndoStack *m_undoStack = nullptr;
    ReadThread *m_reads;
    bool m_loading = true;
};

} // namespace ad
