// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The play-log schema (docs/playlog.md), its version (PRAGMA user_version) and the
// migrations that bring an older file up to date. The same schema serves a box's own
// log, an export file and a ward office's merged audit database.
#include <string>

#include "db/Database.h"

namespace signage::playlog {

/// Version 1: logs, names, boots, plays, events, touch_checks, imports.
/// Version 2: rollup tables (derived; rebuilt from the rows above, never hashed).
/// Version 3: plays.trust, checkpoints, witness_findings.
inline constexpr int kSchemaVersion = 3;

/// How hard each commit pushes to disk. Full: the WAL is fsynced at every commit, so a
/// committed play survives a power cut (the requirement). Normal: only at checkpoints;
/// survives a crash of the process but a power cut may lose the last commits.
enum class Durability { Normal, Full };

/// WAL mode, synchronous level, WAL size cap, busy timeout: for the connection that writes.
void configureWriter(db::Database& db, Durability durability);
/// Current PRAGMA user_version (0 for a new file).
int schemaVersion(db::Database& db);
/// Applies missing migrations up to `target` (each in its own transaction). Throws
/// std::runtime_error when the file is newer than this program understands.
void migrate(db::Database& db, int target = kSchemaVersion);
bool hasTable(db::Database& db, const std::string& name);
/// For a file older than version 3 that must not be changed (an export): temp views so
/// that readers can select plays.trust and checkpoints. Does nothing on newer files.
void readOlderSchema(db::Database& db);
/// "ok" or the first problems PRAGMA integrity_check (or quick_check) reports.
std::string integrityCheck(db::Database& db, bool quick = false);

} // namespace signage::playlog
