#include "MatchDialog.h"

#include "common/AskCapText.h"
#include "common/ListTable.h"
#include "common/ReadThread.h"
#include "common/RecordCommand.h"
#include "common/ScreenFit.h"
#include "rules/RequestRules.h"
#include "services/Authority.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

namespace {

std::optional<QString> askWhyAnyway(QWidget *parent, const QString &question)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(parent, MatchDialog::tr("Ask Anyway"), question, QLineEdit::Normal, {}, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason.trimmed();
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    styleAsList(t);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QString &tooltip)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(tooltip);
        t->setItem(row, c, item);
    }
}

} // namespace

MatchDialog::MatchDialog(Services &services, const QString &requestId, QWidget *parent)
    : QDialog(parent), m_services(services), m_requestId(requestId), m_summary(new QLabel(this)),
      m_candidates(table({tr("Score"), tr("Advocate"), tr("Account"), tr("Owner"), tr("Asks"),
                          tr("Asked (180 d)"), tr("Why")},
                         this)),
      m_excluded(table({tr("Advocate"), tr("Email"), tr("Not asked because")}, this)),
      m_ask(new QPushButton(tr("Ask Selected Advocate"), this)),
      m_askAnyway(new QPushButton(tr("Ask Anyway…"), this)), m_reasonPrompt(&askWhyAnyway),
      m_problem(new QLabel(this)), m_reads(new ReadThread(services.database().path(), this))
{
    setObjectName(QStringLiteral("matchDialog"));
    setWindowTitle(tr("Match Request"));
    resizeToFitScreen(this, QSize(1100, 680));
    m_summary->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setAccessibleName(tr("Eligible advocates, best first"));
    m_excluded->setObjectName(QStringLiteral("excluded"));
    m_excluded->setAccessibleName(tr("Excluded advocates and why"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_ask->setDefault(true);

    auto *eligible = new QLabel(tr("Eligible, best fit first (among equals, the least asked first)"), this);
    auto *protectedLabel = new QLabel(tr("Protected from this ask"), this);
    QFont bold = eligible->font();
    bold.setBold(true);
    eligible->setFont(bold);
    protectedLabel->setFont(bold);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(eligible);
    topLayout->addWidget(m_candidates);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(protectedLabel);
    bottomLayout->addWidget(m_excluded);
    // A programme manager may override a protection, with a reason; the others
    // see the button greyed out and why, before anyone types one.
    m_askAnyway->setObjectName(QStringLiteral("askAnywayButton"));
    m_askAnyway->setEnabled(false);
    auto *anywayRow = new QHBoxLayout;
    anywayRow->addStretch();
    anywayRow->addWidget(m_askAnyway);
    bottomLayout->addLayout(anywayRow);
    connect(m_askAnyway, &QPushButton::clicked, this, [this] {
        if (askSelectedAnyway())
            accept();
    });
    connect(m_excluded, &QTableWidget::itemSelectionChanged, this, &MatchDialog::updateAsk);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_ask, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ask, &QPushButton::clicked, this, [this] {
        if (askSelected())
            accept();
    });
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &MatchDialog::updateAsk);
    connect(m_candidates, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_ask->isEnabled() && askSelected())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load();
}

void MatchDialog::load()
{
    m_summary->setText(tr("Matching…"));
    m_ask->setEnabled(false);
    const QString requestId = m_requestId;
    m_reads->post<Result<MatchResult>>(
        m_services.clock().now(), m_services.rules(), {},
        [requestId](const ReadThread::Reader &reader) -> Result<MatchResult> {
            if (!reader)
                return reader.error();
            return (*reader)->matcher().match(requestId);
        },
        [this](const Result<MatchResult> &result) {
            m_loading = false;
            fill(result);
            emit loaded();
        });
}

void MatchDialog::fill(const Result<MatchResult> &result)
{
    if (!result) {
        m_summary->setText(result.error().message);
        m_ask->setEnabled(false);
        m_ask->setToolTip(result.error().message);
        return;
    }
    m_result = *result;
    const Request &r = m_result.request;
    QStringList wants;
    for (const QString &value : {r.industry, r.segment, r.region, r.product})
        if (!value.isEmpty())
            wants << value;
    m_summary->setText(tr("%1 for %2 — wants %3. %4 eligible, %5 protected.")
                           .arg(r.opportunity.isEmpty() ? r.prospectCompany : r.opportunity,
                                r.requester.isEmpty() ? tr("an unnamed requester") : r.requester,
                                wants.isEmpty() ? tr("anyone") : wants.join(QStringLiteral(", ")))
                           .arg(m_result.candidates.size())
                           .arg(m_result.excluded.size()));
    if (!acceptsAsks(r.status))
        m_summary->setText(
            m_summary->text() + QLatin1Char(' ') +
            tr("The request is %1; nobody more can be asked for it.").arg(displayName(r.status)));
    m_candidates->setRowCount(int(m_result.candidates.size()));
    for (int row = 0; row < m_result.candidates.size(); ++row) {
        const MatchCandidate &c = m_result.candidates[row];
        setRow(m_candidates, row,
               {QString::number(c.score), c.name, c.accountName,
                c.ownerName.isEmpty() ? tr("Nobody") : c.ownerName,
                askCapText(c.countedAsksInCapWindow, m_services.rules().askCap,
                           m_services.rules().askCapWindowDays),
                QString::number(c.asksInFairnessWindow), c.why},
               c.why);
    }
    m_excluded->setRowCount(int(m_result.excluded.size()));
    for (int row = 0; row < m_result.excluded.size(); ++row) {
        const MatchExclusion &e = m_result.excluded[row];
        setRow(m_excluded, row, {e.name, e.email, e.text}, e.text);
    }
    m_candidates->resizeColumnsToContents();
    m_excluded->resizeColumnsToContents();
    if (!m_result.candidates.isEmpty())
        m_candidates->selectRow(0);
    updateAsk();
}

void MatchDialog::updateAsk()
{
    if (m_loading || m_result.request.id.isEmpty()) { // not in yet, or refused (and it says why)
        m_ask->setEnabled(false);
        m_askAnyway->setEnabled(false);
        return;
    }
    const QString anywayRefusal = askAnywayRefusal();
    m_askAnyway->setEnabled(anywayRefusal.isEmpty());
    m_askAnyway->setToolTip(
        anywayRefusal.isEmpty()
            ? tr("Ask the selected protected advocate all the same, with a reason (audited)")
            : anywayRefusal);
    // An accepted (or later) request is open for its record, not for more asks.
    const bool open = acceptsAsks(m_result.request.status);
    m_ask->setEnabled(open && !m_candidates->selectedItems().isEmpty());
    m_ask->setToolTip(open ? QString()
                           : tr("The request is %1; nobody more can be asked for it.")
                                 .arg(displayName(m_result.request.status)));
}

bool MatchDialog::askSelected()
{
    const int row = m_candidates->currentRow();
    if (row < 0 || row >= m_result.candidates.size())
        return false;
    const MatchCandidate &candidate = m_result.candidates[row];
    return recordAsk(candidate.advocateId, candidate.name, QString());
}

QString MatchDialog::askAnywayRefusal() const
{
    if (!acceptsAsks(m_result.request.status))
        return tr("The request is %1; nobody more can be asked for it.")
            .arg(displayName(m_result.request.status));
    const int row = m_excluded->currentRow();
    if (row < 0 || row >= m_result.excluded.size() || m_excluded->selectedItems().isEmpty())
        return tr("Select a protected advocate first.");
    const MatchExclusion &excluded = m_result.excluded[row];
    if (excluded.reason == ExclusionReason::AlreadyAsked)
        return tr("%1 was already asked for this request.").arg(excluded.name);
    const Result<bool> manager = actsAsProgrammeManager(m_services.context());
    if (!manager)
        return manager.error().message;
    if (!*manager)
        return tr("Only a programme manager may ask someone the rules protect; you work as “%1”. Say who you "
                  "are in Edit → Preferences.")
            .arg(m_services.context().actor);
    return {};
}

bool MatchDialog::askSelectedAnyway()
{
    if (const QString refusal = askAnywayRefusal(); !refusal.isEmpty()) {
        m_problem->setText(refusal);
        m_problem->show();
        return false;
    }
    const MatchExclusion excluded = m_result.excluded[m_excluded->currentRow()];
    const std::optional<QString> reason = m_reasonPrompt(
        this, tr("%1 is protected: %2. Why ask them all the same? (Kept with the ask and in the audit log.)")
                  .arg(excluded.name, excluded.text));
    if (!reason)
        return false;
    return recordAsk(excluded.advocateId, excluded.name, *reason);
}

bool MatchDialog::recordAsk(const QString &advocateId, const QString &name, const QString &overrideReason)
{
    Result<Request> before = m_services.requests().get(m_requestId);
    if (!before) {
        m_problem->setText(before.error().message);
        m_problem->show();
        return false;
    }
    // Undo withdraws the ask and puts the request back in the column it was in.
    auto askId = std::make_shared<QString>();
    Services &services = m_services;
    const QString forWhom = before->prospectCompany.isEmpty() ? before->opportunity : before->prospectCompany;
    const Status asked = pushRecord(
        m_undoStack, tr("Ask %1").arg(name),
        forWhom.isEmpty() ? tr("Asked %1.").arg(name) : tr("Asked %1 for %2.").arg(name, forWhom),
        [&services, requestId = m_requestId, advocateId, overrideReason, askId]() -> Status {
            Result<Ask> ask = services.requests().recordAsk(requestId, advocateId, overrideReason);
            if (!ask)
                return ask.error();
            *askId = ask->id;
            return {};
        },
        [&services, askId, request = *before] { return services.requests().withdrawAsk(*askId, request); });
    if (!asked) {
        m_problem->setText(asked.error().message);
        m_problem->show();
        return false;
    }
    m_asked = advocateId;
    return true;
}

} // namespace ad
