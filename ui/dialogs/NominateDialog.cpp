#include "NominateDialog.h"

#include "common/RecordCommand.h"
#include "profile/SignalsEditor.h"
#include "rules/NominationRules.h"
#include "services/Services.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ad {

NominateDialog::NominateDialog(Services &services, QWidget *parent)
    : FormDialog(tr("Nominate an Advocate"), parent), m_services(services), m_email(new QLineEdit(this)),
      m_recognised(new QLabel(this)), m_name(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_account(new QComboBox(this)), m_signals(new SignalsEditor(this)), m_evidence(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("nominateDialog"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_recognised->setObjectName(QStringLiteral("recognisedAdvocate"));
    m_recognised->setWordWrap(true);
    m_recognised->setForegroundRole(QPalette::PlaceholderText);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->setAccessibleName(tr("Account: choose one or type a new name"));
    if (Result<QList<Account>> accounts = services.accounts().list())
        for (const Account &account : *accounts)
            m_account->addItem(account.name, account.id);
    m_account->setCurrentIndex(-1);
    m_evidence->setPlaceholderText(
        tr("Why could this customer speak for the product? A promoter score, a result, a "
           "quote from a business review…"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(100);
    form()->addRow(tr("Email"), m_email);
    form()->addRow(QString(), m_recognised);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Account"), m_account);
    form()->addRow(tr("Signals"), m_signals);
    form()->addRow(tr("Evidence"), m_evidence);
    // Recognised while typing: the moment the address matches, the form says so.
    connect(m_email, &QLineEdit::textChanged, this, &NominateDialog::lookUpEmail);
}

void NominateDialog::startWith(const QString &advocateId)
{
    const Result<Advocate> advocate = m_services.advocates().get(advocateId);
    if (!advocate)
        return; // gone meanwhile: an empty form, as from anywhere else
    m_email->setText(advocate->email); // recognised as it is typed
    m_evidence->setFocus();
}

void NominateDialog::lookUpEmail()
{
    Result<std::optional<Advocate>> found = m_services.advocates().findByEmail(m_email->text().trimmed());
    const bool wasKnown = m_known;
    m_known = found && found->has_value();
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_title),
                           static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_signals)})
        field->setEnabled(!m_known);
    if (!m_known) {
        m_recognised->clear();
        if (wasKnown) { // the details shown belonged to someone else
            m_name->clear();
            m_title->clear();
            m_account->setCurrentIndex(-1);
            m_signals->setSignals({});
        }
        return;
    }
    const Advocate &advocate = **found;
    m_name->setText(advocate.name);
    m_title->setText(advocate.title);
    m_signals->setSignals(advocate.signalValues);
    const int account = m_account->findData(advocate.accountId);
    m_account->setCurrentIndex(account);
    QString text =
        tr("%1 at %2 is already on file: this nominates them.").arg(advocate.name, m_account->currentText());
    Result<std::optional<Nomination>> nomination = m_services.nominations().forAdvocate(advocate.id);
    if (nomination && nomination->has_value() && !isExitStatus((*nomination)->status))
        text = tr("%1 is already in the nomination pipeline (%2).")
                   .arg(advocate.name, displayName((*nomination)->status));
    m_recognised->setText(text);
}

QString NominateDialog::save()
{
    lookUpEmail();
    NominationRequest request;
    request.email = m_email->text();
    request.name = m_name->text();
    request.title = m_title->text();
    // A typed name that matches an existing account picks that account.
    const int match = m_account->findText(m_account->currentText().trimmed(), Qt::MatchFixedString);
    if (match >= 0)
        request.accountId = m_account->itemData(match).toString();
    else
        request.newAccountName = m_account->currentText();
    request.signalValues = m_signals->currentSignals();
    request.evidence = m_evidence->toPlainText();
    // Redo nominates again from the same form; undo takes back all it wrote.
    auto outcome = std::make_shared<NominationOutcome>();
    Services &services = m_services;
    const QString who = request.name.trimmed().isEmpty() ? request.email.trimmed() : request.name.trimmed();
    const Status status = pushRecord(
        undoStack(), tr("Nominate %1").arg(who), tr("Nominated %1.").arg(who),
        [&services, request, outcome]() -> Status {
            Result<NominationOutcome> made = services.intake().nominate(request);
            if (!made)
                return made.error();
            *outcome = *made;
            return {};
        },
        [&services, outcome] { return services.intake().withdraw(*outcome); });
    if (!status)
        return status.error().message;
    m_nominated = outcome->advocateId;
    return {};
}

} // namespace ad
