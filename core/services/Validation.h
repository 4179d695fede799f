#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace ad::validate {

// The comparable form of an email: trimmed and case-folded.
QString emailKey(const QString &email);

Status email(const QString &email);
Status required(const QString &value, const QString &field, const QString &label);
Status npsScore(int score);
Status date(const QDate &date, const QString &field, const QString &label);

} // namespace ad::validate
