// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The witness side of checkpoints (Checkpoint.h) kept in a play-log database: a box log
// and its exports hold the box's signed checkpoints; an audit database (the office
// store) holds the checkpoints the office has cosigned, the office's public key, and
// what the witness found. `audit export`, `audit merge`, `audit cosign`, `audit verify`
// and the office daemon (player/office) all go through these functions.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/Database.h"
#include "playlog/Checkpoint.h"
#include "playlog/LogStore.h"

namespace signage::playlog {

struct StoredCheckpoint {
    Checkpoint cp;
    SignedNote note;
    std::optional<std::int64_t> cosignedMs; // set in the office store once cosigned
};

/// The checkpoints in `db` (all logs, or one log id), by log and number.
std::vector<StoredCheckpoint> readCheckpoints(db::Database& db, const std::optional<LogId>& uid = std::nullopt);
/// Inserts, or replaces the note and cosigned time of the same (log, number).
void storeCheckpoint(db::Database& db, const StoredCheckpoint& c);

/// The box side: signs checkpoint number (last + 1) of `log` at `head` and stores it in
/// `db` (a box log, or the export copy being made).
StoredCheckpoint makeCheckpoint(db::Database& db, const LogInfo& log, const ChainHead& head, const BoxKey& boxKey,
                                std::int64_t nowMs);

/// The office's identity as it signs: a key (BoxKey's file format) and a name.
struct OfficeWitness {
    const BoxKey* key = nullptr;
    std::string name = "office";
};

/// What the witness found about one export, against the office store.
struct WitnessFinding {
    enum class Kind {
        BadCheckpoint, // a checkpoint in the export is not signed by the box or contradicts its chain
        NotExtending,  // the chain does not extend the last cosigned checkpoint (a rewritten tail)
        NewLog,        // a new log id for a box the office has cosigned before (log deleted or reset)
        Gap,           // checkpoint numbers missing, or made but never brought to the office
    };
    Kind kind;
    std::string boxId;
    std::string message; // renderFinding() in the language of the run that made or read it
    // What exactly, as a code and parameters: the office store keeps these (never the
    // words), so a report reads in its reader's language whatever language the merge ran
    // in. Codes: unsigned, chain_mismatch (bad_checkpoint); rewritten, removed
    // (not_extending); new_log; missing, cosigned_missing, undelivered (gap).
    std::string code;
    std::vector<std::pair<std::string, std::string>> params;
    std::string param(std::string_view key) const;
    bool refuses() const { return kind == Kind::BadCheckpoint || kind == Kind::NotExtending; }
};
std::string_view findingKindName(WitnessFinding::Kind k);
/// The finding's message in the current language (core::lang()), from code and params.
std::string renderFinding(const WitnessFinding& f);

/// Checks the checkpoints an export carries (`exportCps`, of log `log` signed with
/// `log.key`) against its own chain (`hashAt(seq)`: the recomputed hash at seq, nullopt
/// past the end) and against the office store `office` (null: only the export itself).
std::vector<WitnessFinding> checkCheckpoints(db::Database* office, const LogInfo& log,
                                             const std::vector<StoredCheckpoint>& exportCps,
                                             const std::function<std::optional<Hash>(std::int64_t)>& hashAt);

/// Cosigns the export's latest checkpoint into the office store (and keeps the others it
/// carries, box-signed only). Records the office key in meta the first time; throws when
/// the store was cosigned by another key. Returns the cosigned note.
std::optional<SignedNote> cosignLatest(db::Database& office, const std::vector<StoredCheckpoint>& exportCps,
                                       const OfficeWitness& witness, std::int64_t nowMs);

/// Findings kept in the office store (witness_findings), oldest first, each message
/// rendered in the current language ("<source>: <message>"); rows stored as text by an
/// older program are shown as they were stored.
std::vector<WitnessFinding> storedFindings(db::Database& office);
void storeFindings(db::Database& office, const std::vector<WitnessFinding>& findings, const std::string& source,
                   std::int64_t nowMs);

/// The line verify prints about what an unkeyed chain can and cannot prove.
std::string unwitnessedWarning();

} // namespace signage::playlog
