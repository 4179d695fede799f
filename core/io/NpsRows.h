#pragma once

#include "ImportHandler.h"

namespace ad {

// Rows of an NPS survey export: each response belongs to an advocate known by email.
class NpsRows final : public ImportHandler
{
public:
    Status handle(ImportRow &row, ImportPass &pass) override;
};

} // namespace ad
