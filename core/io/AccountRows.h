#pragma once

#include "ImportHandler.h"

#include <QHash>

namespace ad {

// Rows of an accounts file; an account is known by its name, case-insensitively.
class AccountRows final : public ImportHandler
{
public:
    Status handle(ImportRow &row, ImportPass &pass) override;

private:
    QHash<QString, int> m_seen; // case-folded name → line that first held it
};

} // namespace ad
