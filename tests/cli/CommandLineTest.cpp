// The parser on its own: where options may stand, and what it refuses.
#include "CommandLine.h"
#include "CommandCatalogue.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {

ParsedCommandLine parse(const QStringList &arguments)
{
    return parseCommandLine(arguments, commandCatalogue());
}

} // namespace

TEST(CommandLine, GlobalAndCommandOptionsMayStandAnywhereAfterTheCommand)
{
    const ParsedCommandLine parsed =
        parse({QStringLiteral("search"), QStringLiteral("--limit=5"), QStringLiteral("mei"),
               QStringLiteral("--database"), QStringLiteral("a.sqlite"), QStringLiteral("ling"),
               QStringLiteral("--json")});
    ASSERT_EQ(parsed.action, ParsedCommandLine::Action::Run) << parsed.error.toStdString();
    EXPECT_EQ(parsed.invocation.command->name, QStringLiteral("search"));
    EXPECT_EQ(parsed.invocation.arguments, (QStringList{QStringLiteral("mei"), QStringLiteral("ling")}));
    EXPECT_EQ(parsed.invocation.value(QStringLiteral("--limit")), QStringLiteral("5"));
    EXPECT_TRUE(parsed.invocation.has(QStringLiteral("--json")));
    EXPECT_EQ(parsed.invocation.databasePath, QStringLiteral("a.sqlite"));
}

TEST(CommandLine, DoubleDashEndsTheOptions)
{
    const ParsedCommandLine parsed =
        parse({QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("--json")});
    ASSERT_EQ(parsed.action, ParsedCommandLine::Action::Run) << parsed.error.toStdString();
    EXPECT_EQ(parsed.invocation.arguments, QStringList{QStringLiteral("--json")});
    EXPECT_FALSE(parsed.invocation.has(QStringLiteral("--json")));
}

TEST(CommandLine, ValuesMayLookLikeOptions)
{
    // An option that takes a value takes the next word, whatever it is; the
    // command then judges it (a negative limit is a bad number, not an option).
    const ParsedCommandLine parsed = parse({QStringLiteral("nominate"), QStringLiteral("a@b.example"),
                                            QStringLiteral("--evidence"), QStringLiteral("--keen--")});
    ASSERT_EQ(parsed.action, ParsedCommandLine::Action::Run) << parsed.error.toStdString();
    EXPECT_EQ(parsed.invocation.value(QStringLiteral("--evidence")), QStringLiteral("--keen--"));
}

TEST(CommandLine, SubcommandsResolveToTheirSpec)
{
    const ParsedCommandLine parsed =
        parse({QStringLiteral("advocate"), QStringLiteral("show"), QStringLiteral("a@b.example")});
    ASSERT_EQ(parsed.action, ParsedCommandLine::Action::Run);
    EXPECT_EQ(parsed.invocation.command->name, QStringLiteral("advocate show"));
    EXPECT_EQ(parsed.invocation.arguments, QStringList{QStringLiteral("a@b.example")});
}

TEST(CommandLine, HelpAndVersionWinOverMissingArguments)
{
    EXPECT_EQ(parse({QStringLiteral("nominate"), QStringLiteral("--help")}).action,
              ParsedCommandLine::Action::Help);
    EXPECT_EQ(parse({QStringLiteral("demo"), QStringLiteral("-h")}).invocation.command->name,
              QStringLiteral("demo"));
    EXPECT_EQ(parse({QStringLiteral("stats"), QStringLiteral("--version")}).action,
              ParsedCommandLine::Action::Version);
    const ParsedCommandLine group = parse({QStringLiteral("advocate"), QStringLiteral("--help")});
    EXPECT_EQ(group.action, ParsedCommandLine::Action::Help);
    EXPECT_EQ(group.helpGroup, QStringLiteral("advocate"));
}

TEST(CommandLine, FlagsRefuseValuesAndRequiredOptionsAreChecked)
{
    EXPECT_EQ(parse({QStringLiteral("stats"), QStringLiteral("--json=1")}).action,
              ParsedCommandLine::Action::UsageError);
    EXPECT_EQ(parse({QStringLiteral("--version=2")}).action, ParsedCommandLine::Action::UsageError);
    const ParsedCommandLine demo =
        parse({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3")});
    EXPECT_EQ(demo.action, ParsedCommandLine::Action::UsageError);
    EXPECT_TRUE(demo.error.contains(QStringLiteral("--advocates"))) << demo.error.toStdString();
}
