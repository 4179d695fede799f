#include "CliOutput.h"

#include "TerminalSafeDevice.h"

#include <QFile>

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace ad {

namespace {

// Standard output or error: escaped on a terminal, as it is otherwise.
std::unique_ptr<QIODevice> deviceFor(FILE *file, bool terminal)
{
    if (terminal)
        return std::make_unique<TerminalSafeDevice>(file);
    auto plain = std::make_unique<QFile>();
    plain->open(file, QIODevice::WriteOnly);
    return plain;
}

} // namespace

CliOutput::CliOutput()
    : m_outDevice(deviceFor(stdout, isatty(STDOUT_FILENO) == 1)),
      m_errDevice(deviceFor(stderr, isatty(STDERR_FILENO) == 1)), m_out(m_outDevice.get()),
      m_err(m_errDevice.get()), m_stderrIsTerminal(isatty(STDERR_FILENO) == 1)
{
    // Stored text never drives a terminal (escape sequences, bidi overrides).
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliOutput::~CliOutput()
{
    m_out.flush();
    m_err.flush();
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
    // \r and the erase-line sequence rewrite the same terminal line each time
    // (ours: written past the device that escapes stored text).
    m_err.flush();
    std::fputs("\r\x1b[2K", stderr);
    m_err << line;
    m_err.flush();
}

void CliOutput::endProgress()
{
    if (!m_stderrIsTerminal)
        return;
    m_err.flush();
    std::fputs("\r\x1b[2K", stderr);
    std::fflush(stderr);
}

} // namespace ad
