#include "HelpText.h"

#include "Formatting.h"
#include "storage/Database.h"

namespace ad {

namespace {

QString usageLine(const QString &rest)
{
    return Cli::tr("Usage: %1 [--database PATH] %2").arg(Cli::programName(), rest);
}

QList<QStringList> globalOptionRows()
{
    return {
        {QStringLiteral("--database PATH"),
         Cli::tr("The database file (default: %1).").arg(Database::defaultPath())},
        {QStringLiteral("--database URL"),
         Cli::tr("A programme on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE. The password "
                 "comes from PGPASSWORD, ~/.pgpass or PGSERVICE, never from the command line.")},
        {QStringLiteral("-h, --help"), Cli::tr("Show this help.")},
        {QStringLiteral("--version"), Cli::tr("Show the version.")},
    };
}

QString indented(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

} // namespace

QString HelpText::synopsis(const CommandSpec &command)
{
    QStringList parts{command.name};
    if (!command.argumentSyntax.isEmpty())
        parts << command.argumentSyntax;
    for (const OptionSpec &option : command.options) {
        const QString text =
            option.takesValue() ? option.name + QLatin1Char(' ') + option.valueName : option.name;
        parts << (option.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString HelpText::commandList(const QString &group) const
{
    // A synopsis with many options would push every summary far right; such a
    // line stands alone and its summary goes under the others.
    constexpr qsizetype kLongSynopsis = 48;
    QList<QStringList> rows;
    for (const CommandSpec &command : m_catalogue) {
        if (group.isEmpty() || (command.group() == group && command.name != group))
            rows << QStringList{synopsis(command), Cli::tr(command.summary)};
    }
    qsizetype width = 0;
    for (const QStringList &row : rows)
        if (row.first().size() <= kLongSynopsis)
            width = qMax(width, row.first().size());
    QStringList lines;
    for (const QStringList &row : rows) {
        if (row.first().size() <= width) {
            lines << row.first().leftJustified(width) + QStringLiteral("  ") + row.last();
        } else {
            lines << row.first();
            lines << QString(width + 2, QLatin1Char(' ')) + row.last();
        }
    }
    return indented(lines);
}

QString HelpText::overview() const
{
    return usageLine(QStringLiteral("COMMAND [OPTIONS]")) + QLatin1String("\n\n") +
           Cli::tr("Run a customer advocacy programme from scripts, on the same data as Advocate Desk.") +
           QLatin1String("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n') + commandList(QString()) +
           QLatin1Char('\n') + Cli::tr("Global options (before or after the command):") + QLatin1Char('\n') +
           indented(alignedRows(globalOptionRows())) + QLatin1Char('\n') + Cli::tr("Environment:") +
           QLatin1Char('\n') +
           indented(alignedRows({
               {QStringLiteral("ADVOCATEDESK_NOW"),
                Cli::tr("Pin the current time (ISO 8601, e.g. 2026-06-15T12:00:00Z).")},
               {QStringLiteral("ADVOCATEDESK_USER"),
                Cli::tr("Who is acting, for the audit log (default: whom Advocate Desk was told for this "
                        "file, else $USER).")},
           })) +
           QLatin1Char('\n') +
           Cli::tr("Exit status: 0 success, 1 the input or the data was refused (nothing written), 2 usage "
                   "error.") +
           QLatin1Char('\n') +
           Cli::tr("Run '%1 help COMMAND' for more about one command.").arg(Cli::programName()) +
           QLatin1Char('\n');
}

QString HelpText::forCommand(const CommandSpec &command) const
{
    QString text =
        usageLine(synopsis(command)) + QLatin1String("\n\n") + Cli::tr(command.summary) + QLatin1Char('\n');
    if (command.details)
        text += Cli::tr(command.details) + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const OptionSpec &option : command.options) {
        const QString name =
            option.takesValue() ? option.name + QLatin1Char(' ') + option.valueName : option.name;
        rows << QStringList{name, Cli::tr(option.help)};
    }
    rows << globalOptionRows();
    return text + QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n') + indented(alignedRows(rows));
}

QString HelpText::forGroup(const QString &group) const
{
    return usageLine(group + QStringLiteral(" SUBCOMMAND ...")) + QLatin1String("\n\n") +
           Cli::tr("Subcommands:") + QLatin1Char('\n') + commandList(group);
}

} // namespace ad
