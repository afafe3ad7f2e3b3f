// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One record per play, in the shape DOOH proof-of-play auditors use (start, end,
// frame/box id, creative/item id, a play reference unique for all time, times in UTC and
// with the report's offset), beside the aggregated reports: `audit export-plays`.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "playlog/AuditDb.h"

namespace signage::playlog {

struct PlayRecord {
    std::string playId;  // "<log uid hex>-<start seq>": the log uid is random (128 bits) per log
    std::string frameId; // the box id
    std::string site, bundle, playlist, item, itemTitle, mediaHash, scheduleRule;
    std::int64_t startMs = 0;          // dated (Dating.h), UTC ms
    std::optional<std::int64_t> endMs; // none: never ended (unfinished)
    std::int64_t durationMs = 0;       // time on screen
    Outcome outcome = Outcome::Completed;
    std::string reason;
    bool interrupt = false;
    std::uint8_t untrusted = 0; // kUntrusted* bits: never counted
    bool unsynced = false, redated = false;
};

/// Every play whose start falls in the filter's days (box, site), oldest first per box.
std::vector<PlayRecord> playRecords(AuditDb& db, const Filter& f);

/// CSV (UTF-8 BOM, CRLF) with the columns of docs/playlog.md "One record per play".
void writePlayRecordsCsv(std::ostream& out, const std::vector<PlayRecord>& plays, int utcOffsetMin);
/// A JSON array of objects with the same fields.
void writePlayRecordsJson(std::ostream& out, const std::vector<PlayRecord>& plays, int utcOffsetMin);

} // namespace signage::playlog
