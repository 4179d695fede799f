#include "BoardPage.h"

#include "AdvocateBoardSource.h"
#include "BoardFilterBar.h"
#include "BoardModel.h"
#include "BoardView.h"
#include "CardDelegate.h"
#include "services/Services.h"

#include <QInputDialog>
#include <QLabel>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad {

namespace {

constexpr int kNoticeMs = 10000;

std::optional<QString> askWithDialog(QWidget *parent, const QString &question)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(parent, BoardPage::tr("Move"), question, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

} // namespace

BoardPage::BoardPage(Services &services, BoardKind kind, QUndoStack *undoStack, QWidget *parent)
    : BoardPage(services, new BoardModel(services, kind), new BoardFilterBar, undoStack, parent)
{
    setObjectName(kind == BoardKind::Nomination ? QStringLiteral("nominationBoard")
                                                : QStringLiteral("journeyBoard"));
    m_view->delegate()->setStaleAfterDays(kind == BoardKind::Nomination ? services.rules().stuckNominationDays
                                                                        : 0);
    m_view->setAccessibleName(kind == BoardKind::Nomination ? tr("Nomination pipeline board")
                                                            : tr("Advocacy journey board"));
}

BoardPage::BoardPage(Services &services, std::unique_ptr<BoardSource> source, QUndoStack *undoStack,
                     QWidget *parent)
    : BoardPage(services, new BoardModel(services, std::move(source)), nullptr, undoStack, parent)
{
}

BoardPage::BoardPage(Services &services, BoardModel *model, BoardFilterBar *filters, QUndoStack *undoStack,
                     QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack), m_model(model), m_filters(filters),
      m_view(new BoardView(m_model, this)), m_notice(new QLabel(this)), m_noticeTimer(new QTimer(this)),
      m_reasonPrompt(&askWithDialog), m_layout(new QVBoxLayout(this))
{
    m_model->setParent(this);
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);

    if (m_filters) {
        m_filters->setParent(this);
        m_layout->addWidget(m_filters);
        connect(m_filters, &BoardFilterBar::filterChanged, m_model, &BoardModel::setFilter);
    }
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_view, 1);

    // Every change on the stack — a move here, on the other board or in a
    // profile — may change this board's cards: one reload per change.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &BoardPage::showStackChange);
    connect(m_view, &BoardView::moveRequested, this, [this](const QStringList &ids, int column) {
        // Leave the drop handler first: the reason dialog must not run inside a drag.
        QTimer::singleShot(0, this, [this, ids, column] { moveCards(ids, column); });
    });
    connect(m_view, &BoardView::advocateActivated, this, &BoardPage::advocateActivated);
    connect(m_model, &BoardModel::loadFailed, this,
            [this](const QString &message) { showNotice(message, true); });
    connect(m_model, &BoardModel::loaded, this, [this] {
        if (auto *advocates = dynamic_cast<AdvocateBoardSource *>(m_model->source()); advocates && m_filters)
            m_filters->setChoices(advocates->choices());
        if (!m_focusAdvocate.isEmpty())
            m_view->selectAdvocate(std::exchange(m_focusAdvocate, QString()));
    });
}

void BoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void BoardPage::addToolbar(QWidget *toolbar)
{
    toolbar->setParent(this);
    m_layout->insertWidget(0, toolbar);
}

void BoardPage::reload()
{
    // A board nobody looks at (the other tab, a page not shown) reads its
    // cards when it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_model->reload(); // the filter choices come with the cards
}

int BoardPage::moveCards(const QStringList &advocateIds, int toColumn)
{
    if (advocateIds.isEmpty() || toColumn < 0 || toColumn >= m_model->columns().size())
        return 0;
    const QString columnTitle = m_model->columns()[toColumn].title;
    // The pipeline rules first: nobody types a reason for a move they refuse.
    QStringList refusals;
    QStringList movable;
    for (const QString &id : advocateIds) {
        if (Status allowed = m_model->source()->checkMove(id, toColumn); !allowed) {
            const QModelIndex card = m_model->indexOfAdvocate(id);
            refusals << tr("%1: %2").arg(card.data().toString(), allowed.error().message);
            continue;
        }
        movable << id;
    }
    if (movable.isEmpty()) {
        showNotice(tr("Not moved to “%1”. %2").arg(columnTitle, refusals.join(QLatin1Char(' '))), true);
        return 0;
    }
    const QString question =
        movable.size() == 1
            ? tr("Why move this card to “%1”? (optional)").arg(columnTitle)
            : tr("Why move these %1 cards to “%2”? (optional)").arg(movable.size()).arg(columnTitle);
    const std::optional<QString> reason = m_reasonPrompt(this, question);
    if (!reason)
        return 0;

    // The board reloads on the stack's indexChanged; undo and redo only say
    // which card to keep selected, and what went wrong.
    const auto done = [this](const QString &advocateId, const Status &status) {
        m_focusAdvocate = advocateId;
        if (!status)
            showNotice(status.error().message, true);
    };
    std::vector<std::unique_ptr<QUndoCommand>> commands;
    QString lastMoved;
    for (const QString &id : movable) {
        Result<std::unique_ptr<QUndoCommand>> command =
            m_model->source()->performMove(id, toColumn, *reason, done);
        if (!command) {
            const QModelIndex card = m_model->indexOfAdvocate(id);
            refusals << tr("%1: %2").arg(card.data().toString(), command.error().message);
            continue;
        }
        commands.push_back(std::move(command).value());
        lastMoved = id;
    }
    // Several cards moved together undo together.
    const int moved = int(commands.size());
    m_focusAdvocate = lastMoved;
    if (moved > 1)
        m_undoStack->beginMacro(tr("Move %1 cards to %2").arg(moved).arg(columnTitle));
    for (std::unique_ptr<QUndoCommand> &command : commands)
        m_undoStack->push(command.release());
    if (moved > 1)
        m_undoStack->endMacro();
    if (!refusals.isEmpty())
        showNotice(tr("Not moved to “%1”. %2").arg(columnTitle, refusals.join(QLatin1Char(' '))), true);
    else
        m_notice->hide();
    return moved;
}

void BoardPage::showStackChange()
{
    // The card to keep selected is selected when the new cards are in (loaded).
    reload();
}

void BoardPage::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(warning
                                ? QStringLiteral("background: #fdecea; color: #8a1f11; border-radius: 4px;")
                                : QStringLiteral("background: #e8f4fd; color: #0b4a6f; border-radius: 4px;"));
    m_notice->show();
    m_noticeTimer->start();
}

} // namespace ad
