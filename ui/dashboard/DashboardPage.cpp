#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "DashboardRange.h"
#include "KpiChartView.h"
#include "KpiTile.h"
#include "ProgrammeReport.h"
#include "common/FlowLayout.h"
#include "common/ListTable.h"
#include "common/PageTitle.h"
#include "domain/Enums.h"
#include "io/FileChooser.h"
#include "kpi/KpiEngine.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Formats.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad {

namespace {

constexpr int kTileColumns = 4;
constexpr int kChartMinWidth = 420; // two charts side by side from about 900 pixels
constexpr int kIdRole = Qt::UserRole + 1;

QComboBox *filterBox(const QString &allText, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(allText, QString());
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

DashboardPage::DashboardPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_worker(new DashboardWorker(services.database().path(), services.clock(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Tiles and charts"));
    m_scroll->viewport()->installEventFilter(this);
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(8);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addLayout(m_chartGrid);
    contentLayout->addStretch();
    m_scroll->setWidget(content);

    for (const KpiLine &line : KpiSummary::lines({}, {}, m_services.rules().currency)) {
        if (!line.tile)
            continue;
        auto *tile = new KpiTile(content);
        tile->setLine(line);
        connect(tile, &KpiTile::clicked, this, [this, tile] {
            if (tile->line().cell)
                drillDown(*tile->line().cell, tile->line().name);
        });
        m_tileGrid->addWidget(tile, int(m_tiles.size()) / kTileColumns, int(m_tiles.size()) % kTileColumns);
        m_tiles << tile;
    }
    for (const QString &key : DashboardCharts::keys()) {
        auto *view = new KpiChartView(key, content);
        view->setMinimumHeight(300);
        m_charts << view;
    }
    layoutCharts();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(buildDrillPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_worker, &DashboardWorker::computed, this, &DashboardPage::showResult);
    fillFilters();
    presetChanged();
}

QWidget *DashboardPage::buildControls()
{
    auto *controls = new QWidget(this);
    auto *rows = new QVBoxLayout(controls);
    rows->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Dashboard"), controls));
    top->addStretch();
    m_status = new QLabel(controls);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_status);
    m_export = new QPushButton(tr("Export Report…"), controls);
    m_export->setToolTip(tr("The dashboard as a PDF programme report"));
    m_export->setEnabled(false);
    top->addWidget(m_export);
    rows->addLayout(top);

    // The date range and the filters wrap in a narrow window; the range and
    // the first filter keep their labels beside them.
    auto *range = new QWidget(controls);
    auto *rangeRow = new QHBoxLayout(range);
    rangeRow->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(range);
    m_preset->setAccessibleName(tr("Date range"));
    for (RangePreset preset : DashboardRange::presets())
        m_preset->addItem(DashboardRange::name(preset), int(preset));
    m_preset->setCurrentIndex(m_preset->findData(int(RangePreset::Last365Days)));
    m_from = new QDateEdit(range);
    m_to = new QDateEdit(range);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Formats::dateFormat());
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    rangeRow->addWidget(m_preset);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), range));
    rangeRow->addWidget(m_to);

    auto *filterHost = new QWidget(controls);
    auto *filters = new FlowLayout(filterHost);
    filters->addWidget(range);
    auto *firstFilter = new QWidget(filterHost);
    auto *firstRow = new QHBoxLayout(firstFilter);
    firstRow->setContentsMargins(0, 0, 0, 0);
    firstRow->addSpacing(12);
    firstRow->addWidget(new QLabel(tr("Filters:"), firstFilter));
    m_csm = filterBox(tr("All CSMs"), tr("Owner CSM"), firstFilter);
    firstRow->addWidget(m_csm);
    filters->addWidget(firstFilter);
    m_segment = filterBox(tr("All segments"), tr("Segment"), filterHost);
    m_region = filterBox(tr("All regions"), tr("Region"), filterHost);
    m_tier = filterBox(tr("All tiers"), tr("Tier"), filterHost);
    for (QComboBox *box : {m_segment, m_region, m_tier})
        filters->addWidget(box);
    for (QComboBox *box : {m_csm, m_segment, m_region, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    rows->addWidget(filterHost);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_from->isEnabled())
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_to->isEnabled())
            reload();
    });
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseExportPath);
    return controls;
}

QWidget *DashboardPage::buildDrillPanel()
{
    m_drillPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(m_drillPanel);
    layout->setContentsMargins(8, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_drillTitle = new QLabel(m_drillPanel);
    m_drillTitle->setWordWrap(true);
    QFont bold = m_drillTitle->font();
    bold.setBold(true);
    m_drillTitle->setFont(bold);
    auto *close = new QToolButton(m_drillPanel);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the list"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, m_drillPanel, &QWidget::hide);
    header->addWidget(m_drillTitle, 1);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_drillModel = new QStandardItemModel(this);
    m_drillTable = new QTableView(m_drillPanel);
    m_drillTable->setModel(m_drillModel);
    styleAsList(m_drillTable);
    m_drillTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_drillTable, 1);
    auto *hint = new QLabel(tr("Double-click an advocate to open the profile."), m_drillPanel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    connect(m_drillTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (first.data(kIdRole + 1).toBool()) // an advocate's row
            emit advocateActivated(first.data(kIdRole).toString());
    });
    m_drillPanel->setMinimumWidth(240);
    m_drillPanel->hide();
    return m_drillPanel;
}

void DashboardPage::fillFilters()
{
    if (auto users = m_services.users().list())
        for (const User &user : *users)
            if (user.role == UserRole::Csm)
                m_csm->addItem(user.name, user.name);
    for (Segment segment : allSegmentValues())
        m_segment->addItem(displayName(segment), keyOf(segment));
    if (auto regions = m_services.boards().regions())
        for (const QString &region : *regions)
            m_region->addItem(region, region);
    for (Tier tier : allTierValues())
        m_tier->addItem(displayName(tier), keyOf(tier));
}

void DashboardPage::presetChanged()
{
    const auto preset = RangePreset(m_preset->currentData().toInt());
    const bool custom = preset == RangePreset::Custom;
    if (!custom) {
        const auto [from, to] = DashboardRange::of(preset, m_services.clock().today());
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    reload();
}

KpiQuery DashboardPage::query() const
{
    KpiQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.csm = m_csm->currentData().toString();
    query.segment = m_segment->currentData().toString();
    query.region = m_region->currentData().toString();
    query.tier = m_tier->currentData().toString();
    query.withIds = false; // the drill-down asks for its rows when clicked
    return query;
}

void DashboardPage::reload()
{
    // A hidden dashboard computes nothing: every page is built when a database
    // opens, and a large programme should not pay for KPIs nobody looks at.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_status->setText(tr("Computing…"));
    m_worker->request(query(), m_services.rules());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::showResult(const Result<DashboardResult> &outcome)
{
    if (!outcome) {
        m_status->setText(outcome.error().message);
        return;
    }
    m_shown = *outcome;
    m_status->setText(tr("Compared with %1").arg(KpiSummary::range(previousPeriodOf(m_shown->query))));
    m_export->setEnabled(true);
    const QList<KpiLine> lines = KpiSummary::lines(m_shown->current, m_shown->previous, m_shown->currency);
    int tile = 0;
    for (const KpiLine &line : lines)
        if (line.tile && tile < m_tiles.size())
            m_tiles[tile++]->setLine(line);
    rebuildCharts();
    m_drillPanel->hide(); // its rows belonged to the previous numbers
    emit shownChanged();
}

void DashboardPage::rebuildCharts()
{
    if (!m_shown)
        return;
    const QList<ChartSpec> specs =
        DashboardCharts::build(m_shown->current, m_shown->currency, palette(),
                               [this](const KpiCell &cell, const QString &title) { drillDown(cell, title); });
    for (int i = 0; i < specs.size() && i < m_charts.size(); ++i)
        m_charts[i]->replaceChart(specs[i].chart, specs[i].emptyText);
}

void DashboardPage::layoutCharts()
{
    const int width = m_scroll->viewport()->width();
    const int columns = std::max(1, std::min(2, width / kChartMinWidth));
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (KpiChartView *view : std::as_const(m_charts))
        m_chartGrid->removeWidget(view);
    for (int i = 0; i < m_charts.size(); ++i)
        m_chartGrid->addWidget(m_charts[i], i / columns, i % columns);
}

KpiChartView *DashboardPage::chart(const QString &key) const
{
    for (KpiChartView *view : m_charts)
        if (view->key() == key)
            return view;
    return nullptr;
}

void DashboardPage::drillDown(const KpiCell &cell, const QString &title)
{
    if (!m_shown)
        return;
    KpiQuery query = m_shown->query;
    query.withIds = true;
    Result<QList<KpiDrillRow>> rows =
        KpiEngine(m_services.context(), m_services.rules()).drillDown(query, cell);
    m_drillModel->clear();
    if (!rows) {
        m_drillTitle->setText(rows.error().message);
        m_drillPanel->show();
        return;
    }
    const bool requests = cell.listsRequests();
    m_drillModel->setHorizontalHeaderLabels(requests ? QStringList{tr("Prospect"), tr("Opportunity")}
                                                     : QStringList{tr("Advocate"), tr("Account")});
    for (const KpiDrillRow &row : *rows) {
        auto *name = new QStandardItem(row.name);
        name->setData(row.id, kIdRole);
        name->setData(!requests, kIdRole + 1);
        name->setEditable(false);
        auto *detail = new QStandardItem(row.detail);
        detail->setEditable(false);
        m_drillModel->appendRow({name, detail});
    }
    m_drillTitle->setText(requests ? tr("%1 — %n requests", nullptr, int(rows->size())).arg(title)
                                   : tr("%1 — %n advocates", nullptr, int(rows->size())).arg(title));
    m_drillTable->resizeColumnToContents(0);
    m_drillPanel->show();
}

Status DashboardPage::exportReport(const QString &path) const
{
    if (!m_shown)
        return makeError(ErrorKind::Refused, tr("The dashboard has no numbers yet."));
    return ProgrammeReport::write(path, *m_shown, m_services.clock().today());
}

void DashboardPage::chooseExportPath()
{
    const QString path =
        FileChooser::saveFile(this, tr("Export Programme Report"),
                              tr("programme-report-%1.pdf").arg(m_shown->query.to.toString(Qt::ISODate)),
                              tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = exportReport(path);
    if (!written)
        QMessageBox::warning(this, tr("Report not saved"), written.error().message);
    else
        m_status->setText(tr("Report saved to %1").arg(path));
}

void DashboardPage::changeEvent(QEvent *event)
{
    // Charts draw with palette colours: a switch to the dark palette redraws them.
    if (event->type() == QEvent::PaletteChange)
        rebuildCharts();
    QWidget::changeEvent(event);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCharts();
    return QWidget::eventFilter(watched, event);
}

} // namespace ad
