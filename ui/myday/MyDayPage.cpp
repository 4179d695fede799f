#include "MyDayPage.h"

#include "common/ErrorMessage.h"
#include "common/ListTable.h"
#include "common/PageTitle.h"
#include "common/ReadThread.h"
#include "common/UndoableRecords.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Formats.h"

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

#include <optional>

namespace ad {

namespace {

// On the CSM box's items: the CSM's name as the follow-ups are filtered by it.
constexpr int kCsmNameRole = Qt::UserRole + 1;

QString day(const QDate &date)
{
    return date.isValid() ? Formats::date(date) : MyDayPage::tr("never");
}

// One row of plain cells plus an action button in the last column; its items.
QList<QTableWidgetItem *> addRow(QTableWidget *table, const QStringList &cells, const QString &advocateId,
                                 QPushButton *action)
{
    const int row = table->rowCount();
    table->insertRow(row);
    QList<QTableWidgetItem *> items;
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, advocateId);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
        items << item;
    }
    if (action)
        table->setCellWidget(row, int(cells.size()), action);
    return items;
}

// A row across the table that heads the rows under it ("Overdue"): bold, not selectable.
void addGroupRow(QTableWidget *table, const QString &title, MyDayPage::DueGroup group)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(MyDayPage::DueGroupRole, int(group));
    item->setData(Qt::AccessibleTextRole, title);
    table->setItem(row, 0, item);
    table->setSpan(row, 0, 1, table->columnCount());
}

// Red says "overdue by the rule", and nothing else on the page: readable on light and dark.
QColor overdueInk(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72)
                                                           : QColor(0xb4, 0x23, 0x18);
}

} // namespace

// The four lists as the worker read them: the first rows of each and how many
// there are in all.
struct MyDayPage::Lists
{
    template <typename T> struct Section
    {
        Result<QList<T>> rows = QList<T>();
        qsizetype total = 0;
    };
    Section<FollowUpItem> followUps;
    Section<PendingAsk> asks;
    Section<UntouchedAdvocate> untouched;
    Section<StuckNomination> stuck;
};

namespace {

template <typename T> void keepHead(MyDayPage::Lists::Section<T> &section, Result<ListHead<T>> head)
{
    if (!head) {
        section.rows = head.error();
        return;
    }
    section.total = head->total;
    section.rows = std::move(head->rows);
}

} // namespace

MyDayPage::MyDayPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_csm(new QComboBox(this)), m_whose(new QLabel(this)),
      m_reads(new ReadThread(services.database().path(), this))
{
    setObjectName(QStringLiteral("myDayPage"));
    QLabel *title = makePageTitle(tr("My day"), this);
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_csm->setAccessibleName(tr("Whose day"));
    m_csm->addItem(QString(), QString()); // "Everyone", named below
    if (Result<QList<User>> users = services.users().list())
        for (const User &user : *users)
            if (user.role == UserRole::Csm) {
                m_csm->addItem(user.name, user.id);
                m_csm->setItemData(m_csm->count() - 1, user.name, kCsmNameRole);
            }
    // Start on the signed-in CSM's own day; whoever owns no advocates sees the team's, and is told so.
    const QString actor = services.context().actor;
    if (const int mine = m_csm->findText(actor); mine > 0) {
        m_csm->setCurrentIndex(mine);
        m_csm->setItemText(mine, tr("Mine (%1)").arg(actor));
        m_whose->hide();
    } else {
        m_whose->setText(tr("You (%1) own no advocates in this file: this is the whole team's day.")
                             .arg(actor.isEmpty() ? tr("no user name") : actor));
    }
    m_csm->setItemText(0, tr("Everyone"));
    m_whose->setObjectName(QStringLiteral("myDayWhose"));
    m_whose->setForegroundRole(QPalette::PlaceholderText);
    m_whose->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_csm);
    bar->addSpacing(8);
    bar->addWidget(m_whose, 1);
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
    const QString csmName = m_csm->currentData(kCsmNameRole).toString();
    const int generation = ++m_generation;
    m_reads->interrupt(); // an older reload's lists are not wanted any more
    m_loading = true;
    if (!m_hasLoaded) {
        const QString counting = QStringLiteral("…");
        m_followUpsHeading->setText(tr("Follow-ups due (%1)").arg(counting));
        m_asksHeading->setText(tr("Asks awaiting an answer (%1)").arg(counting));
        m_untouchedHeading->setText(
            tr("Not touched in %1 days (%2)").arg(m_services.rules().untouchedDays).arg(counting));
        m_stuckHeading->setText(tr("Nominations stuck over %1 days (%2)")
                                    .arg(m_services.rules().stuckNominationDays)
                                    .arg(counting));
    }
    // Every follow-up of a large programme takes seconds to gather: on the
    // read thread, while the page stays usable.
    m_reads->post<Lists>(
        m_services.clock().now(), m_services.rules(), {},
        [ownerId, csmName](const ReadThread::Reader &reader) {
            Lists lists;
            if (!reader) {
                lists.followUps.rows = reader.error();
                return lists;
            }
            Services &services = **reader;
            Result<FollowUpService::Digest> due = services.followUps().digest(csmName, kRowsPerSection);
            if (due) {
                lists.followUps.rows = due->soonest;
                lists.followUps.total = due->total;
            } else {
                lists.followUps.rows = due.error();
            }
            keepHead(lists.asks, services.myDay().pendingAsks(ownerId, kRowsPerSection));
            keepHead(lists.untouched, services.myDay().untouched(ownerId, kRowsPerSection));
            keepHead(lists.stuck, services.myDay().stuckNominations(ownerId, kRowsPerSection));
            return lists;
        },
        [this, generation](const Lists &lists) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            fill(lists);
            m_loading = false;
            m_hasLoaded = true;
            emit loaded();
        });
}

void MyDayPage::fill(const Lists &lists)
{
    fillFollowUps(lists);
    fillAsks(lists);
    fillUntouched(lists);
    fillStuck(lists);
    if (!lists.followUps.rows)
        showError(this, tr("My day"), lists.followUps.rows.error());
}

MyDayPage::DueGroup MyDayPage::dueGroup(const QDate &dueOn, const QDate &today)
{
    if (dueOn < today)
        return DueGroup::Overdue;
    return dueOn <= today.addDays(6) ? DueGroup::ThisWeek : DueGroup::Later;
}

QString MyDayPage::dueGroupName(DueGroup group)
{
    switch (group) {
    case DueGroup::Overdue:
        return tr("Overdue");
    case DueGroup::ThisWeek:
        return tr("Due this week");
    case DueGroup::Later:
        return tr("Later");
    }
    return {};
}

void MyDayPage::fillFollowUps(const Lists &lists)
{
    const ListTableRefill refill(m_followUps);
    const auto &items = lists.followUps;
    m_followUps->clearSpans();
    m_followUps->setRowCount(0);
    m_followUpsHeading->setText(tr("Follow-ups due (%1)").arg(QLocale().toString(items.total)));
    if (!items.rows)
        return;
    // Soonest first, so each group's rows follow its heading.
    const QDate today = m_services.clock().today();
    std::optional<DueGroup> shownGroup;
    for (const FollowUpItem &item : *items.rows) {
        const DueGroup group = dueGroup(item.dueOn, today);
        if (group != shownGroup) {
            addGroupRow(m_followUps, dueGroupName(group), group);
            shownGroup = group;
        }
        QPushButton *action = nullptr;
        if (item.kind == FollowUpKind::ThankYou && !item.relatedId.isEmpty()) {
            action = new QPushButton(tr("Log Thank-you"));
            connect(
                action, &QPushButton::clicked, this,
                [this, id = item.advocateId, name = item.advocateName, participation = item.relatedId] {
                    thank(id, name, participation);
                });
        } else if (!item.advocateId.isEmpty()) {
            action = new QPushButton(tr("Open Profile"));
            connect(action, &QPushButton::clicked, this,
                    [this, id = item.advocateId] { emit advocateActivated(id); });
        }
        const QList<QTableWidgetItem *> cells =
            addRow(m_followUps,
                   {day(item.dueOn), item.advocateName.isEmpty() ? item.csm : item.advocateName, item.action},
                   item.advocateId, action);
        if (group == DueGroup::Overdue)
            for (QTableWidgetItem *cell : cells)
                cell->setForeground(overdueInk(palette()));
    }
}

void MyDayPage::fillAsks(const Lists &lists)
{
    const ListTableRefill refill(m_asks);
    const auto &asks = lists.asks;
    m_asks->setRowCount(0);
    m_asksHeading->setText(tr("Asks awaiting an answer (%1)").arg(QLocale().toString(asks.total)));
    if (!asks.rows)
        return;
    for (const PendingAsk &ask : *asks.rows) {
        auto *open = new QPushButton(tr("Open Profile"));
        connect(open, &QPushButton::clicked, this,
                [this, id = ask.advocateId] { emit advocateActivated(id); });
        addRow(m_asks, {day(ask.askedOn), ask.advocateName, tr("%1 — %2").arg(ask.activity, ask.request)},
               ask.advocateId, open);
    }
}

void MyDayPage::fillUntouched(const Lists &lists)
{
    const ListTableRefill refill(m_untouched);
    const auto &advocates = lists.untouched;
    m_untouched->setRowCount(0);
    m_untouchedHeading->setText(tr("Not touched in %1 days (%2)")
                                    .arg(m_services.rules().untouchedDays)
                                    .arg(QLocale().toString(advocates.total)));
    if (!advocates.rows)
        return;
    for (const UntouchedAdvocate &a : *advocates.rows) {
        auto *open = new QPushButton(tr("Open Profile"));
        connect(open, &QPushButton::clicked, this, [this, id = a.advocateId] { emit advocateActivated(id); });
        addRow(m_untouched, {day(a.lastTouch), a.name, a.accountName}, a.advocateId, open);
    }
}

void MyDayPage::fillStuck(const Lists &lists)
{
    const ListTableRefill refill(m_stuck);
    const auto &stuck = lists.stuck;
    m_stuck->setRowCount(0);
    m_stuckHeading->setText(tr("Nominations stuck over %1 days (%2)")
                                .arg(m_services.rules().stuckNominationDays)
                                .arg(QLocale().toString(stuck.total)));
    if (!stuck.rows)
        return;
    for (const StuckNomination &s : *stuck.rows) {
        auto *show = new QPushButton(tr("Show on Board"));
        connect(show, &QPushButton::clicked, this, [this, id = s.advocateId] { emit showOnBoard(id); });
        addRow(m_stuck, {day(s.since), s.name, displayName(s.status)}, s.advocateId, show);
    }
}

void MyDayPage::thank(const QString &advocateId, const QString &advocateName, const QString &participationId)
{
    Appreciation thanks;
    thanks.advocateId = advocateId;
    thanks.participationId = participationId;
    thanks.kind = AppreciationKind::ThankYouNote;
    thanks.occurredOn = m_services.clock().today();
    Services &services = m_services;
    const Status status = recordUndoably(
        m_undoStack, services, RecordKind::Appreciation, tr("Log thank-you to %1").arg(advocateName),
        tr("Logged a thank-you note to %1.").arg(advocateName),
        [&services, thanks] { return idOf(services.engagement().recordAppreciation(thanks)); });
    if (!status) {
        showError(this, tr("Log Thank-you"), status.error());
        return;
    }
    reload();
    emit advocatesChanged();
}

} // namespace ad
