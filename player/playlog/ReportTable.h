// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reports as plain tables (a title, headings, rows of typed cells) built from the audit
// queries, and the writers that turn them into aligned text, CSV and xlsx. The HTML
// report (HtmlReport.h) draws its charts from the same data.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "playlog/AuditDb.h"
#include "playlog/EventText.h"
#include "playlog/Quota.h"

namespace signage::playlog {

struct Cell {
    // Date: a local day (number = days since 1970-01-01); DateTime: a local time (number =
    // local ms since 1970-01-01, text = its ISO form with offset). xlsx writes both as
    // real Excel dates.
    enum class Kind { Text, Count, DurationMs, Percent, Date, DateTime };
    Kind kind = Kind::Text;
    std::string text;  // Text, DateTime
    double number = 0; // Count, DurationMs (ms), Percent (0..100), Date (day), DateTime (local ms)
    static Cell str(std::string s) { return Cell{Kind::Text, std::move(s), 0}; }
    static Cell count(std::int64_t n) { return Cell{Kind::Count, {}, static_cast<double>(n)}; }
    static Cell duration(std::int64_t ms) { return Cell{Kind::DurationMs, {}, static_cast<double>(ms)}; }
    static Cell percent(double p) { return Cell{Kind::Percent, {}, p}; }
    static Cell date(std::int64_t day) { return Cell{Kind::Date, {}, static_cast<double>(day)}; }
    static Cell dateTime(std::int64_t utcMs, int utcOffsetMin);
    /// As shown in text, CSV and HTML: "1234", "12:05:09", "45.2%".
    std::string display() const;
};

struct ReportTable {
    std::string title;
    std::string sheetName; // short name for an xlsx sheet (≤ 31 characters)
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;
    bool lastRowIsTotal = false;
};

/// "Ngày", "Giờ", "Máy", … (Vietnamese first, English with --lang en).
std::string dimLabel(Dim d);

/// One row per value of `by` in the filter's range, plus a total row.
ReportTable playsTable(AuditDb& db, const Filter& f, Dim by);
/// Per box, day and target: count, minimum, met or missed.
ReportTable quotaTable(const QuotaResult& q);
/// Per box and day, one column per target: "✓ 2/1", "✗ 0/1" or "không có dữ liệu".
ReportTable targetGridTable(const QuotaResult& q);
/// Events in the range by kind, and every clock jump with its dating.
ReportTable eventsTable(AuditDb& db, const Filter& f);

/// How a target is named in reports: its name, else its id.
std::string targetLabel(const Target& t);
/// A quota cell's result: "đạt", "không đạt" or "không có dữ liệu" (the box logged
/// nothing that day: off, or its log not merged yet — never a plain miss).
std::string quotaResultText(const QuotaCell& c);

void writeText(std::ostream& out, const ReportTable& t);
void writeCsv(std::ostream& out, const ReportTable& t);
/// Writes one sheet per table. Throws std::runtime_error naming the file on failure.
void writeXlsx(const std::filesystem::path& file, const std::vector<ReportTable>& sheets);

/// "12:05:09" for a duration in ms (hours may exceed 24).
std::string formatHms(std::int64_t ms);

} // namespace signage::playlog
