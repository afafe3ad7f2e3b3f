// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rollup: hourly totals per (day, hour, log, boot, site, playlist, item, outcome,
// interrupt), and the same per day (rollup_day), derived from plays so that a month's
// report over millions of plays reads far fewer rows. Never hashed, rebuilt at will. Refreshed incrementally before every
// report (a cursor per log), and per boot when the boot's dating anchor moves.
//
// A play is rolled up once it is settled: it has an end, or a later `startup` event of
// its log shows that the process that could have ended it is gone. Plays after the first
// unsettled one (normally the few playing right now) are read live by reports.
// rollup_state.plays_upto is the seq of the last play rolled up in that log (plays of a
// log are stored in seq order, so the (log, seq) index finds the rest); events_upto is
// the largest events.id seen. Row log=0 holds the UTC offset the buckets were cut at.
#include "db/Database.h"
#include "playlog/Progress.h"

namespace signage::playlog {

/// Brings the rollup up to date in one transaction. `temporary`: the rollup tables are
/// TEMP tables made by useTemporaryRollup (the file itself is opened read-only).
void refreshRollup(db::Database& db, int utcOffsetMin, bool temporary, const ProgressFn& progress = {});
/// Creates empty TEMP rollup tables that shadow the file's own (read-only files, exports).
void useTemporaryRollup(db::Database& db);

} // namespace signage::playlog
