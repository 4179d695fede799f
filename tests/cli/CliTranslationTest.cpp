// The CLI speaks the system locale's language (Traditional Chinese, Malay) and
// English plurals come out right.
#include "CliFixture.h"
#include "TranslationCoverage.h"

#include <QFile>

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

// Every text the CLI asks to have translated, over a walk through every
// command (results, refusals and usage errors), has a finished translation in
// zh_TW and ms: recorded by the real binary (ADVOCATEDESK_RECORD_TRANSLATIONS).
TEST_F(CliTranslationTest, EveryCommandAsksOnlyForTranslatedText)
{
    const QString record = path(QStringLiteral("lookups.tsv"));
    m_environment.insert(QStringLiteral("ADVOCATEDESK_RECORD_TRANSLATIONS"), record);
    const QString db = database();
    const QString other = path(QStringLiteral("other.sqlite"));
    const auto cli = [&](const QStringList &arguments) { return runOn(db, arguments); };
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--advocates"), QStringLiteral("40")}).exitCode, 0);
    const QString email = firstAdvocateEmail(db);
    const QString request =
        cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--activity"), QStringLiteral("Reference call")})
            .out.trimmed();
    QFile csv(path(QStringLiteral("bad.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("email,name,account\nnot-an-email,Ann,Acme\nb@a.example,,Acme\nc@a.example,C\x1b,Acme\n");
    csv.close();
    const QList<QStringList> walk = {
        {QStringLiteral("help")},
        {QStringLiteral("check")},
        {QStringLiteral("stats")},
        {QStringLiteral("search"), QStringLiteral("a")},
        {QStringLiteral("advocate"), QStringLiteral("show"), email},
        {QStringLiteral("nominate"), email, QStringLiteral("--evidence"), QStringLiteral("QBR")},
        {QStringLiteral("request"), QStringLiteral("match"), request},
        {QStringLiteral("request"), QStringLiteral("ask"), request, email},
        {QStringLiteral("request"), QStringLiteral("ask"), request, email},
        {QStringLiteral("request"), QStringLiteral("answer"), request, email, QStringLiteral("declined"),
         QStringLiteral("--reason"), QStringLiteral("Busy")},
        {QStringLiteral("due")},
        {QStringLiteral("kpi")},
        {QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("r.pdf"))},
        {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName()},
        {QStringLiteral("import"), QStringLiteral("advocates"), csv.fileName(), QStringLiteral("--skip-bad-rows"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), path(QStringLiteral("c.csv"))},
        {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("--out"), path(QStringLiteral("c.pdf")), QStringLiteral("--anonymise")},
        {QStringLiteral("export"), QStringLiteral("case-studies"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), db},
        {QStringLiteral("person"), QStringLiteral("export"), email, QStringLiteral("--out"), path(QStringLiteral("p.json"))},
        {QStringLiteral("sync-key")},
        {QStringLiteral("sync-export"), QStringLiteral("--out"), path(QStringLiteral("b.json"))},
        {QStringLiteral("backup")},
        {QStringLiteral("backup"), QStringLiteral("--out"), path(QStringLiteral("copy.sqlite"))},
        {QStringLiteral("person"), QStringLiteral("erase"), email, QStringLiteral("--yes")},
        {QStringLiteral("restore"), path(QStringLiteral("copy.sqlite"))},
        {QStringLiteral("restore"), csv.fileName()},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("stats"), QStringLiteral("--limit")},
    };
    for (const QStringList &arguments : walk)
        (void)cli(arguments);
    for (const char *command : {"init", "demo", "check", "stats", "search", "advocate show", "nominate",
                                   "request new", "request show", "request match", "request ask", "request answer", "due", "kpi",
                                   "report", "import", "export case-studies", "person export", "person erase",
                                   "sync-export", "sync-import", "sync-key", "backup", "restore"})
        (void)run(QStringList{QStringLiteral("help")} + QString::fromLatin1(command).split(QLatin1Char(' ')));
    ASSERT_EQ(runOn(other, {QStringLiteral("init")}).exitCode, 0);
    (void)runOn(other, {QStringLiteral("sync-import"), path(QStringLiteral("b.json"))}); // an unknown key
    (void)runOn(path(QStringLiteral("missing.sqlite")), {QStringLiteral("stats")});

    QFile recorded(record);
    ASSERT_TRUE(recorded.open(QIODevice::ReadOnly));
    QList<TranslationRecorder::Lookup> lookups;
    for (const QByteArray &line : recorded.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (fields.size() == 3)
            lookups << TranslationRecorder::Lookup{fields.at(0), QString(fields.at(1)).replace(QStringLiteral("\\n"), QStringLiteral("\n")),
                                                   fields.at(2)};
    }
    EXPECT_GT(lookups.size(), 150) << "the walk reached too little to mean anything";
    const QStringList missing = test::untranslated(lookups);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " lookups without a finished translation:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}
