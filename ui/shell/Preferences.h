#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace ad {

// The user's preferences, kept with QSettings. Programme rules live in the
// database (Programme Settings); these belong to the person at this computer.
namespace Preferences {

enum class Theme
{
    System,
    Light,
    Dark
};
enum class Startup
{
    ReopenLast,
    Ask,
    DefaultFile
};

Theme theme();
void setTheme(Theme theme);
Startup startup();
void setStartup(Startup startup);
// "" = the system locale; otherwise a locale name such as "zh_TW".
QString language();
void setLanguage(const QString &language);
// The file the GUI last had open (for Startup::ReopenLast).
QString lastDatabase();
void setLastDatabase(const QString &path);

// Light and dark use the Fusion style with a fixed palette; System restores
// the style and palette the application started with.
void applyTheme(Theme theme);

// Which file to open when no --database is given, following the startup
// preference; `parent` hosts the file dialog for Startup::Ask. Empty when the
// user cancelled the dialog.
QString startupDatabase(QWidget *parent = nullptr);

// Named splitters and table headers under `window` keep their sizes between
// runs, under `group` in the settings.
void restoreViewState(QWidget *window, const QString &group);
void saveViewState(QWidget *window, const QString &group);

} // namespace Preferences

} // namespace ad
