#include "CommandCatalogue.h"

#include "Commands.h"

namespace ad {

namespace {

const OptionSpec kJson{.name = QStringLiteral("--json"),
                       .help = QT_TRANSLATE_NOOP("ad::Cli", "Print machine-readable JSON instead of text.")};

QList<CommandSpec> buildCatalogue()
{
    return {
        {.name = QStringLiteral("init"),
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Create an empty database."),
         .details =
             QT_TRANSLATE_NOOP("ad::Cli", "Creates the database file, readable by its owner only. A file "
                                          "that is already an Advocate Desk database is left as it is."),
         .run = &runInit},
        {.name = QStringLiteral("demo"),
         .options = {{.name = QStringLiteral("--advocates"),
                      .valueName = QStringLiteral("N"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "How many advocates to create (at least 1)."),
                      .required = true},
                     {.name = QStringLiteral("--seed"),
                      .valueName = QStringLiteral("S"),
                      .help =
                          QT_TRANSLATE_NOOP("ad::Cli", "Random seed; the same seed and ADVOCATEDESK_NOW give "
                                                       "the same data (default 42).")}},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Fill with a deterministic, believable programme."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Only an empty database is filled; one that already holds "
                                                 "advocates is refused and left unchanged."),
         .run = &runDemo},
        {.name = QStringLiteral("check"),
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Check integrity and schema version."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Exits with status 1 when a problem is found."),
         .run = &runCheck},
        {.name = QStringLiteral("stats"),
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Count the rows of every entity."),
         .run = &runStats},
        {.name = QStringLiteral("search"),
         .argumentSyntax = QStringLiteral("TEXT"),
         .minArguments = 1,
         .maxArguments = -1,
         .options = {{.name = QStringLiteral("--limit"),
                      .valueName = QStringLiteral("N"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Show at most N matches (default 50).")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Full-text search over advocates."),
         .details =
             QT_TRANSLATE_NOOP("ad::Cli", "Every word matches as a prefix of a name, email, title, account, "
                                          "success story or note; best matches first."),
         .run = &runSearch},
        {.name = QStringLiteral("advocate show"),
         .argumentSyntax = QStringLiteral("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "One advocate, with timeline."),
         .details =
             QT_TRANSLATE_NOOP("ad::Cli", "Shows the advocate's profile and everything that happened with "
                                          "them, newest first."),
         .run = &runAdvocateShow},
        {.name = QStringLiteral("nominate"),
         .argumentSyntax = QStringLiteral("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {{.name = QStringLiteral("--evidence"),
                      .valueName = QStringLiteral("TEXT"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Why this customer could speak for the product."),
                      .required = true}},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Put an advocate into the nomination pipeline."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Prints the id of the nomination."),
         .run = &runNominate},
        {.name = QStringLiteral("request new"),
         .options = {{.name = QStringLiteral("--activity"),
                      .valueName = QStringLiteral("TYPE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The activity asked for, by name (\"Reference call\")."),
                      .required = true},
                     {.name = QStringLiteral("--industry"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The prospect's industry.")},
                     {.name = QStringLiteral("--segment"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "smb, mid_market or enterprise.")},
                     {.name = QStringLiteral("--region"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The prospect's region.")},
                     {.name = QStringLiteral("--product"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The product the deal is about.")},
                     {.name = QStringLiteral("--needed-by"),
                      .valueName = QStringLiteral("DATE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "When the reference is needed (YYYY-MM-DD).")},
                     {.name = QStringLiteral("--requester"),
                      .valueName = QStringLiteral("NAME"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Who in sales or marketing asked.")},
                     {.name = QStringLiteral("--opportunity"),
                      .valueName = QStringLiteral("NAME"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The deal or opportunity.")}},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Log a sales ask; prints its id."),
         .run = &runRequestNew},
        {.name = QStringLiteral("request match"),
         .argumentSyntax = QStringLiteral("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Eligible advocates ranked, each with why; excluded ones, each "
                                                 "with its reason."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Only enrolled advocates are considered. --json prints "
                                                 "{\"candidates\": [{\"email\", \"score\", \"why\"}], "
                                                 "\"excluded\": [{\"email\", \"reason\"}]}."),
         .run = &runRequestMatch},
        {.name = QStringLiteral("request ask"),
         .argumentSyntax = QStringLiteral("ID EMAIL"),
         .minArguments = 2,
         .maxArguments = 2,
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Record that this advocate was asked."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Refused when ask protection excludes the advocate (see "
                                                 "'request match'). Prints the id of the ask."),
         .run = &runRequestAsk},
        {.name = QStringLiteral("request answer"),
         .argumentSyntax = QStringLiteral("ID EMAIL accepted|declined"),
         .minArguments = 3,
         .maxArguments = 3,
         .options = {{.name = QStringLiteral("--reason"),
                      .valueName = QStringLiteral("TEXT"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Why, for a decline.")}},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Record the advocate's answer to an ask."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "A decline blocks the same activity type for this advocate "
                                                 "for a while."),
         .run = &runRequestAnswer},
        {.name = QStringLiteral("due"),
         .options = {{.name = QStringLiteral("--csm"),
                      .valueName = QStringLiteral("NAME"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only what this CSM's advocates are owed.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Follow-up debt and what needs doing."),
         .run = &runDue},
        // Answered by the parser itself: it never reaches a handler.
        {.name = QStringLiteral("help"),
         .argumentSyntax = QStringLiteral("[COMMAND]"),
         .maxArguments = 2,
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Show the commands, or how to use one.")},
    };
}

} // namespace

const QList<CommandSpec> &commandCatalogue()
{
    static const QList<CommandSpec> catalogue = buildCatalogue();
    return catalogue;
}

} // namespace ad
