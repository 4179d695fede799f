#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace ad::validate {

// The comparable form of an email: trimmed, composed (NFC) and case-folded.
QString emailKey(const QString &email);

inline constexpr int kMaxEmailLength = 254; // RFC 5321's path limit
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxTextLength = 20000;

// A control character (NUL, BEL, ESC) or an invisible format character (a
// zero-width space, a bidi override): never in what a person typed on purpose.
// Line breaks and tabs are text.
bool isInvisibleOrControl(QChar c);

// A valid address: one @, a dotted domain, at most 254 characters, nothing
// invisible, and each part in one alphabet.
Status email(const QString &email);
Status required(const QString &value, const QString &field, const QString &label);
Status npsScore(int score);
Status date(const QDate &date, const QString &field, const QString &label);

} // namespace ad::validate
