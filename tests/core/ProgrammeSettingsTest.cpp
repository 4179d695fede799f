#include "TempDatabase.h"

#include "services/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ad::test {
namespace {

int storedRows(Database &db)
{
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM programme_settings"));
    auto value = scalar(count);
    return value.ok() ? value->toInt() : -1;
}

TEST(ProgrammeSettings, DefaultsWhenNothingIsStored)
{
    TempDatabase temp;
    auto loaded = temp.services().settings().load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->askCap, 2);
    EXPECT_EQ(loaded->tierThresholds[2], 150);
    EXPECT_EQ(storedRows(temp.db()), 0);
}

TEST(ProgrammeSettings, SavedRulesAreLiveStoredInTheFileAndAudited)
{
    TempDatabase temp;
    ProgrammeRules edited = temp.services().rules();
    edited.askCap = 3;
    edited.tierThresholds[3] = 500;
    ASSERT_TRUE(temp.services().settings().save(edited, QStringLiteral("Bigger programme")).ok());
    EXPECT_EQ(temp.services().rules().askCap, 3); // live at once
    EXPECT_EQ(storedRows(temp.db()), 2);          // only what changed

    auto events = temp.services().audit().forEntity(QStringLiteral("askCap"));
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->first().oldValue, QStringLiteral("2"));
    EXPECT_EQ(events->first().newValue, QStringLiteral("3"));
    EXPECT_EQ(events->first().reason, QStringLiteral("Bigger programme"));

    // Another process opening the file (the CLI) applies the same numbers.
    temp.reopen();
    EXPECT_EQ(temp.services().rules().askCap, 2); // a bare Services starts from defaults ...
    ASSERT_TRUE(temp.services().settings().apply().ok());
    EXPECT_EQ(temp.services().rules().askCap, 3); // ... and apply() reads the file
    EXPECT_EQ(temp.services().rules().tierThresholds[3], 500);
}

TEST(ProgrammeSettings, InconsistentRulesAreRefusedAndNothingIsWritten)
{
    TempDatabase temp;
    const QString before = temp.snapshot();
    ProgrammeRules edited;
    edited.npsDetractorMax = 8;
    edited.npsPassiveMax = 7;
    auto refused = temp.services().settings().save(edited);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
    ProgrammeRules tiers;
    tiers.tierThresholds = {0, 50, 40, 400};
    EXPECT_FALSE(temp.services().settings().save(tiers).ok());
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(temp.services().rules().npsDetractorMax, 6);
}

TEST(ProgrammeSettings, OutOfRangeStoredValueIsClamped)
{
    TempDatabase temp;
    SqlQuery insert(temp.db(),
                    QStringLiteral("INSERT INTO programme_settings (id, key, value, created_at, updated_at)"
                                   " VALUES ('x', 'askCap', '999', '2026-06-15', '2026-06-15')"));
    ASSERT_TRUE(insert.exec().ok());
    auto loaded = temp.services().settings().load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->askCap, 20);
}

TEST(ProgrammeSettings, TheCurrencyIsStoredBesideTheNumbersAuditedAndChecked)
{
    TempDatabase temp;
    EXPECT_EQ(temp.services().rules().currency, QStringLiteral("USD")); // nothing stored: the default
    ProgrammeRules edited = temp.services().rules();
    edited.currency = QStringLiteral("MYR");
    ASSERT_TRUE(temp.services().settings().save(edited, QStringLiteral("Malaysian programme")).ok());
    EXPECT_EQ(temp.services().rules().currency, QStringLiteral("MYR"));
    EXPECT_EQ(storedRows(temp.db()), 1); // a key of the existing table: no migration
    auto events = temp.services().audit().forEntity(QStringLiteral("currency"));
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->first().oldValue, QStringLiteral("USD"));
    EXPECT_EQ(events->first().newValue, QStringLiteral("MYR"));

    temp.reopen();
    ASSERT_TRUE(temp.services().settings().apply().ok());
    EXPECT_EQ(temp.services().rules().currency, QStringLiteral("MYR"));

    // Not a code: refused with a reason, nothing written.
    const QString before = temp.snapshot();
    for (const QString &bad : {QStringLiteral("RM"), QStringLiteral("usd"), QStringLiteral("$$$")}) {
        ProgrammeRules wrong = temp.services().rules();
        wrong.currency = bad;
        auto refused = temp.services().settings().save(wrong);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
        EXPECT_TRUE(refused.error().message.contains(bad));
    }
    EXPECT_EQ(temp.snapshot(), before);
    EXPECT_EQ(temp.services().rules().currency, QStringLiteral("MYR"));
}

TEST(ProgrammeSettings, AHandEditedCurrencyThatIsNoCodeKeepsTheDefault)
{
    TempDatabase temp;
    SqlQuery insert(temp.db(),
                    QStringLiteral("INSERT INTO programme_settings (id, key, value, created_at, updated_at)"
                                   " VALUES ('x', 'currency', 'ringgit', '2026-06-15', '2026-06-15')"));
    ASSERT_TRUE(insert.exec().ok());
    auto loaded = temp.services().settings().load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->currency, QStringLiteral("USD"));
}

TEST(ProgrammeSettings, OlderFileGainsTheSettingsTableOnOpen)
{
    // A file from before version 5 (the version-1 fixture: whatever steps between
    // were added, it predates all of them) upgrades, keeps defaults, and stores.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_GE((*opened)->schemaVersion(), 5);
    EXPECT_EQ((*opened)->schemaVersion(), latestSchemaVersion());
    FixedClock clock(TempDatabase::pinnedNow());
    Services services(**opened, clock, QStringLiteral("tester"));
    ASSERT_TRUE(services.settings().apply().ok());
    EXPECT_EQ(services.rules().askCap, 2);
    ProgrammeRules edited = services.rules();
    edited.askCap = 4;
    ASSERT_TRUE(services.settings().save(edited).ok());
    EXPECT_EQ(storedRows(**opened), 1);
}

} // namespace
} // namespace ad::test
