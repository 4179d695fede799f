#include "MyDayPage.h"

#include "common/ErrorMessage.h"
#include "common/ListTable.h"
#include "common/PageTitle.h"
#include "services/Services.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : MyDayPage::tr("never");
}

// One row of plain cells plus an action button in the last column.
void addRow(QTableWidget *table, const QStringList &cells, const QString &advocateId, QPushButton *action)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, advocateId);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
    if (action)
        table->setCellWidget(row, int(cells.size()), action);
}

} // namespace

MyDayPage::MyDayPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_csm(new QComboBox(this))
{
    setObjectName(QStringLiteral("myDayPage"));
    QLabel *title = makePageTitle(tr("My day"), this);
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_csm->setAccessibleName(tr("Whose day"));
    m_csm->addItem(tr("Whole team"), QString());
    if (Result<QList<User>> users = services.users().list())
        for (const User &user : *users)
            if (user.role == UserRole::Csm)
                m_csm->addItem(user.name, user.id);
    // Start on the signed-in CSM's own day when we know them.
    if (const int mine = m_csm->findText(services.context().actor); mine > 0)
        m_csm->setCurrentIndex(mine);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_csm);
    bar->addStretch();

    m_sections = new QWidget(this);
    auto *grid = new QGridLayout(m_sections);
    grid->setContentsMargins(0, 0, 0, 0);
    m_followUps = addSection(tr("Follow-ups due"), {tr("Due"), tr("Advocate"), tr("What to do"), QString()},
                             &m_followUpsHeading);
    m_asks = addSection(tr("Asks awaiting an answer"), {tr("Asked"), tr("Advocate"), tr("For"), QString()},
                        &m_asksHeading);
    m_untouched =
        addSection(tr("Not touched lately"), {tr("Last touch"), tr("Advocate"), tr("Account"), QString()},
                   &m_untouchedHeading);
    m_stuck = addSection(tr("Nominations stuck"), {tr("Since"), tr("Advocate"), tr("Status"), QString()},
                         &m_stuckHeading);
    const QList<QPair<QLabel *, QTableWidget *>> sections = {{m_followUpsHeading, m_followUps},
                                                             {m_asksHeading, m_asks},
                                                             {m_untouchedHeading, m_untouched},
                                                             {m_stuckHeading, m_stuck}};
    for (int i = 0; i < sections.size(); ++i) {
        grid->addWidget(sections[i].first, (i / 2) * 2, i % 2);
        grid->addWidget(sections[i].second, (i / 2) * 2 + 1, i % 2);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_sections, 1);
    connect(m_csm, &QComboBox::currentIndexChanged, this, &MyDayPage::reload);
    reload();
}

void MyDayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QTableWidget *MyDayPage::addSection(const QString &title, const QStringList &headers, QLabel **heading)
{
    *heading = new QLabel(title, m_sections);
    QFont bold = (*heading)->font();
    bold.setBold(true);
    (*heading)->setFont(bold);
    auto *table = new QTableWidget(0, int(headers.size()), m_sections);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(title);
    styleAsList(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
        if (QTableWidgetItem *item = table->item(row, 0);
            item && !item->data(Qt::UserRole).toString().isEmpty())
            emit advocateActivated(item->data(Qt::UserRole).toString());
    });
    return table;
}

void MyDayPage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString ownerId = m_csm->currentData().toString();
    const QString csmName = ownerId.isEmpty() ? QString() : m_csm->currentText();
    fillFollowUps(csmName);
    fillAsks(ownerId);
    fillUntouched(ownerId);
    fillStuck(ownerId);
}

void MyDayPage::fillFollowUps(const QString &csmName)
{
    m_followUps->setRowCount(0);
    Result<QList<FollowUpItem>> items = m_services.followUps().due(csmName);
    const int total = items ? int(items->size()) : 0;
    m_followUpsHeading->setText(tr("Follow-ups due (%1)").arg(total));
    if (!items)
        return;
    for (const FollowUpItem &item : items->mid(0, kRowsPerSection)) {
        QPushButton *action = nullptr;
        if (item.kind == FollowUpKind::ThankYou && !item.relatedId.isEmpty()) {
            action = new QPushButton(tr("Log Thank-you"));
            connect(
                action, &QPushButton::clicked, this,
                [this, id = item.advocateId, participation = item.relatedId] { thank(id, participation); });
        } else if (!item.advocateId.isEmpty()) {
            action = new QPushButton(tr("Open Profile"));
            connect(action, &QPushButton::clicked, this,
                    [this, id = item.advocateId] { emit advocateActivated(id); });
        }
        addRow(m_followUps,
               {day(item.dueOn), item.advocateName.isEmpty() ? item.csm : item.advocateName, item.action},
               item.advocateId, action);
    }
}

void MyDayPage::fillAsks(const QString &ownerId)
{
    m_asks->setRowCount(0);
    Result<QList<PendingAsk>> asks = m_services.myDay().pendingAsks(ownerId);
    m_asksHeading->setText(tr("Asks awaiting an answer (%1)").arg(asks ? asks->size() : 0));
    if (!asks)
        return;
    for (const PendingAsk &ask : asks->mid(0, kRowsPerSection)) {
        auto *open = new QPushButton(tr("Open Profile"));
        connect(open, &QPushButton::clicked, this,
                [this, id = ask.advocateId] { emit advocateActivated(id); });
        addRow(m_asks, {day(ask.askedOn), ask.advocateName, tr("%1 — %2").arg(ask.activity, ask.request)},
               ask.advocateId, open);
    }
}

void MyDayPage::fillUntouched(const QString &ownerId)
{
    m_untouched->setRowCount(0);
    Result<QList<UntouchedAdvocate>> advocates = m_services.myDay().untouched(ownerId);
    m_untouchedHeading->setText(tr("Not touched in %1 days (%2)")
                                    .arg(m_services.rules().untouchedDays)
                                    .arg(advocates ? advocates->size() : 0));
    if (!advocates)
        return;
    for (const UntouchedAdvocate &a : advocates->mid(0, kRowsPerSection)) {
        auto *open = new QPushButton(tr("Open Profile"));
        connect(open, &QPushButton::clicked, this, [this, id = a.advocateId] { emit advocateActivated(id); });
        addRow(m_untouched, {day(a.lastTouch), a.name, a.accountName}, a.advocateId, open);
    }
}

void MyDayPage::fillStuck(const QString &ownerId)
{
    m_stuck->setRowCount(0);
    Result<QList<StuckNomination>> stuck = m_services.myDay().stuckNominations(ownerId);
    m_stuckHeading->setText(tr("Nominations stuck over %1 days (%2)")
                                .arg(m_services.rules().stuckNominationDays)
                                .arg(stuck ? stuck->size() : 0));
    if (!stuck)
        return;
    for (const StuckNomination &s : stuck->mid(0, kRowsPerSection)) {
        auto *show = new QPushButton(tr("Show on Board"));
        connect(show, &QPushButton::clicked, this, [this, id = s.advocateId] { emit showOnBoard(id); });
        addRow(m_stuck, {day(s.since), s.name, displayName(s.status)}, s.advocateId, show);
    }
}

void MyDayPage::thank(const QString &advocateId, const QString &participationId)
{
    Appreciation thanks;
    thanks.advocateId = advocateId;
    thanks.participationId = participationId;
    thanks.kind = AppreciationKind::ThankYouNote;
    thanks.occurredOn = m_services.clock().today();
    if (Result<Appreciation> saved = m_services.engagement().recordAppreciation(thanks); !saved) {
        showError(this, tr("Log Thank-you"), saved.error());
        return;
    }
    reload();
    emit advocatesChanged();
}

} // namespace ad
