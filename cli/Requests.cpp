// request new / show / match / ask / answer: sales asks, matched against ask protection.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ad {

namespace {

// --segment takes the stored key or the display name ("mid_market", "Mid-market").
std::optional<QString> segmentKey(const QString &text)
{
    const QString wanted = text.trimmed();
    for (Segment segment : allSegmentValues())
        if (wanted.compare(keyOf(segment), Qt::CaseInsensitive) == 0 ||
            wanted.compare(displayName(segment), Qt::CaseInsensitive) == 0)
            return keyOf(segment);
    return std::nullopt;
}

QJsonObject matchToJson(const MatchResult &result)
{
    QJsonArray candidates;
    for (const MatchCandidate &candidate : result.candidates)
        candidates << QJsonObject{{QStringLiteral("email"), candidate.email},
                                  {QStringLiteral("score"), candidate.score},
                                  {QStringLiteral("why"), candidate.why}};
    QJsonArray excluded;
    for (const MatchExclusion &exclusion : result.excluded)
        excluded << QJsonObject{{QStringLiteral("email"), exclusion.email},
                                {QStringLiteral("reason"), exclusion.text}};
    return QJsonObject{{QStringLiteral("candidates"), candidates}, {QStringLiteral("excluded"), excluded}};
}

QString answerKey(AskAnswer answer)
{
    return answer == AskAnswer::Accepted   ? QStringLiteral("accepted")
           : answer == AskAnswer::Declined ? QStringLiteral("declined")
                                           : QStringLiteral("pending");
}

QJsonValue optionalDay(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

ExitCode runRequestShow(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Services &services = (*context)->services();
    Result<Request> request = services.requests().get(invocation.arguments.first());
    if (!request)
        return output.refused(request.error());
    Result<ActivityType> type = services.activityTypes().get(request->activityTypeId);
    if (!type)
        return output.refused(type.error());
    Result<QList<AskDetail>> asks = services.requests().askDetails(request->id);
    if (!asks)
        return output.refused(asks.error());

    if (invocation.has(QStringLiteral("--json"))) {
        QJsonArray asked;
        for (const AskDetail &detail : std::as_const(*asks))
            asked << QJsonObject{{QStringLiteral("email"), detail.advocateEmail},
                                 {QStringLiteral("name"), detail.advocateName},
                                 {QStringLiteral("owner"), detail.ownerName},
                                 {QStringLiteral("asked_on"), optionalDay(detail.ask.askedOn)},
                                 {QStringLiteral("answer"), answerKey(detail.ask.answer)},
                                 {QStringLiteral("answered_on"), optionalDay(detail.ask.answeredOn)},
                                 {QStringLiteral("contribution_id"), detail.contributionId.isEmpty()
                                                                          ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(detail.contributionId)}};
        const QJsonObject json{{QStringLiteral("id"), request->id},
                               {QStringLiteral("status"), keyOf(request->status)},
                               {QStringLiteral("activity"), type->name},
                               {QStringLiteral("prospect"), request->prospectCompany},
                               {QStringLiteral("opportunity"), request->opportunity},
                               {QStringLiteral("requester"), request->requester},
                               {QStringLiteral("needed_by"), optionalDay(request->neededBy)},
                               {QStringLiteral("asks"), asked}};
        output.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    QList<QStringList> facts{
        {Cli::tr("Prospect"), request->prospectCompany},
        {Cli::tr("Opportunity"), request->opportunity},
        {Cli::tr("Activity"), type->name},
        {Cli::tr("Status"), displayName(request->status)},
        {Cli::tr("Needed by"), request->neededBy.isValid() ? request->neededBy.toString(Qt::ISODate) : Cli::tr("none")},
        {Cli::tr("Requester"), request->requester},
    };
    for (const QString &line : alignedRows(facts))
        output.out() << line << Qt::endl;
    output.out() << Cli::tr("Asked (%1):").arg(asks->size()) << Qt::endl;
    QList<QStringList> rows;
    for (const AskDetail &detail : std::as_const(*asks)) {
        const Ask &ask = detail.ask;
        QString answer = ask.answer == AskAnswer::Accepted   ? Cli::tr("accepted on %1").arg(ask.answeredOn.toString(Qt::ISODate))
                         : ask.answer == AskAnswer::Declined ? Cli::tr("declined on %1").arg(ask.answeredOn.toString(Qt::ISODate))
                                                             : Cli::tr("pending");
        if (!detail.contributionId.isEmpty())
            answer = Cli::tr("%1; contributed on %2").arg(answer, detail.contributedOn.toString(Qt::ISODate));
        rows << QStringList{detail.advocateEmail,
                            detail.ownerName.isEmpty() ? Cli::tr("no owner") : Cli::tr("owner %1").arg(detail.ownerName),
                            Cli::tr("asked %1").arg(ask.askedOn.toString(Qt::ISODate)), answer};
    }
    for (const QString &line : alignedRows(rows))
        output.out() << QStringLiteral("  ") << line << Qt::endl;
    return ExitCode::Success;
}

ExitCode runRequestNew(const Invocation &invocation, CliOutput &output)
{
    const QString command = invocation.command->name;
    Request input;
    input.industry = invocation.value(QStringLiteral("--industry"));
    input.region = invocation.value(QStringLiteral("--region"));
    input.product = invocation.value(QStringLiteral("--product"));
    input.requester = invocation.value(QStringLiteral("--requester"));
    input.opportunity = invocation.value(QStringLiteral("--opportunity"));
    if (invocation.has(QStringLiteral("--segment"))) {
        const std::optional<QString> key = segmentKey(invocation.value(QStringLiteral("--segment")));
        if (!key)
            return output.usageError(Cli::tr("--segment is smb, mid_market or enterprise, not “%1”.")
                                         .arg(invocation.value(QStringLiteral("--segment"))),
                                     command);
        input.segment = *key;
    }
    if (invocation.has(QStringLiteral("--needed-by"))) {
        input.neededBy = QDate::fromString(invocation.value(QStringLiteral("--needed-by")), Qt::ISODate);
        if (!input.neededBy.isValid())
            return output.usageError(Cli::tr("--needed-by needs a date such as 2026-07-01, not “%1”.")
                                         .arg(invocation.value(QStringLiteral("--needed-by"))),
                                     command);
    }
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Services &services = (*context)->services();
    const QString activity = invocation.value(QStringLiteral("--activity"));
    Result<std::optional<ActivityType>> type = services.activityTypes().find(activity);
    if (!type)
        return output.refused(type.error());
    if (!type->has_value())
        return output.refused(Cli::tr("There is no activity type “%1”.").arg(activity));
    input.activityTypeId = (*type)->id;
    Result<Request> request = services.requests().create(input);
    if (!request)
        return output.refused(request.error());
    output.result(request->id, QJsonObject{{QStringLiteral("id"), request->id}});
    return ExitCode::Success;
}

ExitCode runRequestMatch(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<MatchResult> result = (*context)->services().matcher().match(invocation.arguments.first());
    if (!result)
        return output.refused(result.error());

    if (invocation.has(QStringLiteral("--json"))) {
        output.out() << QString::fromUtf8(
            QJsonDocument(matchToJson(*result)).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    output.out() << Cli::tr("Candidates (%1):").arg(result->candidates.size()) << Qt::endl;
    QList<QStringList> rows;
    for (const MatchCandidate &candidate : std::as_const(result->candidates))
        rows << QStringList{QString::number(candidate.score), candidate.email, candidate.why};
    for (const QString &line : alignedRows(rows, {0}))
        output.out() << QStringLiteral("  ") << line << Qt::endl;
    output.out() << Cli::tr("Excluded (%1):").arg(result->excluded.size()) << Qt::endl;
    rows.clear();
    for (const MatchExclusion &exclusion : std::as_const(result->excluded))
        rows << QStringList{exclusion.email, exclusion.text};
    for (const QString &line : alignedRows(rows))
        output.out() << QStringLiteral("  ") << line << Qt::endl;
    return ExitCode::Success;
}

ExitCode runRequestAsk(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<Advocate> advocate = (*context)->advocateByEmail(invocation.arguments.at(1));
    if (!advocate)
        return output.refused(advocate.error());
    Result<Ask> ask = (*context)->services().requests().recordAsk(invocation.arguments.first(), advocate->id);
    if (!ask)
        return output.refused(ask.error());
    output.result(ask->id, QJsonObject{{QStringLiteral("id"), ask->id},
                                       {QStringLiteral("request_id"), invocation.arguments.first()},
                                       {QStringLiteral("advocate_id"), advocate->id},
                                       {QStringLiteral("email"), advocate->email}});
    return ExitCode::Success;
}

ExitCode runRequestAnswer(const Invocation &invocation, CliOutput &output)
{
    const QString word = invocation.arguments.at(2).toLower();
    if (word != QLatin1String("accepted") && word != QLatin1String("declined"))
        return output.usageError(
            Cli::tr("The answer is “accepted” or “declined”, not “%1”.").arg(invocation.arguments.at(2)),
            invocation.command->name);
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<Advocate> advocate = (*context)->advocateByEmail(invocation.arguments.at(1));
    if (!advocate)
        return output.refused(advocate.error());
    const AskAnswer answer = word == QLatin1String("accepted") ? AskAnswer::Accepted : AskAnswer::Declined;
    Status status = (*context)->services().requests().answer(
        invocation.arguments.first(), advocate->id, answer, invocation.value(QStringLiteral("--reason")));
    if (!status)
        return output.refused(status.error());
    if (output.json())
        output.result({}, QJsonObject{{QStringLiteral("request_id"), invocation.arguments.first()},
                                      {QStringLiteral("advocate_id"), advocate->id},
                                      {QStringLiteral("email"), advocate->email},
                                      {QStringLiteral("answer"), word}});
    return ExitCode::Success;
}

} // namespace ad
