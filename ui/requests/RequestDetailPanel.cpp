#include "RequestDetailPanel.h"

#include "dialogs/EngagementDialogs.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ad {

namespace {

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RequestDetailPanel::RequestDetailPanel(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack), m_title(wrapping(this)),
      m_facts(wrapping(this)), m_askedTitle(new QLabel(tr("Asked"), this)), m_empty(wrapping(this)),
      m_asksHost(new QWidget(this)), m_asksLayout(new QVBoxLayout(m_asksHost))
{
    setObjectName(QStringLiteral("requestDetail"));
    setAccessibleName(tr("Request detail"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("requestDetailTitle"));
    m_facts->setObjectName(QStringLiteral("requestDetailFacts"));
    m_askedTitle->setFont(bold);
    m_empty->setObjectName(QStringLiteral("requestDetailEmpty"));
    m_asksLayout->setContentsMargins(0, 0, 0, 0);
    m_asksLayout->setSpacing(6);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addSpacing(6);
    column->addWidget(m_askedTitle);
    column->addWidget(m_empty);
    column->addWidget(m_asksHost);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Request detail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setMinimumWidth(240);
    setRequest({});
}

void RequestDetailPanel::setRequest(const QString &requestId)
{
    m_requestId = requestId;
    reload();
}

void RequestDetailPanel::clearAsks()
{
    while (QLayoutItem *item = m_asksLayout->takeAt(0)) {
        // Out of the panel at once (tests and the accessibility tree see only
        // the new rows), deleted later: a row's own button may be what asked.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

void RequestDetailPanel::reload()
{
    clearAsks();
    m_asks.clear();
    m_request = Request{};
    Result<Request> request = m_requestId.isEmpty()
                                  ? Result<Request>(makeError(ErrorKind::NotFound, QString()))
                                  : m_services.requests().get(m_requestId);
    if (!request) {
        m_title->setText(m_requestId.isEmpty() ? tr("No request selected") : request.error().message);
        m_facts->setText(tr("Select a request to see who was asked and what they answered."));
        m_askedTitle->hide();
        m_empty->hide();
        return;
    }
    m_request = *request;
    const Request &r = m_request;
    // The opportunity names the deal (and often the prospect); the prospect has a line of its own.
    m_title->setText(!r.opportunity.isEmpty()       ? r.opportunity
                     : !r.prospectCompany.isEmpty() ? r.prospectCompany
                                                    : tr("A request without a prospect"));
    const Result<ActivityType> type = m_services.activityTypes().get(r.activityTypeId);
    QStringList facts;
    if (!r.prospectCompany.isEmpty())
        facts << tr("Prospect: %1").arg(r.prospectCompany);
    facts << tr("Activity: %1").arg(type ? type->name : QString());
    facts << tr("Status: %1").arg(displayName(r.status));
    facts << (r.neededBy.isValid() ? tr("Needed by: %1").arg(Formats::date(r.neededBy))
                                   : tr("Needed by: no date"));
    if (!r.requester.isEmpty())
        facts << tr("Requested by: %1").arg(r.requester);
    if (r.dealSize > 0)
        facts << tr("Deal size: %1").arg(Formats::money(r.dealSize, m_services.rules().currency));
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_askedTitle->show();

    Result<QList<AskDetail>> asks = m_services.requests().askDetails(m_requestId);
    if (!asks) {
        m_empty->setText(asks.error().message);
        m_empty->show();
        return;
    }
    m_asks = *asks;
    m_empty->setText(tr("Nobody was asked yet: Match… finds who may be."));
    m_empty->setVisible(m_asks.isEmpty());
    for (const AskDetail &detail : std::as_const(m_asks))
        addAsk(detail);
}

void RequestDetailPanel::addAsk(const AskDetail &detail)
{
    const Ask &ask = detail.ask;
    auto *frame = new QFrame(m_asksHost);
    frame->setObjectName(QStringLiteral("ask:") + ask.advocateId);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);

    // The name is the way to the profile.
    auto *name = new QPushButton(detail.advocateName, frame);
    name->setObjectName(QStringLiteral("profileLink"));
    name->setFlat(true);
    name->setCursor(Qt::PointingHandCursor);
    name->setToolTip(tr("Open the profile of %1").arg(detail.advocateName));
    name->setAccessibleName(tr("Open the profile of %1").arg(detail.advocateName));
    name->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 0; border: none;"
                                       " color: palette(link); text-decoration: underline; font-weight: bold; }"));
    connect(name, &QPushButton::clicked, this,
            [this, id = ask.advocateId] { emit advocateActivated(id); });
    layout->addWidget(name);

    auto *owner = wrapping(frame);
    owner->setObjectName(QStringLiteral("askOwner"));
    owner->setText(tr("Owner: %1").arg(detail.ownerName.isEmpty() ? tr("Nobody") : detail.ownerName));
    layout->addWidget(owner);
    auto *asked = wrapping(frame);
    asked->setObjectName(QStringLiteral("askAsked"));
    asked->setText(tr("Asked on %1").arg(Formats::date(ask.askedOn)));
    layout->addWidget(asked);
    auto *answer = wrapping(frame);
    answer->setObjectName(QStringLiteral("askAnswer"));
    switch (ask.answer) {
    case AskAnswer::Pending:
        answer->setText(tr("Waiting for an answer"));
        break;
    case AskAnswer::Accepted:
        answer->setText(tr("Accepted on %1").arg(Formats::date(ask.answeredOn)));
        break;
    case AskAnswer::Declined:
        answer->setText(ask.reason.isEmpty()
                            ? tr("Declined on %1").arg(Formats::date(ask.answeredOn))
                            : tr("Declined on %1: %2").arg(Formats::date(ask.answeredOn), ask.reason));
        break;
    }
    layout->addWidget(answer);

    if (ask.answer == AskAnswer::Accepted) {
        auto *contribution = wrapping(frame);
        contribution->setObjectName(QStringLiteral("askContribution"));
        contribution->setText(detail.contributionId.isEmpty()
                                  ? tr("No contribution logged for this request yet")
                                  : detail.appreciations > 0
                                        ? tr("Contributed on %1; thanked").arg(Formats::date(detail.contributedOn))
                                        : tr("Contributed on %1; not thanked yet")
                                              .arg(Formats::date(detail.contributedOn)));
        layout->addWidget(contribution);
        auto *buttons = new QHBoxLayout;
        auto *log = new QPushButton(tr("Log Contribution…"), frame);
        log->setObjectName(QStringLiteral("logContribution"));
        log->setToolTip(tr("Log what %1 did for this request").arg(detail.advocateName));
        auto *thankButton = new QPushButton(tr("Thank…"), frame);
        thankButton->setObjectName(QStringLiteral("thank"));
        thankButton->setToolTip(tr("Log a thank-you to %1").arg(detail.advocateName));
        connect(log, &QPushButton::clicked, this, [this, id = ask.advocateId] { logContribution(id); });
        connect(thankButton, &QPushButton::clicked, this, [this, id = ask.advocateId] { thank(id); });
        buttons->addWidget(log);
        buttons->addWidget(thankButton);
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
    m_asksLayout->addWidget(frame);
    frame->show(); // at once, not on the next turn of the event loop
}

const AskDetail *RequestDetailPanel::askOf(const QString &advocateId) const
{
    for (const AskDetail &detail : m_asks)
        if (detail.ask.advocateId == advocateId)
            return &detail;
    return nullptr;
}

bool RequestDetailPanel::logContribution(const QString &advocateId)
{
    const AskDetail *detail = askOf(advocateId);
    if (!detail || detail->ask.answer != AskAnswer::Accepted)
        return false;
    ContributionDialog dialog(m_services, advocateId, this);
    dialog.setUndoStack(m_undoStack);
    dialog.setRequest(m_request);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit recorded();
    return true;
}

bool RequestDetailPanel::thank(const QString &advocateId)
{
    const AskDetail *detail = askOf(advocateId);
    if (!detail || detail->ask.answer != AskAnswer::Accepted)
        return false;
    AppreciationDialog dialog(m_services, advocateId, this);
    dialog.setUndoStack(m_undoStack);
    if (!detail->contributionId.isEmpty())
        dialog.setContribution(detail->contributionId);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit recorded();
    return true;
}

} // namespace ad
