#include "Translations.h"

#include "TranslationRecorder.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ad {

namespace {

const QString kResourceDirectory = QStringLiteral(":/i18n");

// Owned by the application object, so they live exactly as long as it does.
QTranslator *loadTranslator(const QLocale &locale, const QString &baseName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, baseName, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableTranslations()
{
    return {QStringLiteral("zh_TW"), QStringLiteral("ms")};
}

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QString installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return {};
    // Last installed, first asked: sees every lookup (tests and the tour).
    struct RecordLast
    {
        ~RecordLast() { TranslationRecorder::installIfAsked(); }
    } recordLast;
    // English plural forms first ("%n rows" → "1 row"); a translation installed
    // later is searched first, so it overrides these for its language.
    loadTranslator(QLocale(QLocale::English), QStringLiteral("advocatedesk"), kResourceDirectory);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, numbers and money (core/util/Formats) follow the chosen language,
    // English included, even where the system's locale is another or "C".
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    loadTranslator(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Qt's own texts that qtbase leaves out for this language (all of them
    // for Malay): "Cancel", the line edit's context menu, key names.
    loadTranslator(locale, QStringLiteral("advocatedesk_qt"), kResourceDirectory);
    QTranslator *own = loadTranslator(locale, QStringLiteral("advocatedesk"), kResourceDirectory);
    if (!own)
        return {};
    return own->language();
}

} // namespace ad
