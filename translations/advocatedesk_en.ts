<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ad::Backup</name>
    <message numerus="yes">
        <source>%1; and %n more problems</source>
        <translation>
            <numerusform>%1; and %n more problem</numerusform>
            <numerusform>%1; and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to “%1” and held on for %n s; nothing was restored. Try again when it has finished.</source>
        <translation>
            <numerusform>Another program is writing to “%1” and held on for %n s; nothing was restored. Try again when it has finished.</numerusform>
            <numerusform>Another program is writing to “%1” and held on for %n s; nothing was restored. Try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyExportDialog</name>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>Exported %n advocate to %1.</numerusform>
            <numerusform>Exported %n advocates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advocates will be exported:</source>
        <translation>
            <numerusform>%n advocate will be exported:</numerusform>
            <numerusform>%n advocates will be exported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n named</numerusform>
            <numerusform>%n named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonymous</numerusform>
            <numerusform>%n anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n quotes or stories say “the customer” or describe the company instead of naming them)</source>
        <translation>
            <numerusform>(%n quote or story says “the customer” or describes the company instead of naming them)</numerusform>
            <numerusform>(%n quotes or stories say “the customer” or describe the company instead of naming them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n without a current consent to publish.</source>
        <translation>
            <numerusform>Left out: %n without a current consent to publish.</numerusform>
            <numerusform>Left out: %n without a current consent to publish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n case-study links that name someone not named in the list.</source>
        <translation>
            <numerusform>Left out: %n case-study link that names someone not named in the list.</numerusform>
            <numerusform>Left out: %n case-study links that name someone not named in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Cli</name>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>Exported %n advocate to %1.</numerusform>
            <numerusform>Exported %n advocates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts would be created.</source>
        <translation>
            <numerusform>%n new account would be created.</numerusform>
            <numerusform>%n new accounts would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts created.</source>
        <translation>
            <numerusform>%n new account created.</numerusform>
            <numerusform>%n new accounts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problems</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>The database has %n problem.</numerusform>
            <numerusform>The database has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote all %n rows to %1.</source>
        <translation>
            <numerusform>Wrote all %n row to %1.</numerusform>
            <numerusform>Wrote all %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows changed since %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n row changed since %1 to %2.</numerusform>
            <numerusform>Wrote %n rows changed since %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), %n conflicts.</source>
        <translation>
            <numerusform>Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), %n conflict.</numerusform>
            <numerusform>Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), %n conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People erased on request there and erased here too: %n.</source>
        <translation>
            <numerusform>People erased on request there and erased here too: %n.</numerusform>
            <numerusform>People erased on request there and erased here too: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up “%1” to “%2” (the newest %n backups there are kept).</source>
        <translation>
            <numerusform>Backed up “%1” to “%2” (only the newest backup there is kept).</numerusform>
            <numerusform>Backed up “%1” to “%2” (the newest %n backups there are kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n row with errors in %1; nothing was imported.</numerusform>
            <numerusform>%n rows with errors in %1; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out of %1.</source>
        <translation>
            <numerusform>%n row with errors left out of %1.</numerusform>
            <numerusform>%n rows with errors left out of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme report for %1 (%2) written to %3: %n pages.</source>
        <translation>
            <numerusform>Programme report for %1 (%2) written to %3: %n page.</numerusform>
            <numerusform>Programme report for %1 (%2) written to %3: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows changed on both sides; nothing was merged. Run again with --on-conflict keep-mine or --on-conflict take-theirs.</source>
        <translation>
            <numerusform>%n row changed on both sides; nothing was merged. Run again with --on-conflict keep-mine or --on-conflict take-theirs.</numerusform>
            <numerusform>%n rows changed on both sides; nothing was merged. Run again with --on-conflict keep-mine or --on-conflict take-theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>%n person erased since the backup was taken was erased again.</numerusform>
            <numerusform>%n people erased since the backup was taken were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n backups in %1 without them.</source>
        <translation>
            <numerusform>Rewrote %n backup in %1 without them.</numerusform>
            <numerusform>Rewrote %n backups in %1 without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in %1 were taken before and still hold them; run again with --scrub-backups to rewrite them, or restore one: it erases them again.</source>
        <translation>
            <numerusform>%n backup in %1 was taken before and still holds them; run again with --scrub-backups to rewrite it, or restore it: it erases them again.</numerusform>
            <numerusform>%n backups in %1 were taken before and still hold them; run again with --scrub-backups to rewrite them, or restore one: it erases them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle erases people or changes consents (%n changes above); nothing was merged. Run again with --yes to accept them.</source>
        <translation>
            <numerusform>The bundle erases people or changes consents (%n change above); nothing was merged. Run again with --yes to accept it.</numerusform>
            <numerusform>The bundle erases people or changes consents (%n changes above); nothing was merged. Run again with --yes to accept them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people of the colleague&apos;s file are not users here; a bundle never adds users, so what they own is left without an owner.</source>
        <translation>
            <numerusform>%n person of the colleague&apos;s file is not a user here; a bundle never adds users, so what they own is left without an owner.</numerusform>
            <numerusform>%n people of the colleague&apos;s file are not users here; a bundle never adds users, so what they own is left without an owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to users or activity types were not taken: a bundle never changes them here.</source>
        <translation>
            <numerusform>%n change to users or activity types was not taken: a bundle never changes them here.</numerusform>
            <numerusform>%n changes to users or activity types were not taken: a bundle never changes them here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::DashboardCharts</name>
    <message numerus="yes">
        <source>Ask load: advocates by asks in the range (%n fatigued)</source>
        <translation>
            <numerusform>Ask load: advocates by asks in the range (%n fatigued)</numerusform>
            <numerusform>Ask load: advocates by asks in the range (%n fatigued)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::DashboardPage</name>
    <message numerus="yes">
        <source>%1 — %n requests</source>
        <translation>
            <numerusform>%1 — %n request</numerusform>
            <numerusform>%1 — %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n advocates</source>
        <translation>
            <numerusform>%1 — %n advocate</numerusform>
            <numerusform>%1 — %n advocates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Demo</name>
    <message numerus="yes">
        <source>This database already holds %n advocates; demo data goes only into an empty database.</source>
        <translation>
            <numerusform>This database already holds %n advocate; demo data goes only into an empty database.</numerusform>
            <numerusform>This database already holds %n advocates; demo data goes only into an empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ErasePersonDialog</name>
    <message numerus="yes">
        <source>Also rewrite the %n backups in the backups folder without them</source>
        <translation>
            <numerusform>Also rewrite the backup in the backups folder without them</numerusform>
            <numerusform>Also rewrite the %n backups in the backups folder without them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n new accounts</source>
        <translation>
            <numerusform>%n new account</numerusform>
            <numerusform>%n new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: fix the file and import again, or import only the other rows.</source>
        <translation>
            <numerusform>%n row with errors: fix the file and import again, or import only the other rows.</numerusform>
            <numerusform>%n rows with errors: fix the file and import again, or import only the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out.</source>
        <translation>
            <numerusform>%n row with errors left out.</numerusform>
            <numerusform>%n rows with errors left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ImportWizard</name>
    <message numerus="yes">
        <source>Encoding %1, %2, %n rows</source>
        <translation>
            <numerusform>Encoding %1, %2, %n row</numerusform>
            <numerusform>Encoding %1, %2, %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::MainWindow</name>
    <message numerus="yes">
        <source>Sync bundle written: %n changed rows in %1.</source>
        <translation>
            <numerusform>Sync bundle written: %n changed row in %1.</numerusform>
            <numerusform>Sync bundle written: %n changed rows in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>%n person erased since the backup was taken was erased again.</numerusform>
            <numerusform>%n people erased since the backup was taken were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Rules</name>
    <message numerus="yes">
        <source>asked %n times in the last %1 days</source>
        <translation>
            <numerusform>asked %n time in the last %1 days</numerusform>
            <numerusform>asked %n times in the last %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in with %1: asked %n times in the last %2 days (last on %3) without a single touch.</source>
        <translation>
            <numerusform>Check in with %1: asked %n time in the last %2 days (last on %3) without a single touch.</numerusform>
            <numerusform>Check in with %1: asked %n times in the last %2 days (last on %3) without a single touch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Storage</name>
    <message numerus="yes">
        <source>the database is busy — another program is writing; tried for %n s. Nothing was changed; try again in a moment.</source>
        <translation>
            <numerusform>the database is busy — another program is writing; tried for %n s. Nothing was changed; try again in a moment.</numerusform>
            <numerusform>the database is busy — another program is writing; tried for %n s. Nothing was changed; try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::SyncConflictDialog</name>
    <message numerus="yes">
        <source>%n rows were changed both here and by %1 since your last exchange. Nothing has been merged yet: choose which version to keep.</source>
        <translation>
            <numerusform>%n row was changed both here and by %1 since your last exchange. Nothing has been merged yet: choose which version to keep.</numerusform>
            <numerusform>%n rows were changed both here and by %1 since your last exchange. Nothing has been merged yet: choose which version to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::SyncReportDialog</name>
    <message numerus="yes">
        <source>Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under another id, %7 skipped (erased people), %8 people erased here too. %n conflicts.</source>
        <translation>
            <numerusform>Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under another id, %7 skipped (erased people), %8 people erased here too. %n conflict.</numerusform>
            <numerusform>Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under another id, %7 skipped (erased people), %8 people erased here too. %n conflicts.</numerusform>
        </translation>
    </message>
</context>
</TS>
