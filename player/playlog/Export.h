// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signed exports: a copy of a box's log made for a USB stick, with the box's ed25519
// signature over the chain head (which vouches for every row before it). The file is an
// SQLite database with the play-log schema plus an `export_info` table.
#include <filesystem>
#include <optional>

#include "playlog/BoxKey.h"
#include "playlog/LogStore.h"
#include "playlog/Progress.h"
#include "playlog/Witness.h"

namespace signage::playlog {

/// What a damaged log's export left out: the box signs it, the office reads it.
struct DamageStatement {
    std::int64_t firstBadSeq = 0;  // the first link that did not verify
    std::int64_t linksLeftOut = 0; // links from there on, not exported
    std::string what;              // verify's description of the first bad link
};

struct ExportInfo {
    std::string boxId;
    PublicKey key{};
    LogId uid{};
    std::int64_t headSeq = 0;
    Hash headHash{};
    std::int64_t createdMs = 0;
    Signature signature{};
    std::optional<DamageStatement> damage; // set when the log was damaged (only the part before was exported)
    Signature damageSignature{};

    std::string message() const { return exportMessage(boxId, key, uid, headSeq, headHash, createdMs); }
    std::string damageMessage() const;
    bool signatureValid() const {
        return verifySignature(key, message(), signature) && (!damage || verifySignature(key, damageMessage(), damageSignature));
    }
};

/// The export_info of an export file; nullopt when the table is missing (not an export,
/// or unsigned). Throws std::runtime_error when present but malformed.
std::optional<ExportInfo> readExportInfo(db::Database& db);

struct ExportResult {
    std::filesystem::path file;
    ExportInfo info;
    std::int64_t links = 0;
    std::optional<StoredCheckpoint> checkpoint; // the checkpoint signed for this export
};

/// Removes links from `fromSeq` on (starts and events deleted, ends cleared); returns how
/// many. For the export copy of a damaged log, inside the caller's transaction.
std::int64_t truncateLog(db::Database& db, std::int64_t log, std::int64_t fromSeq);

/// Copies the log at `dbFile` (a consistent snapshot, safe while the player writes),
/// verifies its chain, signs the head and a checkpoint (kept in the box log too) with
/// `key` and writes `out` atomically (a temp file renamed into place; refused when `out`
/// exists and is not a regular file). If `out` is a directory the name is
/// `<box>_<YYYYMMDD-HHMM>.signage-log`. A log that does not verify is exported up to its
/// first bad link, with a signed DamageStatement (an altered row is never signed).
/// Throws std::runtime_error on failure.
ExportResult exportLog(const std::filesystem::path& dbFile, const BoxKey& key, const std::filesystem::path& out,
                       std::int64_t nowMs, const ProgressFn& progress = {});

} // namespace signage::playlog
