#include "PersonalData.h"

#include "ErasureLedger.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
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
#include <QTemporaryDir>

#include <optional>

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

// Every column where people write prose, links or names of others: the text
// an erased person may be named in, in any other row (colleagues' notes and
// stories, requests naming a contact, audit reasons, ...). The test
// PersonalDataTest.EveryTextColumnIsClassified keeps this list complete.
const TextColumn kTextColumns[] = {
    {"advocates", "title"},               {"advocates", "success_story"},
    {"advocates", "value_outcomes"},      {"advocates", "profile_url"},
    {"advocate_notes", "body"},           {"appreciations", "note"},
    {"asks", "reason"},                   {"asks", "override_reason"},
    {"audit_events", "old_value"},        {"audit_events", "new_value"},
    {"audit_events", "reason"},           {"consents", "note"},
    {"feedback_items", "body"},           {"feedback_items", "link"},
    {"feedback_items", "tags"},           {"nominations", "evidence"},
    {"nps_responses", "comment"},         {"participations", "notes"},
    {"participations", "artifact_link"},  {"referrals", "referred_contact"},
    {"referrals", "referred_company"},    {"requests", "requester"},
    {"requests", "opportunity"},          {"requests", "prospect_company"},
    {"tier_reviews", "reason"},           {"touches", "note"},
};

// Scripts written without spaces between words: a name in them is found as it
// stands ("請聯繫吳欣怡處理"), not between word boundaries.
bool writtenWithoutSpaces(const QString &text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Khmer:
        case QChar::Script_Myanmar:
            return true;
        default:
            break;
        }
    }
    return false;
}

// The person's name: whole words in a Latin name (erasing "Ed" leaves
// "Edited" alone), anywhere in a Chinese or Japanese one.
QRegularExpression namePattern(const QString &name)
{
    const QString escaped = QRegularExpression::escape(name.trimmed());
    return QRegularExpression(writtenWithoutSpaces(name) ? escaped : QStringLiteral("\\b%1\\b").arg(escaped),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// The person's phone number however it is written: its last nine digits (or
// all of them, when fewer) with any spaces, dashes, dots or brackets between,
// after an optional prefix, and no digit just before or after.
// "+60 12-345 6789" finds "012 3456789", "(012) 345-6789" and "+60123456789".
std::optional<QRegularExpression> phonePattern(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    constexpr int kFewest = 6;
    constexpr int kCompared = 9;
    if (digits.size() < kFewest)
        return std::nullopt;
    digits = digits.right(kCompared);
    QStringList parts;
    for (const QChar c : std::as_const(digits))
        parts << QString(c);
    // An optional country or trunk prefix ("+60 ", "0", "(0") goes with it.
    return QRegularExpression(QStringLiteral("(?<![\\d+])(?:\\+?\\(?\\d{1,4}[\\s\\-.()]*)?%1(?!\\d)")
                                  .arg(parts.join(QStringLiteral("[\\s\\-.()]*"))));
}

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
        for (int c = 0; c < record.count(); ++c) {
            // PostgreSQL's stand-in for SQLite's hidden rowid is no data about the person.
            if (record.fieldName(c) == QLatin1String("rowid"))
                continue;
            row.insert(record.fieldName(c),
                       query.value(c).isNull() ? QJsonValue() : QJsonValue::fromVariant(query.value(c)));
        }
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

Result<int> PersonalData::scrubText(const QString &email, const QString &name, const QString &phone) const
{
    const QRegularExpression emailPattern(QRegularExpression::escape(email.trimmed()),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression byName = namePattern(name);
    const std::optional<QRegularExpression> byPhone = phonePattern(phone);
    int scrubbed = 0;
    for (const TextColumn &text : kTextColumns) {
        const QString table = QLatin1String(text.table);
        const QString column = QLatin1String(text.column);
        // Every non-empty value is read: a phone number may be written in any way,
        // and LIKE folds only ASCII letters. An erasure is rare; this is linear.
        SqlQuery candidates(m_context.db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 != ''").arg(column, table));
        if (Status status = candidates.exec(); !status)
            return status.error();
        QList<QPair<QString, QString>> changes; // by id: every table has one, indexed on both backends
        while (candidates.next()) {
            QString value = candidates.value(1).toString();
            const QString before = value;
            value.replace(emailPattern, kErased);
            if (!name.trimmed().isEmpty())
                value.replace(byName, kErased);
            if (byPhone)
                value.replace(*byPhone, kErased);
            if (value != before)
                changes << qMakePair(candidates.value(0).toString(), value);
        }
        SqlQuery update(m_context.db,
                        QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?").arg(table, column));
        for (const auto &[id, value] : changes) {
            update.resetBindings();
            update.bind(value).bind(time::toStorage(m_context.clock.now())).bind(id);
            if (Status status = update.exec(); !status)
                return status.error();
            ++scrubbed;
        }
    }
    return scrubbed;
}

QStringList PersonalData::textColumns()
{
    QStringList columns;
    for (const TextColumn &text : kTextColumns)
        columns << QStringLiteral("%1.%2").arg(QLatin1String(text.table), QLatin1String(text.column));
    return columns;
}

Result<PersonalData::Erasure> PersonalData::erase(const QString &email) const
{
    Result<QString> id = advocateId(email);
    if (!id)
        return id.error();
    SqlQuery nameQuery(m_context.db,
                       QStringLiteral("SELECT name, email, phone, seq FROM advocates WHERE id = ?"));
    nameQuery.bind(*id);
    if (Status status = nameQuery.exec(); !status || !nameQuery.next())
        return status ? makeError(ErrorKind::NotFound, QStringLiteral("advocate vanished")) : status.error();
    const QString name = nameQuery.value(0).toString();
    const QString storedEmail = nameQuery.value(1).toString();
    const QString phone = nameQuery.value(2).toString();
    const qint64 seq = nameQuery.value(3).toLongLong();
    nameQuery.raw().finish(); // an open read would keep the checkpoint below from finishing

    // SQLite: from here on freed pages are zeroed, so deleted text does not linger in the file.
    const SearchIndex &index = m_context.db.searchIndex();
    if (Status status = index.prepareErase(m_context.db); !status)
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
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM advocates WHERE id = ?"));
    remove.bind(*id);
    if (Status status = remove.exec(); !status)
        return status.error();
    erasure.rowsDeleted += remove.rowsAffected();

    Result<int> scrubbed = scrubText(storedEmail, name, phone);
    if (!scrubbed)
        return scrubbed.error();
    erasure.textsScrubbed = *scrubbed;
    // After the scrub, whose edits of other advocates reach the index too.
    if (Status status = index.erase(m_context.db, seq); !status)
        return status.error();
    // Only the UUID stays, which names nobody: it says who erased the person and
    // when, and lets a later sync refuse to bring the person back.
    if (Status status =
            AuditLog(m_context).record(QStringLiteral("advocate"), *id, QString(), QStringLiteral("erased"),
                                       QString(), QString(), QStringLiteral("personal-data erasure request"));
        !status)
        return status.error();
    // Restoring an older backup, or merging an older bundle, erases them again.
    if (Status status = ErasureLedger(m_context).record(storedEmail); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    // SQLite: the zeroed pages reach the file and the write-ahead log is emptied.
    index.afterErase(m_context.db);
    return erasure;
}

Result<int> PersonalData::eraseFromBackups(const QString &email) const
{
    int rewritten = 0;
    for (const QString &copyPath : backup::listAll(m_context.db.path())) {
        // Worked on in a private folder: opening may upgrade an older copy.
        QTemporaryDir work;
        if (!work.isValid())
            return makeError(ErrorKind::Storage, work.errorString());
        const QString scratch = work.filePath(QStringLiteral("backup.sqlite"));
        if (Status copied = DatabaseFile::copyBytes(copyPath, scratch); !copied)
            return copied.error();
        Result<std::unique_ptr<Database>> opened = Database::open(scratch);
        if (!opened)
            return makeError(opened.error().kind, QCoreApplication::translate("ad::PersonalData", "%1: %2")
                                                      .arg(copyPath, opened.error().message));
        const ServiceContext context{**opened, m_context.clock, m_context.actor};
        PersonalData inCopy(context);
        Result<QString> there = inCopy.advocateId(email);
        if (!there) {
            if (there.error().kind == ErrorKind::NotFound)
                continue; // this copy never held them
            return there.error();
        }
        if (Result<Erasure> erased = inCopy.erase(email); !erased)
            return erased.error();
        if (Status replaced = backup::replaceBackup(**opened, copyPath); !replaced)
            return replaced.error();
        ++rewritten;
    }
    return rewritten;
}

} // namespace ad
