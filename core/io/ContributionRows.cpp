#include "ContributionRows.h"

#include "services/ActivityTypeService.h"
#include "services/AdvocateService.h"
#include "services/EngagementService.h"

#include <QCoreApplication>

namespace ad {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Import)
};
} // namespace

Status ContributionRows::handle(ImportRow &row, ImportPass &pass)
{
    Participation participation;
    const QString email = row.requiredText(QStringLiteral("email"));
    if (!email.isEmpty()) {
        Result<std::optional<Advocate>> advocate = AdvocateService(pass.context).findByEmail(email);
        if (!advocate)
            return advocate.error();
        if (advocate->has_value())
            participation.advocateId = (*advocate)->id;
        else
            row.fail(QStringLiteral("email"),
                     ImportText::tr("no advocate has the email %1; import the advocates first.").arg(email));
    }
    const QString activity = row.requiredText(QStringLiteral("activity"));
    if (!activity.isEmpty()) {
        Result<std::optional<ActivityType>> type = ActivityTypeService(pass.context).find(activity);
        if (!type)
            return type.error();
        if (type->has_value())
            participation.activityTypeId = (*type)->id;
        else
            row.fail(QStringLiteral("activity"),
                     ImportText::tr("unknown activity type “%1”; use a name from the activity catalogue.").arg(activity));
    }
    participation.occurredOn = row.date(QStringLiteral("date"), false);
    if (auto points = row.number(QStringLiteral("points"), false, true))
        participation.points = static_cast<int>(qMin<qint64>(*points, 1000000));
    participation.artifactLink = row.text(QStringLiteral("artifact_link"));
    participation.publishedOn = row.date(QStringLiteral("published_on"), false);
    participation.notes = row.text(QStringLiteral("notes"));
    if (row.failed())
        return {};
    ++pass.report.created;
    if (!pass.write)
        return {};
    Result<Participation> recorded = EngagementService(pass.context).recordContribution(participation);
    return recorded ? Status() : Status(recorded.error());
}

} // namespace ad
