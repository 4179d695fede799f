#pragma once

#include "dialogs/FormDialog.h"
#include "rules/ProgrammeRules.h"

#include <QList>

class QSpinBox;

namespace ad {

// One tunable number of the programme rules, as the settings dialog shows it.
struct RuleSetting
{
    const char *key;   // QSettings key under "programmeRules/"
    const char *label; // translated at display time
    int ProgrammeRules::*member;
    int minimum;
    int maximum;
    const char *suffix;
};

const QList<RuleSetting> &ruleSettings();

// The user's saved programme rules over the defaults; what is not saved keeps
// DESIGN.md's default.
void loadProgrammeRules(ProgrammeRules &rules);
void saveProgrammeRules(const ProgrammeRules &rules);

// Every rule default, editable; saved at once for this user and applied to the
// open database's services.
class ProgrammeSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    ProgrammeSettingsDialog(ProgrammeRules &rules, QWidget *parent = nullptr);

    QSpinBox *spinBox(const char *key) const;

protected:
    QString save() override;

private:
    ProgrammeRules &m_rules;
    QList<QSpinBox *> m_spins;
    QList<QSpinBox *> m_tierSpins;
};

} // namespace ad
