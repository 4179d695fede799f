#pragma once

#include <QLocale>
#include <QStringList>

namespace ad::test {

// The application's locale (QLocale's default) for the length of a scope, as
// installTranslations() sets it from the chosen language.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) : m_before(QLocale()) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

    // The languages the application speaks, as their locales.
    static QStringList shipped()
    {
        return {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("ms")};
    }

private:
    QLocale m_before;
};

} // namespace ad::test
