#include "RequestDialogs.h"

#include "common/RecordCommand.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ad {

namespace {

QComboBox *editableChoice(const QStringList &values, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(values);
    box->setCurrentIndex(0);
    return box;
}

} // namespace

NewRequestDialog::NewRequestDialog(Services &services, QWidget *parent)
    : FormDialog(tr("New Request"), parent), m_services(services), m_activity(new QComboBox(this)),
      m_requester(new QLineEdit(this)), m_opportunity(new QLineEdit(this)), m_prospect(new QLineEdit(this)),
      m_industry(editableChoice(
          services.boards().industries().ok() ? *services.boards().industries() : QStringList(), this)),
      m_segment(new QComboBox(this)),
      m_region(editableChoice(services.boards().regions().ok() ? *services.boards().regions() : QStringList(),
                              this)),
      m_product(new QLineEdit(this)), m_deal(new QSpinBox(this)),
      m_hasNeededBy(new QCheckBox(tr("Needed by"), this)),
      m_neededBy(new QDateEdit(services.clock().today().addDays(14), this))
{
    if (Result<QList<ActivityType>> types = services.activityTypes().list())
        for (const ActivityType &type : *types)
            m_activity->addItem(type.name, type.id);
    m_segment->addItem(tr("Any segment"), QString());
    for (Segment segment : allSegmentValues())
        m_segment->addItem(displayName(segment), keyOf(segment));
    m_deal->setRange(0, 2'000'000'000);
    const auto [dealPrefix, dealSuffix] = Formats::currencyAffixes(services.rules().currency);
    m_deal->setPrefix(dealPrefix);
    m_deal->setSuffix(dealSuffix);
    m_deal->setGroupSeparatorShown(true);
    m_neededBy->setCalendarPopup(true);
    m_neededBy->setMinimumDate(services.clock().today());
    m_neededBy->setEnabled(false);
    connect(m_hasNeededBy, &QCheckBox::toggled, m_neededBy, &QWidget::setEnabled);
    auto *needed = new QHBoxLayout;
    needed->addWidget(m_hasNeededBy);
    needed->addWidget(m_neededBy, 1);
    form()->addRow(tr("Activity"), m_activity);
    form()->addRow(tr("Requester"), m_requester);
    form()->addRow(tr("Opportunity"), m_opportunity);
    form()->addRow(tr("Prospect company"), m_prospect);
    form()->addRow(tr("Industry"), m_industry);
    form()->addRow(tr("Segment"), m_segment);
    form()->addRow(tr("Region"), m_region);
    form()->addRow(tr("Product"), m_product);
    form()->addRow(tr("Deal size"), m_deal);
    form()->addRow(QString(), needed);
}

QString NewRequestDialog::save()
{
    Request request;
    request.activityTypeId = m_activity->currentData().toString();
    request.requester = m_requester->text().trimmed();
    request.opportunity = m_opportunity->text().trimmed();
    request.prospectCompany = m_prospect->text().trimmed();
    request.industry = m_industry->currentText().trimmed();
    request.segment = m_segment->currentData().toString();
    request.region = m_region->currentText().trimmed();
    request.product = m_product->text().trimmed();
    request.dealSize = m_deal->value();
    if (m_hasNeededBy->isChecked())
        request.neededBy = m_neededBy->date();
    auto created = std::make_shared<QString>();
    Services &services = m_services;
    const QString what = request.prospectCompany.isEmpty() ? request.opportunity : request.prospectCompany;
    const Status status = pushRecord(
        undoStack(), what.isEmpty() ? tr("New request") : tr("New request: %1").arg(what),
        what.isEmpty() ? tr("Logged the request.") : tr("Logged the request for %1.").arg(what),
        [&services, request, created]() -> Status {
            Result<Request> made = services.requests().create(request);
            if (!made)
                return made.error();
            *created = made->id;
            return {};
        },
        [&services, created] { return services.requests().withdraw(*created); });
    if (!status)
        return status.error().message;
    m_created = *created;
    return {};
}

AnswerDialog::AnswerDialog(Services &services, const QString &requestId, QWidget *parent)
    : FormDialog(tr("Record Answer"), parent), m_services(services), m_requestId(requestId),
      m_advocate(new QComboBox(this)), m_answer(new QComboBox(this)), m_reason(new QLineEdit(this))
{
    if (Result<QList<Ask>> asks = services.requests().asks(requestId))
        for (const Ask &ask : *asks)
            if (ask.answer == AskAnswer::Pending)
                if (Result<Advocate> advocate = services.advocates().get(ask.advocateId))
                    m_advocate->addItem(advocate->name, advocate->id);
    m_answer->addItem(tr("Accepted"), int(AskAnswer::Accepted));
    m_answer->addItem(tr("Declined"), int(AskAnswer::Declined));
    m_reason->setPlaceholderText(tr("Why they declined — it is respected in later matching"));
    form()->addRow(tr("Advocate"), m_advocate);
    form()->addRow(tr("Answer"), m_answer);
    form()->addRow(tr("Reason"), m_reason);
}

bool AnswerDialog::hasPendingAsks() const
{
    return m_advocate->count() > 0;
}

QString AnswerDialog::save()
{
    Result<Request> before = m_services.requests().get(m_requestId);
    if (!before)
        return before.error().message;
    Result<QList<Ask>> asks = m_services.requests().asks(m_requestId);
    if (!asks)
        return asks.error().message;
    const QString advocateId = m_advocate->currentData().toString();
    QString askId;
    for (const Ask &ask : *asks)
        if (ask.advocateId == advocateId)
            askId = ask.id;
    const auto answer = static_cast<AskAnswer>(m_answer->currentData().toInt());
    const QString reason = m_reason->text().trimmed();
    const QString who = m_advocate->currentText();
    Services &services = m_services;
    // Undo makes the ask pending again and puts the request back where it was.
    const Status status = pushRecord(
        undoStack(), tr("Record answer of %1").arg(who),
        answer == AskAnswer::Accepted ? tr("%1 accepted.").arg(who) : tr("%1 declined.").arg(who),
        [&services, requestId = m_requestId, advocateId, answer, reason] {
            return services.requests().answer(requestId, advocateId, answer, reason);
        },
        [&services, askId, request = *before] { return services.requests().withdrawAnswer(askId, request); });
    return status ? QString() : status.error().message;
}

} // namespace ad
