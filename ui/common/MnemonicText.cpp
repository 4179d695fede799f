#include "MnemonicText.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>
#include <QVariant>

namespace ad {

namespace {

// The tooltip this file last gave an action, to tell it from one set on purpose.
constexpr char kOwnToolTip[] = "ad_plainToolTip";

// What QAction shows when no icon text or tooltip was set: the text with every
// "&" and "..." removed.
QString qtDefault(QString text)
{
    text.remove(QStringLiteral("..."));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

void showPlain(QAction *action)
{
    if (action->isSeparator() || action->text().isEmpty())
        return;
    const QString plain = withoutMnemonic(action->text());
    if (action->iconText() != plain)
        action->setIconText(plain); // emits changed(): the next call finds nothing to do
    const QString toolTip = action->toolTip();
    const bool ours = toolTip == qtDefault(action->text()) || toolTip == action->property(kOwnToolTip).toString();
    if (ours && toolTip != plain) {
        action->setProperty(kOwnToolTip, plain);
        action->setToolTip(plain);
    }
}

} // namespace

QString withoutMnemonic(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^&\\s][)）]"));
    static const QRegularExpression single(QStringLiteral("&(.)"));
    QString plain = text;
    plain.remove(bracketed);
    plain.replace(single, QStringLiteral("\\1"));
    plain = plain.trimmed();
    if (plain.endsWith(QStringLiteral("…")))
        plain.chop(1);
    else if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain.trimmed();
}

void showWithoutMnemonics(QToolBar *toolbar)
{
    for (QAction *action : toolbar->actions()) {
        showPlain(action);
        QObject::connect(action, &QAction::changed, toolbar, [action] { showPlain(action); });
    }
}

} // namespace ad
