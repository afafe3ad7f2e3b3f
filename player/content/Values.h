// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small value parsers shared by the loaders (pure, no diagnostics).
#include <optional>
#include <string_view>

#include "content/Model.h"

namespace signage::content {

/// "#rrggbb", or "#rrggbbaa" when alpha is allowed (hex digits of either case).
std::optional<Color> parseColor(std::string_view text, bool alphaAllowed);
/// [a-z0-9_-]+ : bundle ids and plugin names (they become directory names).
bool isIdentifier(std::string_view text);
/// Box ids and site names: [A-Za-z0-9._-], 1..64 bytes, not starting with "." (they name
/// files, play-log rows and bundle targets: no separators, no "..", no control characters).
bool isSafeName(std::string_view text);
/// Dotted numbers: "1", "1.0", "1.0.0".
bool isVersion(std::string_view text);
/// Compares two dotted versions (missing parts count as 0): <0, 0, >0.
int compareVersions(std::string_view a, std::string_view b);
/// 64 hex digits.
bool isSha256(std::string_view text);

} // namespace signage::content
