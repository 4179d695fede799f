#include "Preferences.h"

#include "DatabaseLocation.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPalette>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStyleFactory>

namespace ad::Preferences {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kStartupKey = QStringLiteral("ui/startup");
const QString kLastDatabaseKey = QStringLiteral("ui/lastDatabase");

// What the platform gave us, so "System" can go back to it.
struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original saved{QApplication::style() ? QApplication::style()->name() : QString(),
                          QApplication::palette()};
    return saved;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor highlight(0x3d, 0x7e, 0xd8), disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Theme theme()
{
    const QString value = QSettings().value(kThemeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void setTheme(Theme theme)
{
    static const char *const names[] = {"system", "light", "dark"};
    QSettings().setValue(kThemeKey, QString::fromLatin1(names[int(theme)]));
}

Startup startup()
{
    const QString value = QSettings().value(kStartupKey).toString();
    if (value == QLatin1String("ask"))
        return Startup::Ask;
    if (value == QLatin1String("default"))
        return Startup::DefaultFile;
    return Startup::ReopenLast;
}

void setStartup(Startup startup)
{
    static const char *const names[] = {"reopen", "ask", "default"};
    QSettings().setValue(kStartupKey, QString::fromLatin1(names[int(startup)]));
}

QString language()
{
    return QSettings().value(languageSettingKey()).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(languageSettingKey(), language);
}

QString lastDatabase()
{
    return QSettings().value(kLastDatabaseKey).toString();
}

void setLastDatabase(const QString &path)
{
    QSettings().setValue(kLastDatabaseKey, path);
}

void applyTheme(Theme theme)
{
    const Original &saved = original();
    switch (theme) {
    case Theme::System:
        if (!saved.style.isEmpty())
            QApplication::setStyle(QStyleFactory::create(saved.style));
        QApplication::setPalette(saved.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString startupDatabase(QWidget *parent)
{
    switch (startup()) {
    case Startup::ReopenLast: {
        const QString last = lastDatabase();
        return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
    }
    case Startup::Ask:
        return QFileDialog::getOpenFileName(
            parent, QApplication::translate("ad::Preferences", "Open Database"),
            DatabaseLocation::folderFor(lastDatabase()),
            QApplication::translate("ad::Preferences",
                                    "Advocate Desk databases (*.sqlite *.db);;All files (*)"));
    case Startup::DefaultFile:
        break;
    }
    return Database::defaultPath();
}

void restoreViewState(QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray());
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        const QString name = header->parentWidget() ? header->parentWidget()->objectName() : QString();
        // A header without sections yet (a model still loading) would take the
        // saved section count as its own; those restore themselves later.
        if (!name.isEmpty() && header->orientation() == Qt::Horizontal && header->count() > 0)
            header->restoreState(settings.value(QStringLiteral("header/") + name).toByteArray());
    }
}

void saveViewState(QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        const QString name = header->parentWidget() ? header->parentWidget()->objectName() : QString();
        if (!name.isEmpty() && header->orientation() == Qt::Horizontal)
            settings.setValue(QStringLiteral("header/") + name, header->saveState());
    }
}

} // namespace ad::Preferences
