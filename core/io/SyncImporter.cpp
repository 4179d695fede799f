#include "SyncImporter.h"

#include "ErasureLedger.h"
#include "PersonalData.h"
#include "SyncBundleCheck.h"
#include "SyncExporter.h"
#include "SyncRowCheck.h"
#include "SyncSignature.h"
#include "SyncTables.h"
#include "UserFile.h"
#include "services/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct SyncImporterText
{
    Q_DECLARE_TR_FUNCTIONS(ad::SyncImporter)
};

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
        return makeError(ErrorKind::Invalid, SyncImporterText::tr("%1: not a sync bundle (invalid JSON at byte %2: %3).")
                                                 .arg(source)
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorKind::Invalid,
                         SyncImporterText::tr("%1: not a sync bundle (the file holds a JSON list or value, where a bundle is "
                            "one object with \"format\", \"version\" and \"tables\").")
                             .arg(source));
    return merge(document.object(), source, decisions);
}

Result<SyncReport> SyncImporter::merge(const QJsonObject &bundle, const QString &source,
                                       const SyncDecisions &decisions) const
{
    if (Status valid = SyncBundleCheck::check(bundle, source); !valid)
        return valid.error();
    const SyncSignature signatures(m_context);
    Result<SyncSignature::Signer> signer = signatures.verify(bundle, source);
    if (!signer)
        return signer.error();
    const bool trustsNow = !signer->trusted && decisions.trustFingerprint == signer->fingerprint;
    if (!signer->trusted && !trustsNow) {
        // A colleague's first bundle: their key's fingerprint, for the person to
        // compare with theirs. Nothing is read further, nothing is written.
        SyncReport report;
        report.bundleId = bundle.value(QStringLiteral("bundle_id")).toString();
        report.exportedBy = signer->author;
        report.signerFingerprint = signer->fingerprint;
        report.signerUnknown = true;
        report.merged = false;
        return report;
    }
    // "Now" for a bundle's dates is the later of this session's clock (pinned in
    // demos) and the system's: a colleague's real clock is never "the future".
    const QDateTime now = std::max(m_context.clock.now(), QDateTime::currentDateTimeUtc());
    if (Status consistent = SyncBundleCheck::checkAgainst(bundle, source, m_context.db.schemaVersion(),
                                                          time::toStorage(now));
        !consistent)
        return consistent.error();
    // Every row is checked as an edit would be before anything is written: one
    // bad row refuses the bundle whole, naming the row and the field. No row
    // may claim a change later than a day from now (it would win every merge).
    const QString exportedAt = bundle.value(QStringLiteral("exported_at")).toString();
    const SyncRowCheck rowCheck(m_context.db, time::toStorage(now.addDays(1)));
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    QHash<QString, QList<QVariantHash>> rowsByTable;
    for (const QString &table : SyncTables::ordered()) {
        const QJsonArray rows = tables.value(table).toArray();
        QList<QVariantHash> cleanedRows;
        cleanedRows.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QVariantHash cleaned;
            const QJsonObject object = rows.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                cleaned.insert(it.key(), fromJson(it.value()));
            const QString where = QStringLiteral("%1: tables.%2[%3]").arg(source, table).arg(i);
            if (Status status = rowCheck.check(table, cleaned, where); !status)
                return makeError(ErrorKind::Invalid, SyncImporterText::tr("Not a valid sync bundle, nothing was merged: %1")
                                                         .arg(status.error().message),
                                 status.error().field);
            // Derived here, never taken from the bundle: the key that finds the person.
            if (table == QLatin1String("advocates"))
                cleaned.insert(QStringLiteral("email_key"),
                               validate::emailKey(cleaned.value(QStringLiteral("email")).toString()));
            cleanedRows << cleaned;
        }
        rowsByTable.insert(table, cleanedRows);
    }

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
    pass.source = source;
    pass.since = bundle.value(QStringLiteral("since")).toString();
    pass.report.bundleId = bundle.value(QStringLiteral("bundle_id")).toString();
    pass.report.exportedBy = bundle.value(QStringLiteral("exported_by")).toString();
    Result<QSet<QString>> erased = SyncTables::erasedAdvocates(m_context.db);
    if (!erased)
        return erased.error();
    pass.erased = *erased;
    Result<ErasureLedger::Lookup> ledger = ErasureLedger(m_context).lookup();
    if (!ledger)
        return ledger.error();
    pass.ledger = *ledger;
    SqlQuery aliases(m_context.db, QStringLiteral("SELECT id, local_id FROM sync_aliases"));
    if (Status status = aliases.exec(); !status)
        return status.error();
    while (aliases.next())
        pass.idMap.insert(aliases.value(0).toString(), aliases.value(1).toString());

    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    pass.report.signerFingerprint = signer->fingerprint;
    if (trustsNow) {
        if (Status status = signatures.trust(*signer); !status)
            return status.error();
    }
    if (Status status = applyErasures(bundle, rowsByTable.value(QStringLiteral("audit_events")), pass); !status)
        return status.error();
    for (const QString &table : SyncTables::ordered()) {
        Result<QStringList> columns = SyncTables::columns(m_context.db, table);
        if (!columns)
            return columns.error();
        const QList<QVariantHash> rows = rowsByTable.value(table);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            pass.where = QStringLiteral("%1: tables.%2[%3]").arg(source, table).arg(i);
            if (Status status = mergeRow(table, *columns, rows.at(i), pass); !status)
                return status.error();
        }
    }
    const QString stamp = time::toStorage(m_context.clock.now());
    SqlQuery seen(m_context.db, QStringLiteral("INSERT INTO sync_imports (id, exported_by, exported_at, imported_at, "
                                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT DO NOTHING"));
    seen.bind(pass.report.bundleId).bind(pass.report.exportedBy);
    seen.bind(exportedAt).bind(stamp).bind(stamp).bind(stamp);
    if (Status status = seen.exec(); !status)
        return status.error();
    pass.report.seenBefore = seen.rowsAffected() == 0;
    if (pass.report.undecided() > 0 || (!pass.decisions.confirmed && !pass.report.toConfirm.isEmpty())) {
        // The user decides or confirms first; the guard rolls back whatever this pass did.
        pass.report.merged = false;
        pass.report.seenBefore = false;
        return pass.report;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return pass.report;
}

Status SyncImporter::applyErasures(const QJsonObject &bundle, const QList<QVariantHash> &auditRows, Pass &pass) const
{
    // An erasure arrives as a listed id or as an "erased" audit event: either
    // way it is a request the person merging confirms, never a silent marker.
    QStringList requested;
    for (const QJsonValue &value : bundle.value(QStringLiteral("erased_advocates")).toArray())
        requested << value.toString();
    for (const QVariantHash &row : auditRows) {
        if (row.value(QStringLiteral("field")).toString() == QLatin1String("erased"))
            requested << row.value(QStringLiteral("entity_id")).toString();
    }
    requested.removeDuplicates();
    for (const QString &id : std::as_const(requested)) {
        if (id.isEmpty() || pass.erased.contains(id))
            continue;
        SqlQuery here(m_context.db, QStringLiteral("SELECT email, name FROM advocates WHERE id = ?"));
        here.bind(pass.idMap.value(id, id));
        if (Status status = here.exec(); !status)
            return status;
        const bool known = here.next();
        const QString email = known ? here.value(0).toString() : QString();
        const QString name = known ? here.value(1).toString() : QString();
        here.raw().finish();
        pass.report.toConfirm << (known ? SyncImporterText::tr("erase %1 <%2>").arg(name, email)
                                        : SyncImporterText::tr("record the erasure of a person not in this file (%1)").arg(id));
        if (!pass.decisions.confirmed)
            continue; // nothing is written until confirmed
        pass.erased.insert(id);
        if (!known)
            continue;
        // The colleague received an erasure request: it applies to every copy.
        Result<PersonalData::Erasure> erasedHere = PersonalData(m_context).erase(email);
        if (!erasedHere)
            return erasedHere.error();
        ++pass.report.erasedHere;
    }
    return {};
}

Status SyncImporter::mergeRow(const QString &table, const QStringList &columns, QVariantHash row, Pass &pass) const
{
    const QString bundleId = row.value(QStringLiteral("id")).toString();
    if (table == QLatin1String("users"))
        return matchUser(row, pass);
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!SyncTables::isReference(it.key()))
            continue;
        if (pass.idMap.contains(it->toString()))
            *it = pass.idMap.value(it->toString());
        else if (pass.unknownUsers.contains(it->toString()))
            *it = sqlNull(); // an owner this file does not know: left unassigned
    }
    // Someone erased here comes back in an older bundle under any id: the
    // ledger knows their email, and they stay erased with all rows about them.
    if (table == QLatin1String("advocates") && pass.ledger.contains(row.value(QStringLiteral("email")).toString()))
        pass.erased.insert(bundleId);
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
    if (localId.isEmpty()) {
        if (!confirmConsent(table, row, QString(), pass))
            return {};
        return insertRow(table, columns, row, pass);
    }

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
    // The audit log only grows: a bundle never rewrites what happened here. The
    // catalogue of activity types is the programme's, changed in its settings.
    if (table == QLatin1String("audit_events") || table == QLatin1String("activity_types")) {
        ++pass.report.settingsKept;
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
    if (!confirmConsent(table, row, localId, pass))
        return {};
    if (Status status = updateRow(table, columns, localId, row); !status)
        return refusedRow(table, bundleId, status.error(), pass);
    ++pass.report.updated;
    return {};
}

Status SyncImporter::remember(const QString &table, const QString &bundleId, const QString &localId, Pass &pass) const
{
    pass.idMap.insert(bundleId, localId);
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery alias(m_context.db, QStringLiteral("INSERT INTO sync_aliases (id, table_name, local_id, created_at, "
                                                "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                                "SET table_name = excluded.table_name, local_id = excluded.local_id, "
                                                "created_at = excluded.created_at, updated_at = excluded.updated_at"));
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
    // taken by another row) refuses the whole bundle: nothing is half-merged.
    if (Status status = insert.exec(); !status)
        return refusedRow(table, row.value(QStringLiteral("id")).toString(), status.error(), pass);
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

Status SyncImporter::matchUser(const QVariantHash &row, Pass &pass) const
{
    // People and roles are this file's own: a bundle may name a colleague's user,
    // who is recognised by id or name, but never adds one or changes a role.
    const QString bundleId = row.value(QStringLiteral("id")).toString();
    Result<bool> exists = rowExists(m_context.db, QStringLiteral("users"), bundleId);
    if (!exists)
        return exists.error();
    if (*exists) {
        ++pass.report.unchanged;
        return {};
    }
    Result<QString> same = SyncTables::sameRowHere(m_context.db, QStringLiteral("users"), row);
    if (!same)
        return same.error();
    if (same->isEmpty()) {
        pass.unknownUsers.insert(bundleId);
        ++pass.report.usersIgnored;
        return {};
    }
    return remember(QStringLiteral("users"), bundleId, *same, pass);
}

bool SyncImporter::confirmConsent(const QString &table, const QVariantHash &row, const QString &localId,
                                  Pass &pass) const
{
    if (table != QLatin1String("consents"))
        return true;
    // A consent decides who is named in the case-study list: a person says yes.
    pass.report.toConfirm << describeConsent(row, localId);
    return pass.decisions.confirmed;
}

QString SyncImporter::describeConsent(const QVariantHash &row, const QString &localId) const
{
    SqlQuery who(m_context.db, QStringLiteral("SELECT name FROM advocates WHERE id = ?"));
    who.bind(row.value(QStringLiteral("advocate_id")));
    const Result<QVariant> name = scalar(who);
    const QString person = name && !name->isNull() ? name->toString() : row.value(QStringLiteral("advocate_id")).toString();
    const QString asset = row.value(QStringLiteral("asset")).toString();
    if (!row.value(QStringLiteral("revoked_on")).toString().isEmpty())
        return SyncImporterText::tr("record that %1 revoked their consent to %2 on %3")
            .arg(person, asset, row.value(QStringLiteral("revoked_on")).toString());
    return localId.isEmpty() ? SyncImporterText::tr("record that %1 consents to %2 from %3")
                                   .arg(person, asset, row.value(QStringLiteral("granted_on")).toString())
                             : SyncImporterText::tr("change the consent of %1 to %2").arg(person, asset);
}

Status SyncImporter::refusedRow(const QString &table, const QString &id, const Error &error, Pass &pass) const
{
    // The constraint as SQLite ("FOREIGN KEY constraint failed") or PostgreSQL
    // ("violates foreign key constraint") names it; neither reaches the person.
    QString why = error.message;
    const auto says = [&why](const char *what) { return why.contains(QLatin1String(what), Qt::CaseInsensitive); };
    if (says("FOREIGN KEY"))
        why = SyncImporterText::tr("it refers to a row that is neither in the bundle nor in this file.");
    else if (says("UNIQUE"))
        why = SyncImporterText::tr("a value that must be unique is already taken by another row here.");
    else if (says("CHECK") || says("NOT NULL") || says("not-null"))
        why = SyncImporterText::tr("a value is not allowed here.");
    return makeError(ErrorKind::Invalid, SyncImporterText::tr("%1 (%2 %3): %4 Nothing was merged.").arg(pass.where, table, id, why));
}

} // namespace ad
