// stats and search: read-only views over the whole programme.
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

constexpr int kDefaultSearchLimit = 50;

QJsonObject hitToJson(const SearchHit &hit)
{
    return QJsonObject{{QStringLiteral("id"), hit.advocateId},       {QStringLiteral("name"), hit.name},
                       {QStringLiteral("email"), hit.email},         {QStringLiteral("title"), hit.title},
                       {QStringLiteral("account"), hit.accountName}, {QStringLiteral("rank"), hit.rank}};
}

// "Mei Ling Tan <mei@acme.example> — Head of Operations, Acme Sdn Bhd"
QString hitToLine(const SearchHit &hit)
{
    const QString who = Cli::tr("%1 <%2>").arg(hit.name, hit.email);
    QStringList where;
    if (!hit.title.isEmpty())
        where << hit.title;
    if (!hit.accountName.isEmpty())
        where << hit.accountName;
    return where.isEmpty() ? who : Cli::tr("%1 — %2").arg(who, where.join(QStringLiteral(", ")));
}

} // namespace

ExitCode runStats(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Result<QList<QPair<QString, qint64>>> counts = (*context)->services().stats().counts();
    if (!counts)
        return output.refused(counts.error());

    if (invocation.has(QStringLiteral("--json"))) {
        QList<QPair<QString, QJsonValue>> members;
        for (const auto &[key, count] : *counts)
            members << qMakePair(key, QJsonValue(count));
        output.out() << jsonObjectInOrder(members) << Qt::endl;
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const auto &[key, count] : *counts)
        rows << QStringList{StatsService::displayName(key), QString::number(count)};
    for (const QString &line : alignedRows(rows, {1}))
        output.out() << line << Qt::endl;
    return ExitCode::Success;
}

ExitCode runSearch(const Invocation &invocation, CliOutput &output)
{
    int limit = kDefaultSearchLimit;
    if (invocation.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = invocation.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1)
            return output.usageError(Cli::tr("--limit needs a whole number of at least 1, not “%1”.")
                                         .arg(invocation.value(QStringLiteral("--limit"))),
                                     invocation.command->name);
    }
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    const QString text = invocation.arguments.join(QLatin1Char(' '));
    Result<QList<SearchHit>> hits = (*context)->services().search().search(text, limit);
    if (!hits)
        return output.refused(hits.error());

    if (invocation.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array << hitToJson(hit);
        output.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    for (const SearchHit &hit : *hits)
        output.out() << hitToLine(hit) << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
