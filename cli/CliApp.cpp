#include "CliApp.h"

#include "CliOutput.h"
#include "CommandCatalogue.h"
#include "HelpText.h"
#include "io/UserFile.h"
#include "util/AppIdentity.h"

#include <QLocale>

namespace ad {

namespace {

ExitCode showHelp(const ParsedCommandLine &parsed, CliOutput &output)
{
    const HelpText help(commandCatalogue());
    if (parsed.invocation.command)
        output.out() << help.forCommand(*parsed.invocation.command);
    else if (!parsed.helpGroup.isEmpty())
        output.out() << help.forGroup(parsed.helpGroup);
    else
        output.out() << help.overview();
    return ExitCode::Success;
}

} // namespace

int runCli(const QStringList &arguments)
{
    CliOutput output;
    const ParsedCommandLine parsed = parseCommandLine(arguments.mid(1), commandCatalogue());
    ExitCode code = ExitCode::Success;
    switch (parsed.action) {
    case ParsedCommandLine::Action::Version:
        output.out() << Cli::programName() << QLatin1Char(' ') << applicationVersion() << Qt::endl;
        break;
    case ParsedCommandLine::Action::Help:
        code = showHelp(parsed, output);
        break;
    case ParsedCommandLine::Action::UsageError: {
        const CommandSpec *command = parsed.invocation.command;
        code = output.usageError(parsed.error, command ? command->name : parsed.helpGroup);
        break;
    }
    case ParsedCommandLine::Action::Run: {
        const Invocation &invocation = parsed.invocation;
        const bool dataOnStdout = UserFile::isStandardOutput(invocation.value(QStringLiteral("--out")))
                                  || UserFile::isStandardOutput(invocation.value(QStringLiteral("--report")));
        if (dataOnStdout && invocation.has(QStringLiteral("--json"))) {
            code = output.usageError(Cli::tr("--json and an output of “-” both want standard output; choose one."),
                                     invocation.command->name);
            break;
        }
        if (dataOnStdout)
            output.reserveStdoutForData();
        output.setJson(invocation.has(QStringLiteral("--json")));
        // JSON is read by scripts: the sentences inside it (a reason, an action)
        // write dates as ISO and numbers without separators, whatever the locale.
        if (output.json())
            QLocale::setDefault(QLocale::c());
        code = invocation.command->run(invocation, output);
        break;
    }
    }
    output.out().flush();
    return static_cast<int>(code);
}

bool cliCommandDraws(const QStringList &arguments)
{
    const ParsedCommandLine parsed = parseCommandLine(arguments.mid(1), commandCatalogue());
    return parsed.action == ParsedCommandLine::Action::Run && parsed.invocation.command->draws;
}

} // namespace ad
