// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tamper evidence: the canonical encoding of links and the BLAKE2b chain over them
// (libsodium crypto_generichash). Changing, inserting or deleting any row changes every
// later hash; the head hash, signed by the box key at export, vouches for the whole log.
#include <string_view>

#include "playlog/BoxKey.h"
#include "playlog/Links.h"

namespace signage::playlog {

using LogId = std::array<std::uint8_t, 16>;

/// The hash before link 1: binds the chain to the box id, its public key and the log
/// instance (a fresh random id each time a log file is created).
Hash genesisHash(std::string_view boxId, const PublicKey& key, const LogId& logId);
/// hash(link) = BLAKE2b-256(prev ‖ encode(link)).
Hash chainHash(const Hash& prev, const Link& link);

/// What an export signs: the log's identity and head. Canonical bytes, versioned.
std::string exportMessage(std::string_view boxId, const PublicKey& key, const LogId& logId, std::int64_t headSeq,
                          const Hash& headHash, std::int64_t createdMs);

} // namespace signage::playlog
