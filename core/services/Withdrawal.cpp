#include "Withdrawal.h"

#include "ServiceContext.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace ad {

namespace {

struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Undo)
};

// Literal table names only: a kind never comes from outside the program.
QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Touch:
        return QStringLiteral("touches");
    case RecordKind::Note:
        return QStringLiteral("advocate_notes");
    case RecordKind::Contribution:
        return QStringLiteral("participations");
    case RecordKind::Appreciation:
        return QStringLiteral("appreciations");
    case RecordKind::Referral:
        return QStringLiteral("referrals");
    case RecordKind::Feedback:
        return QStringLiteral("feedback_items");
    }
    return {};
}

} // namespace

Status Withdrawal::withdraw(RecordKind kind, const QString &id)
{
    WriteTransaction transaction(m_context.db);
    if (!transaction.isOpen())
        return transaction.error();
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(kind)));
    remove.bind(id);
    if (Status status = remove.exec(); !status)
        return status;
    if (remove.rowsAffected() == 0)
        return nothingToUndo();
    return transaction.commit();
}

Error Withdrawal::nothingToUndo()
{
    return makeError(ErrorKind::NotFound,
                     UndoText::tr("There is nothing to undo: it is no longer in the programme (another "
                                  "program may have removed it)."),
                     QStringLiteral("id"));
}

} // namespace ad
