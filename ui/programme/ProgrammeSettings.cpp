#include "ProgrammeSettings.h"

#include "domain/Enums.h"
#include "services/Services.h"
#include "util/Formats.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace ad {

namespace {

// The labels in the table below are marked for this context.
QString settingText(const char *text)
{
    return QCoreApplication::translate("ad::ProgrammeSettings", text);
}

} // namespace

const QList<RuleSetting> &ruleSettings()
{
    static const QList<RuleSetting> settings = {
        {"askCap", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Ask cap (counted asks)"),
         &ProgrammeRules::askCap, 1, 20, ""},
        {"askCapWindowDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "… within"),
         &ProgrammeRules::askCapWindowDays, 7, 730, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"restAfterHighBarrierDays",
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Rest after a high-barrier contribution"),
         &ProgrammeRules::restAfterHighBarrierDays, 0, 365,
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"declineBlockDays",
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "A decline blocks the same activity for"),
         &ProgrammeRules::declineBlockDays, 0, 365, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"fairnessWindowDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Fair distribution looks back"),
         &ProgrammeRules::fairnessWindowDays, 7, 730, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"renewalGateDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "No ask this close to a renewal"),
         &ProgrammeRules::renewalGateDays, 0, 365, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"npsDetractorMax", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "NPS detractor up to"),
         &ProgrammeRules::npsDetractorMax, 0, 9, ""},
        {"npsPassiveMax", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "NPS passive up to"),
         &ProgrammeRules::npsPassiveMax, 1, 9, ""},
        {"fitSharePercent", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Matching: share of fit in the score"),
         &ProgrammeRules::fitSharePercent, 0, 100, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " %")},
        {"thankYouDueDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Thank-you due within"),
         &ProgrammeRules::thankYouDueDays, 1, 90, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"finalVersionDueDays",
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Case-study final version due within"),
         &ProgrammeRules::finalVersionDueDays, 1, 180, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"unusedContributionDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Contribution unused after"),
         &ProgrammeRules::unusedContributionDays, 7, 365,
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"oneWayWindowDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "One-way relationship: no touch in"),
         &ProgrammeRules::oneWayWindowDays, 7, 365, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"untouchedDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "My Day: not touched in"),
         &ProgrammeRules::untouchedDays, 7, 365, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"stuckNominationDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Nomination stuck after"),
         &ProgrammeRules::stuckNominationDays, 1, 365, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
        {"staleAfterMonths", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Profiles and consents stale after"),
         &ProgrammeRules::staleAfterMonths, 1, 60, QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " months")},
        {"csmCapacity", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "CSM capacity (enrolled advocates)"),
         &ProgrammeRules::csmCapacity, 1, 10000, ""},
        {"contactPointsExpiryDays", QT_TRANSLATE_NOOP("ad::ProgrammeSettings", "Contact points expire after"),
         &ProgrammeRules::contactPointsExpiryDays, 7, 730,
         QT_TRANSLATE_NOOP("ad::ProgrammeSettings", " days")},
    };
    return settings;
}

ProgrammeSettingsDialog::ProgrammeSettingsDialog(Services &services, QWidget *parent)
    : FormDialog(tr("Programme Settings"), parent), m_services(services)
{
    const ProgrammeRules &rules = services.rules();
    setObjectName(QStringLiteral("programmeSettings"));
    // Any ISO 4217 code may be typed; the common ones are a click away.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(Formats::commonCurrencies());
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setCurrentText(rules.currency);
    m_currency->setToolTip(tr("The currency of ARR, deal sizes and referral values (an ISO 4217 code such "
                              "as USD, MYR or TWD)"));
    m_currency->setAccessibleName(tr("Currency"));
    form()->addRow(tr("Currency"), m_currency);
    for (const RuleSetting &setting : ruleSettings()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(setting.key));
        spin->setRange(setting.minimum, setting.maximum);
        spin->setValue(rules.*setting.member);
        spin->setSuffix(settingText(setting.suffix));
        spin->setAccessibleName(settingText(setting.label));
        m_spins << spin;
        form()->addRow(settingText(setting.label), spin);
    }
    const QList<Tier> tiers = allTierValues();
    for (int tier = 1; tier < int(rules.tierThresholds.size()); ++tier) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 100000);
        spin->setValue(rules.tierThresholds[tier]);
        spin->setSuffix(tr(" points"));
        const QString label = tr("%1 from (12-month points)").arg(displayName(tiers.value(tier)));
        spin->setAccessibleName(label);
        m_tierSpins << spin;
        form()->addRow(label, spin);
    }
    auto *defaults = new QPushButton(tr("Restore Defaults"), this);
    connect(defaults, &QPushButton::clicked, this, [this] {
        const ProgrammeRules fresh;
        m_currency->setCurrentText(fresh.currency);
        for (int i = 0; i < m_spins.size(); ++i)
            m_spins[i]->setValue(fresh.*ruleSettings()[i].member);
        for (int i = 0; i < m_tierSpins.size(); ++i)
            m_tierSpins[i]->setValue(fresh.tierThresholds[i + 1]);
    });
    form()->addRow(QString(), defaults);
}

QSpinBox *ProgrammeSettingsDialog::spinBox(const char *key) const
{
    return findChild<QSpinBox *>(QLatin1String(key));
}

QString ProgrammeSettingsDialog::save()
{
    ProgrammeRules edited = m_services.rules();
    edited.currency = m_currency->currentText().trimmed().toUpper();
    for (int i = 0; i < m_spins.size(); ++i)
        edited.*ruleSettings()[i].member = m_spins[i]->value();
    for (int i = 0; i < m_tierSpins.size(); ++i)
        edited.tierThresholds[i + 1] = m_tierSpins[i]->value();
    // The service checks the set as a whole and refuses it unchanged.
    if (Status saved = m_services.settings().save(edited); !saved)
        return saved.error().message;
    return {};
}

} // namespace ad
