// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "#rrggbb" / "#rrggbbaa" colours as plugin.toml and the Lua API write them.
#include <string_view>

#include "content/Model.h"

namespace signage::scripting {

/// Parses "#rrggbb" or "#rrggbbaa" (case-insensitive). False when malformed.
bool parseColor(std::string_view text, content::Color& out);

} // namespace signage::scripting
