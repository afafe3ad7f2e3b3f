// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the console shows a time to a person: dd/mm/yyyy HH:MM in the ward's local time,
// the Vietnamese convention, in both languages. One place, so every page (Boxes,
// findings, alerts, compliance, plays, logs, reports) reads the same. Machine outputs
// (CSV, xlsx, links, file names) keep ISO-8601 and never go through here.
#include <cstdint>
#include <string>
#include <string_view>

#include "schedule/TimeZone.h"

namespace signage::office::web {

/// The ward's zone as a schedule::TimeZone: office.toml's utc_offset, the offset the
/// office dates its days, reports and compliance by (so a time and the day it is counted
/// in never disagree).
schedule::TimeZone wardZone(int utcOffsetMin);
/// "07/12/2026 06:30" in `zone`; "—" when there is no time (ms <= 0).
std::string formatTime(std::int64_t ms, const schedule::TimeZone& zone);
/// dd/mm/yyyy of a local day number (days since 1970-01-01 in local time).
std::string formatDate(std::int64_t day);
/// "+07:00"
std::string offsetLabel(int utcOffsetMin);
/// `text` with every ISO-8601 date-time that names its offset ("2026-12-06T08:31:00+07:00",
/// "…T01:31:00Z", fractions of a second allowed) rewritten as formatTime() in `zone`.
/// For messages made for the command line (the witness's findings, merge warnings) that a
/// page shows as they are; times without an offset are left alone (their instant is unknown).
std::string localTimes(std::string_view text, const schedule::TimeZone& zone);

} // namespace signage::office::web
