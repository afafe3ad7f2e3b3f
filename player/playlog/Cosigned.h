// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The way back of the witness: the office cosigns a box's checkpoint (audit merge/cosign
// --office-key) and writes the cosigned note onto the stick the staff carry back
// (SIGNAGE-LOGS/<box>_checkpoint-<n>.cosigned.note). On its next USB visit the box reads
// it, checks it (its own box, its own log, a checkpoint it holds with the same root, a
// cosignature by an office key it trusts: signage.toml [box] office_keys) and keeps it in
// its log's checkpoints table (note with the office's line, cosigned_ms). From then on
// `audit verify` on the box says whether the log still extends that checkpoint, and the
// staff menu shows its date. Any thread but the render thread.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/Database.h"
#include "playlog/BoxKey.h"
#include "playlog/Witness.h"

namespace signage::playlog {

/// "<box>_checkpoint-<n>.cosigned.note" (box id reduced to [A-Za-z0-9_-]).
std::string cosignedNoteName(const Checkpoint& cp);
/// Writes the cosigned note into `dir` (made if missing); returns its path. Throws
/// std::runtime_error when it cannot be written.
std::filesystem::path writeCosignedNote(const std::filesystem::path& dir, const Checkpoint& cp, const SignedNote& note);

struct CosignImport {
    enum class Status { Imported, AlreadyKnown, Refused };
    std::filesystem::path file;
    Status status = Status::Refused;
    std::int64_t number = 0;     // the checkpoint's number (0: unreadable)
    std::string office;          // the cosigner's name
    std::int64_t cosignedMs = 0; // the office's time of cosigning
    std::string why;             // Refused: why, in the reader's language
};

/// Imports every "*.cosigned.note" in `dir` into the box log `box` (one log: the box's
/// own). `officeKeys`: the office keys the box trusts; none refuses every note.
std::vector<CosignImport> importCosignatures(db::Database& box, const std::filesystem::path& dir,
                                             const std::vector<PublicKey>& officeKeys);
/// The same on the box log file (safe while the player writes). Never throws: a log that
/// cannot be opened gives one Refused entry with the reason.
std::vector<CosignImport> importCosignatures(const std::filesystem::path& dbFile, const std::filesystem::path& dir,
                                             const std::vector<PublicKey>& officeKeys);

/// The cosigner named in `note`: the first signature line not by `boxId` (empty: none).
std::string cosignerName(const SignedNote& note, const std::string& boxId);
/// The cosigned checkpoint of log `uid` with the highest number among `cps`, if any.
std::optional<StoredCheckpoint> lastCosigned(const std::vector<StoredCheckpoint>& cps, const LogId& uid);

} // namespace signage::playlog
