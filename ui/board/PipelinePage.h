#pragma once

#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace ad {

class BoardPage;
class Services;

// The Pipeline page: the nomination pipeline and the five-stage advocacy
// journey, each a board, on two tabs.
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    PipelinePage(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardPage *nominationBoard() const { return m_nominations; }
    BoardPage *journeyBoard() const { return m_journey; }
    QTabWidget *tabs() const { return m_tabs; }
    void reload();

signals:
    void advocateActivated(const QString &advocateId);

private:
    QTabWidget *m_tabs;
    BoardPage *m_nominations;
    BoardPage *m_journey;
};

} // namespace ad
