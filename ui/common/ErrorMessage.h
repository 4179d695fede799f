#pragma once

#include "util/Result.h"

#include <functional>

class QWidget;

namespace ad {

// Shows a core error the way a user can act on it: a title saying what
// failed, the message saying why (and which field, when there is one).
void showError(QWidget *parent, const QString &whatFailed, const Error &error);

// Tests cannot click a modal box away: with a sink set, errors go to it instead.
using ErrorSink = std::function<void(const QString &whatFailed, const Error &error)>;
void setErrorSinkForTesting(ErrorSink sink);

// A short heading for an error kind ("The file is damaged", ...).
QString errorHeading(const Error &error);

} // namespace ad
