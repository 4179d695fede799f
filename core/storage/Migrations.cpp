#include "Migrations.h"

#include "Database.h"
#include "DefaultCatalogue.h"
#include "PostgresSchema.h"
#include "ApplicationId.h"
#include "Schema.h"
#include "SchemaIndexes.h"
#include "SchemaLargeProgrammes.h"
#include "SchemaProtection.h"
#include "SchemaSettings.h"
#include "SchemaSync.h"
#include "SqlQuery.h"
#include "WriteTransaction.h"

#include <QCoreApplication>

#include <span>

namespace ad {

namespace {

struct Migration
{
    int version;
    QStringList (*statements)();
    Status (*seed)(Database &); // data the step brings, or nullptr
};

// Append only: a released step never changes, a new schema is a new step.
constexpr Migration kMigrations[] = {
    {1, &schema::version1, &seedDefaultActivityTypes},
    {2, &schema::version2, nullptr},
    {3, &schema::version3, nullptr},
    {4, &schema::version4, nullptr},
    {5, &schema::version5, nullptr},
    {6, &schema::version6, nullptr},
    {7, &schema::version7, nullptr},
    {8, &schema::version8, &schema::recomputeEmailKeys},
};

// PostgreSQL's steps carry the same numbers, so that a version means the same
// programme shape on both. No server database predates version 8: its first
// step creates the whole schema of 8 (docs/storage-seam.md).
constexpr Migration kPostgresMigrations[] = {
    {8, &schema::postgres::baseline, &seedDefaultActivityTypes},
};

Status recordVersion(Database &db, int version)
{
    if (db.backend() == Backend::Postgres) {
        SqlQuery update(db, QStringLiteral("UPDATE advocatedesk_schema SET version = ?"));
        update.bind(version);
        return update.exec();
    }
    // PRAGMA takes no bound values; the number is ours, never user text.
    return execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace

int latestSchemaVersion()
{
    static_assert(std::size(kMigrations) > 0 && std::size(kPostgresMigrations) > 0);
    static_assert(kMigrations[std::size(kMigrations) - 1].version
                      == kPostgresMigrations[std::size(kPostgresMigrations) - 1].version,
                  "every schema version has a step on both backends");
    return kMigrations[std::size(kMigrations) - 1].version;
}

Status migrate(Database &db)
{
    const int from = db.schemaVersion();
    if (from >= latestSchemaVersion())
        return {};
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    const bool postgres = db.backend() == Backend::Postgres;
    const auto *first = postgres ? std::begin(kPostgresMigrations) : std::begin(kMigrations);
    const auto *last = postgres ? std::end(kPostgresMigrations) : std::end(kMigrations);
    for (const Migration &migration : std::span(first, last)) {
        if (migration.version <= from)
            continue;
        for (const QString &statement : migration.statements()) {
            if (Status status = execSql(db, statement); !status)
                return makeError(status.error().kind,
                                 QCoreApplication::translate("ad::Database", "Upgrading the database to schema %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(status.error().message));
        }
        if (migration.seed) {
            if (Status status = migration.seed(db); !status)
                return status;
        }
        if (Status status = recordVersion(db, migration.version); !status)
            return status;
    }
    if (postgres)
        return transaction.commit(); // the baseline wrote the application id
    if (Status status = execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kAdvocateDeskApplicationId));
        !status)
        return status;
    return transaction.commit();
}

} // namespace ad
