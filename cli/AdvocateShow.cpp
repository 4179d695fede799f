// advocate show: one advocate's profile and timeline.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"
#include "rules/Readiness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace ad {

namespace {

// Everything `advocate show` prints, read before anything is printed so a failed
// read never leaves half a profile on stdout.
struct AdvocateProfile
{
    Advocate advocate;
    QString accountName;
    std::optional<NpsResponse> latestNps;
    QList<Consent> consents;
    std::optional<Nomination> nomination;
    QList<TimelineEntry> timeline;
};

Result<AdvocateProfile> loadProfile(CliContext &context, const QString &email)
{
    Services &services = context.services();
    AdvocateProfile profile;
    Result<Advocate> advocate = context.advocateByEmail(email);
    if (!advocate)
        return advocate.error();
    profile.advocate = *advocate;
    const QString id = profile.advocate.id;

    Result<Account> account = services.accounts().get(profile.advocate.accountId);
    if (!account)
        return account.error();
    profile.accountName = account->name;
    Result<std::optional<NpsResponse>> latest = services.nps().latest(id);
    if (!latest)
        return latest.error();
    profile.latestNps = *latest;
    Result<QList<Consent>> consents = services.advocates().consents(id);
    if (!consents)
        return consents.error();
    profile.consents = *consents;
    Result<std::optional<Nomination>> nomination = services.nominations().forAdvocate(id);
    if (!nomination)
        return nomination.error();
    profile.nomination = *nomination;
    Result<QList<TimelineEntry>> timeline = services.timeline().forAdvocate(id);
    if (!timeline)
        return timeline.error();
    profile.timeline = *timeline;
    return profile;
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString momentText(const TimelineEntry &entry)
{
    if (entry.dateOnly)
        return dayText(entry.at.toUTC().date());
    return Cli::tr("%1 UTC").arg(entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("nomination"), QT_TRANSLATE_NOOP("ad::Cli", "Nomination")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ad::Cli", "Status")},
        {QStringLiteral("nps"), QT_TRANSLATE_NOOP("ad::Cli", "NPS")},
        {QStringLiteral("touch"), QT_TRANSLATE_NOOP("ad::Cli", "Touch")},
        {QStringLiteral("contribution"), QT_TRANSLATE_NOOP("ad::Cli", "Contribution")},
        {QStringLiteral("appreciation"), QT_TRANSLATE_NOOP("ad::Cli", "Appreciation")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ad::Cli", "Note")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("ad::Cli", "Change")},
    };
    const char *label = labels.value(kind);
    return label ? Cli::tr(label) : kind;
}

QString consentText(const Consent &consent)
{
    const QString asset = displayName(consent.asset);
    return consent.expiresOn.isValid() ? Cli::tr("%1 (until %2)").arg(asset, dayText(consent.expiresOn))
                                       : asset;
}

QString currentConsents(const AdvocateProfile &profile, const QDate &today)
{
    QStringList current;
    for (const Consent &consent : profile.consents)
        if (consent.isCurrentOn(today))
            current << consentText(consent);
    return current.isEmpty() ? Cli::tr("none") : current.join(QStringLiteral(", "));
}

QString journeyText(int stage)
{
    return Cli::tr("%1 · %2").arg(stage).arg(journeyStageName(stage));
}

void printProfile(QTextStream &out, const AdvocateProfile &profile, const QDate &today)
{
    const Advocate &a = profile.advocate;
    const QString nps =
        profile.latestNps
            ? Cli::tr("%1 on %2").arg(profile.latestNps->score).arg(dayText(profile.latestNps->respondedOn))
            : Cli::tr("none");
    const QString nomination = profile.nomination
                                   ? Cli::tr("%1 since %2")
                                         .arg(displayName(profile.nomination->status),
                                              dayText(profile.nomination->statusChangedAt.toUTC().date()))
                                   : Cli::tr("not nominated");
    const QList<QStringList> header{
        {Cli::tr("Name"), a.name},
        {Cli::tr("Email"), a.email},
        {Cli::tr("Title"), a.title},
        {Cli::tr("Account"), profile.accountName},
        {Cli::tr("Tier"), displayName(a.tier)},
        {Cli::tr("Journey stage"), journeyText(a.journeyStage)},
        {Cli::tr("Latest NPS"), nps},
        {Cli::tr("Readiness"), Cli::tr("%1 / 100").arg(readinessScore(a.signalValues))},
        {Cli::tr("Consents"), currentConsents(profile, today)},
        {Cli::tr("Nomination"), nomination},
    };
    for (const QString &line : alignedRows(header))
        out << line << Qt::endl;

    out << Qt::endl << Cli::tr("Timeline (newest first)") << Qt::endl;
    if (profile.timeline.isEmpty())
        out << QStringLiteral("  ") << Cli::tr("Nothing yet.") << Qt::endl;
    QList<QStringList> rows;
    for (const TimelineEntry &entry : profile.timeline)
        rows << QStringList{momentText(entry), kindLabel(entry.kind), entry.summary};
    for (const QString &line : alignedRows(rows))
        out << QStringLiteral("  ") << line << Qt::endl;
}

QJsonValue optionalDay(const QDate &day)
{
    return day.isValid() ? QJsonValue(dayText(day)) : QJsonValue(QJsonValue::Null);
}

QJsonObject profileToJson(const AdvocateProfile &profile, const QDate &today)
{
    const Advocate &a = profile.advocate;
    QJsonArray consents;
    for (const Consent &c : profile.consents)
        consents << QJsonObject{{QStringLiteral("asset"), keyOf(c.asset)},
                                {QStringLiteral("granted_on"), optionalDay(c.grantedOn)},
                                {QStringLiteral("expires_on"), optionalDay(c.expiresOn)},
                                {QStringLiteral("revoked_on"), optionalDay(c.revokedOn)},
                                {QStringLiteral("current"), c.isCurrentOn(today)}};
    QJsonValue latestNps(QJsonValue::Null);
    if (profile.latestNps)
        latestNps =
            QJsonObject{{QStringLiteral("score"), profile.latestNps->score},
                        {QStringLiteral("responded_on"), optionalDay(profile.latestNps->respondedOn)}};
    QJsonValue nomination(QJsonValue::Null);
    if (profile.nomination)
        nomination =
            QJsonObject{{QStringLiteral("id"), profile.nomination->id},
                        {QStringLiteral("status"), keyOf(profile.nomination->status)},
                        {QStringLiteral("status_changed_at"), isoUtc(profile.nomination->statusChangedAt)}};

    const QJsonObject advocate{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("account"), profile.accountName},
        {QStringLiteral("tier"), keyOf(a.tier)},
        {QStringLiteral("journey_stage"), a.journeyStage},
        {QStringLiteral("latest_nps"), latestNps},
        {QStringLiteral("readiness"), readinessScore(a.signalValues)},
        {QStringLiteral("consents"), consents},
        {QStringLiteral("nomination"), nomination},
    };
    QJsonArray timeline;
    for (const TimelineEntry &entry : profile.timeline)
        timeline << QJsonObject{{QStringLiteral("at"), isoUtc(entry.at)},
                                {QStringLiteral("kind"), entry.kind},
                                {QStringLiteral("summary"), entry.summary}};
    return QJsonObject{{QStringLiteral("advocate"), advocate}, {QStringLiteral("timeline"), timeline}};
}

} // namespace

ExitCode runAdvocateShow(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<AdvocateProfile> profile = loadProfile(**context, invocation.arguments.first());
    if (!profile)
        return output.refused(profile.error());

    const QDate today = (*context)->clock().today();
    if (invocation.has(QStringLiteral("--json")))
        output.out() << QString::fromUtf8(
            QJsonDocument(profileToJson(*profile, today)).toJson(QJsonDocument::Indented));
    else
        printProfile(output.out(), *profile, today);
    return ExitCode::Success;
}

} // namespace ad
