// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoints with a witness. A box's chain is an unkeyed hash and whoever holds the box
// also holds box.key, so on the box alone a rewritten tail verifies. What stops it is a
// witness: at every export the box signs a checkpoint of its log (log id, size, the
// chain's head hash) and the ward office countersigns it. A later export that does not
// extend the last cosigned checkpoint, a new log id for a box the office knows, or a gap
// in the box's checkpoint numbers is then visible.
//
// Shapes follow C2SP: the body is a tlog-checkpoint (origin line, size, base64 root
// hash, then extension lines), signatures are signed-note lines
// "— <name> <base64(key id ‖ signature)>", and the office's line is a
// tlog-cosignature/v1 (key id ‖ 8-byte big-endian time ‖ ed25519 signature over
// "cosignature/v1\ntime <t>\n" + body). Key ids: SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4]
// with type 0x01 for the box's ed25519 signature and 0x04 for the cosignature.
//
// Pure functions, no SQLite: the office daemon (player/office) and `audit` both use them;
// CheckpointStore.h keeps them in a database.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "playlog/BoxKey.h"
#include "playlog/Chain.h"

namespace signage::playlog {

struct Checkpoint {
    std::string boxId;
    LogId uid{};
    std::int64_t size = 0;   // links in the chain (the head's seq)
    Hash root{};             // the chain's hash at `size` (genesis hash when 0)
    std::int64_t number = 0; // 1, 2, 3, … per log: the box's n-th checkpoint
    std::int64_t createdMs = 0;

    /// "canhbao-signage/playlog/<box>/<log uid hex>"
    std::string origin() const;
    /// The tlog-checkpoint body (ends with a newline).
    std::string body() const;
    bool operator==(const Checkpoint&) const = default;
};

/// One signature line of a signed note.
struct NoteSignature {
    std::string name;
    std::vector<std::uint8_t> bytes; // key id (4) ‖ rest
};

struct SignedNote {
    std::string body; // text up to and including the last newline before the blank line
    std::vector<NoteSignature> signatures;
    /// body + "\n" + one "— name base64" line per signature.
    std::string text() const;
};

/// Parses a signed note; nullopt and `error` when it is not one.
std::optional<SignedNote> parseNote(const std::string& text, std::string& error);
/// Parses a checkpoint body made by Checkpoint::body(); nullopt and `error` otherwise.
std::optional<Checkpoint> parseCheckpoint(const std::string& body, std::string& error);

/// The box's signed checkpoint (a note with one signature, named after the box).
SignedNote signCheckpoint(const Checkpoint& cp, const BoxKey& boxKey);
/// Whether `note` carries a valid ed25519 signature by `name` with `key`.
bool hasValidSignature(const SignedNote& note, const std::string& name, const PublicKey& key);

/// Adds the office's cosignature (timeSec: seconds since the epoch). The note must
/// already be signed by the box (checked by the caller).
void cosign(SignedNote& note, const BoxKey& officeKey, const std::string& officeName, std::int64_t timeSec);
/// The time of a valid cosignature by `name`/`key`, or nullopt.
std::optional<std::int64_t> validCosignature(const SignedNote& note, const std::string& name, const PublicKey& key);

std::string base64(const std::uint8_t* data, size_t size);
bool fromBase64(const std::string& text, std::vector<std::uint8_t>& out);

} // namespace signage::playlog
