// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Chain.h"

#include <sodium.h>

namespace signage::playlog {

namespace {
// Streams fields into BLAKE2b without building a buffer. Every field has a fixed type
// and position per link kind; strings are length-prefixed, so "ab"+"c" ≠ "a"+"bc".
class Canon {
public:
    Canon() {
        ensureSodium();
        crypto_generichash_init(&_state, nullptr, 0, crypto_generichash_BYTES);
    }
    void bytes(const void* p, size_t n) { crypto_generichash_update(&_state, static_cast<const unsigned char*>(p), n); }
    void u8(std::uint8_t v) { bytes(&v, 1); }
    void i64(std::int64_t v) {
        std::uint8_t b[8];
        auto u = static_cast<std::uint64_t>(v);
        for (int i = 0; i < 8; ++i) b[i] = static_cast<std::uint8_t>(u >> (8 * i));
        bytes(b, 8);
    }
    void str(std::string_view s) {
        i64(static_cast<std::int64_t>(s.size()));
        bytes(s.data(), s.size());
    }
    void opt(const std::optional<std::int64_t>& v) {
        u8(v ? 1 : 0);
        if (v) i64(*v);
    }
    void time(const LinkTime& t) {
        str(t.boot);
        i64(t.wallMs);
        i64(t.monoMs);
        u8(t.synced ? 1 : 0);
    }
    Hash finish() {
        Hash h{};
        crypto_generichash_final(&_state, h.data(), h.size());
        return h;
    }

private:
    crypto_generichash_state _state;
};
} // namespace

Hash genesisHash(std::string_view boxId, const PublicKey& key, const LogId& logId) {
    Canon c;
    c.str("canhbao-signage playlog v1");
    c.str(boxId);
    c.bytes(key.data(), key.size());
    c.bytes(logId.data(), logId.size());
    return c.finish();
}

Hash chainHash(const Hash& prev, const Link& link) {
    Canon c;
    c.bytes(prev.data(), prev.size());
    std::visit(
        [&c](const auto& l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, StartLink>) {
                c.u8('P');
                c.i64(l.seq);
                c.time(l.at);
                c.str(l.play.site);
                c.str(l.play.bundle);
                c.str(l.play.playlist);
                c.str(l.play.item);
                c.str(l.play.mediaHash);
                c.str(l.play.scheduleRule);
                c.opt(l.play.plannedStartMs);
                c.opt(l.play.plannedEndMs);
                c.u8(l.play.interrupt ? 1 : 0);
                // Added in schema 3 at the end and only when set, so older chains keep their hashes.
                if (l.play.untrusted) {
                    c.u8('U');
                    c.u8(l.play.untrusted);
                }
            } else if constexpr (std::is_same_v<T, EndLink>) {
                c.u8('E');
                c.i64(l.seq);
                c.i64(l.startSeq);
                c.i64(l.wallMs);
                c.i64(l.monoMs);
                c.u8(l.synced ? 1 : 0);
                c.i64(l.playedMs);
                c.i64(static_cast<std::int64_t>(l.outcome));
                c.str(l.reason);
            } else if constexpr (std::is_same_v<T, EventLink>) {
                c.u8('V');
                c.i64(l.seq);
                c.time(l.at);
                c.str(l.kind);
                c.str(l.detail);
                c.i64(l.value);
            } else {
                c.u8('T');
                c.i64(l.seq);
                c.time(l.at);
                c.str(l.check.inputKind);
                c.str(l.check.verdict);
                c.str(l.check.tactic);
            }
        },
        link);
    return c.finish();
}

std::string exportMessage(std::string_view boxId, const PublicKey& key, const LogId& logId, std::int64_t headSeq,
                          const Hash& headHash, std::int64_t createdMs) {
    std::string m = "canhbao-signage playlog export v1\n";
    m += "box=" + std::string(boxId) + "\n";
    m += "key=" + toHex(key) + "\n";
    m += "log=" + toHex(logId) + "\n";
    m += "head_seq=" + std::to_string(headSeq) + "\n";
    m += "head_hash=" + toHex(headHash) + "\n";
    m += "created_ms=" + std::to_string(createdMs) + "\n";
    return m;
}

std::int64_t linkSeq(const Link& link) {
    return std::visit([](const auto& l) { return l.seq; }, link);
}

std::string describeLink(const Link& link, std::int64_t rowId) {
    return std::visit(
        [rowId](const auto& l) -> std::string {
            using T = std::decay_t<decltype(l)>;
            std::string id = std::to_string(rowId);
            std::string seq = " seq " + std::to_string(l.seq);
            if constexpr (std::is_same_v<T, StartLink>) return "plays id " + id + " (start," + seq + ", item " + l.play.item + ")";
            else if constexpr (std::is_same_v<T, EndLink>) return "plays id " + id + " (end," + seq + ")";
            else if constexpr (std::is_same_v<T, EventLink>) return "events id " + id + " (" + l.kind + "," + seq + ")";
            else return "touch_checks id " + id + " (" + seq + ")";
        },
        link);
}

} // namespace signage::playlog
