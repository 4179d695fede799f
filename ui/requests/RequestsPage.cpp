#include "RequestsPage.h"

#include "MatchDialog.h"
#include "RequestBoard.h"
#include "RequestDetailPanel.h"
#include "RequestDialogs.h"
#include "RequestsModel.h"
#include "common/ListTable.h"
#include "services/Services.h"

#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "common/FlowLayout.h"
#include "common/PageTitle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QButtonGroup>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad {

namespace {
const QString kViewKey = QStringLiteral("requests/view");
const QString kBoardView = QStringLiteral("board");
const QString kTableView = QStringLiteral("table");
} // namespace

RequestsPage::RequestsPage(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack), m_model(new RequestsModel(services, this)),
      m_board(new RequestBoard(services, undoStack, this)),
      m_detail(new RequestDetailPanel(services, undoStack, this)), m_views(new QStackedWidget(this)),
      m_boardButton(new QToolButton(this)), m_tableButton(new QToolButton(this)),
      m_status(new QComboBox(this)), m_table(new QTableView(this)),
      m_match(new QPushButton(tr("Match…"), this)), m_answer(new QPushButton(tr("Record Answer…"), this)),
      m_move(new QPushButton(tr("Move To"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    QLabel *title = makePageTitle(tr("Requests"), this);
    m_status->setAccessibleName(tr("Show requests with status"));
    m_status->addItem(tr("All statuses"), -1);
    for (RequestStatus status : allRequestStatusValues())
        m_status->addItem(displayName(status), int(status));
    auto *add = new QPushButton(tr("New Request…"), this);
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_answer->setObjectName(QStringLiteral("answerButton"));
    auto *moveMenu = new QMenu(m_move);
    for (RequestStatus status : allRequestStatusValues())
        moveMenu->addAction(displayName(status), this, [this, status] { moveCurrent(int(status)); });
    m_move->setMenu(moveMenu);

    // A segmented Board | Table toggle.
    auto *toggle = new QButtonGroup(this);
    toggle->setExclusive(true);
    m_boardButton->setText(tr("Board"));
    m_boardButton->setObjectName(QStringLiteral("requestsBoardButton"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setObjectName(QStringLiteral("requestsTableButton"));
    for (QToolButton *button : {m_boardButton, m_tableButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toggle->addButton(button);
    }
    m_boardButton->setToolTip(tr("Show the requests as a pipeline board"));
    m_tableButton->setToolTip(tr("Show the requests as a table"));

    // One row on a wide window; the actions wrap under the title on a narrow one.
    auto *barHost = new QWidget(this);
    auto *bar = new FlowLayout(barHost);
    bar->addWidget(title);
    bar->addWidget(m_boardButton);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_status);
    bar->addStretch();
    for (QPushButton *button : {add, m_match, m_answer, m_move})
        bar->addWidget(button);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8a1f11; border-radius: 4px; padding: 6px;"));
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_model);
    styleAsList(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestsModel::OpportunityColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(barHost);
    layout->addWidget(m_problem);
    m_views->addWidget(m_board);
    m_views->addWidget(m_table);
    // The selected request's detail beside the board or table; drag to widen
    // either, or collapse it.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("requestsSplit"));
    split->addWidget(m_views);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({700, 280});
    layout->addWidget(split, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_model->setStatusFilter(status < 0 ? std::nullopt
                                            : std::optional(static_cast<RequestStatus>(status)));
    });
    connect(add, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_match, &QPushButton::clicked, this, &RequestsPage::match);
    connect(m_answer, &QPushButton::clicked, this, &RequestsPage::answer);
    connect(m_table, &QTableView::activated, this, &RequestsPage::match);
    connect(m_board, &RequestBoard::requestActivated, this, &RequestsPage::openRequest);
    connect(m_board, &RequestBoard::currentChanged, this, &RequestsPage::updateActions);
    connect(m_boardButton, &QToolButton::toggled, this, [this](bool checked) { showBoard(checked); });
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool checked) { showBoard(!checked); });
    // A move on the board, an ask or an answer (or their undo) changes what the
    // table shows too; the board listens to the stack itself. The selection stays.
    connect(undoStack, &QUndoStack::indexChanged, this, &RequestsPage::reloadTable);
    connect(undoStack, &QUndoStack::indexChanged, m_detail, &RequestDetailPanel::reload);
    connect(m_detail, &RequestDetailPanel::advocateActivated, this, &RequestsPage::advocateActivated);
    connect(m_detail, &RequestDetailPanel::recorded, this, &RequestsPage::advocatesChanged);
    showBoard(QSettings().value(kViewKey, kBoardView).toString() == kBoardView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::updateActions);
    updateActions();
}

bool RequestsPage::showsBoard() const
{
    return m_views->currentWidget() == m_board;
}

void RequestsPage::showBoard(bool board)
{
    m_views->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_table);
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    m_status->setVisible(!board); // the board shows every status as a column
    QSettings().setValue(kViewKey, board ? kBoardView : kTableView);
    updateActions();
}

QString RequestsPage::currentRequestId() const
{
    if (showsBoard())
        return m_board->currentRequestId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequestsModel::RequestIdRole).toString() : QString();
}

void RequestsPage::reload()
{
    m_board->reload();
    reloadTable();
    m_detail->reload();
}

void RequestsPage::reloadTable()
{
    const QString keep = currentRequestId();
    m_model->reload();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
}

void RequestsPage::updateActions()
{
    const QString current = currentRequestId();
    const bool selected = !current.isEmpty();
    for (QPushButton *button : {m_match, m_answer, m_move})
        button->setEnabled(selected);
    if (current != m_detail->requestId())
        m_detail->setRequest(current);
}

void RequestsPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RequestsPage::newRequest()
{
    NewRequestDialog dialog(m_services, this);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    m_board->reload();
    if (const int row = m_model->rowOf(dialog.createdId()); row >= 0)
        m_table->selectRow(row);
    m_board->page()->view()->selectAdvocate(dialog.createdId());
    showProblem({});
}

void RequestsPage::match()
{
    openRequest(currentRequestId());
}

void RequestsPage::openRequest(const QString &id)
{
    if (id.isEmpty())
        return;
    MatchDialog dialog(m_services, id, this);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit advocatesChanged();
    }
}

void RequestsPage::answer()
{
    const QString id = currentRequestId();
    if (id.isEmpty())
        return;
    AnswerDialog dialog(m_services, id, this);
    dialog.setUndoStack(m_undoStack);
    if (!dialog.hasPendingAsks()) {
        showProblem(tr("Nobody asked for this request is waiting to answer."));
        return;
    }
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit advocatesChanged();
    }
}

bool RequestsPage::moveCurrent(int status)
{
    const QString id = currentRequestId();
    if (id.isEmpty())
        return false;
    if (showsBoard()) // undoable, with its reason, as a drop on the board
        return m_board->page()->moveCards({id}, status) == 1;
    const Status moved = m_services.requests().move(id, static_cast<RequestStatus>(status));
    showProblem(moved ? QString() : moved.error().message);
    reload();
    return moved.ok();
}

} // namespace ad
