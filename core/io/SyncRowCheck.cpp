#include "SyncRowCheck.h"

#include "SyncBundleCheck.h"
#include "SyncTables.h"
#include "services/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct SyncRowCheckText
{
    Q_DECLARE_TR_FUNCTIONS(ad::SyncRowCheck)
};

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column.endsWith(QLatin1String("_at"))
           || column == QLatin1String("renewal_date") || column == QLatin1String("customer_since")
           || column == QLatin1String("needed_by") || column == QLatin1String("do_not_ask_until")
           || column == QLatin1String("last_verified");
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), validate::isInvisibleOrControl);
}

} // namespace

SyncRowCheck::SyncRowCheck(const Database &db, const QString &latest) : m_latest(latest)
{
    static const QRegularExpression inList(QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)\\s*\\)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression between(
        QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+BETWEEN\\s+(-?\\d+)\\s+AND\\s+(-?\\d+)\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // PostgreSQL spells the same constraints its own way (pg_get_constraintdef):
    // CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text]))) and
    // CHECK (((score >= 0) AND (score <= 10))).
    static const QRegularExpression anyOf(
        QStringLiteral("\\(\\s*(\\w+)\\s*=\\s*ANY\\s*\\(\\s*ARRAY\\s*\\[([^\\]]*)\\]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bounds(
        QStringLiteral("\\(\\s*(\\w+)\\s*>=\\s*\\(?(-?\\d+)\\)?\\s*\\)\\s*AND\\s*\\(\\s*\\1\\s*<=\\s*\\(?(-?\\d+)\\)?\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (const QString &table : SyncTables::ordered()) {
        QHash<QString, Column> columns;
        SqlQuery info(db, db.dialect().columnTypesSql());
        info.bind(table);
        if (info.exec()) {
            while (info.next())
                columns.insert(info.value(0).toString(), Column{info.value(1).toString(), info.value(2).toBool(), {}, {}});
        }
        SqlQuery sql(db, db.dialect().checkConstraintsSql());
        sql.bind(table);
        QString text;
        if (sql.exec())
            while (sql.next())
                text += sql.value(0).toString() + QLatin1Char('\n');
        for (const QRegularExpression *list : {&inList, &anyOf})
        for (auto match = list->globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            QStringList values;
            for (auto value = quoted.globalMatch(found.captured(2)); value.hasNext();)
                values << value.next().captured(1);
            if (columns.contains(found.captured(1)) && !values.isEmpty())
                columns[found.captured(1)].allowed = values;
        }
        for (const QRegularExpression *range : {&between, &bounds})
        for (auto match = range->globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            if (columns.contains(found.captured(1)))
                columns[found.captured(1)].range = std::make_pair(found.captured(2).toLongLong(),
                                                                  found.captured(3).toLongLong());
        }
        m_tables.insert(table, columns);
    }
}

Status SyncRowCheck::check(const QString &table, const QVariantHash &row, const QString &where) const
{
    const auto refuse = [&](const QString &column, const QString &what) {
        return makeError(ErrorKind::Invalid, QStringLiteral("%1.%2: %3").arg(where, column, what), column);
    };
    const QHash<QString, Column> columns = m_tables.value(table);
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString &name = it.key();
        if (!columns.contains(name))
            return refuse(name, SyncRowCheckText::tr("no such column in this table."));
        const Column &column = columns.value(name);
        const QVariant &value = it.value();
        if (value.isNull()) {
            if (column.notNull)
                return refuse(name, SyncRowCheckText::tr("a value is required."));
            continue;
        }
        const bool isInteger = column.type.contains(QLatin1String("INT"), Qt::CaseInsensitive);
        const bool isReal = !isInteger
                            && (column.type.contains(QLatin1String("REAL"), Qt::CaseInsensitive)
                                || column.type.contains(QLatin1String("NUM"), Qt::CaseInsensitive)
                                || column.type.contains(QLatin1String("FLOA"), Qt::CaseInsensitive)
                                || column.type.contains(QLatin1String("DOUB"), Qt::CaseInsensitive));
        if (isReal) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || value.typeId() == QMetaType::QString || !qIsFinite(number))
                return refuse(name, SyncRowCheckText::tr("a number is required."));
            continue;
        }
        if (isInteger) {
            bool ok = false;
            const double real = value.toDouble(&ok);
            const qint64 number = qint64(real);
            if (!ok || value.typeId() == QMetaType::QString || double(number) != real)
                return refuse(name, SyncRowCheckText::tr("a whole number is required."));
            if (column.range && (number < column.range->first || number > column.range->second))
                return refuse(name, SyncRowCheckText::tr("%1 is outside %2–%3.")
                                        .arg(number)
                                        .arg(column.range->first)
                                        .arg(column.range->second));
            if (!column.allowed.isEmpty() && !column.allowed.contains(QString::number(number)))
                return refuse(name, SyncRowCheckText::tr("%1 is not allowed here.").arg(number));
            continue;
        }
        if (value.typeId() != QMetaType::QString)
            return refuse(name, SyncRowCheckText::tr("text is required."));
        const QString text = value.toString();
        if (SyncTables::isReference(name) || name == QLatin1String("id")) {
            if (!text.isEmpty() && !SyncBundleCheck::isUuid(text))
                return refuse(name, SyncRowCheckText::tr("“%1” is not a row id (UUID).").arg(text.left(40)));
            continue;
        }
        if (!column.allowed.isEmpty()) {
            if (!column.allowed.contains(text))
                return refuse(name, SyncRowCheckText::tr("“%1” is not one of %2.").arg(text.left(40), column.allowed.join(QStringLiteral(", "))));
            continue;
        }
        if (isDateColumn(name) && !text.isEmpty()) {
            const QDateTime at = time::instantFromStorage(QVariant(text));
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (!at.isValid() && !day.isValid())
                return refuse(name, SyncRowCheckText::tr("“%1” is not a date.").arg(text.left(40)));
            const int year = at.isValid() ? at.date().year() : day.year();
            if (year < 1900 || year > 2200)
                return refuse(name, SyncRowCheckText::tr("the year %1 is not believable.").arg(year));
            if (name.endsWith(QLatin1String("_at")) && !m_latest.isEmpty() && text > m_latest)
                return refuse(name, SyncRowCheckText::tr("%1 is in the future.").arg(text));
            continue;
        }
        const int limit = name == QLatin1String("email")  ? kMaxEmail
                          : name == QLatin1String("name") ? kMaxName
                                                          : kMaxText;
        if (text.size() > limit)
            return refuse(name, SyncRowCheckText::tr("%1 characters; at most %2 are allowed.").arg(text.size()).arg(limit));
        if (hasControlCharacter(text))
            return refuse(name, SyncRowCheckText::tr("contains a control or invisible formatting character."));
    }
    if (table == QLatin1String("advocates")) {
        if (Status email = validate::email(row.value(QStringLiteral("email")).toString()); !email)
            return refuse(QStringLiteral("email"), email.error().message);
    }
    return {};
}

} // namespace ad
