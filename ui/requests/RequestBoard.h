#pragma once

#include <QWidget>

class QComboBox;
class QUndoStack;

namespace ad {

class BoardPage;
class RequestBoardSource;
class SearchField;
class Services;

// The request pipeline as a board: the shared BoardPage over a
// RequestBoardSource, with filters for text, activity type and requester.
class RequestBoard : public QWidget
{
    Q_OBJECT

public:
    RequestBoard(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardPage *page() const { return m_page; }
    RequestBoardSource *source() const { return m_source; }
    SearchField *searchField() const { return m_text; }
    QComboBox *activityBox() const { return m_activity; }
    QComboBox *requesterBox() const { return m_requester; }
    // The request whose card is selected, or empty.
    QString currentRequestId() const;
    void reload();

signals:
    void requestActivated(const QString &requestId);
    void currentChanged();

private:
    void applyFilter();
    void refillChoices();

    RequestBoardSource *m_source; // owned by the board's model
    BoardPage *m_page;
    SearchField *m_text;
    QComboBox *m_activity;
    QComboBox *m_requester;
    bool m_updating = false;
};

} // namespace ad
