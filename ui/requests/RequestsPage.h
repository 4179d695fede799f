#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ad {

class RequestsModel;
class Services;

// Requests from sales and marketing: log one, match it to the advocates who
// can be asked without wearing them out, record the ask and the answer, and
// move it along its pipeline.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPage(Services &services, QWidget *parent = nullptr);

    RequestsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString currentRequestId() const;
    void reload();
    // Moves the selected request; refusals are shown on the page.
    bool moveCurrent(int status);

signals:
    void advocatesChanged();

private:
    void updateActions();
    void newRequest();
    void match();
    void answer();
    void showProblem(const QString &message);

    Services &m_services;
    RequestsModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_match;
    QPushButton *m_answer;
    QPushButton *m_move;
    QLabel *m_problem;
};

} // namespace ad
