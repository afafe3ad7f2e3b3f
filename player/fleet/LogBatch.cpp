// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/LogBatch.h"

#include <cstring>

namespace signage::fleet {

using namespace playlog;

namespace {
constexpr char kMagic[4] = {'S', 'G', 'B', '1'};

class Writer {
public:
    void bytes(const void* p, size_t n) { _out.append(static_cast<const char*>(p), n); }
    void u8(std::uint8_t v) { _out.push_back(static_cast<char>(v)); }
    void i64(std::int64_t v) {
        auto u = static_cast<std::uint64_t>(v);
        for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(u >> (8 * i)));
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
        u8(t.synced);
    }
    std::string take() { return std::move(_out); }

private:
    std::string _out;
};

// Every read checks the remaining length; the first short read poisons the reader.
class Reader {
public:
    explicit Reader(std::string_view in) : _in(in) {}
    bool ok() const { return _ok; }
    bool atEnd() const { return _in.empty(); }
    bool bytes(void* p, size_t n) {
        if (!_ok || _in.size() < n) return _ok = false;
        std::memcpy(p, _in.data(), n);
        _in.remove_prefix(n);
        return true;
    }
    std::uint8_t u8() {
        std::uint8_t v = 0;
        bytes(&v, 1);
        return v;
    }
    std::int64_t i64() {
        std::uint8_t b[8] = {};
        bytes(b, 8);
        std::uint64_t u = 0;
        for (int i = 0; i < 8; ++i) u |= static_cast<std::uint64_t>(b[i]) << (8 * i);
        return static_cast<std::int64_t>(u);
    }
    std::string str() {
        std::int64_t n = i64();
        if (!_ok || n < 0 || static_cast<std::uint64_t>(n) > _in.size()) {
            _ok = false;
            return {};
        }
        std::string s(_in.substr(0, static_cast<size_t>(n)));
        _in.remove_prefix(static_cast<size_t>(n));
        return s;
    }
    std::optional<std::int64_t> opt() {
        if (u8() == 0) return std::nullopt;
        return i64();
    }
    LinkTime time() {
        LinkTime t;
        t.boot = str();
        t.wallMs = i64();
        t.monoMs = i64();
        t.synced = u8() != 0;
        return t;
    }

private:
    std::string_view _in;
    bool _ok = true;
};

void writeLink(Writer& w, const Link& link) {
    std::visit(
        [&](const auto& l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, StartLink>) {
                w.u8(0);
                w.i64(l.seq);
                w.time(l.at);
                w.str(l.play.site), w.str(l.play.bundle), w.str(l.play.playlist), w.str(l.play.item);
                w.str(l.play.mediaHash), w.str(l.play.scheduleRule);
                w.opt(l.play.plannedStartMs), w.opt(l.play.plannedEndMs);
                w.u8(l.play.interrupt);
            } else if constexpr (std::is_same_v<T, EndLink>) {
                w.u8(1);
                w.i64(l.seq), w.i64(l.startSeq), w.i64(l.wallMs), w.i64(l.monoMs);
                w.u8(l.synced);
                w.i64(l.playedMs);
                w.i64(static_cast<std::int64_t>(l.outcome));
                w.str(l.reason);
            } else if constexpr (std::is_same_v<T, EventLink>) {
                w.u8(2);
                w.i64(l.seq);
                w.time(l.at);
                w.str(l.kind), w.str(l.detail);
                w.i64(l.value);
            } else {
                w.u8(3);
                w.i64(l.seq);
                w.time(l.at);
                w.str(l.check.inputKind), w.str(l.check.verdict), w.str(l.check.tactic);
            }
        },
        link);
}

std::optional<Link> readLink(Reader& r) {
    switch (r.u8()) {
    case 0: {
        StartLink l;
        l.seq = r.i64();
        l.at = r.time();
        l.play.site = r.str(), l.play.bundle = r.str(), l.play.playlist = r.str(), l.play.item = r.str();
        l.play.mediaHash = r.str(), l.play.scheduleRule = r.str();
        l.play.plannedStartMs = r.opt();
        l.play.plannedEndMs = r.opt();
        l.play.interrupt = r.u8() != 0;
        return l;
    }
    case 1: {
        EndLink l;
        l.seq = r.i64(), l.startSeq = r.i64(), l.wallMs = r.i64(), l.monoMs = r.i64();
        l.synced = r.u8() != 0;
        l.playedMs = r.i64();
        std::int64_t o = r.i64();
        if (o < 0 || o >= kOutcomeCount) return std::nullopt;
        l.outcome = static_cast<Outcome>(o);
        l.reason = r.str();
        return l;
    }
    case 2: {
        EventLink l;
        l.seq = r.i64();
        l.at = r.time();
        l.kind = r.str(), l.detail = r.str();
        l.value = r.i64();
        return l;
    }
    case 3: {
        TouchLink l;
        l.seq = r.i64();
        l.at = r.time();
        l.check.inputKind = r.str(), l.check.verdict = r.str(), l.check.tactic = r.str();
        return l;
    }
    default: return std::nullopt;
    }
}
} // namespace

std::string encodeBatch(const LogBatch& b) {
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.str(b.boxId);
    w.bytes(b.key.data(), b.key.size());
    w.bytes(b.uid.data(), b.uid.size());
    w.i64(b.logCreatedMs), w.i64(b.headSeq);
    w.bytes(b.headHash.data(), b.headHash.size());
    w.i64(b.signedMs);
    w.bytes(b.signature.data(), b.signature.size());
    w.i64(static_cast<std::int64_t>(b.links.size()));
    for (const auto& s : b.links) {
        writeLink(w, s.link);
        w.bytes(s.storedHash.data(), s.storedHash.size());
    }
    return w.take();
}

std::optional<LogBatch> decodeBatch(std::string_view bytes, std::string* error) {
    auto fail = [&](const char* why) -> std::optional<LogBatch> {
        if (error) *error = why;
        return std::nullopt;
    };
    Reader r(bytes);
    char magic[4] = {};
    if (!r.bytes(magic, 4) || std::memcmp(magic, kMagic, 4) != 0) return fail("not a log batch (bad magic)");
    LogBatch b;
    b.boxId = r.str();
    r.bytes(b.key.data(), b.key.size());
    r.bytes(b.uid.data(), b.uid.size());
    b.logCreatedMs = r.i64(), b.headSeq = r.i64();
    r.bytes(b.headHash.data(), b.headHash.size());
    b.signedMs = r.i64();
    r.bytes(b.signature.data(), b.signature.size());
    std::int64_t n = r.i64();
    if (!r.ok() || n < 0 || n > 1'000'000) return fail("truncated batch header");
    b.links.reserve(static_cast<size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        StoredLink s;
        auto link = readLink(r);
        if (!link) return fail("unknown link kind");
        s.link = std::move(*link);
        r.bytes(s.storedHash.data(), s.storedHash.size());
        if (!r.ok()) return fail("truncated batch");
        b.links.push_back(std::move(s));
    }
    if (!r.atEnd()) return fail("bytes after the last link");
    for (size_t i = 1; i < b.links.size(); ++i)
        if (linkSeq(b.links[i].link) != linkSeq(b.links[i - 1].link) + 1) return fail("links are not contiguous");
    if (!b.links.empty() && linkSeq(b.links.back().link) != b.headSeq) return fail("last link is not the signed head");
    return b;
}

std::optional<LogInfo> boxLogInfo(db::Database& boxLog) {
    LogStore store(boxLog);
    auto logs = store.logs();
    if (logs.empty()) return std::nullopt;
    return logs.back();
}

std::optional<LogBatch> readBatch(db::Database& boxLog, const BoxKey& key, std::int64_t afterSeq, size_t maxLinks,
                                  std::int64_t nowMs) {
    auto info = boxLogInfo(boxLog);
    if (!info) return std::nullopt;
    LogBatch b;
    b.boxId = info->boxId;
    b.key = info->key;
    b.uid = info->uid;
    b.logCreatedMs = info->createdMs;
    LinkReader reader(boxLog, info->id, afterSeq + 1);
    while (b.links.size() < maxLinks) {
        auto s = reader.next();
        if (!s) break;
        // A gap means rows are still being committed by the writer in another table's
        // order; stop at the last contiguous link and send the rest next time.
        std::int64_t expect = b.links.empty() ? afterSeq + 1 : linkSeq(b.links.back().link) + 1;
        if (linkSeq(s->link) != expect) break;
        b.links.push_back(std::move(*s));
    }
    if (b.links.empty()) return std::nullopt;
    b.headSeq = linkSeq(b.links.back().link);
    b.headHash = b.links.back().storedHash;
    b.signedMs = nowMs;
    b.signature = key.sign(b.message());
    return b;
}

} // namespace signage::fleet
