// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TOML data files (through toml++) as DataValue trees; dates and times become ISO strings.
#include <string_view>

#include "scripting/DataValue.h"

namespace signage::scripting {

/// Parses a TOML document. False with `err` filled (toml++'s reason and position).
bool parseTomlData(std::string_view text, DataValue& out, ParseError& err);

} // namespace signage::scripting
