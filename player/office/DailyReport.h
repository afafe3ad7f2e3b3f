// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The daily report for the campaign's rhythm (a ward reports before 8:30): for the
// previous local day, every box × campaign target with its count and met / not met,
// computed by playlog's quota evaluation over the fleet store (the same numbers as
// `signage audit quota`). Written as reports/YYYY-MM-DD.csv (UTF-8, Vietnamese headers
// first) and reports/YYYY-MM-DD.html (playlog's HTML report of that day) at the
// configured time, and on demand (`signage office report --day`).
//
// Targets are named as people read them: the schedule.toml `name`, else the title of
// the target's slide item or playlist in the content next to schedule.toml, else its id
// (the id stays in the CSV's last column for whoever checks the schedule).
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <vector>

#include "content/CatalogLoader.h"
#include "office/OfficeDir.h"
#include "playlog/Quota.h"

namespace signage::office {

/// Fills the empty `name` of each target from the content's titles (slide item, else
/// playlist); two targets that would read the same get their window appended
/// ("… (11:00–13:00)"). A target without a name or title keeps its id.
void nameTargets(std::vector<playlog::Target>& targets, const content::Titles& titles);

/// Writes the report of local day `day` (CSV, and HTML next to it); `storeMutex`
/// (optional) is held while the fleet store is read. Returns the CSV's path. Throws
/// std::runtime_error when the store cannot be read.
std::filesystem::path writeDailyReport(const OfficeDir& dir, const OfficeSettings& s, std::int64_t day, std::mutex* storeMutex);

} // namespace signage::office
