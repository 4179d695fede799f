#include "AdvocatesPage.h"

#include "AdvocateTableModel.h"
#include "common/EmptyState.h"
#include "common/ListTable.h"
#include "common/PageTitle.h"
#include "common/SearchField.h"
#include "services/Services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {
const QString kHeaderStateKey = QStringLiteral("advocatesPage/headerState");
}

AdvocatesPage::AdvocatesPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new AdvocateTableModel(services, this)),
      m_search(new SearchField(this)), m_countLabel(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_emptyDatabase(new EmptyState(this)), m_noMatches(new EmptyState(this))
{
    setObjectName(QStringLiteral("advocatesPage"));

    QLabel *title = makePageTitle(tr("Advocates"), this);

    m_search->setObjectName(QStringLiteral("advocateSearch"));
    m_search->setPlaceholderText(tr("Search name, email, title, account, story or notes"));
    m_search->setAccessibleName(tr("Search advocates"));
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(480);
    m_countLabel->setObjectName(QStringLiteral("advocateCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(m_countLabel);
    header->addStretch();
    header->addWidget(m_search, 1);

    m_table->setObjectName(QStringLiteral("advocateTable"));
    m_table->setAccessibleName(tr("Advocates"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AdvocateTableModel::NameColumn, Qt::AscendingOrder);
    styleAsList(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AdvocateTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AdvocateTableModel::AccountColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(AdvocateTableModel::TierColumn, 110);
    m_table->setColumnWidth(AdvocateTableModel::StageColumn, 220);
    m_table->setColumnWidth(AdvocateTableModel::NpsColumn, 100);
    m_table->setColumnWidth(AdvocateTableModel::ReadinessColumn, 100);
    restoreHeaderState();

    m_emptyDatabase->setObjectName(QStringLiteral("emptyDatabaseState"));
    m_emptyDatabase->setIcon(QIcon(QStringLiteral(":/icons/advocates.svg")));
    m_emptyDatabase->setTitle(tr("No advocates yet"));
    m_emptyDatabase->setText(
        tr("This database is empty. Load a demo programme of 200 advocates to look around — "
           "you can start a new database for real work at any time."));
    QPushButton *loadDemo = m_emptyDatabase->addAction(tr("Load demo data"));
    loadDemo->setObjectName(QStringLiteral("loadDemoButton"));
    connect(loadDemo, &QPushButton::clicked, this, &AdvocatesPage::loadDemoRequested);
    QPushButton *import = m_emptyDatabase->addAction(tr("Import CSV…"));
    import->setObjectName(QStringLiteral("importButton"));
    connect(import, &QPushButton::clicked, this, &AdvocatesPage::importRequested);

    m_noMatches->setObjectName(QStringLiteral("noMatchesState"));
    m_noMatches->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
    m_noMatches->setTitle(tr("No matches"));
    QPushButton *clear = m_noMatches->addAction(tr("Clear search"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_search->searchNow();
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyDatabase);
    m_stack->addWidget(m_noMatches);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_search, &SearchField::searchRequested, m_model, &AdvocateTableModel::setSearchText);
    connect(m_model, &AdvocateTableModel::totalCountChanged, this, &AdvocatesPage::updateVisiblePart);
    connect(m_model, &AdvocateTableModel::loadFailed, this, &AdvocatesPage::loadFailed);
    const auto open = [this](const QModelIndex &index) {
        emit advocateActivated(index.data(AdvocateTableModel::AdvocateIdRole).toString());
    };
    connect(m_table, &QTableView::activated, this, open);
    // Down goes from the search box to the rows it found; Enter opens the first (or selected) one.
    m_search->setResultsView(m_table);
    connect(m_search, &SearchField::resultChosen, this, open);
    // The row's account is one right-click away.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(m_table);
        menu.addAction(tr("Open Profile"), this, [this, index] {
            emit advocateActivated(index.data(AdvocateTableModel::AdvocateIdRole).toString());
        });
        QAction *account = menu.addAction(
            tr("Open Account “%1”")
                .arg(index.siblingAtColumn(AdvocateTableModel::AccountColumn).data().toString()));
        account->setObjectName(QStringLiteral("openAccountAction"));
        connect(account, &QAction::triggered, this, [this, index] {
            emit accountActivated(index.data(AdvocateTableModel::AccountIdRole).toString());
        });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    reload();
}

AdvocatesPage::~AdvocatesPage()
{
    saveHeaderState();
}

void AdvocatesPage::reload()
{
    Result<int> everyone = m_services.directory().count({});
    m_programmeSize = everyone ? *everyone : 0;
    m_model->reload();
}

void AdvocatesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString AdvocatesPage::selectedAdvocateId() const
{
    if (m_stack->currentWidget() != m_table)
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex row = rows.isEmpty() ? QModelIndex() : rows.first();
    return row.data(AdvocateTableModel::AdvocateIdRole).toString();
}

QString AdvocatesPage::sizeSummary(int advocates)
{
    return advocates == 1 ? tr("1 advocate") : tr("%1 advocates").arg(QLocale().toString(advocates));
}

QString AdvocatesPage::summary() const
{
    const QLocale locale;
    if (m_model->searchText().isEmpty())
        return sizeSummary(m_programmeSize);
    return tr("%1 of %2 match").arg(locale.toString(m_model->totalCount()), locale.toString(m_programmeSize));
}

void AdvocatesPage::updateVisiblePart()
{
    if (m_programmeSize == 0 && m_model->searchText().isEmpty())
        m_stack->setCurrentWidget(m_emptyDatabase);
    else if (m_model->totalCount() == 0) {
        m_noMatches->setText(tr("No advocate matches “%1”. Search looks at the start of each word in names, "
                                "emails, titles, accounts, success stories and notes.")
                                 .arg(m_model->searchText()));
        m_stack->setCurrentWidget(m_noMatches);
    } else
        m_stack->setCurrentWidget(m_table);
    m_countLabel->setText(summary());
    emit summaryChanged(summary());
}

void AdvocatesPage::restoreHeaderState()
{
    const QByteArray state = QSettings().value(kHeaderStateKey).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AdvocatesPage::saveHeaderState() const
{
    QSettings().setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
}

} // namespace ad
