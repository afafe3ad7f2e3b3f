// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Rollup.h"

#include <unordered_map>
#include <vector>

#include "playlog/Dating.h"
#include "playlog/Records.h"

namespace signage::playlog {

namespace {

struct Key {
    std::int64_t day, hour, log, boot, site, playlist, item, outcome, interrupt;
    bool operator==(const Key&) const = default;
};
struct KeyHash {
    size_t operator()(const Key& k) const {
        std::uint64_t h = 1469598103934665603ULL;
        for (std::int64_t v : {k.day, k.hour, k.log, k.boot, k.site, k.playlist, k.item, k.outcome, k.interrupt}) {
            h ^= static_cast<std::uint64_t>(v);
            h *= 1099511628211ULL;
        }
        return static_cast<size_t>(h);
    }
};
struct Val {
    std::int64_t plays = 0, played = 0, unsynced = 0, redated = 0;
};
using Acc = std::unordered_map<Key, Val, KeyHash>;

// Columns every play query below selects, in this order.
constexpr const char* kPlayCols =
    "id, seq, boot, wall_ms, mono_ms, synced, site, playlist, item, outcome, interrupt, played_ms, trust";

void addPlay(Acc& acc, const db::Statement& st, std::int64_t log, const std::optional<std::int64_t>& anchor, int offset) {
    if (st.columnInt(12) != 0) return; // virtual clock, dev mode, unsigned content: never counted (AuditDb::untrusted)
    Dated d = dateRow(st.columnInt(3), st.columnInt(4), st.columnInt(5) != 0, anchor);
    LocalTime lt = localTime(d.ms, offset);
    Key k{lt.day, lt.hour, log, st.columnInt(2), st.columnInt(6), st.columnInt(7), st.columnInt(8), st.columnInt(9),
          st.columnInt(10)};
    Val& v = acc[k];
    v.plays += 1;
    v.played += st.columnIsNull(11) ? 0 : st.columnInt(11);
    v.unsynced += d.unsynced ? 1 : 0;
    v.redated += d.redated ? 1 : 0;
}

/// The three rollup tables: hourly with content, daily with content, hourly without.
struct TableSpec {
    const char* name;
    bool hour;    // has an hour column
    bool content; // has playlist and item columns
};
constexpr TableSpec kTables[] = {{"rollup", true, true}, {"rollup_day", false, true}, {"rollup_hour", true, false}};

std::vector<std::string> keyColumns(const TableSpec& t) {
    std::vector<std::string> c{"day"};
    if (t.hour) c.push_back("hour");
    for (const char* n : {"log", "boot", "site"}) c.push_back(n);
    if (t.content) {
        c.push_back("playlist");
        c.push_back("item");
    }
    c.push_back("outcome");
    c.push_back("interrupt");
    return c;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

/// The same shape as migration 2 in Schema.cpp (a test compares them).
std::string createTableSql(const TableSpec& t, bool temp) {
    std::string cols;
    for (auto& c : keyColumns(t)) cols += c + " INTEGER NOT NULL, ";
    return std::string("CREATE ") + (temp ? "TEMP " : "") + "TABLE IF NOT EXISTS " + t.name + "(" + cols +
           "plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL, "
           "PRIMARY KEY(" + join(keyColumns(t), ", ") + ")) WITHOUT ROWID;";
}

/// Adds `acc` (full keys) into table `t`, collapsing the columns it does not have.
void flush(db::Database& db, const TableSpec& t, const Acc& acc) {
    Acc collapsed;
    const Acc* src = &acc;
    if (!t.hour || !t.content) {
        for (const auto& [k, v] : acc) {
            Key c = k;
            if (!t.hour) c.hour = 0;
            if (!t.content) c.playlist = c.item = 0;
            Val& x = collapsed[c];
            x.plays += v.plays;
            x.played += v.played;
            x.unsynced += v.unsynced;
            x.redated += v.redated;
        }
        src = &collapsed;
    }
    auto cols = keyColumns(t);
    std::string params;
    for (size_t i = 1; i <= cols.size() + 4; ++i) params += (i > 1 ? "," : "") + std::string("?") + std::to_string(i);
    auto st = db.prepare(std::string("INSERT INTO ") + t.name + "(" + join(cols, ", ") +
                         ", plays, played_ms, unsynced, redated) VALUES(" + params + ") ON CONFLICT(" + join(cols, ", ") +
                         ") DO UPDATE SET plays=plays+excluded.plays, played_ms=played_ms+excluded.played_ms, "
                         "unsynced=unsynced+excluded.unsynced, redated=redated+excluded.redated");
    for (const auto& [k, v] : *src) {
        int i = 0;
        auto put = [&](std::int64_t x) { st.bind(++i, x); };
        put(k.day);
        if (t.hour) put(k.hour);
        put(k.log);
        put(k.boot);
        put(k.site);
        if (t.content) {
            put(k.playlist);
            put(k.item);
        }
        for (std::int64_t x : {k.outcome, k.interrupt, v.plays, v.played, v.unsynced, v.redated}) put(x);
        st.step();
        st.reset();
    }
}

std::int64_t scalar(db::Database& db, const std::string& sql, std::int64_t a, std::int64_t fallback = 0) {
    auto st = db.prepare(sql);
    st.bind(1, a);
    if (st.step() && !st.columnIsNull(0)) return st.columnInt(0);
    return fallback;
}

} // namespace

void useTemporaryRollup(db::Database& db) {
    for (const auto& t : kTables) db.exec(createTableSql(t, true));
    db.exec("CREATE TEMP TABLE IF NOT EXISTS rollup_boots(boot INTEGER PRIMARY KEY, offset_ms INTEGER NOT NULL);"
            "CREATE TEMP TABLE IF NOT EXISTS rollup_state(log INTEGER PRIMARY KEY, plays_upto INTEGER NOT NULL, "
            "events_upto INTEGER NOT NULL);");
}

void refreshRollup(db::Database& db, int utcOffsetMin, bool temporary, const ProgressFn& progress) {
    db.exec(temporary ? "BEGIN" : "BEGIN IMMEDIATE");
    try {
        // rollup_state row 0 remembers the UTC offset the buckets were cut at.
        std::int64_t builtAt = scalar(db, "SELECT plays_upto FROM rollup_state WHERE log=?1", 0, -100000);
        if (builtAt != utcOffsetMin) {
            for (const auto& t : kTables) db.exec(std::string("DELETE FROM ") + t.name);
            db.exec("DELETE FROM rollup_boots; DELETE FROM rollup_state;");
            auto st = db.prepare("INSERT INTO rollup_state(log, plays_upto, events_upto) VALUES(0, ?1, 0)");
            st.bind(1, static_cast<std::int64_t>(utcOffsetMin));
            st.step();
        }
        std::unordered_map<std::int64_t, std::int64_t> anchors;
        {
            auto st = db.prepare("SELECT boot, offset_ms FROM rollup_boots");
            while (st.step()) anchors[st.columnInt(0)] = st.columnInt(1);
        }
        std::vector<std::int64_t> logs;
        {
            auto st = db.prepare("SELECT id FROM logs ORDER BY id");
            while (st.step()) logs.push_back(st.columnInt(0));
        }
        auto setBoot = db.prepare("INSERT OR REPLACE INTO rollup_boots(boot, offset_ms) VALUES(?1, ?2)");
        auto setState = db.prepare("INSERT OR REPLACE INTO rollup_state(log, plays_upto, events_upto) VALUES(?1, ?2, ?3)");
        std::vector<db::Statement> dropBoot;
        for (const auto& t : kTables) dropBoot.push_back(db.prepare(std::string("DELETE FROM ") + t.name + " WHERE boot=?1"));
        auto reroll = db.prepare(std::string("SELECT ") + kPlayCols + " FROM plays WHERE boot=?1 AND log=?2 AND seq<=?3");
        auto fresh = db.prepare(std::string("SELECT ") + kPlayCols + " FROM plays WHERE log=?1 AND seq>?2 ORDER BY seq");

        std::int64_t total = 0, done = 0;
        if (progress) {
            for (auto log : logs) {
                std::int64_t upto = scalar(db, "SELECT plays_upto FROM rollup_state WHERE log=?1", log);
                auto st = db.prepare("SELECT count(*) FROM plays WHERE log=?1 AND seq>?2");
                st.bind(1, log).bind(2, upto);
                total += st.step() ? st.columnInt(0) : 0;
            }
        }

        Acc acc;
        for (auto log : logs) {
            std::int64_t upto = 0, eventsUpto = 0;
            {
                auto st = db.prepare("SELECT plays_upto, events_upto FROM rollup_state WHERE log=?1");
                st.bind(1, log);
                if (st.step()) {
                    upto = st.columnInt(0);
                    eventsUpto = st.columnInt(1);
                }
            }
            std::int64_t lastStartup = scalar(db, "SELECT max(seq) FROM events WHERE log=?1 AND kind='startup'", log);

            // Boots with new rows may have a new anchor: re-date what was rolled up.
            std::vector<std::int64_t> touched;
            {
                auto st = db.prepare("SELECT DISTINCT boot FROM plays WHERE log=?1 AND seq>?2 UNION "
                                     "SELECT DISTINCT boot FROM events WHERE log=?1 AND id>?3");
                st.bind(1, log).bind(2, upto).bind(3, eventsUpto);
                while (st.step()) touched.push_back(st.columnInt(0));
            }
            for (auto boot : touched) {
                auto a = computeAnchor(db, boot);
                if (!a) continue;
                auto it = anchors.find(boot);
                if (it != anchors.end() && std::llabs(*a - it->second) > kDatingToleranceMs) {
                    for (auto& st : dropBoot) {
                        st.bind(1, boot);
                        st.step();
                        st.reset();
                    }
                    reroll.bind(1, boot).bind(2, log).bind(3, upto);
                    while (reroll.step()) addPlay(acc, reroll, log, a, utcOffsetMin);
                    reroll.reset();
                }
                anchors[boot] = *a;
                setBoot.bind(1, boot).bind(2, *a);
                setBoot.step();
                setBoot.reset();
            }

            fresh.bind(1, log).bind(2, upto);
            while (fresh.step()) {
                bool settled = fresh.columnInt(9) != static_cast<int>(Outcome::Unfinished) || fresh.columnInt(1) < lastStartup;
                if (!settled) break; // this and later plays stay in the live tail
                auto it = anchors.find(fresh.columnInt(2));
                addPlay(acc, fresh, log, it == anchors.end() ? std::nullopt : std::optional<std::int64_t>(it->second),
                        utcOffsetMin);
                upto = fresh.columnInt(1);
                if (progress && (++done & 16383) == 0) progress(done, total);
            }
            fresh.reset();
            std::int64_t maxEvent = scalar(db, "SELECT max(id) FROM events WHERE log=?1", log, eventsUpto);
            setState.bind(1, log).bind(2, upto).bind(3, maxEvent);
            setState.step();
            setState.reset();
        }

        for (const auto& t : kTables) flush(db, t, acc);
        if (progress) progress(total, total);
        db.exec("COMMIT");
    } catch (...) {
        db.tryExec("ROLLBACK");
        throw;
    }
}

} // namespace signage::playlog
