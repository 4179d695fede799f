#include "PipelinePage.h"

#include "BoardColumnWidget.h"
#include "BoardPage.h"
#include "BoardView.h"
#include "common/LazyPage.h"
#include "services/BoardService.h"

#include <QItemSelectionModel>
#include <QListView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ad {

PipelinePage::PipelinePage(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_nominations(new BoardPage(services, BoardKind::Nomination, undoStack, this)),
      m_journeyTab(new LazyPage(
          [this, services = &services, undoStack](QWidget *tab) {
              m_journey = new BoardPage(*services, BoardKind::Journey, undoStack, tab);
              connect(m_journey, &BoardPage::advocateActivated, this, &PipelinePage::advocateActivated);
              return m_journey;
          },
          this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Boards"));
    m_tabs->addTab(m_nominations, tr("Nomination Pipeline"));
    m_tabs->addTab(m_journeyTab, tr("Advocacy Journey"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_nominations, &BoardPage::advocateActivated, this, &PipelinePage::advocateActivated);
}

BoardPage *PipelinePage::journeyBoard()
{
    m_journeyTab->page();
    return m_journey;
}

QString PipelinePage::selectedAdvocateId() const
{
    const BoardPage *board = m_tabs->currentWidget() == m_nominations ? m_nominations : m_journey;
    if (!board)
        return {};
    // Only a card the user selected: a column's current card alone is no choice.
    const BoardColumnWidget *column = board->view()->columnWidget(board->view()->currentColumn());
    if (!column || !column->list()->selectionModel()->hasSelection())
        return {};
    return board->view()->selectedAdvocateIds().value(0);
}

void PipelinePage::reload()
{
    m_nominations->reload();
    if (m_journey) // a board not built yet reads fresh when it is
        m_journey->reload();
}

} // namespace ad
