#include "CommandLine.h"

#include <optional>

namespace ad {

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    for (const OptionSpec &spec : options)
        if (spec.name == optionName)
            return &spec;
    return nullptr;
}

namespace {

const QString kHelpCommand = QStringLiteral("help");

const CommandSpec *findCommand(const QList<CommandSpec> &catalogue, const QString &name)
{
    for (const CommandSpec &spec : catalogue)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

bool isGroup(const QList<CommandSpec> &catalogue, const QString &word)
{
    for (const CommandSpec &spec : catalogue)
        if (spec.name.contains(QLatin1Char(' ')) && spec.group() == word)
            return true;
    return false;
}

// One left-to-right pass over the words; stops at the first usage error.
class Parser
{
public:
    Parser(const QStringList &arguments, const QList<CommandSpec> &catalogue)
        : m_words(arguments), m_catalogue(catalogue)
    {
    }

    ParsedCommandLine parse()
    {
        bool endOfOptions = false;
        for (m_next = 0; m_next < m_words.size();) {
            const QString word = m_words.at(m_next++);
            bool ok = true;
            if (!endOfOptions && word == QLatin1String("--"))
                endOfOptions = true;
            else if (!endOfOptions && word.size() > 1 && word.startsWith(QLatin1Char('-')))
                ok = takeOption(word);
            else
                ok = takePositional(word);
            if (!ok)
                return std::move(m_result);
        }
        return finish();
    }

private:
    bool fail(const QString &message)
    {
        m_result.action = ParsedCommandLine::Action::UsageError;
        m_result.error = message;
        return false;
    }

    bool takePositional(const QString &word)
    {
        Invocation &invocation = m_result.invocation;
        if (invocation.command) {
            invocation.arguments << word;
            return true;
        }
        if (!m_group.isEmpty()) {
            invocation.command = findCommand(m_catalogue, m_group + QLatin1Char(' ') + word);
            if (!invocation.command) {
                m_result.helpGroup = m_group;
                return fail(Cli::tr("“%1” is not a subcommand of “%2”.").arg(word, m_group));
            }
            return true;
        }
        if (isGroup(m_catalogue, word)) {
            m_group = word;
            return true;
        }
        invocation.command = findCommand(m_catalogue, word);
        if (!invocation.command)
            return fail(Cli::tr("Unknown command “%1”.").arg(word));
        return true;
    }

    bool takeOption(const QString &word)
    {
        const qsizetype equals = word.startsWith(QLatin1String("--")) ? word.indexOf(QLatin1Char('=')) : -1;
        const QString name = equals < 0 ? word : word.left(equals);
        const std::optional<QString> inlineValue =
            equals < 0 ? std::nullopt : std::optional<QString>(word.mid(equals + 1));

        if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
            name == QLatin1String("--version")) {
            if (inlineValue)
                return fail(Cli::tr("“%1” takes no value.").arg(name));
            (name == QLatin1String("--version") ? m_wantVersion : m_wantHelp) = true;
            return true;
        }
        if (name == QLatin1String("--database")) {
            QString &path = m_result.invocation.databasePath;
            if (!takeValue(name, QStringLiteral("PATH"), inlineValue, path))
                return false;
            // An empty path must not quietly fall back to the default database.
            return !path.isEmpty() ||
                   fail(Cli::tr("“%1” needs a value (%2).").arg(name, QStringLiteral("PATH")));
        }

        const CommandSpec *command = m_result.invocation.command;
        const OptionSpec *spec = command ? command->option(name) : nullptr;
        if (!spec) {
            return fail(command ? Cli::tr("Unknown option “%1” for “%2”.").arg(name, command->name)
                                : Cli::tr("Unknown option “%1”.").arg(name));
        }
        QString value;
        if (spec->takesValue()) {
            if (!takeValue(name, spec->valueName, inlineValue, value))
                return false;
        } else if (inlineValue) {
            return fail(Cli::tr("“%1” takes no value.").arg(name));
        }
        m_result.invocation.options.insert(name, value);
        return true;
    }

    bool takeValue(const QString &name, const QString &valueName, const std::optional<QString> &inlineValue,
                   QString &into)
    {
        if (inlineValue) {
            into = *inlineValue;
        } else if (m_next < m_words.size()) {
            into = m_words.at(m_next++);
        } else {
            return fail(Cli::tr("“%1” needs a value (%2).").arg(name, valueName));
        }
        return true;
    }

    ParsedCommandLine finish()
    {
        Invocation &invocation = m_result.invocation;
        if (m_wantVersion) {
            m_result.action = ParsedCommandLine::Action::Version;
            return std::move(m_result);
        }
        if (m_wantHelp) {
            m_result.action = ParsedCommandLine::Action::Help;
            m_result.helpGroup = invocation.command ? QString() : m_group;
            return std::move(m_result);
        }
        if (!invocation.command) {
            fail(m_group.isEmpty() ? Cli::tr("No command given.")
                                   : Cli::tr("“%1” needs a subcommand.").arg(m_group));
            m_result.helpGroup = m_group;
            return std::move(m_result);
        }
        if (invocation.command->name == kHelpCommand)
            return helpTopic();
        if (!checkArguments() || !checkRequiredOptions())
            return std::move(m_result);
        m_result.action = ParsedCommandLine::Action::Run;
        return std::move(m_result);
    }

    // `help`, `help stats`, `help advocate`, `help advocate show`.
    ParsedCommandLine helpTopic()
    {
        Invocation &invocation = m_result.invocation;
        const QString topic = invocation.arguments.join(QLatin1Char(' '));
        invocation.command = nullptr;
        invocation.arguments.clear();
        m_result.action = ParsedCommandLine::Action::Help;
        if (topic.isEmpty())
            return std::move(m_result);
        if (isGroup(m_catalogue, topic)) {
            m_result.helpGroup = topic;
            return std::move(m_result);
        }
        invocation.command = findCommand(m_catalogue, topic);
        if (!invocation.command)
            fail(Cli::tr("Unknown command “%1”.").arg(topic));
        return std::move(m_result);
    }

    bool checkArguments()
    {
        const Invocation &invocation = m_result.invocation;
        const CommandSpec &spec = *invocation.command;
        const qsizetype count = invocation.arguments.size();
        if (count < spec.minArguments)
            return fail(Cli::tr("“%1” needs %2.").arg(spec.name, spec.argumentSyntax));
        if (spec.maxArguments >= 0 && count > spec.maxArguments)
            return fail(Cli::tr("Unexpected argument “%1” for “%2”.")
                            .arg(invocation.arguments.at(spec.maxArguments), spec.name));
        return true;
    }

    bool checkRequiredOptions()
    {
        const Invocation &invocation = m_result.invocation;
        for (const OptionSpec &option : invocation.command->options) {
            if (option.required && !invocation.has(option.name))
                return fail(Cli::tr("“%1” needs %2 %3.")
                                .arg(invocation.command->name, option.name, option.valueName));
        }
        return true;
    }

    const QStringList &m_words;
    const QList<CommandSpec> &m_catalogue;
    qsizetype m_next = 0;
    QString m_group;
    bool m_wantHelp = false;
    bool m_wantVersion = false;
    ParsedCommandLine m_result;
};

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &catalogue)
{
    return Parser(arguments, catalogue).parse();
}

} // namespace ad
