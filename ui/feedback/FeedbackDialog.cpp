#include "FeedbackDialog.h"

#include "common/UndoableRecords.h"
#include "services/Services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ad {

FeedbackDialog::FeedbackDialog(Services &services, QWidget *parent)
    : FormDialog(tr("Add Feedback"), parent), m_services(services), m_source(new QComboBox(this)),
      m_link(new QLineEdit(this)), m_rating(new QDoubleSpinBox(this)), m_sentiment(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_date(new QDateEdit(services.clock().today(), this)),
      m_email(new QLineEdit(this)), m_account(new QComboBox(this)), m_tags(new QLineEdit(this))
{
    m_source->setEditable(true);
    if (Result<QStringList> sources = services.feedback().sources())
        m_source->addItems(*sources);
    m_rating->setRange(-1, 10);
    m_rating->setDecimals(1);
    m_rating->setSingleStep(0.5);
    m_rating->setSpecialValueText(tr("No rating"));
    m_rating->setValue(-1);
    for (Sentiment sentiment : allSentimentValues())
        m_sentiment->addItem(displayName(sentiment), keyOf(sentiment));
    m_text->setTabChangesFocus(true);
    m_date->setCalendarPopup(true);
    m_email->setPlaceholderText(tr("Advocate's email, if a known person said it"));
    m_account->addItem(tr("No account"), QString());
    if (Result<QList<Account>> accounts = services.accounts().list())
        for (const Account &account : *accounts)
            m_account->addItem(account.name, account.id);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. onboarding, support"));
    form()->addRow(tr("Source"), m_source);
    form()->addRow(tr("Link"), m_link);
    form()->addRow(tr("Rating"), m_rating);
    form()->addRow(tr("Sentiment"), m_sentiment);
    form()->addRow(tr("What they said"), m_text);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Advocate"), m_email);
    form()->addRow(tr("Account"), m_account);
    form()->addRow(tr("Tags"), m_tags);
}

QString FeedbackDialog::save()
{
    FeedbackItem item;
    item.source = m_source->currentText();
    item.link = m_link->text();
    if (m_rating->value() >= 0)
        item.rating = m_rating->value();
    item.sentiment = parseSentiment(m_sentiment->currentData().toString()).value_or(Sentiment::Neutral);
    item.body = m_text->toPlainText();
    item.receivedOn = m_date->date();
    item.accountId = m_account->currentData().toString();
    item.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QString email = m_email->text().trimmed(); !email.isEmpty()) {
        Result<std::optional<Advocate>> advocate = m_services.advocates().findByEmail(email);
        if (!advocate)
            return advocate.error().message;
        if (!advocate->has_value())
            return tr("No advocate has the email “%1”. Leave it empty, or add the advocate first.")
                .arg(email);
        item.advocateId = (*advocate)->id;
    }
    Services &services = m_services;
    const Status status = recordUndoably(
        undoStack(), services, RecordKind::Feedback, tr("Add feedback from %1").arg(item.source),
        tr("Added the feedback from %1.").arg(item.source),
        [&services, item] { return idOf(services.feedback().record(item)); });
    return status ? QString() : status.error().message;
}

} // namespace ad
