#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;

namespace ad {

class AccountAdvocatesModel;
class AccountContributionsModel;
class Services;

// One account at a glance: ARR, health, renewal, account NPS and contributions,
// then its advocates and what they contributed. A window like ProfileWindow;
// an advocate opens their profile on double-click or Enter. Escape and Ctrl+W
// close it.
class AccountWindow : public QWidget
{
    Q_OBJECT

public:
    AccountWindow(Services &services, const QString &accountId, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    AccountAdvocatesModel *advocates() const { return m_advocates; }
    AccountContributionsModel *contributions() const { return m_contributions; }
    QTableView *advocatesView() const { return m_advocatesView; }
    // The figure shown under `name` ("arr", "health", "renewal", "nps", "contributions").
    QString figure(const QString &name) const;
    // Re-reads the account and everything shown about it.
    void reload();

signals:
    void advocateRequested(const QString &advocateId);

private:
    QWidget *buildFigures();
    QLabel *addFigure(QGridLayout *grid, int column, const QString &name, const QString &caption);

    Services &m_services;
    QString m_accountId;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_arr = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_renewal = nullptr;
    QLabel *m_nps = nullptr;
    QLabel *m_contributionFigure = nullptr;
    AccountAdvocatesModel *m_advocates = nullptr;
    AccountContributionsModel *m_contributions = nullptr;
    QTableView *m_advocatesView = nullptr;
    QTableView *m_contributionsView = nullptr;
};

} // namespace ad

namespace ad {

// Shows the account's window, raising the one already open for it, as a child of `owner`.
AccountWindow *showAccountWindow(Services &services, const QString &accountId, QWidget *owner);

} // namespace ad
