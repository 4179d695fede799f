#pragma once

#include "ServiceContext.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

namespace ad {

// One account's purchase behaviour as recency, frequency and monetary quintiles,
// each 1..5 with 5 the best (most recent, most often, most spent).
struct RfmScore
{
    QString accountId;
    QString accountName;
    QDate lastPurchase;
    int purchases = 0;
    qint64 amount = 0;
    int recency = 0;
    int frequency = 0;
    int monetary = 0;
    bool bestCustomer = false;
};

class RfmService
{
public:
    RfmService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Every account with a purchase up to today, by account name. Quintiles come
    // from SQL's NTILE(5); equal values split by account name so the result is
    // the same on every run.
    Result<QList<RfmScore>> scores() const;
    // Accounts whose three quintiles all reach rules.bestCustomerQuintile: the
    // candidates to nudge toward advocacy.
    Result<QList<RfmScore>> bestCustomers() const;

private:
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
