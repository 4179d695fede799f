#pragma once

#include "Cli.h"
#include "util/Result.h"

#include <QTextStream>

namespace ad {

// Where the CLI speaks: results on stdout, errors and progress on stderr, both UTF-8.
class CliOutput
{
public:
    CliOutput();

    QTextStream &out() { return m_out; }

    // "advocatedesk-cli: <message>" on stderr.
    void error(const QString &message);
    ExitCode refused(const QString &message);
    ExitCode refused(const Error &error) { return refused(error.message); }
    // The message and a hint to the command's help; `command` empty: the overview.
    ExitCode usageError(const QString &message, const QString &command);

    // Progress is for people watching: only when stderr is a terminal.
    bool showsProgress() const { return m_stderrIsTerminal; }
    void progress(const QString &line);
    void endProgress();

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stderrIsTerminal = false;
};

} // namespace ad
