// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A glance at a box's own play log for the staff menu: the box id, the newest events and
// the last content import. Opens its own read-only connection (WAL lets it read beside
// the writer thread); any thread but the render thread.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace signage::playlog {

struct RecentEvent {
    std::int64_t wallMs = 0;
    std::string kind, detail;
};

struct LogGlance {
    std::string boxId;                     // of the newest log in the file
    std::vector<RecentEvent> events;       // newest first
    std::optional<RecentEvent> lastImport; // the newest content_import event
    /// The newest checkpoint of the newest log the office cosigned (brought back on a stick).
    struct Cosigned {
        std::int64_t number = 0, createdMs = 0, cosignedMs = 0;
    };
    std::optional<Cosigned> lastCosigned;
};

/// Reads `file` (DATA_DIR/playlog.sqlite). Throws std::runtime_error when it cannot be
/// read as a play log (missing, locked for long, not a log).
LogGlance glanceAtLog(const std::filesystem::path& file, int maxEvents);

} // namespace signage::playlog
