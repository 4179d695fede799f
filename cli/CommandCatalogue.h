#pragma once

#include "CommandLine.h"

#include <QList>

namespace ad {

// Every command advocatedesk-cli knows, in the order `help` lists them.
const QList<CommandSpec> &commandCatalogue();

} // namespace ad
