// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks a log's hash chain link by link and names the first row that does not fit:
// a changed row (its hash no longer matches its contents), a missing or inserted row
// (the seq numbers are not 1, 2, 3, …), a chain that does not end where it was signed.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "playlog/LogStore.h"
#include "playlog/Export.h"
#include "playlog/Progress.h"
#include "playlog/Witness.h"

namespace signage::playlog {

struct LogVerifyResult {
    LogInfo log;
    bool ok = true;
    std::int64_t links = 0;
    ChainHead head;                 // the recomputed head (up to the first bad link)
    std::string firstBad;           // "plays id 12 (start, seq 40, item x): hash does not match …"
    std::int64_t firstBadSeq = 0;
    std::unordered_map<std::int64_t, Hash> hashesAt; // recomputed hashes at the seqs asked for
    std::int64_t witnessedUpTo = 0; // the largest size the office has cosigned (0: nothing witnessed)
    /// A box log or export: the newest checkpoint the office cosigned that the box brought
    /// back from a USB stick (Cosigned.h), and whether the chain still reaches its root.
    std::optional<StoredCheckpoint> lastCosigned;
    bool extendsCosigned = true;
};

/// Walks `log` in `db`. `wantSeqs`: seqs whose recomputed hash the caller needs (an
/// import's signed head).
LogVerifyResult verifyLog(db::Database& db, const LogInfo& log, const std::vector<std::int64_t>& wantSeqs = {},
                          const ProgressFn& progress = {});

/// The outcome of checking a whole file: a box log, an export, or an audit database.
struct FileVerifyResult {
    bool ok = true;
    std::string kind;                  // "box" | "export" | "audit": from the contents, never from meta.role
    std::string integrity;             // PRAGMA integrity_check
    std::vector<LogVerifyResult> logs;
    std::vector<std::string> problems; // human lines, first problem first (each makes ok false)
    std::vector<std::string> warnings; // witness findings and declared damage that do not refuse the file
    std::vector<WitnessFinding> findings;
    std::optional<ExportInfo> exportInfo; // an export's valid signature
};

/// Checks a box log, an export or an audit database. An export must be signed and hold
/// exactly the signed log; every log of an audit database needs a signed import. With
/// `office` (an audit database), the file's checkpoints are checked against what the
/// office has cosigned. Never throws for a bad file: a malformed database is a problem.
FileVerifyResult verifyFile(const std::filesystem::path& file, const ProgressFn& progress = {}, db::Database* office = nullptr);
/// verifyFile's work on a file that exists (throws db::DbError on a malformed database).
void verifyOpenFile(FileVerifyResult& out, const std::filesystem::path& file, const ProgressFn& progress, db::Database* office);

} // namespace signage::playlog
