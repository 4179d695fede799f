#include "PipelinePage.h"

#include "BoardPage.h"
#include "services/BoardService.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ad {

PipelinePage::PipelinePage(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_nominations(new BoardPage(services, BoardKind::Nomination, undoStack, this)),
      m_journey(new BoardPage(services, BoardKind::Journey, undoStack, this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Boards"));
    m_tabs->addTab(m_nominations, tr("Nomination Pipeline"));
    m_tabs->addTab(m_journey, tr("Advocacy Journey"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (BoardPage *board : {m_nominations, m_journey})
        connect(board, &BoardPage::advocateActivated, this, &PipelinePage::advocateActivated);
}

void PipelinePage::reload()
{
    m_nominations->reload();
    m_journey->reload();
}

} // namespace ad
