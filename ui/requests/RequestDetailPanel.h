#pragma once

#include "services/RequestService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace ad {

class Services;

// The selected request beside the board or table: what it asks for (prospect,
// activity, needed-by, status) and each advocate asked — their name (a link to
// the profile), owner CSM, when they were asked, their answer and when. For
// the advocate who accepted, Log Contribution… (linked to the request) and
// Thank… go on the undo stack like every other record.
class RequestDetailPanel : public QWidget
{
    Q_OBJECT

public:
    RequestDetailPanel(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows this request (none: says to select one).
    void setRequest(const QString &requestId);
    QString requestId() const { return m_requestId; }
    // Re-reads the request and its asks (after an edit, undo or redo).
    void reload();
    // The asks shown, in order; for tests and the tour.
    const QList<AskDetail> &asks() const { return m_asks; }
    // Opens Log Contribution / Log Appreciation for the advocate asked; false
    // when that advocate did not accept or the dialog was cancelled.
    bool logContribution(const QString &advocateId);
    bool thank(const QString &advocateId);

signals:
    void advocateActivated(const QString &advocateId);
    // A contribution or thank-you was recorded from the panel.
    void recorded();

private:
    void clearAsks();
    void addAsk(const AskDetail &detail);
    const AskDetail *askOf(const QString &advocateId) const;

    Services &m_services;
    QUndoStack *m_undoStack;
    QString m_requestId;
    Request m_request;
    QList<AskDetail> m_asks;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_askedTitle;
    QLabel *m_empty;
    QWidget *m_asksHost;
    QVBoxLayout *m_asksLayout;
};

} // namespace ad
