// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "One visit, both ways": when staff bring new content on a USB stick, the box writes
// its signed play-log export and a health report back to the same stick, so the proof of
// play travels to the ward office on the same trip. Runs on the import worker thread.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "playlog/Witness.h"

namespace signage::bundle {
struct ImportResult;
}

namespace signage::app {

/// Writes SIGNAGE-LOGS/<box>_<time>.signage-log, its checkpoint's signed note
/// SIGNAGE-LOGS/<box>_checkpoint-<n>.note and SIGNAGE-LOGS/health-<time>.json under
/// `stickRoot`. On a stick the player cannot write (the kiosk mounts sticks read-only),
/// writes them to stickOutboxDir(dataDir)/<stick folder name>/SIGNAGE-LOGS/ and then the
/// marker <name>.ready, for the root helper that remounts the stick writable only for the
/// copy (packaging/libexec/stick-export). Returns a one-line summary. Never throws.
/// Where reports for read-only sticks wait: DATA_DIR/stick-outbox.
std::filesystem::path stickOutboxDir(const std::filesystem::path& dataDir);

/// Every USB visit signs a checkpoint of the box log (kept in it, so the next export
/// carries it): `fromExport` when the visit's export made one, else a new one
/// (playlog::checkpointLog). Writes its note to `dir` (<box>_checkpoint-<n>.note) unless
/// `dir` is empty. Returns a summary fragment; never throws.
std::string signVisitCheckpoint(const std::filesystem::path& dataDir, const std::filesystem::path& dir, long long nowMs,
                                const std::optional<playlog::StoredCheckpoint>& fromExport = std::nullopt);

/// Reads the office's cosignatures the stick brought back (SIGNAGE-LOGS/*.cosigned.note,
/// checked against `officeKeys`: signage.toml [box] office_keys) into the box log, logging
/// every one refused; then writes the report as above. Returns the summary line.
std::string writeStickReport(const std::filesystem::path& dataDir, const std::filesystem::path& stickRoot,
                             const bundle::ImportResult& import, long long nowMs,
                             const std::vector<playlog::PublicKey>& officeKeys = {});

/// The cosignature part of a visit: imports what `dir` holds and returns a summary
/// fragment (empty when the stick brought none). Refusals are logged ("playlog" logger,
/// warning: file, checkpoint, why). Never throws.
std::string importStickCosignatures(const std::filesystem::path& dataDir, const std::filesystem::path& dir,
                                    const std::vector<playlog::PublicKey>& officeKeys);

} // namespace signage::app
