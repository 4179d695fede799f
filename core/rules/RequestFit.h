#pragma once

#include "AskProtection.h"
#include "domain/Request.h"

#include <QList>
#include <QStringList>

namespace ad {

// How well an advocate's account fits what a request asks for. Criteria the request
// leaves empty are not criteria; those it names but the account misses are
// "loosened" — the advocate stays a candidate, ranked lower.
struct RequestFit
{
    int percent = 100;    // share of the named criteria's weight that matched
    QStringList matched;  // "industry Logistics"
    QStringList loosened; // "region EMEA"
};

RequestFit fitOf(const Request &request, const AdvocateFacts &facts, const ProgrammeRules &rules);

// 0..100: fit and readiness blended by rules.fitSharePercent.
int matchScore(int fitPercent, int readiness, const ProgrammeRules &rules);

struct MatchCandidate
{
    QString advocateId;
    QString name;
    QString email;
    QString accountName;
    QString ownerName; // the owner CSM
    int score = 0;
    int fitPercent = 0;
    int readiness = 0;
    QStringList matched;
    QStringList loosened;
    int asksInFairnessWindow = 0;
    int countedAsksInCapWindow = 0; // asks used of the ask cap
    QString why; // the explanation shown to the user
};

MatchCandidate candidateFrom(const Request &request, const AdvocateFacts &facts, const ProgrammeRules &rules);

// Best score first; among equal scores the advocate asked least in the fairness
// window first (so the same few are not asked every time), then by email so the
// order never depends on the database's row order.
void rankCandidates(QList<MatchCandidate> &candidates);

} // namespace ad
