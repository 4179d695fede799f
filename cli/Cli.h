#pragma once

#include <QCoreApplication>

namespace ad {

// The translation context of every user-visible CLI text ("ad::Cli").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ad::Cli)

public:
    static QString programName() { return QStringLiteral("advocatedesk-cli"); }
};

// What scripts see: 0 success, 1 the input or the data was refused (nothing was
// written), 2 the command line itself was wrong.
enum class ExitCode
{
    Success = 0,
    Refused = 1,
    Usage = 2
};

} // namespace ad
