#pragma once

#include "domain/Enums.h"
#include "rules/ProgrammeRules.h"
#include "util/ListHead.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ad {

struct ServiceContext;

struct PendingAsk
{
    QString requestId;
    QString advocateId;
    QString advocateName;
    QString request; // opportunity, or the prospect when there is none
    QString activity;
    QDate askedOn;
};

struct UntouchedAdvocate
{
    QString advocateId;
    QString name;
    QString accountName;
    QDate lastTouch; // null: never touched
};

struct StuckNomination
{
    QString advocateId;
    QString nominationId;
    QString name;
    QString accountName;
    NominationStatus status = NominationStatus::Nominated;
    QDate since;
};

// What a CSM's day is made of besides follow-up debt: asks waiting for an
// answer, enrolled advocates nobody has talked to lately, and nominations
// stuck in one status. An empty owner id means the whole team.
class MyDayService
{
public:
    MyDayService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    Result<QList<PendingAsk>> pendingAsks(const QString &ownerId = {}) const;
    Result<QList<UntouchedAdvocate>> untouched(const QString &ownerId = {}) const;
    Result<QList<StuckNomination>> stuckNominations(const QString &ownerId = {}) const;

    // The first `limit` rows of each list and its size, as My Day shows them:
    // what lies beyond the limit is counted, not read.
    Result<ListHead<PendingAsk>> pendingAsks(const QString &ownerId, int limit) const;
    Result<ListHead<UntouchedAdvocate>> untouched(const QString &ownerId, int limit) const;
    Result<ListHead<StuckNomination>> stuckNominations(const QString &ownerId, int limit) const;

private:
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
