#pragma once

#include "CommandLine.h"

#include <QList>
#include <QString>

namespace ad {

// The text of `help`, `help COMMAND` and `COMMAND --help`.
class HelpText
{
public:
    explicit HelpText(const QList<CommandSpec> &catalogue) : m_catalogue(catalogue) {}

    QString overview() const;
    QString forCommand(const CommandSpec &command) const;
    QString forGroup(const QString &group) const;

    // "search TEXT [--limit N] [--json]"
    static QString synopsis(const CommandSpec &command);

private:
    QString commandList(const QString &group) const;
    const QList<CommandSpec> &m_catalogue;
};

} // namespace ad
