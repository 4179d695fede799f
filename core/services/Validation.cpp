#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad::validate {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ad::Validation", text);
}
} // namespace

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

Status email(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dotted domain, no empty labels.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorKind::Invalid, tr("An email address is required."), QStringLiteral("email"));
    if (!pattern.match(trimmed).hasMatch())
        return makeError(ErrorKind::Invalid, tr("“%1” is not a valid email address.").arg(trimmed),
                         QStringLiteral("email"));
    return {};
}

Status required(const QString &value, const QString &field, const QString &label)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, tr("%1 is required.").arg(label), field);
    return {};
}

Status npsScore(int score)
{
    if (score < 0 || score > 10)
        return makeError(ErrorKind::Invalid, tr("An NPS score must be between 0 and 10; %1 is not.").arg(score),
                         QStringLiteral("score"));
    return {};
}

Status date(const QDate &date, const QString &field, const QString &label)
{
    if (!date.isValid())
        return makeError(ErrorKind::Invalid, tr("%1 must be a valid date.").arg(label), field);
    return {};
}

} // namespace ad::validate
