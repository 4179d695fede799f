#pragma once

#include "domain/Advocate.h"
#include "domain/Nomination.h"
#include "util/Result.h"

#include <optional>

namespace ad {

struct ServiceContext;

// Everything the Nominate dialog collects. An email that is already on file
// names that advocate (their details are kept); otherwise a new advocate is
// created, at an existing account or at a new one named here.
struct NominationRequest
{
    QString email;
    QString name;
    QString title;
    QString accountId;      // an existing account, or ...
    QString newAccountName; // ... one to create
    Signals signalValues;
    QString evidence;
};

struct NominationOutcome
{
    Nomination nomination;
    QString advocateId;
    QString accountId;
    bool createdAdvocate = false;
    bool createdAccount = false;
    // The advocate's earlier nomination (an exit status) that this one reopened.
    std::optional<Nomination> before;
};

// Nominates in one transaction: the account, the advocate and the nomination
// are written together or not at all.
class NominationIntake
{
public:
    explicit NominationIntake(const ServiceContext &context) : m_context(context) {}

    Result<NominationOutcome> nominate(const NominationRequest &request);
    // Undo: takes back what nominate() wrote, in one transaction: the reopened
    // nomination goes back as it was (or a new one goes), and an advocate or
    // account made for it goes too unless something was recorded for them since.
    Status withdraw(const NominationOutcome &outcome);

private:
    const ServiceContext &m_context;
};

} // namespace ad
