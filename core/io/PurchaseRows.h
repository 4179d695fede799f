#pragma once

#include "ImportHandler.h"

namespace ad {

// Rows of a purchases (orders, closed deals) export; they feed the RFM segments.
// The account must exist: a purchase file never invents customers.
class PurchaseRows final : public ImportHandler
{
public:
    Status handle(ImportRow &row, ImportPass &pass) override;
};

} // namespace ad
