#include "TranslationCoverage.h"

#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

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

// What a person in one language reads: our .ts files for our contexts; for
// Qt's own (buttons of QDialogButtonBox, QLineEdit's context menu, key names)
// Qt's qtbase_<lang>.qm as installed by qt6-translations-l10n, completed by
// translations/advocatedesk_qt_<lang>.ts (Qt ships no Malay at all).
struct Language
{
    QSet<QString> ours;
    QSet<QString> qtSupplement;
    std::shared_ptr<QTranslator> qtbase;
};

Language language(const QString &name)
{
    const QString folder = QStringLiteral(ADVOCATEDESK_SOURCE_DIR "/translations/");
    Language result{finishedEntries(folder + QStringLiteral("advocatedesk_%1.ts").arg(name)),
                    finishedEntries(folder + QStringLiteral("advocatedesk_qt_%1.ts").arg(name)),
                    std::make_shared<QTranslator>()};
    if (!result.qtbase->load(QLocale(name), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        result.qtbase.reset();
    return result;
}

bool translatedByQt(const Language &language, const TranslationRecorder::Lookup &lookup, const QString &key)
{
    if (language.qtSupplement.contains(key))
        return true;
    if (!language.qtbase)
        return false;
    const QByteArray context = lookup.context.toUtf8();
    const QByteArray source = lookup.source.toUtf8();
    const QByteArray disambiguation = lookup.disambiguation.toUtf8();
    return !language.qtbase
                ->translate(context.constData(), source.constData(),
                            disambiguation.isEmpty() ? nullptr : disambiguation.constData())
                .isEmpty();
}

} // namespace

QStringList untranslated(const QList<TranslationRecorder::Lookup> &lookups)
{
    const QHash<QString, Language> languages{{QStringLiteral("zh_TW"), language(QStringLiteral("zh_TW"))},
                                             {QStringLiteral("ms"), language(QStringLiteral("ms"))}};
    QStringList missing;
    for (const TranslationRecorder::Lookup &lookup : lookups) {
        const QString key = lookup.context + QLatin1Char('\t') + lookup.source + QLatin1Char('\t') + lookup.disambiguation;
        const bool ours = isOurs(lookup.context);
        for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
            const bool translated = ours ? it.value().ours.contains(key) : translatedByQt(it.value(), lookup, key);
            if (!translated)
                missing << QStringLiteral("%1: %2: “%3”").arg(it.key(), lookup.context, lookup.source.left(120));
        }
    }
    missing.removeDuplicates();
    missing.sort();
    return missing;
}

} // namespace ad::test
