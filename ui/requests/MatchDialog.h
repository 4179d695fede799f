#pragma once

#include "services/RequestMatcher.h"

#include <QDialog>

#include <functional>

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

    Services &m_services;
    QString m_requestId;
    MatchResult m_result;
    QLabel *m_summary;
    QTableWidget *m_candidates;
    QTableWidget *m_excluded;
    QPushButton *m_ask;
    QLabel *m_problem;
    QString m_asked;
    QUndoStack *m_undoStack = nullptr;
    ReadThread *m_reads;
    bool m_loading = true;
};

} // namespace ad
