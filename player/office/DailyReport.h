// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The daily report for the campaign's rhythm (a ward reports before 8:30): for the
// previous local day, every box × campaign target with its count and met / not met,
// computed by playlog's quota evaluation over the fleet store (the same numbers as
// `signage audit quota`). Written as reports/YYYY-MM-DD.csv (UTF-8, Vietnamese headers
// first) at the configured time, and on demand (`signage office report --day`).
#include <cstdint>
#include <filesystem>
#include <mutex>

#include "office/OfficeDir.h"

namespace signage::office {

/// Writes the report of local day `day`; `storeMutex` (optional) is held while the
/// fleet store is read. Throws std::runtime_error when the store cannot be read.
std::filesystem::path writeDailyReport(const OfficeDir& dir, const OfficeSettings& s, std::int64_t day, std::mutex* storeMutex);

} // namespace signage::office
