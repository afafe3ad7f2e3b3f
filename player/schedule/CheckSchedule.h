// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The schedule half of `signage validate`: schedule.toml checked against the content it
// ships with. Every finding is a Diagnostic with file:line:col, Vietnamese or English.
#include <filesystem>

#include "content/Model.h"
#include "core/Diagnostic.h"
#include "schedule/Schedule.h"

namespace signage::schedule {

/// Loads and checks `scheduleToml` (a missing file is fine: the schedule is optional).
/// Errors: syntax and bad values, unknown keys (with "did you mean"), an unknown time
/// zone, rules or targets naming unknown playlists or items, windows with no playlist,
/// empty date ranges or rules that can never apply, targets that cannot fit their window
/// (also counting the hours the screen is off).
/// Warnings: rules of equal priority that overlap with no weights, empty playlists.
void checkSchedule(const content::Catalog& catalog, const std::filesystem::path& scheduleToml, core::Diagnostics& diags);

/// The same checks on an already loaded schedule (the loader's own findings not included).
void checkSchedule(const content::Catalog& catalog, const Schedule& schedule, core::Diagnostics& diags);

} // namespace signage::schedule
