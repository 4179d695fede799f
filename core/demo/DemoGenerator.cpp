#include "DemoGenerator.h"

#include "DemoWriter.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace ad {

Status DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    if (options.advocates < 1)
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("ad::Demo", "The demo needs at least one advocate."),
                         QStringLiteral("advocates"));
    SqlQuery existing(m_db, QStringLiteral("SELECT count(*) FROM advocates"));
    Result<QVariant> count = scalar(existing);
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return makeError(ErrorKind::Refused,
                         QCoreApplication::translate("ad::Demo",
                                                     "This database already holds %n advocates; demo data goes "
                                                     "only into an empty database.",
                                                     nullptr, count->toInt()));

    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.error();
    demo::DemoWriter writer(m_db, m_clock.today(), options);
    if (Status status = writer.run(progress); !status)
        return status; // the transaction rolls back: nothing was written
    return transaction.commit();
}

} // namespace ad
