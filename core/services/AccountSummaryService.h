#pragma once

#include "ServiceContext.h"
#include "domain/Account.h"
#include "rules/Nps.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace ad {

// One advocate of an account as the account page lists it.
struct AccountAdvocate
{
    QString id;
    QString name;
    QString title;
    QString email;
    Tier tier = Tier::Community;
    int journeyStage = 1;
    std::optional<int> latestNps; // the advocate's most recent answer, any date
    int contributions = 0;
    int points = 0;
    QDate lastContribution;
};

// One contribution by someone at the account.
struct AccountContribution
{
    QString id;
    QDate occurredOn;
    QString advocateId;
    QString advocateName;
    QString activity;
    int points = 0;
};

// Everything the account page shows, computed with SQL aggregates.
struct AccountSummary
{
    Account account;
    QString ownerName;
    // Latest answer per advocate within [npsFrom, npsTo] (the trailing 12 months).
    NpsSummary nps;
    QDate npsFrom;
    QDate npsTo;
    int contributionCount = 0;
    int contributionPoints = 0;
    int contributionsInWindow = 0; // within the same 12 months
    std::optional<int> daysToRenewal;
    QList<AccountAdvocate> advocates;         // by name
    QList<AccountContribution> contributions; // newest first
};

class AccountSummaryService
{
public:
    AccountSummaryService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    Result<AccountSummary> summary(const QString &accountId) const;

private:
    Status fillAdvocates(AccountSummary &summary) const;
    Status fillContributions(AccountSummary &summary) const;

    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
