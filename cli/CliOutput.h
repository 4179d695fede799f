#pragma once

#include "Cli.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace ad {

// Where the CLI speaks: results on stdout, errors and progress on stderr, both UTF-8.
class CliOutput
{
public:
    CliOutput();
    ~CliOutput();

    // Messages for people: stdout, or stderr while stdout carries a file's
    // bytes (--out -).
    QTextStream &out() { return m_dataOnStdout ? m_err : m_out; }

    // --out - given: standard output is the file, so messages go to stderr.
    void reserveStdoutForData() { m_dataOnStdout = true; }
    // --json given: a command's result is printed as one JSON object.
    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    // A command's result: `json` as an indented document with --json, else `text`.
    void result(const QString &text, const QJsonObject &json);

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
    // On a terminal, stdout and stderr go through TerminalSafeDevice.
    std::unique_ptr<class QIODevice> m_outDevice;
    std::unique_ptr<class QIODevice> m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_stderrIsTerminal = false;
    bool m_dataOnStdout = false;
    bool m_json = false;
};

} // namespace ad
