#include "FontCoverage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

namespace ad {

namespace {

struct FontCoverageText
{
    Q_DECLARE_TR_FUNCTIONS(ad::FontCoverage)
};

struct ScriptNeed
{
    QChar::Script script;
    QFontDatabase::WritingSystem system;
    const char *name;
};

const ScriptNeed kNeeds[] = {
    {QChar::Script_Han, QFontDatabase::TraditionalChinese, QT_TRANSLATE_NOOP("ad::FontCoverage", "Chinese")},
    {QChar::Script_Hiragana, QFontDatabase::Japanese, QT_TRANSLATE_NOOP("ad::FontCoverage", "Japanese")},
    {QChar::Script_Hangul, QFontDatabase::Korean, QT_TRANSLATE_NOOP("ad::FontCoverage", "Korean")},
    {QChar::Script_Thai, QFontDatabase::Thai, QT_TRANSLATE_NOOP("ad::FontCoverage", "Thai")},
};

} // namespace

QStringList FontCoverage::missingScripts(const QStringList &samples)
{
    QStringList missing;
    for (const ScriptNeed &need : kNeeds) {
        bool used = false;
        for (const QString &sample : samples) {
            for (const QChar c : sample)
                used = used || c.script() == need.script;
            if (used)
                break;
        }
        if (used && QFontDatabase::families(need.system).isEmpty())
            missing << QCoreApplication::translate("ad::FontCoverage", need.name);
    }
    return missing;
}

QString FontCoverage::warning(const QStringList &samples)
{
    const QStringList missing = missingScripts(samples);
    if (missing.isEmpty())
        return {};
    return FontCoverageText::tr("No installed font shows %1 text, so some names appear as empty boxes. Install a "
                                "font for it (on Debian and Ubuntu: the package fonts-noto-cjk).")
        .arg(QLocale().createSeparatedList(missing));
}

} // namespace ad
