#include "TierReviewPage.h"

#include "common/ListTable.h"
#include "services/Authority.h"
#include "services/Services.h"
#include "storage/Database.h"

#include "common/PageTitle.h"
#include "util/Formats.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace ad {

namespace {

std::optional<QString> askReason(QWidget *parent, const QString &question)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(parent, TierReviewPage::tr("Tier Review"), question,
                                                 QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(reason) : std::nullopt;
}

std::optional<Tier> askTier(QWidget *parent, Tier recommended)
{
    QStringList names;
    for (Tier tier : allTierValues())
        names << displayName(tier);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, TierReviewPage::tr("Override Tier"),
                                                 TierReviewPage::tr("Set this tier instead:"), names,
                                                 int(recommended), false, &ok);
    if (!ok)
        return std::nullopt;
    return allTierValues().value(names.indexOf(chosen));
}

} // namespace

TierReviewPage::TierReviewPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_table(new QTableWidget(0, 5, this)),
      m_approve(new QPushButton(tr("Approve…"), this)), m_override(new QPushButton(tr("Override…"), this)),
      m_notice(new QLabel(this)), m_more(new QLabel(this)), m_reasonPrompt(&askReason), m_tierPrompt(&askTier)
{
    setObjectName(QStringLiteral("tierReviewPage"));
    QLabel *title = makePageTitle(tr("Tier review"), this);
    auto *explain =
        new QLabel(tr("Recommended from the last 12 months of contribution points. A tier changes only "
                      "when a programme manager approves or overrides it, with a reason."),
                   this);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    m_recompute = new QPushButton(tr("Update Recommendations"), this);
    QPushButton *recompute = m_recompute;
    recompute->setObjectName(QStringLiteral("updateRecommendations"));
    m_approve->setObjectName(QStringLiteral("approveTier"));
    m_override->setObjectName(QStringLiteral("overrideTier"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(recompute);
    bar->addWidget(m_approve);
    bar->addWidget(m_override);

    m_table->setObjectName(QStringLiteral("tierReviews"));
    m_table->setAccessibleName(tr("Tier reviews"));
    m_table->setHorizontalHeaderLabels(
        {tr("Advocate"), tr("Email"), tr("Current tier"), tr("Recommended"), tr("Points")});
    styleAsList(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_more->setObjectName(QStringLiteral("moreTierReviews"));
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(explain);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_more);
    connect(recompute, &QPushButton::clicked, this, &TierReviewPage::recomputeInBackground);
    connect(m_approve, &QPushButton::clicked, this, &TierReviewPage::approveSelected);
    connect(m_override, &QPushButton::clicked, this, &TierReviewPage::overrideSelected);
    reload();
}

void TierReviewPage::reload(bool recompute)
{
    if (recompute) {
        if (Result<int> pending = m_services.tierReviews().refresh(); !pending)
            showNotice(pending.error().message, true);
    }
    Result<ListHead<TierReview>> reviews = m_services.tierReviews().pending(m_rowLimit);
    if (!reviews)
        showNotice(reviews.error().message, true);
    m_reviews = reviews ? reviews->rows : QList<TierReview>();
    const qsizetype total = reviews ? reviews->total : 0;
    m_more->setVisible(total > m_reviews.size());
    m_more->setText(tr("The oldest %1 of %2 reviews; decide these to see the next.")
                        .arg(QLocale().toString(m_reviews.size()), QLocale().toString(total)));
    const ListTableRefill refill(m_table);
    m_table->setRowCount(int(m_reviews.size()));
    for (int row = 0; row < m_reviews.size(); ++row) {
        const TierReview &r = m_reviews[row];
        const QStringList cells{r.advocateName, r.advocateEmail, displayName(r.currentTier),
                                displayName(r.recommendedTier), Formats::number(r.points)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    const bool any = !m_reviews.isEmpty();
    const QString refusal = decisionRefusal();
    for (QPushButton *decide : {m_approve, m_override}) {
        decide->setEnabled(any && refusal.isEmpty());
        decide->setToolTip(refusal);
    }
    if (any && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

const TierReview *TierReviewPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_reviews.size() ? &m_reviews[row] : nullptr;
}

QString TierReviewPage::decisionRefusal() const
{
    const Result<bool> manager = actsAsProgrammeManager(m_services.context());
    if (!manager)
        return manager.error().message;
    if (*manager)
        return {};
    return tr("Only a programme manager approves or overrides a tier; you work as “%1”, who is not one in "
              "this programme. Say who you are in Edit → Preferences.")
        .arg(m_services.context().actor);
}

bool TierReviewPage::approveSelected()
{
    const TierReview *review = selected();
    if (!review)
        return false;
    // Said before anyone types a reason the server would refuse.
    if (const QString refusal = decisionRefusal(); !refusal.isEmpty()) {
        showNotice(refusal, true);
        return false;
    }
    const std::optional<QString> reason =
        m_reasonPrompt(this, tr("Why move %1 from %2 to %3? (A tier decision is not undone with Edit → Undo; "
                                "a later review can change it again.)")
                                 .arg(review->advocateName, displayName(review->currentTier),
                                      displayName(review->recommendedTier)));
    if (!reason)
        return false;
    const Status status = m_services.tierReviews().approve(review->id, *reason);
    if (!status) {
        showNotice(status.error().message, true);
        return false;
    }
    showNotice(tr("%1 is now %2.").arg(review->advocateName, displayName(review->recommendedTier)), false);
    reload();
    emit tiersChanged();
    return true;
}

bool TierReviewPage::overrideSelected()
{
    const TierReview *review = selected();
    if (!review)
        return false;
    if (const QString refusal = decisionRefusal(); !refusal.isEmpty()) {
        showNotice(refusal, true);
        return false;
    }
    const std::optional<Tier> tier = m_tierPrompt(this, review->recommendedTier);
    if (!tier)
        return false;
    const std::optional<QString> reason = m_reasonPrompt(
        this, tr("Why set %1 to %2 instead of %3? (A tier decision is not undone with Edit → Undo; a later "
                 "review can change it again.)")
                  .arg(review->advocateName, displayName(*tier), displayName(review->recommendedTier)));
    if (!reason)
        return false;
    const QString name = review->advocateName;
    const Status status = m_services.tierReviews().overrideTier(review->id, *tier, *reason);
    if (!status) {
        showNotice(status.error().message, true);
        return false;
    }
    showNotice(tr("%1 is now %2.").arg(name, displayName(*tier)), false);
    reload();
    emit tiersChanged();
    return true;
}

TierReviewPage::~TierReviewPage()
{
    // The worker holds its own connection and copies of everything else; let it finish.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void TierReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The queue is current the first time anyone looks, without a button press.
    if (!m_recomputedOnce) {
        m_recomputedOnce = true;
        recomputeInBackground();
    }
}

bool TierReviewPage::isRecomputing() const
{
    return m_worker != nullptr;
}

void TierReviewPage::recomputeInBackground()
{
    if (m_worker)
        return;
    m_recompute->setEnabled(false);
    showNotice(tr("Updating the recommendations…"), false);
    // Scoring every advocate reads their whole trailing year: on a large programme
    // that takes a while, so it runs on a thread with its own connection, a
    // frozen copy of the clock and of the rules.
    const QString path = m_services.database().path();
    const QDateTime now = m_services.clock().now();
    const ProgrammeRules rules = m_services.rules();
    const QString actor = m_services.context().actor;
    auto failure = std::make_shared<std::optional<Error>>();
    m_worker = QThread::create([path, now, rules, actor, failure] {
        Result<std::unique_ptr<Database>> database = Database::open(path);
        if (!database) {
            *failure = database.error();
            return;
        }
        const FixedClock clock(now);
        const ServiceContext context{**database, clock, actor};
        if (Result<int> pending = TierReviewService(context, rules).refresh(); !pending)
            *failure = pending.error();
    });
    connect(m_worker, &QThread::finished, this, [this, failure] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_recompute->setEnabled(true);
        if (*failure)
            showNotice((*failure)->message, true);
        else
            m_notice->hide();
        reload();
        emit recomputed();
    });
    m_worker->start();
}

void TierReviewPage::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(warning ? QStringLiteral("background: #fdecea; color: #8a1f11; padding: 6px;")
                                    : QStringLiteral("background: #e8f4fd; color: #0b4a6f; padding: 6px;"));
    m_notice->show();
}

} // namespace ad
