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
         .options = {kJson},
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
                                                       "the same data (default 42).")},
                     {.name = QStringLiteral("--exact-proportions"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Benchmark datasets: one account per five advocates, "
                                                           "exactly ten contributions and touches and three NPS "
                                                           "responses per advocate.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Fill with a deterministic, believable programme."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Only an empty database is filled; one that already holds "
                                                 "advocates is refused and left unchanged."),
         .run = &runDemo},
        {.name = QStringLiteral("check"),
         .options = {kJson},
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
                      .required = true},
                     kJson},
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
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The deal or opportunity.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Log a sales ask; prints its id."),
         .run = &runRequestNew},
        {.name = QStringLiteral("request show"),
         .argumentSyntax = QStringLiteral("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "One request and everyone asked for it."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Each ask with the advocate's owner, when they were asked, their "
                                                 "answer and when, and the contribution logged for the request. "
                                                 "--json prints {\"id\", \"status\", \"activity\", \"asks\": "
                                                 "[{\"email\", \"owner\", \"asked_on\", \"answer\", "
                                                 "\"answered_on\", \"contribution_id\"}]}."),
         .run = &runRequestShow},
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
         .options = {kJson},
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
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Why, for a decline.")},
                     kJson},
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
        {.name = QStringLiteral("kpi"),
         .options = {{.name = QStringLiteral("--from"),
                      .valueName = QStringLiteral("DATE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "First day of the range (YYYY-MM-DD).")},
                     {.name = QStringLiteral("--to"),
                      .valueName = QStringLiteral("DATE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Last day of the range (default: today).")},
                     {.name = QStringLiteral("--csm"),
                      .valueName = QStringLiteral("NAME"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only this CSM's advocates and accounts.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Programme KPIs."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "NPS and its trend, journey funnel, nomination pipeline, tiers, participation, "
                        "contributions, ask load and fatigue, referrals, reference-influenced revenue, "
                        "reference coverage, retention and follow-up debt. The range defaults to the last "
                        "365 days ending today. --json prints one object keyed by KPI name."),
         .run = &runKpi},
        {.name = QStringLiteral("report"),
         .options = {{.name = QStringLiteral("--out"),
                      .valueName = QStringLiteral("FILE.pdf"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Where to write the PDF; - for standard output."),
                      .required = true},
                     {.name = QStringLiteral("--from"),
                      .valueName = QStringLiteral("DATE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "First day of the range (YYYY-MM-DD).")},
                     {.name = QStringLiteral("--to"),
                      .valueName = QStringLiteral("DATE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Last day of the range (default: today).")},
                     {.name = QStringLiteral("--csm"),
                      .valueName = QStringLiteral("NAME"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only this CSM's advocates and accounts.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "The programme report as a PDF."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "Title, range and filters, a table of every KPI beside the same-length period before, "
                        "then the dashboard's charts: the document the dashboard's Export Report writes. The "
                        "range defaults to the last 365 days ending today."),
         .run = &runReport,
         .draws = true},
        {.name = QStringLiteral("import"),
         .argumentSyntax = QStringLiteral("KIND FILE"),
         .minArguments = 2,
         .maxArguments = 2,
         .options = {{.name = QStringLiteral("--mapping"),
                      .valueName = QStringLiteral("auto|salesforce|hubspot|FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "How columns map to fields: matched by header "
                                                           "(default), a CRM export preset, or a JSON file "
                                                           "{\"columns\": {\"Header\": \"field\"}}.")},
                     {.name = QStringLiteral("--on-duplicate"),
                      .valueName = QStringLiteral("skip|update"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "What to do with a row already in the database "
                                                           "(default: refuse the file).")},
                     {.name = QStringLiteral("--skip-bad-rows"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Import the rows without errors and leave the "
                                                           "others out (default: refuse the whole file).")},
                     {.name = QStringLiteral("--report"),
                      .valueName = QStringLiteral("FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Save the refused rows (row, column, reason) as "
                                                           "CSV; - for standard output.")},
                     {.name = QStringLiteral("--encoding"),
                      .valueName = QStringLiteral("utf-8|windows-1252|utf-16le|utf-16be"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The file's encoding, when detection is not wanted (a "
                                                           "file that is UTF-8 but for a line is refused until "
                                                           "one is given).")},
                     {.name = QStringLiteral("--dry-run"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Check the file and say what would change; "
                                                           "write nothing.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Import a CSV file of accounts, advocates, nps, purchases "
                                                 "or contributions."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "Reads UTF-8, UTF-16 or Windows-1252 text separated by commas, semicolons or tabs. "
                        "All or nothing: any row error is printed as FILE:ROW: field: message and nothing "
                        "is written, unless --skip-bad-rows is given. An advocate naming an account that "
                        "does not exist creates it."),
         .run = &runImport},
        {.name = QStringLiteral("export case-studies"),
         .options = {{.name = QStringLiteral("--format"),
                      .valueName = QStringLiteral("csv|json|pdf"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "The file format."),
                      .required = true},
                     {.name = QStringLiteral("--out"),
                      .valueName = QStringLiteral("FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Where to write the list (replaced whole); - for standard output."),
                      .required = true},
                     {.name = QStringLiteral("--industry"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only accounts in this industry.")},
                     {.name = QStringLiteral("--region"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only accounts in this region.")},
                     {.name = QStringLiteral("--segment"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only this segment: smb, mid_market or enterprise.")},
                     {.name = QStringLiteral("--product"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only accounts using this product.")},
                     {.name = QStringLiteral("--tier"),
                      .valueName = QStringLiteral("X"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Only this tier: community, silver, gold or vip.")},
                     {.name = QStringLiteral("--anonymise"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "List advocates without a current consent "
                                                           "anonymously instead of leaving them out.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Export the case-study list for marketing and sales."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "Lists advocates with a current name, logo, quote or case-study consent, showing only "
                        "what each consent allows. CSV cells that a spreadsheet would run as formulas are "
                        "prefixed with an apostrophe. The file is readable by its owner only."),
         .run = &runExportCaseStudies,
         .draws = true},
        {.name = QStringLiteral("person export"),
         .argumentSyntax = QStringLiteral("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {{.name = QStringLiteral("--out"),
                      .valueName = QStringLiteral("FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Where to write the JSON; - for standard output."),
                      .required = true},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Export everything held on one person, as JSON."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "For a subject access request: the advocate, consents, notes, "
                                                 "NPS, touches, contributions, appreciation, asks, referrals, "
                                                 "feedback and audit events. The file is readable by its owner "
                                                 "only."),
         .run = &runPersonExport},
        {.name = QStringLiteral("person erase"),
         .argumentSyntax = QStringLiteral("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {{.name = QStringLiteral("--yes"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Confirm: erasing cannot be undone.")},
                     {.name = QStringLiteral("--scrub-backups"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Also rewrite every copy in DATABASE.backups that "
                                                           "still holds the person, without them.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Erase one person completely."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "Deletes the advocate and every row about them, removes them from the search index and "
                        "replaces their email, name and phone number in every other row's text, in one "
                        "transaction. A salted hash of their email is kept in the erasure ledger, so that "
                        "restoring an older backup or merging an older bundle erases them again. Backups taken "
                        "before still hold them until rewritten with --scrub-backups; copies outside the "
                        "backups folder are out of reach."),
         .run = &runPersonErase},
        {.name = QStringLiteral("sync-export"),
         .options = {{.name = QStringLiteral("--out"),
                      .valueName = QStringLiteral("FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Where to write the bundle; - for standard output."),
                      .required = true},
                     {.name = QStringLiteral("--full"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Every row, not only the changes since the last "
                                                           "export.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Write the changes since the last export as a sync bundle."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "A versioned JSON file (docs/sync-bundle.schema.json) for a "
                                                 "colleague's sync-import, readable by its owner only."),
         .run = &runSyncExport},
        {.name = QStringLiteral("sync-import"),
         .argumentSyntax = QStringLiteral("FILE"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {{.name = QStringLiteral("--on-conflict"),
                      .valueName = QStringLiteral("keep-mine|take-theirs"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "What to do with rows changed on both sides "
                                                           "(default: list them, merge nothing, exit 1).")},
                     {.name = QStringLiteral("--trust"),
                      .valueName = QStringLiteral("FINGERPRINT"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Accept the key of a colleague whose bundle this "
                                                           "programme has not seen before, once its fingerprint "
                                                           "was compared with theirs (sync-key).")},
                     {.name = QStringLiteral("--yes"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Accept the erasures and consent changes the bundle "
                                                           "makes (without it they are listed, nothing is "
                                                           "merged, exit 1).")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Merge a colleague's sync bundle."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Rows are matched by UUID (or by name or email when created on "
                                                 "both sides); a row only the colleague changed takes the newer "
                                                 "updated_at. Rows both sides changed are conflicts: without "
                                                 "--on-conflict they are listed field by field and nothing is "
                                                 "merged. A malformed, truncated, newer-version, unsigned or "
                                                 "altered bundle is refused whole; a colleague's first bundle "
                                                 "waits for --trust, erasures and consent changes for --yes. "
                                                 "Merging a bundle again changes nothing."),
         .run = &runSyncImport},
        {.name = QStringLiteral("sync-key"),
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Show the fingerprint of the key this programme signs bundles with."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "A colleague merging your first bundle is shown this fingerprint "
                                                 "and accepts it only if it matches: read it to them."),
         .run = &runSyncKey},
        {.name = QStringLiteral("backup"),
         .options = {{.name = QStringLiteral("--out"),
                      .valueName = QStringLiteral("FILE"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "Where to write the backup (replaced whole); - for "
                                                           "standard output. Without it, the backup goes to the "
                                                           "rotating folder DATABASE.backups next to the database.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Write a complete copy of the database."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "Safe while other programs use the file. The copy is readable "
                                                 "by its owner only. In the rotating folder only the newest "
                                                 "copies are kept (setting backups/keep, default 5). Of a "
                                                 "programme on a server, --out writes a complete local SQLite "
                                                 "snapshot, which --database FILE opens like any file."),
         .run = &runBackup},
        {.name = QStringLiteral("restore"),
         .argumentSyntax = QStringLiteral("FILE"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {{.name = QStringLiteral("--verbose"),
                      .help = QT_TRANSLATE_NOOP("ad::Cli", "For a damaged backup, list every problem found, "
                                                           "not only the first few.")},
                     kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Replace the database with a backup."),
         .details = QT_TRANSLATE_NOOP("ad::Cli", "The backup is checked first (integrity and schema version); a "
                                                 "damaged or foreign file is refused and nothing changes. The "
                                                 "replaced database is kept as a safety copy in "
                                                 "DATABASE.backups. Programs that have the file open see the "
                                                 "restored programme; one that is writing makes the restore "
                                                 "wait up to 5 s, after which it is refused."),
         .run = &runRestore},
        {.name = QStringLiteral("server init"),
         .argumentSyntax = QStringLiteral("URL"),
         .minArguments = 1,
         .maxArguments = 1,
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Create the schema of a programme in an empty PostgreSQL "
                                                 "database."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "URL is postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD, "
                        "~/.pgpass or PGSERVICE, never from the command line. The database must exist (createdb) "
                        "and be empty: one holding tables of another program, or already a programme, is "
                        "refused and left unchanged."),
         .run = &runServerInit},
        {.name = QStringLiteral("server push"),
         .argumentSyntax = QStringLiteral("FILE.sqlite URL"),
         .minArguments = 2,
         .maxArguments = 2,
         .options = {kJson},
         .summary = QT_TRANSLATE_NOOP("ad::Cli", "Copy a whole local programme to a PostgreSQL server."),
         .details = QT_TRANSLATE_NOOP(
             "ad::Cli", "The server database must be empty, or a new programme from 'server init'. Every table "
                        "is copied in one transaction, then read back and compared with the file (row count and "
                        "checksum) before it is committed: on any difference or failure nothing stays on the "
                        "server. The file is only read. The way back is 'backup --out FILE.sqlite' with "
                        "--database URL."),
         .run = &runServerPush},
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
