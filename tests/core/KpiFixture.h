#pragma once

// A small programme whose every KPI is worked out by hand (see KpiTest.cpp).
// Today is 2026-06-15; the KPI range is 2026-01-01 .. 2026-06-15.
#include "ProgrammeFixture.h"

#include "kpi/KpiEngine.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

namespace ad::test {

class KpiFixture : public ProgrammeFixture
{
protected:
    QDate day(int month, int dayOfMonth, int year = 2026) const { return QDate(year, month, dayOfMonth); }

    QString user(const QString &name)
    {
        auto created = services().users().create(name, UserRole::Csm);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    Account ownedAccount(const QString &name, Segment segment, const QString &region, const QString &ownerId,
                         const QDate &renewal)
    {
        Account input;
        input.name = name;
        input.segment = segment;
        input.region = region;
        input.ownerId = ownerId;
        input.renewalDate = renewal;
        auto created = services().accounts().create(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Account{};
    }

    // enrolledOn null: never nominated.
    Advocate person(const QString &email, const Account &account, int stage, Tier tier,
                    const QDate &enrolledOn)
    {
        Advocate a;
        if (enrolledOn.isValid()) {
            atDay(enrolledOn, [&] { a = enrolled(email, account.id); });
        } else {
            a = temp.makeAdvocate(email, account.id, email.section(QLatin1Char('@'), 0, 0));
        }
        Advocate fresh = *services().advocates().get(a.id);
        fresh.ownerId = account.ownerId;
        EXPECT_TRUE(services().advocates().update(fresh).ok());
        if (stage > 1) {
            EXPECT_TRUE(services().advocates().setJourneyStage(a.id, stage, QStringLiteral("test")).ok());
        }
        if (tier != Tier::Community) {
            EXPECT_TRUE(services().advocates().setTier(a.id, tier, QStringLiteral("test")).ok());
        }
        return fresh;
    }

    template <typename F> void atDay(const QDate &on, F &&action)
    {
        const QDateTime now = temp.clock().now();
        temp.clock().set(QDateTime(on, QTime(12, 0), Qt::UTC));
        action();
        temp.clock().set(now);
    }

    // A Reference call request opened `askedAgo` days back with one ask to
    // `advocate`, answered `answeredAgo` days back (Pending: never).
    QString askAt(const Advocate &advocate, int askedAgo, int answeredAgo, AskAnswer answer)
    {
        QString id;
        atDay(daysAgo(askedAgo), [&] {
            id = request(QStringLiteral("Reference call")).id;
            auto ask = services().requests().recordAsk(id, advocate.id, QStringLiteral("test setup"));
            EXPECT_TRUE(ask.ok()) << ask.error().message.toStdString();
        });
        if (answer != AskAnswer::Pending)
            atDay(daysAgo(answeredAgo), [&] {
                Status answered =
                    services().requests().answer(id, advocate.id, answer, QStringLiteral("busy"));
                EXPECT_TRUE(answered.ok()) << answered.error().message.toStdString();
            });
        return id;
    }

    // No service records an outcome yet (the CRM will); tests write it directly.
    void outcome(const QString &requestId, const QString &outcome, qint64 amount)
    {
        SqlQuery sql(temp.db(),
                     QStringLiteral("UPDATE requests SET outcome = ?, outcome_amount = ? WHERE id = ?"));
        sql.bind(outcome).bind(amount).bind(requestId);
        EXPECT_TRUE(sql.exec().ok());
    }

    void purchase(const Account &account, const QDate &on, qint64 amount)
    {
        SqlQuery sql(temp.db(), QStringLiteral("INSERT INTO purchases (id, account_id, purchased_on, amount,"
                                               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString stamp = time::toStorage(temp.clock().now());
        sql.bind(QString(QStringLiteral("purchase-") + account.id))
            .bind(account.id)
            .bind(time::toStorage(on));
        sql.bind(amount).bind(stamp).bind(stamp);
        EXPECT_TRUE(sql.exec().ok());
    }

    void referral(const Advocate &advocate, const QDate &on, ReferralStatus status, qint64 value)
    {
        Referral input;
        input.advocateId = advocate.id;
        input.referredCompany = QStringLiteral("Prospect of ") + advocate.email;
        input.referredOn = on;
        auto created = services().referrals().record(input);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        if (status != ReferralStatus::New) {
            EXPECT_TRUE(services().referrals().setStatus(created->id, status, value).ok());
        }
    }

    KpiReport compute(const QString &csm = {}, const QString &segment = {})
    {
        KpiQuery query;
        query.from = day(1, 1);
        query.to = today();
        query.csm = csm;
        query.segment = segment;
        auto report = KpiEngine(services().context(), services().rules()).compute(query);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? *report : KpiReport{};
    }
};

} // namespace ad::test
