#include "PersonalData.h"

#include "UserFile.h"
#include "services/AuditLog.h"
#include "services/Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>

namespace ad {

namespace {

// Every table with an advocate_id column, children before parents so deleting in
// this order never trips a foreign key. JSON keys are the table names.
const char *const kAboutTables[] = {
    "appreciations",  "asks",        "participations",       "nps_responses",  "touches",  "referrals",
    "feedback_items", "nominations", "activity_preferences", "advocate_notes", "consents", "audit_events",
};

struct TextColumn
{
    const char *table;
    const char *column;
};

// Text other rows may hold about the person: colleagues' notes, referrals they
// were named in, feedback quoting them, and audit reasons.
const TextColumn kTextColumns[] = {
    {"audit_events", "old_value"}, {"audit_events", "new_value"},     {"audit_events", "reason"},
    {"advocate_notes", "body"},    {"referrals", "referred_contact"}, {"feedback_items", "body"},
};

// Audit events name the person either as their subject or as the entity.
QString whereAbout(const char *table)
{
    return QLatin1String(table) == QLatin1String("audit_events")
               ? QStringLiteral("advocate_id = ? OR entity_id = ?")
               : QStringLiteral("advocate_id = ?");
}

const QString kErased = QStringLiteral("[erased]");

QJsonArray rowsToJson(SqlQuery &query)
{
    QJsonArray rows;
    const QSqlRecord record = query.raw().record();
    while (query.next()) {
        QJsonObject row;
        for (int c = 0; c < record.count(); ++c)
            row.insert(record.fieldName(c),
                       query.value(c).isNull() ? QJsonValue() : QJsonValue::fromVariant(query.value(c)));
        rows << row;
    }
    return rows;
}

} // namespace

Result<QString> PersonalData::advocateId(const QString &email) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id FROM advocates WHERE email_key = ?"));
    query.bind(validate::emailKey(email));
    Result<QVariant> id = scalar(query);
    if (!id)
        return id.error();
    if (id->isNull())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("ad::PersonalData", "No advocate has the email %1.")
                             .arg(email.trimmed()),
                         QStringLiteral("email"));
    return id->toString();
}

Result<QJsonObject> PersonalData::collect(const QString &email) const
{
    Result<QString> id = advocateId(email);
    if (!id)
        return id.error();
    SqlQuery advocate(m_context.db, QStringLiteral("SELECT v.*, a.name AS account_name FROM advocates v "
                                                   "JOIN accounts a ON a.id = v.account_id WHERE v.id = ?"));
    advocate.bind(*id);
    if (Status status = advocate.exec(); !status)
        return status.error();
    QJsonObject result{{QStringLiteral("advocate"), rowsToJson(advocate).first()},
                       {QStringLiteral("exported_at"), time::toStorage(m_context.clock.now())}};
    for (const char *table : kAboutTables) {
        const QString where = whereAbout(table);
        SqlQuery rows(m_context.db, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY created_at, rowid")
                                        .arg(QLatin1String(table), where));
        rows.bind(*id);
        if (where.contains(QLatin1String("entity_id")))
            rows.bind(*id);
        if (Status status = rows.exec(); !status)
            return status.error();
        result.insert(QLatin1String(table), rowsToJson(rows));
    }
    return result;
}

Status PersonalData::write(const QString &email, const QString &path) const
{
    Result<QJsonObject> data = collect(email);
    if (!data)
        return data.error();
    return UserFile::write(path, QJsonDocument(*data).toJson(QJsonDocument::Indented),
                             UserFile::Contents::PersonalData);
}

Result<int> PersonalData::scrubText(const QString &email, const QString &name) const
{
    // Whole words only for the name, so erasing "Ed" leaves "Edited" alone.
    const QRegularExpression emailPattern(QRegularExpression::escape(email.trimmed()),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression namePattern(
        QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int scrubbed = 0;
    for (const TextColumn &text : kTextColumns) {
        const QString table = QLatin1String(text.table);
        const QString column = QLatin1String(text.column);
        // LIKE narrows the rows (ASCII case-insensitive); the patterns decide.
        SqlQuery candidates(m_context.db,
                            QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 LIKE '%' || ? || '%' "
                                           "OR %1 LIKE '%' || ? || '%'")
                                .arg(column, table));
        candidates.bind(email.trimmed()).bind(name.trimmed());
        if (Status status = candidates.exec(); !status)
            return status.error();
        QList<QPair<qint64, QString>> changes;
        while (candidates.next()) {
            QString value = candidates.value(1).toString();
            const QString before = value;
            value.replace(emailPattern, kErased);
            value.replace(namePattern, kErased);
            if (value != before)
                changes << qMakePair(candidates.value(0).toLongLong(), value);
        }
        SqlQuery update(
            m_context.db,
            QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE rowid = ?").arg(table, column));
        for (const auto &[rowid, value] : changes) {
            update.resetBindings();
            update.bind(value).bind(time::toStorage(m_context.clock.now())).bind(rowid);
            if (Status status = update.exec(); !status)
                return status.error();
            ++scrubbed;
        }
    }
    return scrubbed;
}

Result<PersonalData::Erasure> PersonalData::erase(const QString &email) const
{
    Result<QString> id = advocateId(email);
    if (!id)
        return id.error();
    SqlQuery nameQuery(m_context.db, QStringLiteral("SELECT name, email FROM advocates WHERE id = ?"));
    nameQuery.bind(*id);
    if (Status status = nameQuery.exec(); !status || !nameQuery.next())
        return status ? makeError(ErrorKind::NotFound, QStringLiteral("advocate vanished")) : status.error();
    const QString name = nameQuery.value(0).toString();
    const QString storedEmail = nameQuery.value(1).toString();
    nameQuery.raw().finish(); // an open read would keep the checkpoint below from finishing

    // Freed pages are zeroed, so deleted text does not linger in the file.
    if (Status status = execSql(m_context.db, QStringLiteral("PRAGMA secure_delete = ON")); !status)
        return status.error();
    Erasure erasure{*id, 0, 0};
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    for (const char *table : kAboutTables) {
        const QString where = whereAbout(table);
        SqlQuery remove(m_context.db,
                        QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(table), where));
        remove.bind(*id);
        if (where.contains(QLatin1String("entity_id")))
            remove.bind(*id);
        if (Status status = remove.exec(); !status)
            return status.error();
        erasure.rowsDeleted += remove.rowsAffected();
    }
    SqlQuery remove(m_context.db,
                    QStringLiteral("DELETE FROM advocates WHERE id = ?")); // its trigger clears the index row
    remove.bind(*id);
    if (Status status = remove.exec(); !status)
        return status.error();
    erasure.rowsDeleted += remove.rowsAffected();

    Result<int> scrubbed = scrubText(storedEmail, name);
    if (!scrubbed)
        return scrubbed.error();
    erasure.textsScrubbed = *scrubbed;
    // Merging the index segments drops the deleted tokens instead of only marking them.
    if (Status status = execSql(
            m_context.db, QStringLiteral("INSERT INTO advocate_search(advocate_search) VALUES ('optimize')"));
        !status)
        return status.error();
    // Only the UUID stays, which names nobody: it says who erased the person and
    // when, and lets a later sync refuse to bring the person back.
    if (Status status =
            AuditLog(m_context).record(QStringLiteral("advocate"), *id, QString(), QStringLiteral("erased"),
                                       QString(), QString(), QStringLiteral("personal-data erasure request"));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    // The WAL still holds page images from before the erasure: copy the zeroed
    // pages into the file and truncate the log so no old copy stays on disk.
    // Best effort: a reader in another process may hold the log open, and the
    // next checkpoint then finishes the job; the erasure itself has committed.
    (void)execSql(m_context.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return erasure;
}

} // namespace ad
