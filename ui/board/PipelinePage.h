#pragma once

#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace ad {

class BoardPage;
class LazyPage;
class Services;

// The Pipeline page: the nomination pipeline and the five-stage advocacy
// journey, each a board, on two tabs.
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    PipelinePage(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardPage *nominationBoard() const { return m_nominations; }
    // Built when its tab is first shown, or now when asked for.
    BoardPage *journeyBoard();
    QTabWidget *tabs() const { return m_tabs; }
    // The advocate of the card selected on the board on screen; empty when none is.
    QString selectedAdvocateId() const;
    void reload();

signals:
    void advocateActivated(const QString &advocateId);

private:
    QTabWidget *m_tabs;
    BoardPage *m_nominations;
    LazyPage *m_journeyTab;
    BoardPage *m_journey = nullptr;
};

} // namespace ad
