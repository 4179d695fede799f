#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad::validate {

namespace {
// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ValidateText
{
    Q_DECLARE_TR_FUNCTIONS(ad::validate)
};
} // namespace

QString emailKey(const QString &email)
{
    // Composed (NFC) before folding: "zoë" typed as e + ◌̈ is the same person.
    return email.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool isInvisibleOrControl(QChar c)
{
    if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return false;
    // Controls (NUL, BEL, ESC, …) and format characters: zero-width spaces and
    // joiners, bidi overrides such as U+202E that reverse what a reader sees.
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

namespace {

// The script of a letter that decides whether two addresses look alike; marks
// and digits belong to none.
QChar::Script letterScript(QChar c)
{
    if (!c.isLetter())
        return QChar::Script_Common;
    return c.script();
}

} // namespace

Status email(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dotted domain, no empty labels.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    const auto refuse = [&](const QString &why) {
        return makeError(ErrorKind::Invalid, why, QStringLiteral("email"));
    };
    if (trimmed.isEmpty())
        return refuse(ValidateText::tr("An email address is required."));
    if (trimmed.size() > kMaxEmailLength)
        return refuse(ValidateText::tr("An email address has at most %1 characters; this one has %2.")
                          .arg(kMaxEmailLength)
                          .arg(trimmed.size()));
    for (const QChar c : trimmed) {
        if (isInvisibleOrControl(c))
            return refuse(ValidateText::tr("“%1” contains an invisible or control character (U+%2).")
                              .arg(trimmed)
                              .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    if (!pattern.match(trimmed).hasMatch())
        return refuse(ValidateText::tr("“%1” is not a valid email address.").arg(trimmed));
    // A Cyrillic "а" in a Latin address looks the same and is another person:
    // each part of an address is written in one script (UTS #39, mixed script).
    for (const QString &part : trimmed.split(QRegularExpression(QStringLiteral("[@.]")))) {
        QChar::Script seen = QChar::Script_Common;
        for (const QChar c : part) {
            const QChar::Script script = letterScript(c);
            if (script == QChar::Script_Common || script == QChar::Script_Inherited)
                continue;
            if (seen != QChar::Script_Common && script != seen)
                return refuse(ValidateText::tr("“%1” mixes alphabets (like a Cyrillic “а” among Latin letters), so it looks "
                                 "like another address; type it again.")
                                  .arg(trimmed));
            seen = script;
        }
    }
    return {};
}

Status required(const QString &value, const QString &field, const QString &label)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, ValidateText::tr("%1 is required.").arg(label), field);
    return {};
}

Status npsScore(int score)
{
    if (score < 0 || score > 10)
        return makeError(ErrorKind::Invalid, ValidateText::tr("An NPS score must be between 0 and 10; %1 is not.").arg(score),
                         QStringLiteral("score"));
    return {};
}

Status date(const QDate &date, const QString &field, const QString &label)
{
    if (!date.isValid())
        return makeError(ErrorKind::Invalid, ValidateText::tr("%1 must be a valid date.").arg(label), field);
    return {};
}

} // namespace ad::validate
