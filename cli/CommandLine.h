#pragma once

#include "Cli.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

class CliOutput;
struct Invocation;

struct OptionSpec
{
    // Every member has a default so the catalogue can name only what it sets.
    QString name = {};          // "--limit"
    QString valueName = {};     // "N"; empty for a flag
    const char *help = nullptr; // QT_TRANSLATE_NOOP("ad::Cli", ...)
    bool required = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

using CommandHandler = ExitCode (*)(const Invocation &, CliOutput &);

struct CommandSpec
{
    QString name = {};           // "stats", or "advocate show" for a command in a group
    QString argumentSyntax = {}; // "EMAIL", "TEXT", "[COMMAND]"
    int minArguments = 0;
    int maxArguments = 0; // -1: any number (the words of a search)
    QList<OptionSpec> options = {};
    const char *summary = nullptr; // one line, QT_TRANSLATE_NOOP("ad::Cli", ...)
    const char *details = nullptr; // more text for `help COMMAND`
    CommandHandler run = nullptr;
    // The command draws (a PDF with charts or tables): it needs a QApplication
    // with fonts, which cli_main creates on the offscreen platform. Every other
    // command runs on a plain QCoreApplication and needs no display.
    bool draws = false;

    const OptionSpec *option(const QString &optionName) const;
    QString group() const { return name.section(QLatin1Char(' '), 0, 0); }
};

// One command, ready to run: what the user asked for, checked against its spec.
struct Invocation
{
    const CommandSpec *command = nullptr;
    QString databasePath; // empty: Database::defaultPath()
    QStringList arguments;
    QHash<QString, QString> options; // "--limit" → "5"; a flag maps to an empty string

    bool has(const QString &optionName) const { return options.contains(optionName); }
    QString value(const QString &optionName) const { return options.value(optionName); }
};

struct ParsedCommandLine
{
    enum class Action
    {
        Run,
        Help,
        Version,
        UsageError
    };
    Action action = Action::UsageError;
    Invocation invocation; // for Help: the command asked about, or none for the overview
    QString helpGroup;     // for Help on a group ("advocate") rather than one command
    QString error;         // for UsageError
};

// Parses everything after the program name. Global options (--database, --help,
// -h, --version) may stand before or after the command; `--` ends the options.
ParsedCommandLine parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &catalogue);

} // namespace ad
