#pragma once

#include "util/Result.h"

namespace ad {

struct ServiceContext;

// What Undo may take back after it was recorded. Asks, answers, requests and
// nominations are taken back by their own services, which know the pipeline
// steps that came with them.
enum class RecordKind
{
    Touch,
    Note,
    Contribution,
    Appreciation,
    Referral,
    Feedback
};

// Takes back a record that was just made (Edit → Undo). The row goes in one
// transaction; the search index follows through its triggers, and a thank-you
// that named a withdrawn contribution keeps its date and kind (the schema sets
// its link to NULL).
class Withdrawal
{
public:
    // What every undo says when what it would take back is gone already.
    static Error nothingToUndo();

    explicit Withdrawal(const ServiceContext &context) : m_context(context) {}

    Status withdraw(RecordKind kind, const QString &id);

private:
    const ServiceContext &m_context;
};

} // namespace ad
