#pragma once
// Signed exports: a copy of a box's log made for a USB stick, with the box's ed25519
// signature over the chain head (which vouches for every row before it). The file is an
// SQLite database with the play-log schema plus an `export_info` table.
#include <filesystem>
#include <optional>

#include "playlog/BoxKey.h"
#include "playlog/LogStore.h"
#include "playlog/Progress.h"

namespace signage::playlog {

struct ExportInfo {
    std::string boxId;
    PublicKey key{};
    LogId uid{};
    std::int64_t headSeq = 0;
    Hash headHash{};
    std::int64_t createdMs = 0;
    Signature signature{};

    std::string message() const { return exportMessage(boxId, key, uid, headSeq, headHash, createdMs); }
    bool signatureValid() const { return verifySignature(key, message(), signature); }
};

/// The export_info of an export file; nullopt when the table is missing (not an export,
/// or unsigned). Throws std::runtime_error when present but malformed.
std::optional<ExportInfo> readExportInfo(db::Database& db);

struct ExportResult {
    std::filesystem::path file;
    ExportInfo info;
    std::int64_t links = 0;
};

/// Copies the log at `dbFile` (a consistent snapshot, safe while the player writes),
/// verifies its chain, signs the head with `key` and writes `out` atomically (a temp
/// file renamed into place). If `out` is a directory the name is
/// `<box>_<YYYYMMDD-HHMM>.signage-log`. Throws std::runtime_error (naming the first bad
/// row when the chain does not verify: an altered log is never signed).
ExportResult exportLog(const std::filesystem::path& dbFile, const BoxKey& key, const std::filesystem::path& out,
                       std::int64_t nowMs, const ProgressFn& progress = {});

} // namespace signage::playlog
