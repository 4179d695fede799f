#include "SyncImporter.h"

#include "UserFile.h"

#include "PersonalData.h"
#include "SyncBundleCheck.h"
#include "SyncExporter.h"
#include "SyncTables.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Sync", text);
}

// JSON null must reach SQLite as NULL, not as an empty text.
QVariant fromJson(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? sqlNull() : value.toVariant();
}

// Text form for comparing a stored value with a bundle value; NULL stays apart from ''.
QString comparable(const QVariant &value)
{
    return value.isNull() || !value.isValid() ? QStringLiteral("\x01null") : value.toString();
}

bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("created_at") ||
           column == QLatin1String("updated_at");
}

} // namespace

Result<SyncReport> SyncImporter::mergeFile(const QString &path, const SyncDecisions &decisions) const
{
    Result<QByteArray> bytes = UserFile::read(path);
    if (!bytes)
        return bytes.error();
    const QString source = QFileInfo(path).fileName();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Invalid, tr("%1: not a sync bundle (invalid JSON at byte %2: %3).")
                                                 .arg(source)
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorKind::Invalid,
                         tr("%1: not a sync bundle (the file holds a JSON list or value, where a bundle is "
                            "one object with \"format\", \"version\" and \"tables\").")
                             .arg(source));
    return merge(document.object(), source, decisions);
}

Result<SyncReport> SyncImporter::merge(const QJsonObject &bundle, const QString &source,
                                       const SyncDecisions &decisions) const
{
    if (Status valid = SyncBundleCheck::check(bundle, source); !valid)
        return valid.error();
    // A bundle merged before had its conflicts decided then: what the user kept
    // stays kept, instead of asking again (importing twice changes nothing).
    SqlQuery before(m_context.db, QStringLiteral("SELECT COUNT(*) FROM sync_imports WHERE id = ?"));
    before.bind(bundle.value(QStringLiteral("bundle_id")).toString());
    Result<QVariant> mergedBefore = scalar(before);
    if (!mergedBefore)
        return mergedBefore.error();
    SyncDecisions effective = decisions;
    if (mergedBefore->toInt() > 0 && effective.all == ConflictChoice::Ask)
        effective.all = ConflictChoice::KeepMine;
    Pass pass(effective);
    pass.since = bundle.value(QStringLiteral("since")).toString();
    pass.report.bundleId = bundle.value(QStringLiteral("bundle_id")).toString();
    pass.report.exportedBy = bundle.value(QStringLiteral("exported_by")).toString();
    Result<QSet<QString>> erased = SyncTables::erasedAdvocates(m_context.db);
    if (!erased)
        return erased.error();
    pass.erased = *erased;
    SqlQuery aliases(m_context.db, QStringLiteral("SELECT id, local_id FROM sync_aliases"));
    if (Status status = aliases.exec(); !status)
        return status.error();
    while (aliases.next())
        pass.idMap.insert(aliases.value(0).toString(), aliases.value(1).toString());

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status status = applyErasures(bundle, pass); !status)
        return status.error();
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    for (const QString &table : SyncTables::ordered()) {
        Result<QStringList> columns = SyncTables::columns(m_context.db, table);
        if (!columns)
            return columns.error();
        for (const QJsonValue &value : tables.value(table).toArray()) {
            QVariantHash cleaned;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                cleaned.insert(it.key(), fromJson(it.value()));
            if (Status status = mergeRow(table, *columns, cleaned, pass); !status)
                return status.error();
        }
    }
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery seen(m_context.db, QStringLiteral("INSERT OR IGNORE INTO sync_imports (id, exported_by, exported_at, "
                                               "imported_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    seen.bind(pass.report.bundleId).bind(pass.report.exportedBy);
    seen.bind(bundle.value(QStringLiteral("exported_at")).toString()).bind(now).bind(now).bind(now);
    if (Status status = seen.exec(); !status)
        return status.error();
    pass.report.seenBefore = seen.rowsAffected() == 0;
    if (pass.report.undecided() > 0) {
        // The user decides first; the guard rolls back whatever this pass did.
        pass.report.merged = false;
        pass.report.seenBefore = false;
        return pass.report;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return pass.report;
}

Status SyncImporter::applyErasures(const QJsonObject &bundle, Pass &pass) const
{
    for (const QJsonValue &value : bundle.value(QStringLiteral("erased_advocates")).toArray()) {
        const QString id = value.toString();
        if (id.isEmpty() || pass.erased.contains(id))
            continue;
        pass.erased.insert(id);
        SqlQuery here(m_context.db, QStringLiteral("SELECT email FROM advocates WHERE id = ?"));
        here.bind(id);
        Result<QVariant> email = scalar(here);
        if (!email)
            return email.error();
        if (email->isNull())
            continue;
        // The colleague received an erasure request: it applies to every copy.
        Result<PersonalData::Erasure> erased = PersonalData(m_context).erase(email->toString());
        if (!erased)
            return erased.error();
        ++pass.report.erasedHere;
    }
    return {};
}

Status SyncImporter::mergeRow(const QString &table, const QStringList &columns, QVariantHash row, Pass &pass) const
{
    const QString bundleId = row.value(QStringLiteral("id")).toString();
    for (auto it = row.begin(); it != row.end(); ++it)
        if (SyncTables::isReference(it.key()) && pass.idMap.contains(it->toString()))
            *it = pass.idMap.value(it->toString());
    // Nothing about an erased person comes back, except the record that they were erased.
    const bool erasureRecord = table == QLatin1String("audit_events") &&
                               row.value(QStringLiteral("field")).toString() == QLatin1String("erased");
    if ((table == QLatin1String("advocates") && pass.erased.contains(bundleId)) ||
        (!erasureRecord && (pass.erased.contains(row.value(QStringLiteral("advocate_id")).toString()) ||
                            pass.erased.contains(row.value(QStringLiteral("entity_id")).toString())))) {
        ++pass.report.skippedErased;
        return {};
    }

    QString localId = pass.idMap.value(bundleId);
    if (localId.isEmpty()) {
        Result<bool> exists = rowExists(m_context.db, table, bundleId);
        if (!exists)
            return exists.error();
        localId = *exists ? bundleId : QString();
    }
    if (localId.isEmpty()) {
        Result<QString> same = SyncTables::sameRowHere(m_context.db, table, row);
        if (!same)
            return same.error();
        if (!same->isEmpty()) {
            localId = *same;
            if (Status status = remember(table, bundleId, localId, pass); !status)
                return status;
            ++pass.report.matchedByKey;
        }
    }
    if (localId.isEmpty())
        return insertRow(table, columns, row, pass);

    SqlQuery local(m_context.db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table));
    local.bind(localId);
    if (Status status = local.exec(); !status)
        return status;
    if (!local.next())
        return {};
    bool same = true;
    QString localUpdatedAt;
    for (int c = 0; c < columns.size(); ++c) {
        const QString &column = columns.at(c);
        if (column == QLatin1String("updated_at"))
            localUpdatedAt = local.value(c).toString();
        if (!isBookkeeping(column) && row.contains(column) &&
            comparable(local.value(c)) != comparable(row.value(column)))
            same = false;
    }
    if (same) {
        ++pass.report.unchanged;
        return {};
    }
    const QString bundleUpdatedAt = row.value(QStringLiteral("updated_at")).toString();
    bool bundleWins = bundleUpdatedAt > localUpdatedAt;
    // Both sides edited the row since the colleague's baseline: the user decides.
    if (pass.since.isEmpty() || localUpdatedAt >= pass.since) {
        SyncConflict conflict{table, localId, localUpdatedAt, bundleUpdatedAt, QString(), QString(), {}};
        for (int c = 0; c < columns.size(); ++c) {
            const QString &column = columns.at(c);
            if (!isBookkeeping(column) && row.contains(column) &&
                comparable(local.value(c)) != comparable(row.value(column)))
                conflict.fields << SyncFieldDifference{column, local.value(c).toString(), row.value(column).toString()};
            for (const char *label : {"name", "email", "title", "subject"})
                if (conflict.record.isEmpty() && column == QLatin1String(label))
                    conflict.record = local.value(c).toString();
        }
        const ConflictChoice choice = pass.decisions.choiceFor(table, localId);
        if (choice == ConflictChoice::Ask) {
            conflict.outcome = QStringLiteral("undecided");
            pass.report.conflicts << conflict;
            return {};
        }
        bundleWins = choice == ConflictChoice::TakeTheirs;
        conflict.outcome = bundleWins ? QStringLiteral("bundle") : QStringLiteral("local");
        pass.report.conflicts << conflict;
    }
    if (!bundleWins) {
        ++pass.report.keptLocal;
        return {};
    }
    if (Status status = updateRow(table, columns, localId, row); !status) {
        pass.report.conflicts << SyncConflict{table, localId, localUpdatedAt, bundleUpdatedAt,
                                              tr("not merged: %1").arg(status.error().message), QString(), {}};
        return {};
    }
    ++pass.report.updated;
    return {};
}

Status SyncImporter::remember(const QString &table, const QString &bundleId, const QString &localId, Pass &pass) const
{
    pass.idMap.insert(bundleId, localId);
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery alias(m_context.db, QStringLiteral("INSERT OR REPLACE INTO sync_aliases (id, table_name, local_id, "
                                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    alias.bind(bundleId).bind(table).bind(localId).bind(now).bind(now);
    return alias.exec();
}

Status SyncImporter::insertRow(const QString &table, const QStringList &columns, const QVariantHash &row,
                               Pass &pass) const
{
    QStringList present;
    for (const QString &column : columns)
        if (row.contains(column))
            present << column;
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, present.join(QStringLiteral(", ")),
                                           QStringList(present.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QString &column : present)
        insert.bind(row.value(column));
    // A row this file cannot take (its parent never reached us, a unique value
    // taken by another row) is reported; SQLite undoes only that statement.
    if (Status status = insert.exec(); !status) {
        pass.report.conflicts << SyncConflict{table, row.value(QStringLiteral("id")).toString(), QString(),
                                              row.value(QStringLiteral("updated_at")).toString(),
                                              tr("not merged: %1").arg(status.error().message), QString(), {}};
        return {};
    }
    ++pass.report.inserted;
    return {};
}

Status SyncImporter::updateRow(const QString &table, const QStringList &columns, const QString &localId,
                               const QVariantHash &row) const
{
    QStringList assignments;
    QVariantList values;
    for (const QString &column : columns)
        if (row.contains(column) && column != QLatin1String("id") && column != QLatin1String("created_at")) {
            assignments << column + QStringLiteral(" = ?");
            values << row.value(column);
        }
    SqlQuery update(m_context.db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        update.bind(value);
    update.bind(localId);
    return update.exec();
}

} // namespace ad
