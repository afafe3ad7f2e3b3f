// SPDX-License-Identifier: GPL-3.0-or-later
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
/// `stickRoot`. On a stick the player cannot write (the kiosk mounts sticks read-only),
/// writes them to stickOutboxDir(dataDir)/<stick folder name>/SIGNAGE-LOGS/ and then the
/// marker <name>.ready, for the root helper that remounts the stick writable only for the
/// copy (packaging/libexec/stick-export). Returns a one-line summary. Never throws.
/// Where reports for read-only sticks wait: DATA_DIR/stick-outbox.
std::filesystem::path stickOutboxDir(const std::filesystem::path& dataDir);

std::string writeStickReport(const std::filesystem::path& dataDir, const std::filesystem::path& stickRoot,
                             const bundle::ImportResult& import, long long nowMs);

} // namespace signage::app
