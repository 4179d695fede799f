#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace ad {

class RequestBoard;
class RequestDetailPanel;
class RequestsModel;
class Services;

// Requests from sales and marketing: log one, match it to the advocates who
// can be asked without wearing them out, record the ask and the answer, and
// move it along its pipeline — on a board or in a table.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    RequestsPage(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    RequestsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RequestBoard *board() const { return m_board; }
    // Who was asked for the selected request, and what came of it.
    RequestDetailPanel *detail() const { return m_detail; }
    // Board or table; the choice is kept in the settings.
    bool showsBoard() const;
    void showBoard(bool board);
    // The request selected in the view on show.
    QString currentRequestId() const;
    void reload();
    // Moves the selected request; refusals are shown on the page.
    bool moveCurrent(int status);

signals:
    void advocatesChanged();
    // A name in the request's detail was clicked: open that advocate's profile.
    void advocateActivated(const QString &advocateId);

private:
    void updateActions();
    void reloadTable();
    void newRequest();
    void match();
    void openRequest(const QString &requestId);
    void answer();
    void showProblem(const QString &message);

    Services &m_services;
    QUndoStack *m_undoStack;
    RequestsModel *m_model;
    RequestBoard *m_board;
    RequestDetailPanel *m_detail;
    QStackedWidget *m_views;
    QToolButton *m_boardButton;
    QToolButton *m_tableButton;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_match;
    QPushButton *m_answer;
    QPushButton *m_move;
    QLabel *m_problem;
};

} // namespace ad
