#pragma once

#include "services/RequestMatcher.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ad {

class Services;

// Who could be asked for a request: the eligible advocates ranked, each with
// why, and the excluded ones with the rule that protects them. Choosing a
// candidate records the ask.
class MatchDialog : public QDialog
{
    Q_OBJECT

public:
    MatchDialog(Services &services, const QString &requestId, QWidget *parent = nullptr);

    QTableWidget *candidates() const { return m_candidates; }
    QTableWidget *excluded() const { return m_excluded; }
    QPushButton *askButton() const { return m_ask; }
    // Records the ask for the selected candidate; false (with the reason shown) if refused.
    bool askSelected();
    QString askedAdvocateId() const { return m_asked; }

private:
    void load();

    Services &m_services;
    QString m_requestId;
    MatchResult m_result;
    QLabel *m_summary;
    QTableWidget *m_candidates;
    QTableWidget *m_excluded;
    QPushButton *m_ask;
    QLabel *m_problem;
    QString m_asked;
};

} // namespace ad
