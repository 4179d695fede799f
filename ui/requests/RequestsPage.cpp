#include "RequestsPage.h"

#include "MatchDialog.h"
#include "RequestDialogs.h"
#include "RequestsModel.h"
#include "common/ListTable.h"
#include "services/Services.h"

#include "common/PageTitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

RequestsPage::RequestsPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new RequestsModel(services, this)),
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
    auto *moveMenu = new QMenu(m_move);
    for (RequestStatus status : allRequestStatusValues())
        moveMenu->addAction(displayName(status), this, [this, status] { moveCurrent(int(status)); });
    m_move->setMenu(moveMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
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
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_model->setStatusFilter(status < 0 ? std::nullopt
                                            : std::optional(static_cast<RequestStatus>(status)));
    });
    connect(add, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_match, &QPushButton::clicked, this, &RequestsPage::match);
    connect(m_answer, &QPushButton::clicked, this, &RequestsPage::answer);
    connect(m_table, &QTableView::activated, this, &RequestsPage::match);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::updateActions);
    updateActions();
}

QString RequestsPage::currentRequestId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequestsModel::RequestIdRole).toString() : QString();
}

void RequestsPage::reload()
{
    const QString keep = currentRequestId();
    m_model->reload();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
}

void RequestsPage::updateActions()
{
    const bool selected = !currentRequestId().isEmpty();
    for (QPushButton *button : {m_match, m_answer, m_move})
        button->setEnabled(selected);
}

void RequestsPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RequestsPage::newRequest()
{
    NewRequestDialog dialog(m_services, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    if (const int row = m_model->rowOf(dialog.createdId()); row >= 0)
        m_table->selectRow(row);
    showProblem({});
}

void RequestsPage::match()
{
    const QString id = currentRequestId();
    if (id.isEmpty())
        return;
    MatchDialog dialog(m_services, id, this);
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
    const Status moved = m_services.requests().move(id, static_cast<RequestStatus>(status));
    showProblem(moved ? QString() : moved.error().message);
    reload();
    return moved.ok();
}

} // namespace ad
