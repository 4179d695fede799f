#pragma once

#include "ProgrammeRules.h"

#include <QList>
#include <QString>

namespace ad {

// One tunable number of ProgrammeRules under the key it is stored with, and the
// range a stored value is clamped to (a hand-edited file cannot break a rule).
struct RuleField
{
    QString key;
    int (*get)(const ProgrammeRules &);
    void (*set)(ProgrammeRules &, int);
    int minimum;
    int maximum;
};

// Every number of ProgrammeRules, tier thresholds included, in a stable order.
const QList<RuleField> &ruleFields();

// The field stored under `key`, or nullptr.
const RuleField *ruleField(const QString &key);

} // namespace ad
