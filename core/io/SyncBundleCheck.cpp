#include "SyncBundleCheck.h"

#include "SyncExporter.h"
#include "SyncTables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QRegularExpression>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct SyncBundleCheckText
{
    Q_DECLARE_TR_FUNCTIONS(ad::SyncBundleCheck)
};

Status invalid(const QString &source, const QString &where, const QString &what)
{
    return makeError(ErrorKind::Invalid, SyncBundleCheckText::tr("%1: not a valid sync bundle: %2: %3").arg(source, where, what));
}

Status checkRow(const QJsonValue &value, const QString &where, const QString &source)
{
    if (!value.isObject())
        return invalid(source, where, SyncBundleCheckText::tr("a row must be an object."));
    const QJsonObject row = value.toObject();
    if (!SyncBundleCheck::isUuid(row.value(QStringLiteral("id")).toString()))
        return invalid(source, where + QStringLiteral(".id"), SyncBundleCheckText::tr("a row needs its UUID."));
    for (const char *stamp : {"created_at", "updated_at"})
        if (!row.value(QLatin1String(stamp)).isString())
            return invalid(source, where + QLatin1Char('.') + QLatin1String(stamp), SyncBundleCheckText::tr("a date and time is required."));
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it->isArray() || it->isObject() || it->isBool())
            return invalid(source, where + QLatin1Char('.') + it.key(),
                           SyncBundleCheckText::tr("a cell must be text, a number or null."));
    return {};
}

} // namespace

bool SyncBundleCheck::isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

Status SyncBundleCheck::check(const QJsonObject &bundle, const QString &source)
{
    if (bundle.value(QStringLiteral("format")).toString() != SyncExporter::formatName())
        return makeError(ErrorKind::Invalid, SyncBundleCheckText::tr("%1: not an Advocate Desk sync bundle.").arg(source));
    const QJsonValue version = bundle.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return invalid(source, QStringLiteral("version"), SyncBundleCheckText::tr("the format version must be a whole number."));
    if (version.toInt() > SyncExporter::kFormatVersion)
        return makeError(ErrorKind::NewerVersion,
                         SyncBundleCheckText::tr("%1: bundle format %2 is newer than this version of Advocate Desk reads (%3).")
                             .arg(source)
                             .arg(version.toInt())
                             .arg(SyncExporter::kFormatVersion));
    if (!isUuid(bundle.value(QStringLiteral("bundle_id")).toString()))
        return invalid(source, QStringLiteral("bundle_id"), SyncBundleCheckText::tr("the bundle needs its UUID."));
    if (!bundle.value(QStringLiteral("exported_at")).isString())
        return invalid(source, QStringLiteral("exported_at"), SyncBundleCheckText::tr("a date and time is required."));
    const QJsonValue since = bundle.value(QStringLiteral("since"));
    if (!since.isUndefined() && !since.isNull() && !since.isString())
        return invalid(source, QStringLiteral("since"), SyncBundleCheckText::tr("a date and time or null is required."));
    if (!bundle.value(QStringLiteral("tables")).isObject())
        return invalid(source, QStringLiteral("tables"), SyncBundleCheckText::tr("the tables must be an object."));
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        const QString where = QStringLiteral("tables.") + table.key();
        if (!SyncTables::ordered().contains(table.key()))
            return invalid(source, where, SyncBundleCheckText::tr("no such table in Advocate Desk."));
        if (!table->isArray())
            return invalid(source, where, SyncBundleCheckText::tr("a table must be a list of rows."));
        const QJsonArray rows = table->toArray();
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (Status row = checkRow(rows.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), source); !row)
                return row;
    }
    const QJsonValue erased = bundle.value(QStringLiteral("erased_advocates"));
    if (!erased.isUndefined()) {
        if (!erased.isArray())
            return invalid(source, QStringLiteral("erased_advocates"), SyncBundleCheckText::tr("must be a list of UUIDs."));
        const QJsonArray ids = erased.toArray();
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (!isUuid(ids.at(i).toString()))
                return invalid(source, QStringLiteral("erased_advocates[%1]").arg(i), SyncBundleCheckText::tr("not a UUID."));
    }
    return {};
}

Status SyncBundleCheck::checkAgainst(const QJsonObject &bundle, const QString &source, int schemaVersion,
                                     const QString &now)
{
    const QJsonValue schema = bundle.value(QStringLiteral("schema_version"));
    if (!schema.isUndefined()) {
        if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
            return invalid(source, QStringLiteral("schema_version"), SyncBundleCheckText::tr("the schema version must be a whole number."));
        if (schema.toInt() > schemaVersion)
            return makeError(ErrorKind::NewerVersion,
                             SyncBundleCheckText::tr("%1: the bundle was written by a newer Advocate Desk (schema %2; this file has %3). "
                                "Update Advocate Desk first; nothing was merged.")
                                 .arg(source)
                                 .arg(schema.toInt())
                                 .arg(schemaVersion));
    }
    const QDateTime nowAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    const QString exportedAt = bundle.value(QStringLiteral("exported_at")).toString();
    const QDateTime exported = QDateTime::fromString(exportedAt, Qt::ISODateWithMs);
    if (!exported.isValid())
        return invalid(source, QStringLiteral("exported_at"), SyncBundleCheckText::tr("“%1” is not a date and time.").arg(exportedAt.left(40)));
    // A day's grace for clocks that disagree; no more.
    if (nowAt.isValid() && exported > nowAt.addDays(1))
        return invalid(source, QStringLiteral("exported_at"), SyncBundleCheckText::tr("%1 is in the future.").arg(exportedAt));
    const QString since = bundle.value(QStringLiteral("since")).toString();
    if (!since.isEmpty()) {
        const QDateTime sinceAt = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!sinceAt.isValid())
            return invalid(source, QStringLiteral("since"), SyncBundleCheckText::tr("“%1” is not a date and time.").arg(since.left(40)));
        if (sinceAt > exported)
            return invalid(source, QStringLiteral("since"), SyncBundleCheckText::tr("%1 is later than the bundle was written.").arg(since));
    }
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    qint64 rows = 0;
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        QSet<QString> ids;
        const QJsonArray list = table->toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString id = list.at(i).toObject().value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                return invalid(source, QStringLiteral("tables.%1[%2].id").arg(table.key()).arg(i),
                               SyncBundleCheckText::tr("the id %1 is in the table twice.").arg(id));
            ids.insert(id);
        }
        rows += list.size();
    }
    const QJsonValue count = bundle.value(QStringLiteral("row_count"));
    if (!count.isUndefined() && (!count.isDouble() || qint64(count.toDouble()) != rows))
        return invalid(source, QStringLiteral("row_count"),
                       SyncBundleCheckText::tr("the bundle says %1 rows but holds %2: it was cut short or altered.")
                           .arg(count.toVariant().toString())
                           .arg(rows));
    return {};
}

} // namespace ad
