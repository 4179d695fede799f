#pragma once

#include "ServiceContext.h"
#include "domain/Request.h"
#include "rules/ProgrammeRules.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ad {

// One ask as the request's detail shows it: who was asked (and who owns them),
// the answer, and for an accepted ask the contribution logged for the request
// and whether it was thanked.
struct AskDetail
{
    Ask ask;
    QString advocateName;
    QString advocateEmail;
    QString ownerName;      // the owner CSM; empty when nobody owns the advocate
    QString contributionId; // the latest contribution linked to this request, if any
    QDate contributedOn;
    int appreciations = 0; // thank-yous for that contribution
};

// How an accepted ask's change of the advocate's activity preference is
// audited: entity "ask", this field, values preferenceKey() ("" for not asked
// yet, "open", "not_open").
inline constexpr QLatin1String kActivityPreferenceField("activity_preference");
QString preferenceKey(std::optional<bool> openTo);
std::optional<bool> preferenceFromKey(const QString &key);

// Requests from sales and marketing, their pipeline and the asks they lead to.
// Every status change writes an audit event (entity "request", field "status").
class RequestService
{
public:
    RequestService(const ServiceContext &context, const ProgrammeRules &rules)
        : m_context(context), m_rules(rules)
    {
    }

    // Logs a new request (status New, opened today); `input.id` and `status` are ignored.
    Result<Request> create(const Request &input);
    Result<Request> get(const QString &id) const;
    // Newest first; only those in `status` when given.
    Result<QList<Request>> list(std::optional<RequestStatus> status = {}) const;
    // The same list a page at a time: `limit` requests from `offset`.
    Result<QList<Request>> page(std::optional<RequestStatus> status, int offset, int limit) const;
    Result<int> count(std::optional<RequestStatus> status = {}) const;
    // Where the request sits in list(status); -1 when it is not in it.
    Result<int> rowOf(std::optional<RequestStatus> status, const QString &requestId) const;
    // Moves along the pipeline when checkRequestMove allows it.
    Status move(const QString &requestId, RequestStatus to, const QString &reason = {});
    // Puts a request back exactly as `before` left it (status and timestamps),
    // whatever the pipeline rules say: this takes back a move, it is not one.
    // Writes an audit event with `reason`.
    Status revert(const Request &before, const QString &reason);
    // Whether move() would be allowed now: asked before anyone types a reason.
    Status checkMove(const QString &requestId, RequestStatus to) const;

    // Records that the advocate was asked, and moves the request to Asked. Refused
    // when the matcher excludes the advocate, unless a programme manager gives an
    // `overrideReason` (stored on the ask and in the audit log).
    Result<Ask> recordAsk(const QString &requestId, const QString &advocateId,
                          const QString &overrideReason = {});
    // The advocate's answer to a pending ask. Accepting moves the request to
    // Accepted and records that the advocate is open to the request's activity
    // type (on the profile's Preferences; audited on the ask, so that undoing the
    // answer puts the preference back as it was). A decline (kept with its reason, and blocking this activity type
    // for a while) moves it to Declined when nobody else is still in play.
    Status answer(const QString &requestId, const QString &advocateId, AskAnswer answer,
                  const QString &reason = {});
    // Oldest first.
    Result<QList<Ask>> asks(const QString &requestId) const;
    // The same asks with the names, owners and contributions the request's detail shows.
    Result<QList<AskDetail>> askDetails(const QString &requestId) const;

    // Undo. Each takes back one step in one transaction, with an audit event,
    // and puts the request back as `before` (read just before the step) left it.
    // An ask that was answered since is not taken back: undo the answer first.
    Status withdrawAsk(const QString &askId, const Request &before);
    // The ask is pending again, and an accepted ask's activity preference is
    // what it was before the answer.
    Status withdrawAnswer(const QString &askId, const Request &before);
    // A request nobody was asked for yet goes; one with asks is refused.
    Status withdraw(const QString &requestId);

private:
    // Writes one status change and its audit event; joins the caller's transaction.
    Status writeStatus(const Request &request, RequestStatus to, const QString &reason);
    Result<std::optional<Ask>> findAsk(const QString &requestId, const QString &advocateId) const;
    const ServiceContext &m_context;
    const ProgrammeRules &m_rules;
};

} // namespace ad
