// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/LogStore.h"

#include <cstring>

namespace signage::playlog {

namespace {
constexpr int kSqliteDone = 101;

LogInfo readLog(db::Statement& st) {
    LogInfo info;
    info.id = st.columnInt(0);
    info.boxId = st.columnText(1);
    auto key = st.columnBlob(2);
    if (key.size() == info.key.size()) std::memcpy(info.key.data(), key.data(), key.size());
    auto uid = st.columnBlob(3);
    if (uid.size() == info.uid.size()) std::memcpy(info.uid.data(), uid.data(), uid.size());
    info.createdMs = st.columnInt(4);
    return info;
}

Hash readHash(const db::Statement& st, int col) {
    Hash h{};
    auto b = st.columnBlob(col);
    if (b.size() == h.size()) std::memcpy(h.data(), b.data(), h.size());
    return h;
}

void bindOpt(db::Statement& st, int i, const std::optional<std::int64_t>& v) {
    if (v) st.bind(i, *v);
    else st.bindNull(i);
}
} // namespace

LogStore::LogStore(db::Database& db)
    : _db(db),
      _findName(db.prepare("SELECT id FROM names WHERE text=?1")),
      _addName(db.prepare("INSERT INTO names(text) VALUES(?1)")),
      _findBoot(db.prepare("SELECT id FROM boots WHERE log=?1 AND boot_id=?2")),
      _addBoot(db.prepare("INSERT INTO boots(log, boot_id) VALUES(?1, ?2)")),
      _insStart(db.prepare("INSERT INTO plays(log, seq, boot, wall_ms, mono_ms, synced, site, bundle, playlist, item, "
                           "media_hash, rule, planned_start_ms, planned_end_ms, interrupt, hash, trust) "
                           "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)")),
      _updEnd(db.prepare("UPDATE plays SET end_seq=?3, end_wall_ms=?4, end_mono_ms=?5, end_synced=?6, played_ms=?7, "
                         "outcome=?8, reason=?9, end_hash=?10 WHERE log=?1 AND seq=?2 AND end_seq IS NULL")),
      _insEvent(db.prepare("INSERT INTO events(log, seq, boot, wall_ms, mono_ms, synced, kind, detail, value, hash) "
                           "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")),
      _insTouch(db.prepare("INSERT INTO touch_checks(log, seq, boot, wall_ms, mono_ms, synced, input_kind, verdict, "
                           "tactic, hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")) {}

void LogStore::run(db::Statement& st, const char* what) {
    int rc = st.execute();
    st.reset();
    if (rc != kSqliteDone) throw db::DbError(std::string(what) + ": " + _db.errorMessage(), rc);
}

std::vector<LogInfo> LogStore::logs() {
    std::vector<LogInfo> out;
    auto st = _db.prepare("SELECT id, box_id, public_key, log_uid, created_ms FROM logs ORDER BY id");
    while (st.step()) out.push_back(readLog(st));
    return out;
}

db::Statement& LogStore::cached(std::optional<db::Statement>& st, const char* sql) {
    if (!st) st.emplace(_db.prepare(sql));
    else st->reset(); // also after a step that threw
    return *st;
}

std::optional<LogInfo> LogStore::findLog(const LogId& uid) {
    auto& st = cached(_findLog, "SELECT id, box_id, public_key, log_uid, created_ms FROM logs WHERE log_uid=?1");
    st.bindBlob(1, uid.data(), uid.size());
    std::optional<LogInfo> found;
    if (st.step()) found = readLog(st);
    st.reset();
    return found;
}

LogInfo LogStore::createLog(const std::string& boxId, const PublicKey& key, const LogId& uid, std::int64_t createdMs) {
    auto st = _db.prepare("INSERT INTO logs(box_id, public_key, log_uid, created_ms) VALUES(?1,?2,?3,?4)");
    st.bind(1, boxId).bindBlob(2, key.data(), key.size()).bindBlob(3, uid.data(), uid.size()).bind(4, createdMs);
    run(st, "insert log");
    return LogInfo{_db.lastInsertRowid(), boxId, key, uid, createdMs};
}

ChainHead LogStore::loadHead(const LogInfo& log) {
    ChainHead head{0, genesisHash(log.boxId, log.key, log.uid)};
    // The last link is the largest seq among starts, ends, events and touch checks.
    static constexpr const char* kQueries[] = {
        "SELECT seq, hash FROM plays WHERE log=?1 ORDER BY seq DESC LIMIT 1",
        "SELECT end_seq, end_hash FROM plays WHERE log=?1 AND end_seq IS NOT NULL ORDER BY end_seq DESC LIMIT 1",
        "SELECT seq, hash FROM events WHERE log=?1 ORDER BY seq DESC LIMIT 1",
        "SELECT seq, hash FROM touch_checks WHERE log=?1 ORDER BY seq DESC LIMIT 1",
    };
    for (int i = 0; i < 4; ++i) {
        auto& st = cached(_head[i], kQueries[i]);
        st.bind(1, log.id);
        if (st.step() && st.columnInt(0) > head.seq) {
            head.seq = st.columnInt(0);
            head.hash = readHash(st, 1);
        }
        st.reset();
    }
    return head;
}

std::int64_t LogStore::nameId(std::string_view text) {
    if (auto it = _names.find(text); it != _names.end()) return it->second;
    _findName.bind(1, text);
    std::int64_t id;
    if (_findName.step()) {
        id = _findName.columnInt(0);
        _findName.reset();
    } else {
        _findName.reset();
        _addName.bind(1, text);
        run(_addName, "insert name");
        id = _db.lastInsertRowid();
    }
    _names.emplace(std::string(text), id);
    return id;
}

std::int64_t LogStore::bootRef(std::int64_t log, std::string_view bootId) {
    auto& perLog = _boots[log];
    if (auto it = perLog.find(bootId); it != perLog.end()) return it->second;
    _findBoot.bind(1, log).bind(2, bootId);
    std::int64_t id;
    if (_findBoot.step()) {
        id = _findBoot.columnInt(0);
        _findBoot.reset();
    } else {
        _findBoot.reset();
        _addBoot.bind(1, log).bind(2, bootId);
        run(_addBoot, "insert boot");
        id = _db.lastInsertRowid();
    }
    perLog.emplace(std::string(bootId), id);
    return id;
}

void LogStore::bindStart(db::Statement& st, std::int64_t log, const StartLink& l, const Hash& h) {
    const auto& p = l.play;
    // Resolve interned ids first: they may insert rows and use their own statements.
    std::int64_t boot = bootRef(log, l.at.boot);
    std::int64_t ids[6] = {nameId(p.site), nameId(p.bundle),    nameId(p.playlist),
                           nameId(p.item), nameId(p.mediaHash), nameId(p.scheduleRule)};
    st.bind(1, log).bind(2, l.seq).bind(3, boot).bind(4, l.at.wallMs).bind(5, l.at.monoMs).bind(6, l.at.synced ? 1 : 0);
    for (int i = 0; i < 6; ++i) st.bind(7 + i, ids[i]);
    bindOpt(st, 13, p.plannedStartMs);
    bindOpt(st, 14, p.plannedEndMs);
    st.bind(15, p.interrupt ? 1 : 0).bindBlob(16, h.data(), h.size()).bind(17, static_cast<std::int64_t>(p.untrusted));
}

std::int64_t LogStore::insertStart(std::int64_t log, const StartLink& l, const Hash& h) {
    bindStart(_insStart, log, l, h);
    run(_insStart, "insert play");
    return _db.lastInsertRowid();
}

std::int64_t LogStore::insertPlay(std::int64_t log, const StartLink& l, const Hash& h, const EndLink& e,
                                  const Hash& endHash) {
    auto& st = cached(
        _insPlay,
        "INSERT INTO plays(log, seq, boot, wall_ms, mono_ms, synced, site, bundle, playlist, item, media_hash, rule, "
        "planned_start_ms, planned_end_ms, interrupt, hash, trust, end_seq, end_wall_ms, end_mono_ms, end_synced, "
        "played_ms, outcome, reason, end_hash) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25)");
    bindStart(st, log, l, h);
    st.bind(18, e.seq).bind(19, e.wallMs).bind(20, e.monoMs).bind(21, e.synced ? 1 : 0).bind(22, e.playedMs);
    st.bind(23, static_cast<int>(e.outcome)).bind(24, e.reason).bindBlob(25, endHash.data(), endHash.size());
    run(st, "insert play");
    return _db.lastInsertRowid();
}

bool LogStore::updateEnd(std::int64_t log, const EndLink& l, const Hash& h) {
    auto& st = _updEnd;
    st.bind(1, log).bind(2, l.startSeq).bind(3, l.seq).bind(4, l.wallMs).bind(5, l.monoMs).bind(6, l.synced ? 1 : 0);
    st.bind(7, l.playedMs).bind(8, static_cast<int>(l.outcome)).bind(9, l.reason).bindBlob(10, h.data(), h.size());
    run(st, "end play");
    return _db.changes() == 1;
}

std::int64_t LogStore::insertEvent(std::int64_t log, const EventLink& l, const Hash& h) {
    std::int64_t boot = bootRef(log, l.at.boot);
    auto& st = _insEvent;
    st.bind(1, log).bind(2, l.seq).bind(3, boot).bind(4, l.at.wallMs).bind(5, l.at.monoMs).bind(6, l.at.synced ? 1 : 0);
    st.bind(7, l.kind).bind(8, l.detail).bind(9, l.value).bindBlob(10, h.data(), h.size());
    run(st, "insert event");
    return _db.lastInsertRowid();
}

std::int64_t LogStore::insertTouch(std::int64_t log, const TouchLink& l, const Hash& h) {
    std::int64_t boot = bootRef(log, l.at.boot);
    auto& st = _insTouch;
    st.bind(1, log).bind(2, l.seq).bind(3, boot).bind(4, l.at.wallMs).bind(5, l.at.monoMs).bind(6, l.at.synced ? 1 : 0);
    st.bind(7, l.check.inputKind).bind(8, l.check.verdict).bind(9, l.check.tactic).bindBlob(10, h.data(), h.size());
    run(st, "insert touch check");
    return _db.lastInsertRowid();
}

void LogStore::forgetCaches() {
    _names.clear();
    _boots.clear();
}

} // namespace signage::playlog
