// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads schedule.toml (docs/schedule-format.md). Errors and warnings go to Diagnostics
// as file:line:col; a broken rule, target or display block is left out and the rest is
// kept, so a box keeps playing what is valid.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/Diagnostic.h"
#include "schedule/Schedule.h"

namespace signage::schedule {

/// Loads a schedule file. nullopt only when the file cannot be read or is not TOML at all
/// (reported in diags); otherwise the valid parts, with every problem reported.
std::optional<Schedule> loadSchedule(const std::filesystem::path& file, core::Diagnostics& diags);

/// Same, from text; `fileName` is used in diagnostics.
std::optional<Schedule> parseSchedule(std::string_view text, const std::string& fileName, core::Diagnostics& diags);

} // namespace signage::schedule
