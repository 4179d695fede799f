#pragma once

#include "ServiceContext.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

namespace ad {

// The programme's rule settings, stored in the database file (programme_settings)
// so that the GUI, the CLI and every colleague opening the file apply the same
// numbers. A rule without a stored value keeps DESIGN.md's default.
class ProgrammeSettingsService
{
public:
    ProgrammeSettingsService(const ServiceContext &context, ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // The stored settings over the defaults; out-of-range values are clamped.
    Result<ProgrammeRules> load() const;
    // Loads the stored settings into the rules every service reads.
    Status apply();
    // Checks `rules`, stores every value that differs from what is stored (one
    // audit event per change, with `reason`) and makes them the live rules. A
    // refused set leaves the file and the live rules unchanged.
    Status save(const ProgrammeRules &rules, const QString &reason = {});

    // Why `rules` cannot be used, or an empty string.
    static QString problem(const ProgrammeRules &rules);

private:
    const ServiceContext &m_context;
    ProgrammeRules &m_rules;
};

} // namespace ad
