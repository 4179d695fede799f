#include "AccountBatch.h"

#include "AccountRecord.h"
#include "AccountService.h"
#include "util/Ids.h"

namespace ad {

namespace {

QStringList columns()
{
    QStringList names;
    for (const QString &name : accountRecord::kColumns.split(QLatin1Char(',')))
        names << name.trimmed();
    return names;
}

} // namespace

AccountBatch::AccountBatch(const ServiceContext &context)
    : m_rows(context.db, QStringLiteral("accounts"), columns(), kRowsPerStatement), m_now(context.clock)
{
}

Result<QString> AccountBatch::add(const Account &input)
{
    if (Status valid = AccountService::checkFields(input); !valid)
        return valid.error();
    const QString id = newId();
    // In the order of accountRecord::kColumns, as create() binds them.
    QVariantList values{id};
    values << accountRecord::fieldValues(input) << m_now.now() << m_now.now();
    if (Status added = m_rows.add(values); !added)
        return added.error();
    if (m_rows.pendingRows() >= m_rows.rowsPerStatement())
        if (Status written = m_rows.flush(BulkInsert::Flush::FullBatchesOnly); !written)
            return written.error();
    return id;
}

Status AccountBatch::flush()
{
    return m_rows.flush();
}

} // namespace ad
