#pragma once

#include "ImportHandler.h"

namespace ad {

// Rows of contributions (participations): an advocate known by email and an
// activity type of the catalogue known by name.
class ContributionRows final : public ImportHandler
{
public:
    Status handle(ImportRow &row, ImportPass &pass) override;
};

} // namespace ad
