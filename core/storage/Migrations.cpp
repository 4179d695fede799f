#include "Migrations.h"

#include "Database.h"
#include "DefaultCatalogue.h"
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

namespace ad {

namespace {

struct Migration
{
    int version;
    QStringList (*statements)();
    Status (*seed)(Database &); // data the step brings, or nullptr
};

// Append only: a released step never changes, a new schema is a new step.
const Migration kMigrations[] = {
    {1, &schema::version1, &seedDefaultActivityTypes},
    {2, &schema::version2, nullptr},
    {3, &schema::version3, nullptr},
    {4, &schema::version4, nullptr},
    {5, &schema::version5, nullptr},
    {6, &schema::version6, nullptr},
    {7, &schema::version7, nullptr},
    {8, &schema::version8, &schema::recomputeEmailKeys},
};

} // namespace

int latestSchemaVersion()
{
    return std::size(kMigrations) == 0 ? 0 : kMigrations[std::size(kMigrations) - 1].version;
}

Status migrate(Database &db)
{
    const int from = db.schemaVersion();
    if (from >= latestSchemaVersion())
        return {};
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.error();
    for (const Migration &migration : kMigrations) {
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
        // PRAGMA takes no bound values; the number is ours, never user text.
        if (Status status = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !status)
            return status;
    }
    if (Status status = execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kAdvocateDeskApplicationId));
        !status)
        return status;
    return transaction.commit();
}

} // namespace ad
