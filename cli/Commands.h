#pragma once

#include "Cli.h"

namespace ad {

class CliOutput;
struct Invocation;

// One function per command; each checks its own option values, opens the database
// it needs, and reports through `output`.
ExitCode runInit(const Invocation &invocation, CliOutput &output);
ExitCode runDemo(const Invocation &invocation, CliOutput &output);
ExitCode runCheck(const Invocation &invocation, CliOutput &output);
ExitCode runStats(const Invocation &invocation, CliOutput &output);
ExitCode runSearch(const Invocation &invocation, CliOutput &output);
ExitCode runAdvocateShow(const Invocation &invocation, CliOutput &output);
ExitCode runNominate(const Invocation &invocation, CliOutput &output);
ExitCode runRequestNew(const Invocation &invocation, CliOutput &output);
ExitCode runRequestMatch(const Invocation &invocation, CliOutput &output);
ExitCode runRequestShow(const Invocation &invocation, CliOutput &output);
ExitCode runRequestAsk(const Invocation &invocation, CliOutput &output);
ExitCode runRequestAnswer(const Invocation &invocation, CliOutput &output);
ExitCode runDue(const Invocation &invocation, CliOutput &output);
ExitCode runKpi(const Invocation &invocation, CliOutput &output);
ExitCode runReport(const Invocation &invocation, CliOutput &output);
ExitCode runImport(const Invocation &invocation, CliOutput &output);
ExitCode runExportCaseStudies(const Invocation &invocation, CliOutput &output);
ExitCode runPersonExport(const Invocation &invocation, CliOutput &output);
ExitCode runPersonErase(const Invocation &invocation, CliOutput &output);
ExitCode runSyncExport(const Invocation &invocation, CliOutput &output);
ExitCode runSyncImport(const Invocation &invocation, CliOutput &output);
ExitCode runSyncKey(const Invocation &invocation, CliOutput &output);
ExitCode runBackup(const Invocation &invocation, CliOutput &output);
ExitCode runRestore(const Invocation &invocation, CliOutput &output);
ExitCode runServerInit(const Invocation &invocation, CliOutput &output);
ExitCode runServerPush(const Invocation &invocation, CliOutput &output);

} // namespace ad
