// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON shape of a verdict (docs/scamcheck.md): what `signage check --json` prints
// and what tools and tests read.
#include <string>

#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

/// One JSON object, no trailing newline. `text` fields are in the run's language
/// (core::tr), `vi` and `en` always both present.
std::string toJson(const Verdict& verdict);
/// JSON string literal (quoted, escaped) for UTF-8 text.
std::string jsonString(std::string_view text);

} // namespace signage::scamcheck
