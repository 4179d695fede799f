#pragma once

#include "dialogs/FormDialog.h"
#include "rules/ProgrammeRules.h"

#include <QList>

class QComboBox;
class QSpinBox;

namespace ad {

class Services;

// One tunable number of the programme rules, as the settings dialog shows it.
struct RuleSetting
{
    const char *key;   // the key programme_settings stores it under (core/rules/RuleFields)
    const char *label; // translated at display time
    int ProgrammeRules::*member;
    int minimum;
    int maximum;
    const char *suffix;
};

const QList<RuleSetting> &ruleSettings();

// Every rule default, editable; stored in the open database (so the CLI and
// colleagues apply the same rules), audited, and applied to its services.
class ProgrammeSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ProgrammeSettingsDialog(Services &services, QWidget *parent = nullptr);

    QSpinBox *spinBox(const char *key) const;
    QComboBox *currencyBox() const { return m_currency; }

protected:
    QString save() override;

private:
    Services &m_services;
    QComboBox *m_currency;
    QList<QSpinBox *> m_spins;
    QList<QSpinBox *> m_tierSpins;
};

} // namespace ad
