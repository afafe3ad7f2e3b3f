// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ward office's audit database: many boxes' signed exports merged into one file with
// the play-log schema (role "audit"). Merging is idempotent (links already present are
// skipped) and refuses unsigned exports, bad signatures, altered rows, and exports
// that contradict what was merged before (a forked chain).
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "playlog/Export.h"
#include "playlog/Progress.h"
#include "playlog/Witness.h"

namespace signage::playlog {

/// Box id → the public key it must sign with (`--trusted-keys FILE`: lines "box-id hex").
using TrustedKeys = std::map<std::string, PublicKey>;
/// Parses a trusted-keys file; problems as "file:line: message" in `errors`.
TrustedKeys readTrustedKeys(const std::filesystem::path& file, std::vector<std::string>& errors);

/// Opens (creating and migrating) an audit database. Throws when the file is a box log.
db::Database openAuditDatabase(const std::filesystem::path& file);

struct MergeResult {
    std::filesystem::path source;
    bool ok = false;
    std::string boxId;
    std::int64_t linksAdded = 0;
    std::int64_t linksAlreadyPresent = 0;
    std::string error; // why it was refused (Vietnamese or English per --lang)
    std::vector<WitnessFinding> findings;     // what the witness found (kept in witness_findings too)
    std::vector<std::string> warnings;        // declared damage, findings that do not refuse
    std::optional<SignedNote> cosigned;       // the checkpoint the office cosigned (with a witness)
};

/// Merges one export into `audit` in a single transaction: all of it or nothing. Only
/// exports signed by a key enrolled in `trusted` are accepted; an empty `trusted` refuses
/// everything. The export's checkpoints are checked against the office store (a
/// rewritten tail, a new log id for a known box, a gap) and, with `witness`, its latest
/// checkpoint is cosigned and kept. Refused findings are still recorded.
MergeResult mergeExport(db::Database& audit, const std::filesystem::path& exportFile, const TrustedKeys& trusted,
                        std::int64_t nowMs, const ProgressFn& progress = {}, const OfficeWitness* witness = nullptr);

} // namespace signage::playlog
