#include "SummaryCard.h"

#include "InitialsAvatar.h"
#include "common/AskCapText.h"
#include "common/ElidedLabel.h"
#include "common/FlowLayout.h"
#include "common/TierColours.h"
#include "util/Formats.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ad {

namespace {

// Chinese and Japanese text may break a line between any two characters.
bool breaksAnywhere(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

// `text` as one unbreakable run: no-break spaces, and a word joiner wherever
// a line could break between two characters.
QString unbreakable(const QString &text)
{
    QString joined;
    for (const QChar c : text) {
        if (!joined.isEmpty() && (breaksAnywhere(c) || breaksAnywhere(joined.back())))
            joined += QChar(0x2060); // WORD JOINER
        joined += c.isSpace() ? QChar(QChar::Nbsp) : c;
    }
    return joined;
}

// A consent's mark: a green tick when current, a quiet cross when not; the
// asset's name kept on one line with its mark.
QString consentMark(const QString &asset, bool current, const QPalette &palette)
{
    const QColor colour = current ? QColor(0x2e, 0x9e, 0x5b) : palette.color(QPalette::PlaceholderText);
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(colour.name(), current ? QStringLiteral("✓") : QStringLiteral("✗"),
             unbreakable(asset).toHtmlEscaped());
}

} // namespace

SummaryCard::SummaryCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("summaryCard"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_avatar = new InitialsAvatar(this);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    m_name = wrapped(QStringLiteral("profileName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_title = wrapped(QStringLiteral("profileTitle"));
    m_account = wrapped(QStringLiteral("accountLink"));
    m_account->setTextFormat(Qt::RichText);
    m_account->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_account->setToolTip(tr("Open the account"));
    connect(m_account, &QLabel::linkActivated, this, &SummaryCard::accountRequested);
    for (QLabel *label : {m_name, m_title, m_account})
        who->addWidget(label);
    header->addLayout(who, 1);
    layout->addLayout(header);

    auto *standing = new QHBoxLayout;
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("tierChip"));
    m_tier->setAlignment(Qt::AlignCenter);
    m_journey = wrapped(QStringLiteral("journeyStage"));
    standing->addWidget(m_tier, 0, Qt::AlignTop);
    standing->addWidget(m_journey, 1);
    layout->addLayout(standing);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_owner = wrapped(QStringLiteral("cardOwner"));
    m_pipeline = wrapped(QStringLiteral("cardPipeline"));
    m_nps = wrapped(QStringLiteral("cardNps"));
    m_asks = wrapped(QStringLiteral("cardAsks"));
    m_consents = wrapped(QStringLiteral("cardConsents"));
    m_consents->setTextFormat(Qt::RichText);
    m_verified = wrapped(QStringLiteral("cardVerified"));
    m_email = new ElidedLabel(this);
    m_email->setObjectName(QStringLiteral("cardEmail"));
    const QList<std::pair<QString, QWidget *>> rows{
        {tr("Owner"), m_owner}, {tr("Pipeline"), m_pipeline}, {tr("Latest NPS"), m_nps},
        {tr("Asks"), m_asks},   {tr("Consents"), m_consents}, {tr("Verified"), m_verified},
        {tr("Email"), m_email}};
    for (const auto &[caption, field] : rows) {
        auto *label = new QLabel(caption, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(field);
        facts->addRow(label, field);
    }
    layout->addLayout(facts);

    auto *next = new QFrame(this);
    next->setObjectName(QStringLiteral("nextStepBox"));
    next->setFrameShape(QFrame::StyledPanel);
    next->setBackgroundRole(QPalette::AlternateBase);
    next->setAutoFillBackground(true);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->setContentsMargins(8, 6, 8, 6);
    auto *nextCaption = new QLabel(tr("Next step"), next);
    QFont captionFont = nextCaption->font();
    captionFont.setBold(true);
    nextCaption->setFont(captionFont);
    m_nextStep = wrapped(QStringLiteral("nextStep"));
    m_nextStep->setParent(next);
    nextLayout->addWidget(nextCaption);
    nextLayout->addWidget(m_nextStep);
    layout->addWidget(next);

    m_actions = new FlowLayout(nullptr, 6);
    layout->addLayout(m_actions);
    layout->addStretch();
}

QLabel *SummaryCard::wrapped(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped text takes the column's width, never more.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

void SummaryCard::addAction(QWidget *action)
{
    m_actions->addWidget(action);
}

void SummaryCard::setSummary(const AdvocateSummary &summary, const QDate &today)
{
    m_summary = summary;
    m_today = today;
    const Advocate &a = summary.advocate;
    m_avatar->setName(a.name);
    m_name->setText(a.name);
    m_title->setText(a.title);
    m_title->setVisible(!a.title.isEmpty());
    m_account->setText(QStringLiteral("<a href=\"account\">%1</a>").arg(summary.accountName.toHtmlEscaped()));
    showTier();
    m_journey->setText(tr("Journey: %1 · %2").arg(a.journeyStage).arg(journeyStageName(a.journeyStage)));

    m_owner->setText(summary.ownerName.isEmpty() ? tr("Nobody") : summary.ownerName);
    m_pipeline->setText(summary.nomination ? displayName(summary.nomination->status) : tr("Not nominated"));
    m_nps->setText(
        summary.latestNps
            ? tr("%1 on %2").arg(summary.latestNps->score).arg(Formats::date(summary.latestNps->respondedOn))
            : tr("No answer yet"));
    const AskStanding &asks = summary.asks;
    m_asks->setText(askCapText(asks.countedAsks, asks.cap, asks.windowDays));
    m_asks->setToolTip(asks.blocker ? tr("Not to be asked now: %1").arg(asks.blockerText)
                                    : tr("May be asked: no ask-protection rule applies."));
    showConsents();
    m_verified->setText(a.lastVerified.isValid() ? Formats::date(a.lastVerified) : tr("Never"));
    m_email->setFullText(a.email);

    const NextStep &step = summary.nextStep;
    QString next = step.text;
    if (step.dueOn.isValid())
        next += QLatin1Char('\n') +
                (step.dueOn < today ? tr("Overdue since %1") : tr("Due %1")).arg(Formats::date(step.dueOn));
    m_nextStep->setText(next);
}

void SummaryCard::showTier()
{
    const Tier tier = m_summary.advocate.tier;
    // The board's, the donut's and the report's colour of this tier.
    const QColor colour = TierColours::fill(tier);
    const QColor text = TierColours::ink(tier);
    m_tier->setText(displayName(tier));
    m_tier->setAccessibleName(tr("Tier: %1").arg(displayName(tier)));
    m_tier->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 9px;"
                                         " padding: 1px 10px; font-weight: bold; }")
                              .arg(colour.name(), text.name()));
}

void SummaryCard::showConsents()
{
    QStringList marks;
    QStringList details;
    for (ConsentAsset asset : allConsentAssetValues()) {
        const Consent *current = nullptr;
        for (const Consent &consent : std::as_const(m_summary.consents))
            if (consent.asset == asset && consent.isCurrentOn(m_today))
                current = &consent;
        const QString name = displayName(asset);
        marks << consentMark(name, current, palette());
        if (!current)
            details << tr("%1: none current").arg(name);
        else if (current->expiresOn.isValid())
            details << tr("%1: given %2, until %3")
                           .arg(name, Formats::date(current->grantedOn), Formats::date(current->expiresOn));
        else
            details << tr("%1: given %2").arg(name, Formats::date(current->grantedOn));
    }
    // Unbreakable within a mark, an ordinary space between marks: a line breaks between assets.
    m_consents->setText(marks.join(QStringLiteral("&nbsp; ")));
    m_consents->setToolTip(details.join(QLatin1Char('\n')));
}

void SummaryCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The crosses take the palette's quiet colour: a switch to dark redraws them.
    if (event->type() == QEvent::PaletteChange && m_today.isValid())
        showConsents();
}

} // namespace ad
