#include "NpsRows.h"

#include "services/AdvocateService.h"
#include "services/NpsService.h"

#include <QCoreApplication>

#include <limits>

namespace ad {

Status NpsRows::handle(ImportRow &row, ImportPass &pass)
{
    const QString email = row.requiredText(QStringLiteral("email"));
    QString advocateId;
    if (!email.isEmpty()) {
        Result<std::optional<Advocate>> advocate = AdvocateService(pass.context).findByEmail(email);
        if (!advocate)
            return advocate.error();
        if (advocate->has_value())
            advocateId = (*advocate)->id;
        else
            row.fail(QStringLiteral("email"),
                     QCoreApplication::translate("ad::Import", "no advocate has the email %1; import the "
                                                               "advocates first.")
                         .arg(email));
    }
    const std::optional<qint64> score =
        row.number(QStringLiteral("score"), true, true, std::numeric_limits<qint64>::min());
    if (score && (*score < 0 || *score > 10))
        row.fail(QStringLiteral("score"),
                 QCoreApplication::translate("ad::Import", "an NPS score must be between 0 and 10; %1 is not.")
                     .arg(*score));
    const QDate respondedOn = row.date(QStringLiteral("date"), false);
    if (row.failed())
        return {};
    ++pass.report.created;
    if (!pass.write)
        return {};
    NpsResponse response;
    response.advocateId = advocateId;
    response.score = static_cast<int>(*score);
    response.comment = row.text(QStringLiteral("comment"));
    response.respondedOn = respondedOn;
    response.source = row.text(QStringLiteral("source"));
    Result<NpsResponse> recorded = NpsService(pass.context).record(response);
    return recorded ? Status() : Status(recorded.error());
}

} // namespace ad
