#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

NominationRequest newPerson()
{
    NominationRequest request;
    request.email = QStringLiteral("siti@borneo.example");
    request.name = QStringLiteral("Siti Rahman");
    request.title = QStringLiteral("COO");
    request.newAccountName = QStringLiteral("Borneo Freight");
    request.signalValues.values = {5, 4, 3, 3, 4, 5};
    request.evidence = QStringLiteral("10 at the QBR");
    return request;
}

TEST(NominationIntake, CreatesAccountAdvocateAndNominationTogether)
{
    test::TempDatabase temp;
    auto outcome = temp.services().intake().nominate(newPerson());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_TRUE(outcome->createdAccount);
    EXPECT_TRUE(outcome->createdAdvocate);
    auto advocate = temp.services().advocates().get(outcome->advocateId);
    EXPECT_EQ(advocate->signalValues.values, (std::array<int, 6>{5, 4, 3, 3, 4, 5}));
    EXPECT_EQ(outcome->nomination.evidence, QStringLiteral("10 at the QBR"));
}

TEST(NominationIntake, AnExistingEmailIsRecognisedNotDuplicated)
{
    test::TempDatabase temp;
    Account acme = temp.makeAccount(QStringLiteral("Acme"));
    Advocate ada = temp.makeAdvocate(QStringLiteral("ada@acme.example"), acme.id, QStringLiteral("Ada Lim"));
    NominationRequest request = newPerson();
    request.email = QStringLiteral("  ADA@Acme.example ");
    auto outcome = temp.services().intake().nominate(request);
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(outcome->createdAdvocate);
    EXPECT_FALSE(outcome->createdAccount);
    EXPECT_EQ(outcome->advocateId, ada.id);
    EXPECT_EQ(temp.services().advocates().get(ada.id)->name, QStringLiteral("Ada Lim"));
}

TEST(NominationIntake, AFailureWritesNothingAtAll)
{
    test::TempDatabase temp;
    const QString before = temp.snapshot();
    NominationRequest noName = newPerson();
    noName.name.clear(); // the account would be created first: it must roll back too
    EXPECT_FALSE(temp.services().intake().nominate(noName).ok());
    NominationRequest noEvidence = newPerson();
    noEvidence.evidence = QStringLiteral("  ");
    EXPECT_EQ(temp.services().intake().nominate(noEvidence).error().field, QStringLiteral("evidence"));
    NominationRequest badEmail = newPerson();
    badEmail.email = QStringLiteral("siti at borneo");
    EXPECT_EQ(temp.services().intake().nominate(badEmail).error().field, QStringLiteral("email"));
    EXPECT_EQ(temp.snapshot(), before);
}

} // namespace
