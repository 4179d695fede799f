#include "TranslationCoverage.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace ad::test {

namespace {

// "context\tsource\tcomment" of every finished entry in a .ts file.
QSet<QString> finishedEntries(const QString &path)
{
    QSet<QString> finished;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finished;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    bool done = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                done = false;
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                done = type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                       && type != QLatin1String("obsolete") && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && done) {
            finished.insert(context + QLatin1Char('\t') + source + QLatin1Char('\t') + comment);
        }
    }
    return finished;
}

bool isOurs(const QString &context)
{
    return context == QLatin1String("ad") || context.startsWith(QLatin1String("ad::"))
           || context == QLatin1String("main");
}

} // namespace

QStringList untranslated(const QList<TranslationRecorder::Lookup> &lookups)
{
    const QString folder = QStringLiteral(ADVOCATEDESK_SOURCE_DIR "/translations/");
    const QHash<QString, QSet<QString>> languages{
        {QStringLiteral("zh_TW"), finishedEntries(folder + QStringLiteral("advocatedesk_zh_TW.ts"))},
        {QStringLiteral("ms"), finishedEntries(folder + QStringLiteral("advocatedesk_ms.ts"))}};
    QStringList missing;
    for (const TranslationRecorder::Lookup &lookup : lookups) {
        if (!isOurs(lookup.context))
            continue;
        const QString key = lookup.context + QLatin1Char('\t') + lookup.source + QLatin1Char('\t') + lookup.disambiguation;
        for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
            if (!it.value().contains(key))
                missing << QStringLiteral("%1: %2: “%3”").arg(it.key(), lookup.context, lookup.source.left(120));
        }
    }
    missing.sort();
    return missing;
}

} // namespace ad::test
