// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one JSON helper `--json` output needs: a quoted, escaped string (UTF-8 passes
// through unchanged). Output is assembled by hand; nothing in the player parses JSON.
#include <string>
#include <string_view>

namespace signage::core {

/// `text` as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view text);

} // namespace signage::core
