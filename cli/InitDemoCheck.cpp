// init, demo and check: commands about the database file as a whole.
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "demo/DemoGenerator.h"
#include "storage/Migrations.h"
#include "storage/PostgresUrl.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ad {

namespace {

std::optional<int> positiveNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

QHash<QString, qint64> countsByKey(Services &services)
{
    QHash<QString, qint64> byKey;
    if (Result<QList<QPair<QString, qint64>>> counts = services.stats().counts()) {
        for (const auto &[key, count] : *counts)
            byKey.insert(key, count);
    }
    return byKey;
}

QString countsLine(const QHash<QString, qint64> &byKey, quint64 seed)
{
    if (byKey.isEmpty())
        return Cli::tr("Created a demo programme (seed %1).").arg(seed);
    return Cli::tr("Created a demo programme (seed %1): %2 accounts, %3 advocates, %4 nominations, "
                   "%5 NPS responses, %6 contributions, %7 requests.")
        .arg(seed)
        .arg(byKey.value(QStringLiteral("accounts")))
        .arg(byKey.value(QStringLiteral("advocates")))
        .arg(byKey.value(QStringLiteral("nominations")))
        .arg(byKey.value(QStringLiteral("nps_responses")))
        .arg(byKey.value(QStringLiteral("contributions")))
        .arg(byKey.value(QStringLiteral("requests")));
}

} // namespace

namespace {

// init on a server: the schema goes into an empty database; one that already
// is a programme is left as it is, as a file is.
Result<QPair<QString, bool>> initServer(const QString &address)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(address, Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
    if (!db)
        return db.error();
    const bool existed = (*db)->schemaVersion() > 0;
    if (!existed) {
        if (Status created = migrate(**db); !created)
            return created.error();
    }
    return qMakePair((*db)->path(), existed);
}

} // namespace

ExitCode runInit(const Invocation &invocation, CliOutput &output)
{
    const QString given = CliContext::databasePath(invocation);
    QString path;
    bool existed = false;
    if (PostgresUrl::isServerAddress(given)) {
        Result<QPair<QString, bool>> initialised = initServer(given);
        if (!initialised)
            return output.refused(initialised.error());
        path = initialised->first;
        existed = initialised->second;
    } else {
        path = QFileInfo(given).absoluteFilePath();
        // An empty file is what a new database starts as, so it counts as "created".
        existed = QFileInfo(path).size() > 0;
    }
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Create);
    if (!context)
        return output.refused(context.error());
    const int schema = (*context)->database().schemaVersion();
    const QJsonObject json{{QStringLiteral("database"), path},
                           {QStringLiteral("schema"), schema},
                           {QStringLiteral("created"), !existed}};
    if (existed)
        output.result(Cli::tr("“%1” is already an Advocate Desk database (schema %2).").arg(path).arg(schema), json);
    else
        output.result(Cli::tr("Created an empty Advocate Desk database at “%1” (schema %2).").arg(path).arg(schema),
                      json);
    return ExitCode::Success;
}

ExitCode runDemo(const Invocation &invocation, CliOutput &output)
{
    const QString name = invocation.command->name;
    DemoOptions options;
    const std::optional<int> advocates = positiveNumber(invocation.value(QStringLiteral("--advocates")));
    if (!advocates)
        return output.usageError(Cli::tr("--advocates needs a whole number of at least 1, not “%1”.")
                                     .arg(invocation.value(QStringLiteral("--advocates"))),
                                 name);
    options.advocates = *advocates;
    if (invocation.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = invocation.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return output.usageError(Cli::tr("--seed needs a whole number of 0 or more, not “%1”.")
                                         .arg(invocation.value(QStringLiteral("--seed"))),
                                     name);
    }

    options.exactProportions = invocation.has(QStringLiteral("--exact-proportions"));

    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Create);
    if (!context)
        return output.refused(context.error());
    CliContext &cli = **context;

    DemoGenerator generator(cli.database(), cli.clock());
    DemoGenerator::Progress progress;
    if (output.showsProgress()) {
        progress = [&output](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            output.progress(Cli::tr("Generating demo data… %1%").arg(percent));
            return true;
        };
    }
    const Status generated = generator.generate(options, progress);
    output.endProgress();
    if (!generated)
        return output.refused(generated.error());
    const QHash<QString, qint64> counts = countsByKey(cli.services());
    QJsonObject json{{QStringLiteral("seed"), QString::number(options.seed)}};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    output.result(countsLine(counts, options.seed), json);
    return ExitCode::Success;
}

ExitCode runCheck(const Invocation &invocation, CliOutput &output)
{
    Result<std::unique_ptr<CliContext>> context = CliContext::open(invocation, CliContext::IfMissing::Refuse);
    if (!context)
        return output.refused(context.error());
    Database &database = (*context)->database();
    Result<QStringList> problems = database.integrityProblems();
    if (!problems)
        return output.refused(problems.error());
    if (output.json()) {
        output.result({}, QJsonObject{{QStringLiteral("database"), database.path()},
                                      {QStringLiteral("schema"), database.schemaVersion()},
                                      {QStringLiteral("current_schema"), Database::currentSchemaVersion()},
                                      {QStringLiteral("ok"), problems->isEmpty()},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
        return problems->isEmpty() ? ExitCode::Success : ExitCode::Refused;
    }
    output.out() << Cli::tr("Database: %1").arg(database.path()) << Qt::endl;
    output.out() << Cli::tr("Schema version: %1 (this version writes %2)")
                        .arg(database.schemaVersion())
                        .arg(Database::currentSchemaVersion())
                 << Qt::endl;
    if (problems->isEmpty()) {
        output.out() << Cli::tr("Integrity: ok") << Qt::endl;
        return ExitCode::Success;
    }
    output.out() << Cli::tr("Integrity: %n problems", nullptr, int(problems->size())) << Qt::endl;
    for (const QString &problem : *problems)
        output.out() << QStringLiteral("  ") << problem << Qt::endl;
    return output.refused(Cli::tr("The database has %n problems.", nullptr, int(problems->size())));
}

} // namespace ad
