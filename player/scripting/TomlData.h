// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TOML data files of a plugin (`data.toml(path)`) as DataValue trees; dates and times
// become ISO strings. Parsed by core::parseToml, the tree's one TOML parser, so a broken
// file is reported in the same words and at the same line and column as every other TOML
// file (docs/architecture.md, "TOML files"). The keys are the plugin's own data with no
// schema: none is unknown, no type is wrong, so core::TomlTable's checks do not apply.
#include <string>
#include <string_view>

#include "scripting/DataValue.h"

namespace signage::scripting {

/// Parses the TOML document `text` (the file `shown`, as its diagnostics would name it).
/// False with `err` filled on a syntax error: its line and column and core's message
/// (Vietnamese first, toml++'s reason after it).
bool parseTomlData(std::string_view text, DataValue& out, ParseError& err, const std::string& shown = "data.toml");

} // namespace signage::scripting
