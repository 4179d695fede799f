#include "EngagementDialogs.h"

#include "common/UndoableRecords.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <memory>

namespace ad {

namespace {

QDateEdit *dateEdit(const QDate &today, QWidget *parent)
{
    auto *edit = new QDateEdit(today, parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today); // these record what already happened
    return edit;
}

} // namespace

ContributionDialog::ContributionDialog(Services &services, const QString &advocateId, QWidget *parent)
    : FormDialog(tr("Log Contribution"), parent), m_services(services), m_advocateId(advocateId),
      m_type(new QComboBox(this)), m_date(dateEdit(services.clock().today(), this)),
      m_link(new QLineEdit(this)), m_notes(new QLineEdit(this))
{
    if (Result<QList<ActivityType>> types = services.activityTypes().list())
        for (const ActivityType &type : *types)
            m_type->addItem(
                tr("%1 (%2, %3 points)").arg(type.name, displayName(type.barrier)).arg(type.points), type.id);
    m_link->setPlaceholderText(tr("Link to the recording, post or document"));
    form()->addRow(tr("Activity"), m_type);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Artifact link"), m_link);
    form()->addRow(tr("Notes"), m_notes);
}

void ContributionDialog::setRequest(const Request &request)
{
    m_requestId = request.id;
    if (const int index = m_type->findData(request.activityTypeId); index >= 0)
        m_type->setCurrentIndex(index);
    const QString what = request.prospectCompany.isEmpty() ? request.opportunity : request.prospectCompany;
    auto *label = new QLabel(what.isEmpty() ? tr("The request of %1").arg(Formats::date(request.openedOn)) : what, this);
    label->setObjectName(QStringLiteral("contributionRequest"));
    label->setWordWrap(true);
    form()->insertRow(0, tr("For request"), label);
}

QString ContributionDialog::save()
{
    Participation p;
    p.advocateId = m_advocateId;
    p.requestId = m_requestId;
    p.activityTypeId = m_type->currentData().toString();
    p.occurredOn = m_date->date();
    p.artifactLink = m_link->text().trimmed();
    p.notes = m_notes->text().trimmed();
    Services &services = m_services;
    auto created = std::make_shared<QString>();
    const Status status =
        recordUndoably(undoStack(), services, RecordKind::Contribution,
                       tr("Log contribution: %1").arg(m_type->currentText()),
                       tr("Logged the contribution: %1.").arg(m_type->currentText()), [&services, p, created] {
                           Result<QString> id = idOf(services.engagement().recordContribution(p));
                           if (id)
                               *created = *id;
                           return id;
                       });
    if (!status)
        return status.error().message;
    m_created = *created;
    return {};
}

AppreciationDialog::AppreciationDialog(Services &services, const QString &advocateId, QWidget *parent)
    : FormDialog(tr("Log Appreciation"), parent), m_services(services), m_advocateId(advocateId),
      m_kind(new QComboBox(this)), m_contribution(new QComboBox(this)),
      m_date(dateEdit(services.clock().today(), this)), m_cost(new QDoubleSpinBox(this)),
      m_note(new QLineEdit(this))
{
    for (AppreciationKind kind : allAppreciationKindValues())
        m_kind->addItem(displayName(kind), keyOf(kind));
    m_contribution->addItem(tr("Not for one contribution"), QString());
    QHash<QString, QString> typeNames;
    if (Result<QList<ActivityType>> types = services.activityTypes().list())
        for (const ActivityType &type : *types)
            typeNames.insert(type.id, type.name);
    if (Result<QList<Participation>> contributions = services.engagement().contributions(advocateId))
        for (const Participation &p : *contributions)
            m_contribution->addItem(
                tr("%1 on %2").arg(typeNames.value(p.activityTypeId), Formats::date(p.occurredOn)), p.id);
    m_cost->setRange(0, 100000);
    const auto [costPrefix, costSuffix] = Formats::currencyAffixes(services.rules().currency);
    m_cost->setPrefix(costPrefix);
    m_cost->setSuffix(costSuffix);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("For"), m_contribution);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Cost"), m_cost);
    form()->addRow(tr("Note"), m_note);
}

void AppreciationDialog::setContribution(const QString &participationId)
{
    if (const int index = m_contribution->findData(participationId); index >= 0)
        m_contribution->setCurrentIndex(index);
}

QString AppreciationDialog::save()
{
    Appreciation a;
    a.advocateId = m_advocateId;
    a.kind = parseAppreciationKind(m_kind->currentData().toString()).value_or(AppreciationKind::ThankYouNote);
    a.participationId = m_contribution->currentData().toString();
    a.occurredOn = m_date->date();
    a.cost = m_cost->value();
    a.note = m_note->text().trimmed();
    Services &services = m_services;
    const Status status =
        recordUndoably(undoStack(), services, RecordKind::Appreciation,
                       tr("Log appreciation: %1").arg(m_kind->currentText()),
                       tr("Logged the appreciation: %1.").arg(m_kind->currentText()),
                       [&services, a] { return idOf(services.engagement().recordAppreciation(a)); });
    return status ? QString() : status.error().message;
}

ReferralDialog::ReferralDialog(Services &services, const QString &advocateId, QWidget *parent)
    : FormDialog(tr("Log Referral"), parent), m_services(services), m_advocateId(advocateId),
      m_company(new QLineEdit(this)), m_contact(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_value(new QSpinBox(this)), m_date(dateEdit(services.clock().today(), this))
{
    m_company->setObjectName(QStringLiteral("referredCompany"));
    for (ReferralStatus status : allReferralStatusValues())
        m_status->addItem(displayName(status), keyOf(status));
    m_value->setRange(0, 1'000'000'000);
    const auto [valuePrefix, valueSuffix] = Formats::currencyAffixes(services.rules().currency);
    m_value->setPrefix(valuePrefix);
    m_value->setSuffix(valueSuffix);
    m_value->setGroupSeparatorShown(true);
    form()->addRow(tr("Referred company"), m_company);
    form()->addRow(tr("Contact"), m_contact);
    form()->addRow(tr("Status"), m_status);
    form()->addRow(tr("Value"), m_value);
    form()->addRow(tr("Date"), m_date);
}

QString ReferralDialog::save()
{
    Referral r;
    r.advocateId = m_advocateId;
    r.referredCompany = m_company->text();
    r.referredContact = m_contact->text();
    r.status = parseReferralStatus(m_status->currentData().toString()).value_or(ReferralStatus::New);
    r.value = m_value->value();
    r.referredOn = m_date->date();
    Services &services = m_services;
    const QString company = r.referredCompany.trimmed();
    const Status status =
        recordUndoably(undoStack(), services, RecordKind::Referral, tr("Log referral: %1").arg(company),
                       tr("Logged the referral of %1.").arg(company),
                       [&services, r] { return idOf(services.referrals().record(r)); });
    return status ? QString() : status.error().message;
}

} // namespace ad
