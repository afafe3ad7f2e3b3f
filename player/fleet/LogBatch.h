// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A slice of a box's play log on the wire: links seq a..b of one log with their stored
// hashes, and the box key's signature over the slice's head (the same signed message as
// a USB export, playlog/Chain.h exportMessage). The office re-computes the chain from
// the head it already trusts, so a batch can neither alter nor skip a row; a duplicated
// batch re-sends rows the office already holds and is absorbed by seq.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/Database.h"
#include "playlog/BoxKey.h"
#include "playlog/Chain.h"
#include "playlog/LinkReader.h"

namespace signage::fleet {

struct LogBatch {
    std::string boxId;
    playlog::PublicKey key{};
    playlog::LogId uid{};
    std::int64_t logCreatedMs = 0;
    std::int64_t headSeq = 0;      // seq of the last link
    playlog::Hash headHash{};      // its hash
    std::int64_t signedMs = 0;
    playlog::Signature signature{};
    std::vector<playlog::StoredLink> links; // contiguous, in seq order, ending at headSeq
    /// Not on the wire: the enrolled box it came from (the office sets it from the topic,
    /// which the broker's ACL ties to the credential). Empty: boxId. They differ when a
    /// box's log was made before it got its fleet id; the log keeps its own id.
    std::string sender;

    std::int64_t firstSeq() const { return links.empty() ? headSeq + 1 : playlog::linkSeq(links.front().link); }
    std::string message() const {
        return playlog::exportMessage(boxId, key, uid, headSeq, headHash, signedMs);
    }
    bool signatureValid() const { return playlog::verifySignature(key, message(), signature); }
};

std::string encodeBatch(const LogBatch& batch);
/// Parses a batch; nullopt and a reason for truncated or malformed input.
std::optional<LogBatch> decodeBatch(std::string_view bytes, std::string* error);

/// The links after `afterSeq` (at most `maxLinks`) of the log in `boxLog` (a box's
/// playlog.sqlite, read-only is enough), signed with `key`. nullopt when there is
/// nothing after afterSeq. Throws db::DbError when the file cannot be read.
std::optional<LogBatch> readBatch(db::Database& boxLog, const playlog::BoxKey& key, std::int64_t afterSeq,
                                  size_t maxLinks, std::int64_t nowMs);

/// The log identity of a box's log file (nullopt before the writer made it).
std::optional<playlog::LogInfo> boxLogInfo(db::Database& boxLog);

} // namespace signage::fleet
