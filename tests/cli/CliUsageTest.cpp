// Help, version and usage errors: nothing here needs a database.
#include "CliFixture.h"

#include <QFile>

using namespace ad;
using test::CliResult;

namespace {

const QStringList kCommands{QStringLiteral("init"),     QStringLiteral("demo"),
                            QStringLiteral("check"),    QStringLiteral("stats"),
                            QStringLiteral("search"),   QStringLiteral("advocate show"),
                            QStringLiteral("nominate"), QStringLiteral("help")};

QStringList words(const QString &command)
{
    return command.split(QLatin1Char(' '));
}

} // namespace

class CliUsageTest : public test::CliFixture
{
protected:
    void expectUsageError(const QStringList &arguments, const QString &hint) const
    {
        const CliResult result = run(arguments);
        EXPECT_EQ(result.exitCode, 2)
            << arguments.join(QLatin1Char(' ')).toStdString() << test::describe(result);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("advocatedesk-cli: "))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(hint)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
};

TEST_F(CliUsageTest, VersionPrintsTheProgramAndVersion)
{
    const CliResult result = run({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_EQ(result.out.trimmed(), QStringLiteral("advocatedesk-cli 0.1.0"));
}

TEST_F(CliUsageTest, HelpListsEveryCommand)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("help")}, QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("-h")}}) {
        const CliResult result = run(arguments);
        ASSERT_EQ(result.exitCode, 0) << test::describe(result);
        for (const QString &command : kCommands)
            EXPECT_TRUE(result.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')))
                << command.toStdString() << "\n"
                << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("--database PATH")));
    }
}

TEST_F(CliUsageTest, EveryCommandHasItsOwnHelp)
{
    for (const QString &command : kCommands) {
        for (const QStringList &arguments : {words(command) + QStringList{QStringLiteral("--help")},
                                             QStringList{QStringLiteral("help")} + words(command)}) {
            const CliResult result = run(arguments);
            EXPECT_EQ(result.exitCode, 0)
                << arguments.join(QLatin1Char(' ')).toStdString() << test::describe(result);
            EXPECT_TRUE(
                result.out.startsWith(QStringLiteral("Usage: advocatedesk-cli [--database PATH] ") + command))
                << result.out.toStdString();
        }
    }
    // Help never opens a database, so it creates none.
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("AdvocateDesk"))));
}

TEST_F(CliUsageTest, HelpOnTheAdvocateGroupListsItsSubcommands)
{
    const CliResult result = run({QStringLiteral("help"), QStringLiteral("advocate")});
    EXPECT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("advocate show EMAIL"))) << result.out.toStdString();
}

TEST_F(CliUsageTest, UnknownCommandsAreUsageErrors)
{
    expectUsageError({QStringLiteral("frobnicate")}, QStringLiteral("Run 'advocatedesk-cli help"));
    expectUsageError({}, QStringLiteral("No command given"));
    expectUsageError({QStringLiteral("advocate")}, QStringLiteral("Run 'advocatedesk-cli help advocate'."));
    expectUsageError({QStringLiteral("advocate"), QStringLiteral("delete"), QStringLiteral("x@y.example")},
                     QStringLiteral("Run 'advocatedesk-cli help advocate'."));
    expectUsageError({QStringLiteral("help"), QStringLiteral("frobnicate")},
                     QStringLiteral("Unknown command"));
}

TEST_F(CliUsageTest, UnknownOptionsAreUsageErrors)
{
    expectUsageError({QStringLiteral("--frob")}, QStringLiteral("Run 'advocatedesk-cli help"));
    expectUsageError({QStringLiteral("stats"), QStringLiteral("--frob")},
                     QStringLiteral("Run 'advocatedesk-cli help stats'."));
    // An option of another command is unknown here.
    expectUsageError({QStringLiteral("stats"), QStringLiteral("--limit"), QStringLiteral("3")},
                     QStringLiteral("Run 'advocatedesk-cli help stats'."));
    expectUsageError({QStringLiteral("init"), QStringLiteral("--limit")}, QStringLiteral("help init"));
    expectUsageError({QStringLiteral("stats"), QStringLiteral("--json=yes")}, QStringLiteral("help stats"));
}

TEST_F(CliUsageTest, MissingAndExtraArgumentsAreUsageErrors)
{
    expectUsageError({QStringLiteral("search")}, QStringLiteral("help search"));
    expectUsageError({QStringLiteral("search"), QStringLiteral("mei"), QStringLiteral("--limit")},
                     QStringLiteral("help search"));
    expectUsageError(
        {QStringLiteral("search"), QStringLiteral("mei"), QStringLiteral("--limit"), QStringLiteral("lots")},
        QStringLiteral("help search"));
    expectUsageError({QStringLiteral("advocate"), QStringLiteral("show")},
                     QStringLiteral("help advocate show"));
    expectUsageError({QStringLiteral("stats"), QStringLiteral("extra")}, QStringLiteral("help stats"));
    expectUsageError({QStringLiteral("nominate"), QStringLiteral("a@b.example"),
                      QStringLiteral("b@c.example"), QStringLiteral("--evidence"), QStringLiteral("x")},
                     QStringLiteral("help nominate"));
    expectUsageError({QStringLiteral("stats"), QStringLiteral("--database")}, QStringLiteral("--database"));
    expectUsageError({QStringLiteral("stats"), QStringLiteral("--database=")}, QStringLiteral("--database"));
}

TEST_F(CliUsageTest, DatabaseOptionWorksBeforeAndAfterTheCommand)
{
    const QString file = database();
    ASSERT_EQ(run({QStringLiteral("--database"), file, QStringLiteral("init")}).exitCode, 0);
    const CliResult before =
        run({QStringLiteral("--database"), file, QStringLiteral("stats"), QStringLiteral("--json")});
    const CliResult after =
        run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database=") + file});
    ASSERT_EQ(before.exitCode, 0) << test::describe(before);
    EXPECT_EQ(before.out, after.out);
    EXPECT_TRUE(before.out.contains(QStringLiteral("\"advocates\": 0"))) << before.out.toStdString();
}

TEST_F(CliUsageTest, AnUnreadableClockSettingIsRefused)
{
    m_environment.insert(QStringLiteral("ADVOCATEDESK_NOW"), QStringLiteral("next tuesday"));
    const CliResult result = run({QStringLiteral("init"), QStringLiteral("--database"), database()});
    EXPECT_EQ(result.exitCode, 1) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("ADVOCATEDESK_NOW"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(database()));
}
