#pragma once
// "One visit, both ways": when staff bring new content on a USB stick, the box writes
// its signed play-log export and a health report back to the same stick, so the proof of
// play travels to the ward office on the same trip. Runs on the import worker thread.
#include <filesystem>
#include <string>

namespace signage::bundle {
struct ImportResult;
}

namespace signage::app {

/// Writes SIGNAGE-LOGS/<box>_<time>.signage-log and SIGNAGE-LOGS/health-<time>.json under
/// `stickRoot`. Returns a one-line summary (or why nothing could be written: a read-only
/// or full stick). Never throws.
std::string writeStickReport(const std::filesystem::path& dataDir, const std::filesystem::path& stickRoot,
                             const bundle::ImportResult& import, long long nowMs);

} // namespace signage::app
