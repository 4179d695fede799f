// server init / server push: a programme on a PostgreSQL server.
#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Formatting.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresUrl.h"
#include "storage/ProgrammeCopy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ad {

namespace {

// The address a server command works on is its argument; --database would name
// a second one, and which one was meant is a guess this command does not make.
std::optional<ExitCode> refuseDatabaseOption(const Invocation &invocation, CliOutput &output)
{
    if (invocation.databasePath.isEmpty())
        return std::nullopt;
    return output.usageError(Cli::tr("'%1' takes the server address as its argument; leave out --database.")
                                 .arg(invocation.command->name),
                             invocation.command->name);
}

std::optional<ExitCode> refuseNonServer(const QString &address, const Invocation &invocation,
                                        CliOutput &output)
{
    if (PostgresUrl::isServerAddress(address))
        return std::nullopt;
    return output.usageError(Cli::tr("“%1” is not a server address: write it as "
                                     "postgresql://USER@HOST[:PORT]/DATABASE.")
                                 .arg(address),
                             invocation.command->name);
}

// The local programme to push, opened read-only when it is current, else
// through an ordinary open, which upgrades it (after a backup) as any open does.
Result<std::unique_ptr<Database>> openSource(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Opening creates a missing file: a mistyped name must not become a new programme.
    if (!QFileInfo::exists(absolute))
        return makeError(ErrorKind::NotFound, Cli::tr("There is no database at “%1”.").arg(absolute));
    if (QFileInfo(absolute).isFile() && QFileInfo(absolute).size() == 0)
        return makeError(ErrorKind::NotADatabase,
                         Cli::tr("“%1” is empty, not an Advocate Desk database.").arg(absolute));
    Result<std::unique_ptr<Database>> readOnly = Database::open(absolute, Database::Access::ReadOnly);
    if (readOnly || readOnly.error().kind != ErrorKind::Storage)
        return readOnly;
    return Database::open(absolute);
}

} // namespace

ExitCode runServerInit(const Invocation &invocation, CliOutput &output)
{
    const QString address = invocation.arguments.first();
    if (auto refused = refuseDatabaseOption(invocation, output))
        return *refused;
    if (auto refused = refuseNonServer(address, invocation, output))
        return *refused;
    Result<std::unique_ptr<Database>> opened =
        Database::open(address, Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
    if (!opened)
        return output.refused(opened.error());
    Database &db = **opened;
    if (const int schema = db.schemaVersion(); schema != 0)
        return output.refused(
            makeError(ErrorKind::Duplicate,
                      Cli::tr("“%1” is already an Advocate Desk programme (schema %2); nothing was changed.")
                          .arg(db.path())
                          .arg(schema)));
    if (Status created = migrate(db); !created)
        return output.refused(created.error());
    output.result(Cli::tr("Created an empty Advocate Desk programme in “%1” (schema %2). Fill it with "
                          "'%3 server push FILE.sqlite %1', or work on it with --database %1.")
                      .arg(db.path())
                      .arg(db.schemaVersion())
                      .arg(Cli::programName()),
                  QJsonObject{{QStringLiteral("database"), db.path()},
                              {QStringLiteral("schema"), db.schemaVersion()},
                              {QStringLiteral("created"), true}});
    return ExitCode::Success;
}

ExitCode runServerPush(const Invocation &invocation, CliOutput &output)
{
    const QString file = invocation.arguments.at(0);
    const QString address = invocation.arguments.at(1);
    if (auto refused = refuseDatabaseOption(invocation, output))
        return *refused;
    if (PostgresUrl::isServerAddress(file))
        return output.usageError(
            Cli::tr("The first argument is the local programme file (FILE.sqlite), not a server address."),
            invocation.command->name);
    if (auto refused = refuseNonServer(address, invocation, output))
        return *refused;

    Result<std::unique_ptr<Database>> source = openSource(file);
    if (!source)
        return output.refused(source.error());
    Result<std::unique_ptr<Database>> target =
        Database::open(address, Database::Access::ReadWrite, Database::WhenEmpty::StaysEmpty);
    if (!target)
        return output.refused(target.error());
    if (output.showsProgress())
        output.progress(Cli::tr("Copying “%1” to “%2”…").arg((*source)->path(), (*target)->path()));
    Result<QList<TableSummary>> copied = ProgrammeCopy::copy(**source, **target);
    output.endProgress();
    if (!copied)
        return output.refused(copied.error());

    qint64 rows = 0;
    QJsonArray tables;
    QList<QStringList> lines;
    for (const TableSummary &table : *copied) {
        rows += table.rows;
        tables << QJsonObject{{QStringLiteral("table"), table.table},
                              {QStringLiteral("rows"), table.rows},
                              {QStringLiteral("checksum"), table.checksum}};
        lines << QStringList{table.table, QString::number(table.rows), table.checksum.left(16)};
    }
    if (output.json()) {
        output.result({}, QJsonObject{{QStringLiteral("from"), (*source)->path()},
                                      {QStringLiteral("to"), (*target)->path()},
                                      {QStringLiteral("rows"), rows},
                                      {QStringLiteral("tables"), tables}});
        return ExitCode::Success;
    }
    for (const QString &line : alignedRows(lines, {1}))
        output.out() << line << Qt::endl;
    output.out() << Cli::tr("Copied %1 rows in %2 tables from “%3” to “%4”; each table's row count and "
                            "checksum were verified on the server before the commit.")
                        .arg(rows)
                        .arg(copied->size())
                        .arg((*source)->path(), (*target)->path())
                 << Qt::endl;
    return ExitCode::Success;
}

} // namespace ad
