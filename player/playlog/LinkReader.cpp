// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/LinkReader.h"

#include "playlog/Schema.h"

#include <cstring>

namespace signage::playlog {

namespace {
Hash blobHash(const db::Statement& st, int col) {
    Hash h{};
    auto b = st.columnBlob(col);
    if (b.size() == h.size()) std::memcpy(h.data(), b.data(), h.size());
    return h;
}
std::optional<std::int64_t> optInt(const db::Statement& st, int col) {
    if (st.columnIsNull(col)) return std::nullopt;
    return st.columnInt(col);
}
} // namespace

// One ordered query with its current row decoded.
struct LinkReader::Cursor {
    enum Kind { Start, End, Event, Touch } kind;
    db::Statement st;
    std::optional<StoredLink> current;
    bool done = false; // stepping a finished statement would restart it
};

LinkReader::LinkReader(db::Database& db, std::int64_t logId, std::int64_t fromSeq) : _db(db), _log(logId) {
    readOlderSchema(db);
    {
        auto st = db.prepare("SELECT id, text FROM names");
        while (st.step()) _names.emplace(st.columnInt(0), st.columnText(1));
    }
    {
        auto st = db.prepare("SELECT id, boot_id FROM boots WHERE log=?1");
        st.bind(1, logId);
        while (st.step()) _boots.emplace(st.columnInt(0), st.columnText(1));
    }
    static constexpr const char* kSql[] = {
        "SELECT id, seq, boot, wall_ms, mono_ms, synced, site, bundle, playlist, item, media_hash, rule, "
        "planned_start_ms, planned_end_ms, interrupt, hash, trust FROM plays WHERE log=?1 AND seq>=?2 ORDER BY seq",
        "SELECT id, end_seq, seq, end_wall_ms, end_mono_ms, end_synced, played_ms, outcome, reason, end_hash "
        "FROM plays WHERE log=?1 AND end_seq IS NOT NULL AND end_seq>=?2 ORDER BY end_seq",
        "SELECT id, seq, boot, wall_ms, mono_ms, synced, kind, detail, value, hash FROM events WHERE log=?1 AND seq>=?2 ORDER BY seq",
        "SELECT id, seq, boot, wall_ms, mono_ms, synced, input_kind, verdict, tactic, hash FROM touch_checks "
        "WHERE log=?1 AND seq>=?2 ORDER BY seq",
    };
    for (int i = 0; i < 4; ++i) {
        _cursors[i] = std::make_unique<Cursor>(Cursor{static_cast<Cursor::Kind>(i), db.prepare(kSql[i]), std::nullopt, false});
        _cursors[i]->st.bind(1, logId).bind(2, fromSeq);
    }
}

LinkReader::~LinkReader() = default;

std::int64_t LinkReader::count() {
    auto st = _db.prepare("SELECT (SELECT count(*) FROM plays WHERE log=?1) + (SELECT count(end_seq) FROM plays WHERE "
                          "log=?1) + (SELECT count(*) FROM events WHERE log=?1) + (SELECT count(*) FROM touch_checks "
                          "WHERE log=?1)");
    st.bind(1, _log);
    return st.step() ? st.columnInt(0) : 0;
}

std::optional<StoredLink> LinkReader::next() {
    auto name = [this](std::int64_t id) -> std::string {
        auto it = _names.find(id);
        return it == _names.end() ? std::string("?") : it->second;
    };
    auto boot = [this](std::int64_t id) -> std::string {
        auto it = _boots.find(id);
        return it == _boots.end() ? std::string("?") : it->second;
    };
    auto time = [&](const db::Statement& st, int col) {
        return LinkTime{boot(st.columnInt(col)), st.columnInt(col + 1), st.columnInt(col + 2), st.columnInt(col + 3) != 0};
    };
    // Refill cursors whose row was consumed.
    for (auto& c : _cursors) {
        if (c->current || c->done) continue;
        if (!c->st.step()) {
            c->done = true;
            continue;
        }
        auto& st = c->st;
        StoredLink s;
        s.rowId = st.columnInt(0);
        switch (c->kind) {
        case Cursor::Start: {
            StartLink l;
            l.seq = st.columnInt(1);
            l.at = time(st, 2);
            l.play.site = name(st.columnInt(6));
            l.play.bundle = name(st.columnInt(7));
            l.play.playlist = name(st.columnInt(8));
            l.play.item = name(st.columnInt(9));
            l.play.mediaHash = name(st.columnInt(10));
            l.play.scheduleRule = name(st.columnInt(11));
            l.play.plannedStartMs = optInt(st, 12);
            l.play.plannedEndMs = optInt(st, 13);
            l.play.interrupt = st.columnInt(14) != 0;
            s.storedHash = blobHash(st, 15);
            l.play.untrusted = static_cast<std::uint8_t>(st.columnInt(16));
            s.link = std::move(l);
            break;
        }
        case Cursor::End: {
            EndLink l;
            l.seq = st.columnInt(1);
            l.startSeq = st.columnInt(2);
            l.wallMs = st.columnInt(3);
            l.monoMs = st.columnInt(4);
            l.synced = st.columnInt(5) != 0;
            l.playedMs = st.columnInt(6);
            l.outcome = static_cast<Outcome>(st.columnInt(7));
            l.reason = st.columnText(8);
            s.storedHash = blobHash(st, 9);
            s.link = std::move(l);
            break;
        }
        case Cursor::Event: {
            EventLink l;
            l.seq = st.columnInt(1);
            l.at = time(st, 2);
            l.kind = st.columnText(6);
            l.detail = st.columnText(7);
            l.value = st.columnInt(8);
            s.storedHash = blobHash(st, 9);
            s.link = std::move(l);
            break;
        }
        case Cursor::Touch: {
            TouchLink l;
            l.seq = st.columnInt(1);
            l.at = time(st, 2);
            l.check.inputKind = st.columnText(6);
            l.check.verdict = st.columnText(7);
            l.check.tactic = st.columnText(8);
            s.storedHash = blobHash(st, 9);
            s.link = std::move(l);
            break;
        }
        }
        c->current = std::move(s);
    }
    Cursor* best = nullptr;
    for (auto& c : _cursors) {
        if (c->current && (!best || linkSeq(c->current->link) < linkSeq(best->current->link))) best = c.get();
    }
    if (!best) return std::nullopt;
    std::optional<StoredLink> out = std::move(best->current);
    best->current.reset();
    return out;
}

} // namespace signage::playlog
