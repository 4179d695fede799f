#pragma once

#include <QString>
#include <QStringList>

namespace ad {

// The languages the application ships translations for, as locale names
// ("zh_TW", "ms"). English is the source language and needs no file.
QStringList availableTranslations();

// The settings key the GUI's Preferences write the chosen language to
// ("" or missing = follow the system locale).
QString languageSettingKey();

// Installs the application's translation (embedded under :/i18n) and Qt's own
// qtbase translation where the system has one. `language` is a locale name;
// empty means the system locale. Returns the locale name whose application
// translation was loaded, or an empty string when the text stays English.
QString installTranslations(const QString &language = {});

} // namespace ad
