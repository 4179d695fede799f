#include "AccountWindow.h"

#include "AccountModels.h"
#include "common/CloseKeys.h"
#include "common/ListTable.h"
#include "common/ScreenFit.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {

QColor healthColour(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QColor(0x2e, 0x7d, 0x32);
    case Health::AtRisk:
        return QColor(0xb2, 0x6a, 0x00);
    case Health::Critical:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    styleAsList(view);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

} // namespace

AccountWindow::AccountWindow(Services &services, const QString &accountId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services), m_accountId(accountId)
{
    setObjectName(QStringLiteral("accountWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resizeToFitScreen(this, QSize(1100, 720));

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_name, m_subtitle})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_advocates = new AccountAdvocatesModel(this);
    m_contributions = new AccountContributionsModel(this);
    auto *advocatesBox = new QGroupBox(tr("Advocates"), this);
    auto *advocatesLayout = new QVBoxLayout(advocatesBox);
    m_advocatesView = makeTable(m_advocates, QStringLiteral("accountAdvocates"), advocatesBox);
    m_advocatesView->setAccessibleName(tr("Advocates at this account"));
    m_advocatesView->horizontalHeader()->setSectionResizeMode(AccountAdvocatesModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_advocatesView->horizontalHeader()->setSectionResizeMode(AccountAdvocatesModel::TitleColumn,
                                                              QHeaderView::Stretch);
    // Numbers and short labels take what they need; names and titles share the rest.
    for (int column : {int(AccountAdvocatesModel::TierColumn), int(AccountAdvocatesModel::StageColumn),
                       int(AccountAdvocatesModel::NpsColumn), int(AccountAdvocatesModel::ContributionsColumn),
                       int(AccountAdvocatesModel::PointsColumn), int(AccountAdvocatesModel::LastContributionColumn)})
        m_advocatesView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    advocatesLayout->addWidget(m_advocatesView);

    auto *contributionsBox = new QGroupBox(tr("Contributions"), this);
    auto *contributionsLayout = new QVBoxLayout(contributionsBox);
    m_contributionsView =
        makeTable(m_contributions, QStringLiteral("accountContributions"), contributionsBox);
    m_contributionsView->setAccessibleName(tr("Contributions by people at this account"));
    m_contributionsView->horizontalHeader()->setSectionResizeMode(AccountContributionsModel::ActivityColumn,
                                                                  QHeaderView::Stretch);
    m_contributionsView->horizontalHeader()->setSectionResizeMode(AccountContributionsModel::AdvocateColumn,
                                                                  QHeaderView::Stretch);
    m_contributionsView->horizontalHeader()->setSectionResizeMode(AccountContributionsModel::DateColumn,
                                                                  QHeaderView::ResizeToContents);
    m_contributionsView->horizontalHeader()->setSectionResizeMode(AccountContributionsModel::PointsColumn,
                                                                  QHeaderView::ResizeToContents);
    contributionsLayout->addWidget(m_contributionsView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(advocatesBox);
    splitter->addWidget(contributionsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(buildFigures());
    layout->addWidget(splitter, 1);

    for (QTableView *view : {m_advocatesView, m_contributionsView}) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const QString id = index.data(AccountAdvocatesModel::AdvocateIdRole).toString();
            if (!id.isEmpty())
                emit advocateRequested(id);
        });
    }
    closeOnEscapeAndCtrlW(this);
    reload();
}

QLabel *AccountWindow::addFigure(QGridLayout *grid, int column, const QString &name, const QString &caption)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QLabel(this);
    detail->setObjectName(name + QStringLiteral("Detail"));
    detail->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    grid->addWidget(detail, 2, column);
    return value;
}

QWidget *AccountWindow::buildFigures()
{
    auto *figures = new QWidget(this);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(0, 0, 0, 8);
    grid->setHorizontalSpacing(32);
    m_arr = addFigure(grid, 0, QStringLiteral("arr"), tr("ARR"));
    m_health = addFigure(grid, 1, QStringLiteral("health"), tr("Health"));
    m_renewal = addFigure(grid, 2, QStringLiteral("renewal"), tr("Renewal"));
    m_nps = addFigure(grid, 3, QStringLiteral("nps"), tr("Account NPS (12 months)"));
    m_contributionFigure = addFigure(grid, 4, QStringLiteral("contributions"), tr("Contributions"));
    grid->setColumnStretch(5, 1);
    return figures;
}

QString AccountWindow::figure(const QString &name) const
{
    const QLabel *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void AccountWindow::reload()
{
    Result<AccountSummary> summary = m_services.accountSummaries().summary(m_accountId);
    if (!summary) {
        m_name->setText(tr("This account could not be read."));
        m_subtitle->setText(summary.error().message);
        m_advocates->setAdvocates({});
        m_contributions->setContributions({});
        return;
    }
    const Account &account = summary->account;
    const QLocale locale;
    setWindowTitle(tr("%1 — Advocate Desk").arg(account.name));
    m_name->setText(account.name);
    QStringList facts;
    for (const QString &fact :
         {account.industry, displayName(account.segment), account.region, account.country})
        if (!fact.isEmpty())
            facts << fact;
    facts << (summary->ownerName.isEmpty() ? tr("no owner") : tr("Owner: %1").arg(summary->ownerName));
    if (account.customerSince.isValid())
        facts << tr("Customer since %1").arg(Formats::date(account.customerSince));
    if (!account.products.isEmpty())
        facts << account.products.join(QStringLiteral(", "));
    m_subtitle->setText(facts.join(QStringLiteral("   ·   ")));

    auto detail = [this](const QString &name) {
        return findChild<QLabel *>(name + QStringLiteral("Detail"));
    };
    m_arr->setText(Formats::money(account.arr, m_services.rules().currency));
    detail(QStringLiteral("arr"))->clear();

    m_health->setText(displayName(account.health));
    QPalette palette = m_health->palette();
    palette.setColor(QPalette::WindowText, healthColour(account.health));
    m_health->setPalette(palette);
    detail(QStringLiteral("health"))->setText(account.openEscalation ? tr("Open escalation") : QString());

    if (account.renewalDate.isValid()) {
        m_renewal->setText(Formats::date(account.renewalDate));
        const int days = summary->daysToRenewal.value_or(0);
        // Whole sentences per case: no "(s)" and nothing glued together.
        QString when;
        if (days == 0)
            when = tr("today");
        else if (days == 1)
            when = tr("tomorrow");
        else if (days > 1)
            when = tr("in %1 days").arg(days);
        else if (days == -1)
            when = tr("yesterday");
        else
            when = tr("%1 days ago").arg(-days);
        detail(QStringLiteral("renewal"))->setText(when);
    } else {
        m_renewal->setText(tr("Not set"));
        detail(QStringLiteral("renewal"))->clear();
    }

    const NpsSummary &nps = summary->nps;
    if (nps.total() > 0) {
        m_nps->setText(locale.toString(nps.score(), 'f', 0));
        detail(QStringLiteral("nps"))
            ->setText(tr("%1 promoters · %2 passives · %3 detractors")
                          .arg(nps.promoters)
                          .arg(nps.passives)
                          .arg(nps.detractors));
    } else {
        m_nps->setText(QStringLiteral("—"));
        detail(QStringLiteral("nps"))->setText(tr("No answers in 12 months"));
    }

    m_contributionFigure->setText(locale.toString(summary->contributionCount));
    detail(QStringLiteral("contributions"))
        ->setText(tr("%1 in 12 months · %2 points")
                      .arg(summary->contributionsInWindow)
                      .arg(summary->contributionPoints));

    m_advocates->setAdvocates(summary->advocates);
    m_contributions->setContributions(summary->contributions);
}

} // namespace ad

namespace ad {

AccountWindow *showAccountWindow(Services &services, const QString &accountId, QWidget *owner)
{
    for (AccountWindow *open : owner->findChildren<AccountWindow *>()) {
        if (open->accountId() == accountId) {
            open->reload();
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *window = new AccountWindow(services, accountId, owner);
    window->show();
    return window;
}

} // namespace ad
