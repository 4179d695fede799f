// The CLI speaks the system locale's language (Traditional Chinese, Malay) and
// English plurals come out right.
#include "CliFixture.h"

using namespace ad;
using test::CliResult;

class CliTranslationTest : public test::CliFixture
{
protected:
    CliResult runIn(const QString &locale, const QStringList &arguments)
    {
        m_environment.insert(QStringLiteral("LC_ALL"), locale);
        m_environment.insert(QStringLiteral("LANGUAGE"), QString());
        return run(arguments);
    }
};

TEST_F(CliTranslationTest, HelpIsInTraditionalChineseUnderZhTw)
{
    const CliResult result = runIn(QStringLiteral("zh_TW.UTF-8"), {QStringLiteral("help")});
    EXPECT_EQ(result.exitCode, 0) << test::describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("指令："))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("建立空白資料庫。"))) << result.out.toStdString();
}

TEST_F(CliTranslationTest, ErrorsAreInMalayUnderMs)
{
    const CliResult result = runIn(QStringLiteral("ms_MY.UTF-8"), {QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2) << test::describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Arahan tidak diketahui “frobnicate”."))) << result.err.toStdString();
}

TEST_F(CliTranslationTest, EnglishUsesTheSingularForOne)
{
    ASSERT_EQ(runOn(database(), {QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("1")}).exitCode, 0);
    const CliResult again = runOn(database(), {QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("1")});
    EXPECT_EQ(again.exitCode, 1) << test::describe(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds 1 advocate;"))) << again.err.toStdString();
}
