// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Row-level access to the play-log tables for whoever writes them: the PlayLog writer
// thread (a box's own log) and `audit merge` (an audit database). Callers compute seq
// and hash (Chain.h); this class only stores, interning repeated strings (site, item,
// media hash, …) in `names` and boot ids in `boots`. One thread at a time.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/Database.h"
#include "playlog/Chain.h"

namespace signage::playlog {

/// One hash chain: a box's log file (a box has one; an audit database has many).
struct LogInfo {
    std::int64_t id = 0; // logs.id in this database
    std::string boxId;
    PublicKey key{};
    LogId uid{};
    std::int64_t createdMs = 0;
};

/// The last link of a chain (seq 0 and the genesis hash when empty).
struct ChainHead {
    std::int64_t seq = 0;
    Hash hash{};
};

/// Heterogeneous-lookup string map (find by string_view without allocating).
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class LogStore {
public:
    explicit LogStore(db::Database& db);

    std::vector<LogInfo> logs();
    std::optional<LogInfo> findLog(const LogId& uid);
    LogInfo createLog(const std::string& boxId, const PublicKey& key, const LogId& uid, std::int64_t createdMs);
    ChainHead loadHead(const LogInfo& log);

    /// Insert or complete rows. Throw db::DbError (with the SQLite code, e.g. SQLITE_FULL)
    /// on failure; the caller rolls back and calls forgetCaches().
    std::int64_t insertStart(std::int64_t log, const StartLink& l, const Hash& h);
    /// A start and its end in one row (what insertStart then updateEnd leave, one write
    /// instead of two: the office's ingest, when a batch holds both links).
    std::int64_t insertPlay(std::int64_t log, const StartLink& l, const Hash& h, const EndLink& end,
                            const Hash& endHash);
    /// False when the start row is missing or already ended (nothing changed).
    bool updateEnd(std::int64_t log, const EndLink& l, const Hash& h);
    std::int64_t insertEvent(std::int64_t log, const EventLink& l, const Hash& h);
    std::int64_t insertTouch(std::int64_t log, const TouchLink& l, const Hash& h);

    /// Drops cached name/boot ids: after a rollback they may point at rows that vanished.
    void forgetCaches();
    db::Database& database() { return _db; }

private:
    std::int64_t nameId(std::string_view text);
    std::int64_t bootRef(std::int64_t log, std::string_view bootId);
    void run(db::Statement& st, const char* what);
    db::Statement& cached(std::optional<db::Statement>& st, const char* sql);
    void bindStart(db::Statement& st, std::int64_t log, const StartLink& l, const Hash& h);

    db::Database& _db;
    db::Statement _findName, _addName, _findBoot, _addBoot, _insStart, _updEnd, _insEvent, _insTouch;
    // Prepared on first use (an older, read-only log never needs them).
    std::optional<db::Statement> _insPlay, _findLog, _head[4];
    StringMap<std::int64_t> _names;
    std::unordered_map<std::int64_t, StringMap<std::int64_t>> _boots; // log -> boot id -> boots.id
};

} // namespace signage::playlog
