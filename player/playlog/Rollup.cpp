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
    "id, seq, boot, wall_ms, mono_ms, synced, site, playlist, item, outcome, interrupt, played_ms";

void addPlay(Acc& acc, const db::Statement& st, std::int64_t log, const std::optional<std::int64_t>& anchor, int offset) {
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

std::int64_t scalar(db::Database& db, const std::string& sql, std::int64_t a, std::int64_t fallback = 0) {
    auto st = db.prepare(sql);
    st.bind(1, a);
    if (st.step() && !st.columnIsNull(0)) return st.columnInt(0);
    return fallback;
}

} // namespace

void useTemporaryRollup(db::Database& db) {
    db.exec(R"sql(
CREATE TEMP TABLE IF NOT EXISTS rollup(
  day INTEGER NOT NULL, hour INTEGER NOT NULL, log INTEGER NOT NULL, boot INTEGER NOT NULL,
  site INTEGER NOT NULL, playlist INTEGER NOT NULL, item INTEGER NOT NULL,
  outcome INTEGER NOT NULL, interrupt INTEGER NOT NULL,
  plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL,
  PRIMARY KEY(day, hour, log, boot, site, playlist, item, outcome, interrupt)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS rollup_day(
  day INTEGER NOT NULL, log INTEGER NOT NULL, boot INTEGER NOT NULL,
  site INTEGER NOT NULL, playlist INTEGER NOT NULL, item INTEGER NOT NULL,
  outcome INTEGER NOT NULL, interrupt INTEGER NOT NULL,
  plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL,
  PRIMARY KEY(day, log, boot, site, playlist, item, outcome, interrupt)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS rollup_boots(boot INTEGER PRIMARY KEY, offset_ms INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS rollup_state(log INTEGER PRIMARY KEY, plays_upto INTEGER NOT NULL, events_upto INTEGER NOT NULL);
)sql");
}

void refreshRollup(db::Database& db, int utcOffsetMin, bool temporary, const ProgressFn& progress) {
    db.exec(temporary ? "BEGIN" : "BEGIN IMMEDIATE");
    try {
        // rollup_state row 0 remembers the UTC offset the buckets were cut at.
        std::int64_t builtAt = scalar(db, "SELECT plays_upto FROM rollup_state WHERE log=?1", 0, -100000);
        if (builtAt != utcOffsetMin) {
            db.exec("DELETE FROM rollup; DELETE FROM rollup_day; DELETE FROM rollup_boots; DELETE FROM rollup_state;");
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
        auto dropBoot = db.prepare("DELETE FROM rollup WHERE boot=?1");
        auto dropBootDay = db.prepare("DELETE FROM rollup_day WHERE boot=?1");
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
                    for (auto* st : {&dropBoot, &dropBootDay}) {
                        st->bind(1, boot);
                        st->step();
                        st->reset();
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

        auto upsert = db.prepare(
            "INSERT INTO rollup(day, hour, log, boot, site, playlist, item, outcome, interrupt, plays, played_ms, unsynced, "
            "redated) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) "
            "ON CONFLICT(day, hour, log, boot, site, playlist, item, outcome, interrupt) DO UPDATE SET "
            "plays=plays+excluded.plays, played_ms=played_ms+excluded.played_ms, unsynced=unsynced+excluded.unsynced, "
            "redated=redated+excluded.redated");
        for (const auto& [k, v] : acc) {
            upsert.bind(1, k.day).bind(2, k.hour).bind(3, k.log).bind(4, k.boot).bind(5, k.site).bind(6, k.playlist);
            upsert.bind(7, k.item).bind(8, k.outcome).bind(9, k.interrupt).bind(10, v.plays).bind(11, v.played);
            upsert.bind(12, v.unsynced).bind(13, v.redated);
            upsert.step();
            upsert.reset();
        }
        // The daily table: the same totals without the hour, for reports not by hour.
        Acc daily;
        for (const auto& [k, v] : acc) {
            Key d = k;
            d.hour = 0;
            Val& t = daily[d];
            t.plays += v.plays;
            t.played += v.played;
            t.unsynced += v.unsynced;
            t.redated += v.redated;
        }
        auto upsertDay = db.prepare(
            "INSERT INTO rollup_day(day, log, boot, site, playlist, item, outcome, interrupt, plays, played_ms, unsynced, "
            "redated) VALUES(?1,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) "
            "ON CONFLICT(day, log, boot, site, playlist, item, outcome, interrupt) DO UPDATE SET "
            "plays=plays+excluded.plays, played_ms=played_ms+excluded.played_ms, unsynced=unsynced+excluded.unsynced, "
            "redated=redated+excluded.redated");
        for (const auto& [k, v] : daily) {
            upsertDay.bind(1, k.day).bind(3, k.log).bind(4, k.boot).bind(5, k.site).bind(6, k.playlist);
            upsertDay.bind(7, k.item).bind(8, k.outcome).bind(9, k.interrupt).bind(10, v.plays).bind(11, v.played);
            upsertDay.bind(12, v.unsynced).bind(13, v.redated);
            upsertDay.step();
            upsertDay.reset();
        }
        if (progress) progress(total, total);
        db.exec("COMMIT");
    } catch (...) {
        db.tryExec("ROLLBACK");
        throw;
    }
}

} // namespace signage::playlog
