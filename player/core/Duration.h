// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Durations as content authors write them: "15s", "2m", "1h30m", "500ms", "1.5s".
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace signage::core {

using Millis = std::chrono::milliseconds;

/// Parses "15s", "2m", "1h30m", "250ms", "1.5s" (units h, m, s, ms; at least one part;
/// no sign). Returns nullopt and sets *error (when given) to an English reason otherwise.
std::optional<Millis> parseDuration(std::string_view text, std::string* error = nullptr);

/// Formats a duration the way parseDuration reads it, shortest form: "1h30m", "15s", "250ms".
std::string formatDuration(Millis d);

} // namespace signage::core
