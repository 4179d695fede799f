// person export / person erase through the real executable.
#include "CliFixture.h"
#include "TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ad;
using test::CliResult;

class CliPersonTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(runOn(database(), {QStringLiteral("init")}).exitCode, 0);
        QFile csv(path(QStringLiteral("people.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("email,name,account\nmei@acme.example,Mei Ling Tan,Acme\ned@acme.example,Ed Wong,Acme\n");
        csv.close();
        const CliResult imported =
            runOn(database(), {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName()});
        ASSERT_EQ(imported.exitCode, 0) << test::describe(imported);
    }

    int advocates() const
    {
        const CliResult stats = runOn(database(), {QStringLiteral("stats"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("advocates")).toInt();
    }
};

TEST_F(CliPersonTest, ExportWritesThePersonAsJson)
{
    const QString out = path(QStringLiteral("mei.json"));
    const CliResult result = runOn(database(), {QStringLiteral("person"), QStringLiteral("export"),
                                                QStringLiteral("MEI@acme.example"), QStringLiteral("--out"), out});
    ASSERT_EQ(result.exitCode, 0) << test::describe(result);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(data.value(QStringLiteral("advocate")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Mei Ling Tan"));
    EXPECT_TRUE(data.value(QStringLiteral("consents")).isArray());
}

TEST_F(CliPersonTest, EraseNeedsYesThenRemovesThePerson)
{
    const QByteArray before = test::fileHash(database());
    const CliResult unconfirmed =
        runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("mei@acme.example")});
    EXPECT_EQ(unconfirmed.exitCode, 2) << test::describe(unconfirmed);
    EXPECT_EQ(test::fileHash(database()), before);

    const CliResult unknown = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"),
                                                 QStringLiteral("nobody@acme.example"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 1) << test::describe(unknown);
    EXPECT_EQ(test::fileHash(database()), before);

    const CliResult erased = runOn(database(), {QStringLiteral("person"), QStringLiteral("erase"),
                                                QStringLiteral("mei@acme.example"), QStringLiteral("--yes")});
    ASSERT_EQ(erased.exitCode, 0) << test::describe(erased);
    EXPECT_EQ(advocates(), 1);
    const CliResult search = runOn(database(), {QStringLiteral("search"), QStringLiteral("mei")});
    EXPECT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.trimmed().isEmpty()) << search.out.toStdString();
    const CliResult show = runOn(database(), {QStringLiteral("advocate"), QStringLiteral("show"),
                                              QStringLiteral("mei@acme.example")});
    EXPECT_EQ(show.exitCode, 1);
}
