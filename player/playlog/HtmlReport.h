// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The HTML audit report: one self-contained file (inline CSS and SVG charts, no scripts,
// no network) that a ward office opens in any browser or prints: plays per day, airtime
// per item, an hour-of-day heat map, targets met and missed, the table asked for, the
// box events and how many rows were dated on an unsynchronised clock.
#include <ostream>
#include <string>

#include "playlog/AuditDb.h"
#include "playlog/Quota.h"

namespace signage::playlog {

struct HtmlReportOptions {
    Dim by = Dim::Day;          // the detailed table
    std::string source;         // the file the report was made from
    std::int64_t generatedMs = 0;
    std::string verifyNote;     // e.g. "chuỗi băm hợp lệ" from `verify`, empty to leave out
};

void writeHtmlReport(std::ostream& out, AuditDb& db, const Filter& f, const HtmlReportOptions& o, const QuotaResult* quota);

} // namespace signage::playlog
