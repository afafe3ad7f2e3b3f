// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The messages of core::TomlTable (wrong type, unknown key, missing key, …), Vietnamese
// first (core::tr). Every TOML file the player reads speaks with these words, so the
// content loader (content::msg), the schedule, plugin.toml, the box config and the bundle
// manifest word the same mistake the same way. `name` is the key as the author wrote it,
// dotted inside sub-tables ("theme.title").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace signage::core::tomlmsg {

// Type names for "expected …, found …".
std::string aString();
std::string aNumber();
std::string aBoolean();
std::string anInteger();
std::string anArray();
std::string aTable();
std::string aScalar(); // option values: string, number or boolean
/// "an integer", "a date-time", … for a toml++ node type name ("integer", "date-time", …).
std::string typeName(std::string_view tomlType);

std::string syntaxError(std::string_view description);
std::string cannotRead(std::string_view reason);
std::string fileTooLarge(std::uintmax_t limitBytes);
/// `table` is the dotted name of the table ("theme"), empty for the file's top level and items.
std::string unknownKey(std::string_view key, std::string_view table, std::string_view suggestion,
                       const std::vector<std::string>& allowed);
std::string keyNotForType(std::string_view key, std::string_view itemType);
std::string wrongType(std::string_view name, std::string_view expected, std::string_view found);
std::string missingKey(std::string_view key);
std::string empty(std::string_view name);
std::string badDuration(std::string_view name, std::string_view written, std::string_view reason);
std::string durationNotPositive(std::string_view name, std::string_view written);
std::string badEnum(std::string_view name, std::string_view written, const std::vector<std::string>& valid,
                    std::string_view suggestion);
std::string outOfRange(std::string_view name, double value, double lo, double hi);

} // namespace signage::core::tomlmsg
