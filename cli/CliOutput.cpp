#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace ad {

CliOutput::CliOutput() : m_out(stdout), m_err(stderr), m_stderrIsTerminal(isatty(STDERR_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::result(const QString &text, const QJsonObject &json)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        out() << text << Qt::endl;
}

void CliOutput::error(const QString &message)
{
    m_out.flush(); // keep stdout and stderr in the order they were written
    m_err.flush();
    m_err << Cli::programName() << QStringLiteral(": ") << message << Qt::endl;
}

ExitCode CliOutput::refused(const QString &message)
{
    error(message);
    return ExitCode::Refused;
}

ExitCode CliOutput::usageError(const QString &message, const QString &command)
{
    error(message);
    const QString hint = command.isEmpty()
                             ? Cli::tr("Run '%1 help' for the list of commands.").arg(Cli::programName())
                             : Cli::tr("Run '%1 help %2'.").arg(Cli::programName(), command);
    m_err << hint << Qt::endl;
    return ExitCode::Usage;
}

void CliOutput::progress(const QString &line)
{
    if (!m_stderrIsTerminal)
        return;
    // \r and the erase-line sequence rewrite the same terminal line each time.
    m_err << QStringLiteral("\r\x1b[2K") << line;
    m_err.flush();
}

void CliOutput::endProgress()
{
    if (!m_stderrIsTerminal)
        return;
    m_err << QStringLiteral("\r\x1b[2K");
    m_err.flush();
}

} // namespace ad
