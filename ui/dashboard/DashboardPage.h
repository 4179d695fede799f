#pragma once

#include "DashboardWorker.h"
#include "KpiSummary.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTableView;

namespace ad {

class KpiChartView;
class KpiTile;
class Services;

// Programme managers' page: KPI tiles with the previous period, the charts,
// date-range presets and filters. Numbers are computed off the UI thread;
// clicking a tile, bar or slice lists the advocates or requests behind it, and
// double-clicking an advocate there opens the profile.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Services &services, QWidget *parent = nullptr);

    // Recomputes for what the controls say now (the data may have changed).
    void reload();
    KpiQuery query() const;
    const std::optional<DashboardResult> &shown() const { return m_shown; }

    // Lists what `cell` counted for the shown range and filters.
    void drillDown(const KpiCell &cell, const QString &title);
    Status exportReport(const QString &path) const;

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *csmBox() const { return m_csm; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *tierBox() const { return m_tier; }
    QList<KpiTile *> tiles() const { return m_tiles; }
    KpiChartView *chart(const QString &key) const;
    QTableView *drillTable() const { return m_drillTable; }
    QLabel *drillTitle() const { return m_drillTitle; }

signals:
    void advocateActivated(const QString &advocateId);
    // A result is on screen (tests and the status bar wait for it).
    void shownChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildDrillPanel();
    void fillFilters();
    void presetChanged();
    void showResult(const Result<DashboardResult> &outcome);
    void rebuildCharts();
    void layoutCharts();
    void chooseExportPath();

    Services &m_services;
    DashboardWorker *m_worker;
    std::optional<DashboardResult> m_shown;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_csm;
    QComboBox *m_segment;
    QComboBox *m_region;
    QComboBox *m_tier;
    QLabel *m_status;
    QPushButton *m_export;
    QScrollArea *m_scroll;
    QGridLayout *m_tileGrid;
    QGridLayout *m_chartGrid;
    QList<KpiTile *> m_tiles;
    QList<KpiChartView *> m_charts;
    int m_chartColumns = 0;
    bool m_stale = true; // asked to reload while hidden: recompute when shown
    QWidget *m_drillPanel;
    QLabel *m_drillTitle;
    QStandardItemModel *m_drillModel;
    QTableView *m_drillTable;
};

} // namespace ad
