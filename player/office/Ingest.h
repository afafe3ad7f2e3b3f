// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Play-log batches from boxes into the office's fleet store: an audit database with the
// play-log schema (playlog::openAuditDatabase), so `signage audit` reads it as it reads
// merged USB exports. Verification uses playlog's chain (chainHash from the head already
// stored) and the box keys enrolled as trusted; rows go in through playlog::LogStore.
//
// Idempotent by (log, seq): links at or below the stored head are skipped, so a batch
// delivered twice (MQTT QoS 1) or re-sent after a lost ack adds nothing. A batch that
// starts past the head (reordered delivery) waits in memory until the gap fills. Each
// call commits in one transaction; the ack (the stored head) is only known after it.
// One thread (the office's ingest worker).
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "db/Database.h"
#include "fleet/LogBatch.h"
#include "playlog/LogStore.h"
#include "playlog/Merge.h"

namespace signage::office {

struct IngestResult {
    enum class Status { Stored, Duplicate, Waiting, Refused };
    Status status = Status::Refused;
    std::string boxId;
    std::string logHex;     // the log's uid, hex (acks name it)
    std::int64_t ackSeq = 0; // every link up to here is committed in the store
    std::int64_t added = 0;  // links added by this batch (and any waiting ones it released)
    std::string error;       // why it was refused
};

class Ingest {
public:
    explicit Ingest(db::Database& store, playlog::TrustedKeys trusted = {});

    void setTrusted(playlog::TrustedKeys trusted) { _trusted = std::move(trusted); }
    const playlog::TrustedKeys& trusted() const { return _trusted; }

    /// Verifies and stores `batches` in one transaction; one result per batch, same order.
    /// Throws db::DbError when the store itself fails (nothing committed then: the boxes
    /// re-send, since no ack went out).
    std::vector<IngestResult> apply(std::vector<fleet::LogBatch> batches, std::int64_t nowMs);
    IngestResult apply(fleet::LogBatch batch, std::int64_t nowMs);

    /// Batches waiting for an earlier one (reordered delivery), all logs together.
    size_t waiting() const;
    std::uint64_t linksStored() const { return _linksStored; }

private:
    IngestResult applyOne(const fleet::LogBatch& b, std::int64_t nowMs);
    void releaseWaiting(const playlog::LogId& uid, IngestResult& r, std::int64_t nowMs);

    db::Database& _db;
    playlog::LogStore _store;
    playlog::TrustedKeys _trusted;
    std::map<playlog::LogId, std::map<std::int64_t, fleet::LogBatch>> _waiting; // uid -> first seq -> batch
    std::uint64_t _linksStored = 0;
    std::optional<db::Statement> _insImport;
    std::unordered_map<std::int64_t, size_t> _endAt; // applyOne's scratch: start seq -> index of its end link
    std::vector<bool> _endDone;
};

} // namespace signage::office
