#include "SyncExporter.h"

#include "UserFile.h"
#include "SyncSignature.h"
#include "SyncTables.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ad {

Result<QString> SyncExporter::lastExportAt() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT max(exported_at) FROM sync_exports"));
    Result<QVariant> at = scalar(query);
    if (!at)
        return at.error();
    return at->isNull() ? QString() : at->toString();
}

Result<QJsonObject> SyncExporter::build(const QString &since) const
{
    QJsonObject tables;
    int rows = 0;
    for (const QString &table : SyncTables::ordered()) {
        Result<QStringList> columns = SyncTables::columns(m_context.db, table);
        if (!columns)
            return columns.error();
        // Table and column names come from the schema, never from the user.
        SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM %2 WHERE CAST(? AS TEXT) IS NULL OR updated_at >= ? "
                                                    "ORDER BY updated_at, id")
                                         .arg(columns->join(QStringLiteral(", ")), table));
        // The catalogues travel whole: small, and every later row refers to them.
        const bool catalogue = table == QLatin1String("users") || table == QLatin1String("activity_types");
        const QVariant from = since.isEmpty() || catalogue ? sqlNull() : QVariant(since);
        query.bind(from).bind(from);
        if (Status status = query.exec(); !status)
            return status.error();
        QJsonArray array;
        while (query.next()) {
            QJsonObject row;
            for (int c = 0; c < columns->size(); ++c)
                row.insert(columns->at(c), query.value(c).isNull() ? QJsonValue() // SQL NULL, not ""
                                                                  : QJsonValue::fromVariant(query.value(c)));
            array << row;
        }
        rows += array.size();
        tables.insert(table, array);
    }
    Result<QSet<QString>> erased = SyncTables::erasedAdvocates(m_context.db);
    if (!erased)
        return erased.error();
    QStringList erasedIds(erased->begin(), erased->end());
    erasedIds.sort();
    const QJsonObject bundle{{QStringLiteral("format"), formatName()},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("bundle_id"), newId()},
                       {QStringLiteral("exported_at"), time::toStorage(m_context.clock.now())},
                       {QStringLiteral("exported_by"), m_context.actor},
                       {QStringLiteral("schema_version"), m_context.db.schemaVersion()},
                       {QStringLiteral("since"), since.isEmpty() ? QJsonValue() : QJsonValue(since)},
                       {QStringLiteral("row_count"), rows},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("erased_advocates"), QJsonArray::fromStringList(erasedIds)}};
    return SyncSignature(m_context).sign(bundle);
}

Result<SyncExporter::Summary> SyncExporter::write(const QString &path, bool full) const
{
    Result<QString> since = full ? Result<QString>(QString()) : lastExportAt();
    if (!since)
        return since.error();
    Result<QJsonObject> bundle = build(*since);
    if (!bundle)
        return bundle.error();
    if (Status status = UserFile::write(path, QJsonDocument(*bundle).toJson(QJsonDocument::Indented),
                                          UserFile::Contents::PersonalData);
        !status)
        return status.error();

    const Summary summary{bundle->value(QStringLiteral("bundle_id")).toString(), *since,
                          bundle->value(QStringLiteral("row_count")).toInt()};
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery record(m_context.db, QStringLiteral("INSERT INTO sync_exports (id, exported_at, since, row_count, "
                                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    record.bind(summary.bundleId).bind(bundle->value(QStringLiteral("exported_at")).toString());
    record.bind(nullIfEmpty(*since)).bind(summary.rows).bind(now).bind(now);
    if (Status status = record.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace ad
