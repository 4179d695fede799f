#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace ad {

class AdvocateTableModel;
class EmptyState;
class SearchField;
class Services;

// The Advocates page: everyone in the programme in one sortable table, found
// by typing. A database with no advocates shows how to get started instead.
class AdvocatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdvocatesPage(Services &services, QWidget *parent = nullptr);
    ~AdvocatesPage() override;

    AdvocateTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }

    // Re-reads the list (after a demo load, an import, ...).
    void reload();
    void focusSearch();
    // The advocate of the selected row (the first, when several are); empty when none is.
    QString selectedAdvocateId() const;
    // "12 advocates", "3 of 200 match" — what the status bar shows for this page.
    QString summary() const;
    // Everyone in the programme, whatever the search.
    int programmeSize() const { return m_programmeSize; }
    // "1 advocate", "1,200 advocates": the size of a programme, as the status bar shows it.
    static QString sizeSummary(int advocates);

signals:
    void loadDemoRequested();
    void importRequested();
    void summaryChanged(const QString &summary);
    void advocateActivated(const QString &advocateId);
    void accountActivated(const QString &accountId);
    void loadFailed(const QString &message);

private:
    void updateVisiblePart();
    void restoreHeaderState();
    void saveHeaderState() const;

    Services &m_services;
    AdvocateTableModel *m_model;
    SearchField *m_search;
    QLabel *m_countLabel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_emptyDatabase;
    EmptyState *m_noMatches;
    int m_programmeSize = 0;
};

} // namespace ad
