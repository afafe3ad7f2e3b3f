// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Schema.h"

#include <stdexcept>
#include <string>

#include "core/Lang.h"

namespace signage::playlog {

namespace {

// Never edit a migration that has shipped: add the next one.
constexpr const char* kMigrations[] = {
    // 1: the rows the chain covers.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE logs(
  id INTEGER PRIMARY KEY,
  box_id TEXT NOT NULL,
  public_key BLOB NOT NULL,
  log_uid BLOB NOT NULL UNIQUE,
  created_ms INTEGER NOT NULL);
CREATE TABLE names(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE boots(id INTEGER PRIMARY KEY, log INTEGER NOT NULL, boot_id TEXT NOT NULL, UNIQUE(log, boot_id));
CREATE TABLE plays(
  id INTEGER PRIMARY KEY,
  log INTEGER NOT NULL, seq INTEGER NOT NULL, boot INTEGER NOT NULL,
  wall_ms INTEGER NOT NULL, mono_ms INTEGER NOT NULL, synced INTEGER NOT NULL,
  site INTEGER NOT NULL, bundle INTEGER NOT NULL, playlist INTEGER NOT NULL, item INTEGER NOT NULL,
  media_hash INTEGER NOT NULL, rule INTEGER NOT NULL,
  planned_start_ms INTEGER, planned_end_ms INTEGER, interrupt INTEGER NOT NULL,
  hash BLOB NOT NULL,
  end_seq INTEGER, end_wall_ms INTEGER, end_mono_ms INTEGER, end_synced INTEGER,
  played_ms INTEGER, outcome INTEGER NOT NULL DEFAULT 0, reason TEXT, end_hash BLOB);
CREATE UNIQUE INDEX plays_seq ON plays(log, seq);
CREATE UNIQUE INDEX plays_end_seq ON plays(log, end_seq) WHERE end_seq IS NOT NULL;
CREATE INDEX plays_boot ON plays(boot, synced, mono_ms);
CREATE INDEX plays_item ON plays(item, synced, wall_ms);
CREATE INDEX plays_playlist ON plays(playlist, synced, wall_ms);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  log INTEGER NOT NULL, seq INTEGER NOT NULL, boot INTEGER NOT NULL,
  wall_ms INTEGER NOT NULL, mono_ms INTEGER NOT NULL, synced INTEGER NOT NULL,
  kind TEXT NOT NULL, detail TEXT NOT NULL, value INTEGER NOT NULL,
  hash BLOB NOT NULL);
CREATE UNIQUE INDEX events_seq ON events(log, seq);
CREATE INDEX events_boot ON events(boot);
CREATE TABLE touch_checks(
  id INTEGER PRIMARY KEY,
  log INTEGER NOT NULL, seq INTEGER NOT NULL, boot INTEGER NOT NULL,
  wall_ms INTEGER NOT NULL, mono_ms INTEGER NOT NULL, synced INTEGER NOT NULL,
  input_kind TEXT NOT NULL, verdict TEXT NOT NULL, tactic TEXT NOT NULL,
  hash BLOB NOT NULL);
CREATE UNIQUE INDEX touch_seq ON touch_checks(log, seq);
CREATE INDEX touch_boot ON touch_checks(boot);
CREATE TABLE imports(
  id INTEGER PRIMARY KEY,
  log INTEGER NOT NULL,
  source TEXT NOT NULL,
  head_seq INTEGER NOT NULL, head_hash BLOB NOT NULL,
  created_ms INTEGER NOT NULL, signature BLOB NOT NULL,
  imported_ms INTEGER NOT NULL, links_added INTEGER NOT NULL);
)sql",
    // 2: derived hourly and daily totals so a month's report over millions of plays reads
    // thousands of rows. Rebuilt from plays at any time (DELETE them and report again).
    R"sql(
CREATE TABLE rollup(
  day INTEGER NOT NULL, hour INTEGER NOT NULL, log INTEGER NOT NULL, boot INTEGER NOT NULL,
  site INTEGER NOT NULL, playlist INTEGER NOT NULL, item INTEGER NOT NULL,
  outcome INTEGER NOT NULL, interrupt INTEGER NOT NULL,
  plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL,
  PRIMARY KEY(day, hour, log, boot, site, playlist, item, outcome, interrupt)) WITHOUT ROWID;
CREATE INDEX rollup_boot ON rollup(boot);
CREATE TABLE rollup_day(
  day INTEGER NOT NULL, log INTEGER NOT NULL, boot INTEGER NOT NULL,
  site INTEGER NOT NULL, playlist INTEGER NOT NULL, item INTEGER NOT NULL,
  outcome INTEGER NOT NULL, interrupt INTEGER NOT NULL,
  plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL,
  PRIMARY KEY(day, log, boot, site, playlist, item, outcome, interrupt)) WITHOUT ROWID;
CREATE INDEX rollup_day_boot ON rollup_day(boot);
CREATE TABLE rollup_hour(
  day INTEGER NOT NULL, hour INTEGER NOT NULL, log INTEGER NOT NULL, boot INTEGER NOT NULL,
  site INTEGER NOT NULL, outcome INTEGER NOT NULL, interrupt INTEGER NOT NULL,
  plays INTEGER NOT NULL, played_ms INTEGER NOT NULL, unsynced INTEGER NOT NULL, redated INTEGER NOT NULL,
  PRIMARY KEY(day, hour, log, boot, site, outcome, interrupt)) WITHOUT ROWID;
CREATE INDEX rollup_hour_boot ON rollup_hour(boot);
CREATE TABLE rollup_boots(boot INTEGER PRIMARY KEY, offset_ms INTEGER NOT NULL);
CREATE TABLE rollup_state(log INTEGER PRIMARY KEY, plays_upto INTEGER NOT NULL, events_upto INTEGER NOT NULL);
)sql",
    // 3: plays that must not count (virtual clock, dev mode, unsigned content: bits of
    // kUntrusted*, hashed when not 0), checkpoints (the box's signed notes; in an audit
    // database the office's cosigned ones) and what the witness found.
    R"sql(
ALTER TABLE plays ADD COLUMN trust INTEGER NOT NULL DEFAULT 0;
CREATE TABLE checkpoints(
  id INTEGER PRIMARY KEY,
  box_id TEXT NOT NULL, log_uid BLOB NOT NULL, number INTEGER NOT NULL,
  size INTEGER NOT NULL, root BLOB NOT NULL, created_ms INTEGER NOT NULL,
  note TEXT NOT NULL, cosigned_ms INTEGER,
  UNIQUE(log_uid, number));
CREATE TABLE witness_findings(
  id INTEGER PRIMARY KEY, box_id TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
  source TEXT NOT NULL, found_ms INTEGER NOT NULL);
)sql",
};
constexpr int kMigrationCount = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);
static_assert(kMigrationCount == kSchemaVersion);

} // namespace

void configureWriter(db::Database& db, Durability durability) {
    db.exec("PRAGMA journal_mode=WAL");
    db.exec(durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    // Keep the WAL file small on SD cards after checkpoints.
    db.exec("PRAGMA journal_size_limit=4194304");
    db.exec("PRAGMA foreign_keys=OFF");
}

int schemaVersion(db::Database& db) {
    auto st = db.prepare("PRAGMA user_version");
    return st.step() ? static_cast<int>(st.columnInt(0)) : 0;
}

void migrate(db::Database& db, int target) {
    int current = schemaVersion(db);
    if (current > kSchemaVersion) {
        throw std::runtime_error(core::tr("sổ phát có phiên bản lược đồ ", "play log has schema version ") +
                                 std::to_string(current) +
                                 core::tr(", mới hơn chương trình này (", ", newer than this program (") +
                                 std::to_string(kSchemaVersion) + ")");
    }
    for (int v = current; v < target && v < kMigrationCount; ++v) {
        db.transaction([&] {
            db.exec(kMigrations[v]);
            db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        });
    }
}

bool hasTable(db::Database& db, const std::string& name) {
    auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?1");
    st.bind(1, name);
    return st.step() && st.columnInt(0) > 0;
}

void readOlderSchema(db::Database& db) {
    if (schemaVersion(db) >= 3 || !hasTable(db, "plays")) return;
    // Unqualified names find the temp schema first: readers see plays.trust = 0 and an
    // empty checkpoints table in a file they may not change (a signed export).
    db.exec("CREATE TEMP VIEW IF NOT EXISTS plays AS SELECT *, 0 AS trust FROM main.plays");
    // LogStore prepares its INSERT and UPDATE on plays up front; without these a view makes
    // that prepare fail, and verify called every older log (an export from before schema 3,
    // or a log killed between two migration steps) broken. Readers never write through it.
    for (const char* op : {"INSERT", "UPDATE", "DELETE"})
        db.exec(std::string("CREATE TEMP TRIGGER IF NOT EXISTS plays_older_") + op + " INSTEAD OF " + op +
                " ON plays BEGIN SELECT RAISE(ABORT, 'an older play log is read only'); END");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS checkpoints(id INTEGER PRIMARY KEY, box_id TEXT NOT NULL, log_uid BLOB NOT NULL, "
            "number INTEGER NOT NULL, size INTEGER NOT NULL, root BLOB NOT NULL, created_ms INTEGER NOT NULL, note TEXT NOT NULL, "
            "cosigned_ms INTEGER, UNIQUE(log_uid, number))");
}

std::string integrityCheck(db::Database& db, bool quick) {
    auto st = db.prepare(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    std::string out;
    int n = 0;
    while (st.step() && n < 5) {
        if (!out.empty()) out += "; ";
        out += st.columnText(0);
        ++n;
    }
    return out;
}

} // namespace signage::playlog
