#pragma once

// Builds small programmes for the rules tests: enrolled advocates with consent,
// asks, contributions and NPS at exact dates around the pinned 2026-06-15.
#include "TempDatabase.h"

#include <gtest/gtest.h>

namespace ad::test {

class ProgrammeFixture : public ::testing::Test
{
protected:
    TempDatabase temp;
    // The acting "tester" is a programme manager, so test setup may override ask protection.
    bool actorIsManager =
        services().users().create(QStringLiteral("tester"), UserRole::ProgrammeManager).ok();
    Services &services() { return temp.services(); }
    QDate today() const { return QDate(2026, 6, 15); }
    QDate daysAgo(int days) const { return today().addDays(-days); }

    QString activity(const QString &name)
    {
        auto type = services().activityTypes().find(name);
        EXPECT_TRUE(type.ok() && type->has_value()) << name.toStdString();
        return type.ok() && type->has_value() ? (*type)->id : QString();
    }

    Account account(const QString &name, const QString &industry = QStringLiteral("Logistics"),
                    Segment segment = Segment::Enterprise, const QString &region = QStringLiteral("APAC"),
                    const QStringList &products = {QStringLiteral("Payments")})
    {
        Account input;
        input.name = name;
        input.industry = industry;
        input.segment = segment;
        input.region = region;
        input.products = products;
        auto created = services().accounts().create(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Account{};
    }

    // Every signal rated `rating`, reference consent since 2026-01-01, enrolled.
    Advocate enrolled(const QString &email, const QString &accountId, int rating = 4)
    {
        Advocate a = temp.makeAdvocate(email, accountId, email.section(QLatin1Char('@'), 0, 0));
        a.signalValues.values.fill(rating);
        EXPECT_TRUE(services().advocates().update(a).ok());
        EXPECT_TRUE(
            services().advocates().grantConsent(a.id, ConsentAsset::Reference, QDate(2026, 1, 1)).ok());
        auto nomination = services().nominations().nominate(a.id, QStringLiteral("Promoter"));
        EXPECT_TRUE(nomination.ok());
        for (auto to : {NominationStatus::InReview, NominationStatus::Cultivating, NominationStatus::Invited,
                        NominationStatus::Enrolled}) {
            Status moved = services().nominations().move(nomination->id, to, {});
            EXPECT_TRUE(moved.ok()) << moved.error().message.toStdString();
        }
        return a;
    }

    Request request(const QString &activityName, const QString &industry = {}, const QString &segment = {},
                    const QString &region = {}, const QString &product = {})
    {
        Request input;
        input.activityTypeId = activity(activityName);
        input.industry = industry;
        input.segment = segment;
        input.region = region;
        input.product = product;
        auto created = services().requests().create(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Request{};
    }

    // An ask on a request of its own, `ago` days back, with the given answer.
    void pastAsk(const Advocate &advocate, const QString &activityName, int ago,
                 AskAnswer answer = AskAnswer::Accepted)
    {
        const QDateTime now = temp.clock().now();
        temp.clock().set(now.addDays(-ago));
        Request r = request(activityName);
        auto ask = services().requests().recordAsk(r.id, advocate.id, QStringLiteral("test setup"));
        EXPECT_TRUE(ask.ok()) << ask.error().message.toStdString();
        if (answer != AskAnswer::Pending) {
            EXPECT_TRUE(services().requests().answer(r.id, advocate.id, answer, QStringLiteral("busy")).ok());
        }
        temp.clock().set(now);
    }

    Participation contribution(const Advocate &advocate, const QString &activityName, const QDate &on)
    {
        Participation input;
        input.advocateId = advocate.id;
        input.activityTypeId = activity(activityName);
        input.occurredOn = on;
        auto created = services().engagement().recordContribution(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Participation{};
    }

    void nps(const Advocate &advocate, int score, const QDate &on)
    {
        EXPECT_TRUE(services().nps().record({{}, advocate.id, score, {}, on, {}}).ok());
    }
};

} // namespace ad::test
