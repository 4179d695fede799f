#include "FeedbackService.h"

#include "ServiceContext.h"
#include "Validation.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Validation)
};

// Tags are stored as one comma-separated column: few per item, read whole.
QString joinTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags)
        if (const QString t = tag.trimmed(); !t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    return clean.join(QLatin1Char(','));
}

Status requireRow(const Database &db, const QString &table, const QString &id, const QString &field,
                  const QString &message)
{
    if (id.isEmpty())
        return {};
    Result<bool> exists = rowExists(db, table, id);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorKind::NotFound, message, field);
    return {};
}

} // namespace

QStringList knownFeedbackSources()
{
    return {QStringLiteral("G2"),     QStringLiteral("Capterra"),   QStringLiteral("TrustRadius"),
            QStringLiteral("Google"), QStringLiteral("Trustpilot"), QStringLiteral("Tripadvisor"),
            QStringLiteral("Amazon"), QStringLiteral("social"),     QStringLiteral("support"),
            QStringLiteral("survey")};
}

Result<FeedbackItem> FeedbackService::record(const FeedbackItem &input)
{
    if (Status status = validate::required(input.source, QStringLiteral("source"), ValidationText::tr("A source")); !status)
        return status.error();
    if (Status status = validate::required(input.body, QStringLiteral("body"), ValidationText::tr("The feedback text"));
        !status)
        return status.error();
    if (input.rating && (*input.rating < 0 || *input.rating > 10))
        return makeError(ErrorKind::Invalid, ValidationText::tr("A rating is between 0 and 10."), QStringLiteral("rating"));
    if (Status status =
            requireRow(m_context.db, QStringLiteral("accounts"), input.accountId, QStringLiteral("account"),
                       ValidationText::tr("Unknown account: choose an existing account or create it first."));
        !status)
        return status.error();
    if (Status status = requireRow(m_context.db, QStringLiteral("advocates"), input.advocateId,
                                   QStringLiteral("advocate"), ValidationText::tr("The advocate does not exist."));
        !status)
        return status.error();

    FeedbackItem item = input;
    item.id = newId();
    item.source = item.source.trimmed();
    item.body = item.body.trimmed();
    if (!item.receivedOn.isValid())
        item.receivedOn = m_context.clock.today();
    const QString now = time::toStorage(m_context.clock.now());
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery insert(
        m_context.db,
        QStringLiteral("INSERT INTO feedback_items (id, source, link, rating, sentiment, body, received_on, "
                       "account_id, advocate_id, tags, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(item.id).bind(item.source).bind(item.link.trimmed());
    insert.bind(item.rating ? QVariant(*item.rating) : sqlNull());
    insert.bind(keyOf(item.sentiment)).bind(item.body).bind(time::toStorage(item.receivedOn));
    insert.bind(nullIfEmpty(item.accountId)).bind(nullIfEmpty(item.advocateId)).bind(joinTags(item.tags));
    insert.bind(now).bind(now);
    if (Status status = insert.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return item;
}

Result<QList<FeedbackRow>> FeedbackService::list(const FeedbackFilter &filter, int limit) const
{
    QString sql =
        QStringLiteral("SELECT f.id, f.source, f.link, f.rating, f.sentiment, f.body, f.received_on, "
                       "f.account_id, f.advocate_id, f.tags, coalesce(acc.name, aacc.name, ''), "
                       "coalesce(a.name, '') FROM feedback_items f "
                       "LEFT JOIN advocates a ON a.id = f.advocate_id "
                       "LEFT JOIN accounts aacc ON aacc.id = a.account_id "
                       "LEFT JOIN accounts acc ON acc.id = f.account_id WHERE 1 = 1");
    if (!filter.source.isEmpty())
        sql += QStringLiteral(" AND f.source = ?");
    if (filter.sentiment)
        sql += QStringLiteral(" AND f.sentiment = ?");
    if (!filter.accountId.isEmpty())
        sql += QStringLiteral(" AND (f.account_id = ? OR a.account_id = ?)");
    if (!filter.advocateId.isEmpty())
        sql += QStringLiteral(" AND f.advocate_id = ?");
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(
            " AND (f.body || ' ' || f.tags || ' ' || f.source || ' ' || coalesce(a.name, '') || ' ' "
            "|| coalesce(acc.name, aacc.name, '')) LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY f.received_on DESC, f.id LIMIT ?");

    SqlQuery query(m_context.db, sql);
    if (!filter.source.isEmpty())
        query.bind(filter.source);
    if (filter.sentiment)
        query.bind(keyOf(*filter.sentiment));
    if (!filter.accountId.isEmpty())
        query.bind(filter.accountId).bind(filter.accountId);
    if (!filter.advocateId.isEmpty())
        query.bind(filter.advocateId);
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        query.bind(QString(QLatin1Char('%') + word + QLatin1Char('%')));
    }
    query.bindLimit(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<FeedbackRow> rows;
    while (query.next()) {
        FeedbackRow row;
        row.item.id = query.value(0).toString();
        row.item.source = query.value(1).toString();
        row.item.link = query.value(2).toString();
        if (!query.value(3).isNull())
            row.item.rating = query.value(3).toDouble();
        row.item.sentiment = parseSentiment(query.value(4).toString()).value_or(Sentiment::Neutral);
        row.item.body = query.value(5).toString();
        row.item.receivedOn = time::dateFromStorage(query.value(6));
        row.item.accountId = query.value(7).toString();
        row.item.advocateId = query.value(8).toString();
        row.item.tags = query.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.accountName = query.value(10).toString();
        row.advocateName = query.value(11).toString();
        rows << row;
    }
    return rows;
}

Result<QStringList> FeedbackService::sources() const
{
    QStringList all = knownFeedbackSources();
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT DISTINCT source FROM feedback_items ORDER BY source"));
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        if (const QString source = query.value(0).toString(); !all.contains(source, Qt::CaseInsensitive))
            all << source;
    return all;
}

} // namespace ad
