// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/ReportTable.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/Clock.h"
#include "core/Lang.h"
#include "core/Utf8.h"

namespace signage::playlog {

using core::tr;

std::string formatHms(std::int64_t ms) {
    std::int64_t s = ms / 1000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600), static_cast<long long>(s / 60 % 60),
                  static_cast<long long>(s % 60));
    return buf;
}

std::string Cell::display() const {
    char buf[32];
    switch (kind) {
    case Kind::Text: return text;
    case Kind::Count: std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(number)); return buf;
    case Kind::DurationMs: return formatHms(static_cast<std::int64_t>(number));
    // 99.97 % is not 100 %: a share below 100 never rounds up to it.
    case Kind::Percent: std::snprintf(buf, sizeof buf, "%.1f%%", number < 100 && number >= 99.95 ? 99.9 : number); return buf;
    case Kind::Date: return formatDay(static_cast<std::int64_t>(number));
    case Kind::DateTime: return text;
    }
    return {};
}

Cell Cell::dateTime(std::int64_t utcMs, int utcOffsetMin) {
    return Cell{Kind::DateTime, core::formatIsoTime(utcMs, utcOffsetMin),
                static_cast<double>(utcMs + utcOffsetMin * 60000LL)};
}

std::string targetLabel(const Target& t) { return t.name.empty() ? t.id : t.name; }

std::string quotaResultText(const QuotaCell& c) {
    if (c.met) return tr("đạt", "met");
    if (c.noData) return tr("không có dữ liệu", "no data");
    return tr("không đạt", "missed");
}

std::string dimLabel(Dim d) {
    switch (d) {
    case Dim::Day: return tr("Ngày", "Day");
    case Dim::Hour: return tr("Giờ", "Hour");
    case Dim::Box: return tr("Máy", "Box");
    case Dim::Site: return tr("Địa điểm", "Site");
    case Dim::Playlist: return tr("Danh sách phát", "Playlist");
    case Dim::Item: return tr("Nội dung", "Item");
    }
    return {};
}

ReportTable playsTable(AuditDb& db, const Filter& f, Dim by) {
    ReportTable t;
    t.title = tr("Lượt phát theo ", "Plays by ") + core::toLower(dimLabel(by)) + " (" + formatDay(f.fromDay) + " → " +
              formatDay(f.toDay) + ")";
    t.sheetName = tr("Theo ", "By ") + core::toLower(dimLabel(by));
    t.headers = {dimLabel(by),
                 tr("Lượt phát", "Plays"),
                 tr("Hoàn thành", "Completed"),
                 tr("Bị ngắt", "Interrupted"),
                 tr("Bỏ qua", "Skipped"),
                 tr("Lỗi", "Failed"),
                 tr("Chưa kết thúc", "Unfinished"),
                 tr("Thời lượng phát", "Airtime"),
                 tr("Tỉ lệ thời lượng", "Airtime share"),
                 tr("Phát khẩn", "Interrupts"),
                 tr("Giờ chưa đồng bộ", "Unsynced clock"),
                 tr("Đã hiệu chỉnh giờ", "Re-dated")};
    auto groups = db.aggregate(f, {by});
    Totals total;
    for (auto& [k, v] : groups) total.add(v);
    std::vector<std::pair<std::string, Totals>> rows;
    std::vector<std::int64_t> dayOfRow;
    if (by == Dim::Day) {
        // Every day of the period has its row: a day without plays is a zero, not a gap.
        for (std::int64_t d = f.fromDay; d <= f.toDay; ++d) {
            auto it = groups.find({d, 0, 0});
            rows.emplace_back(formatDay(d), it == groups.end() ? Totals{} : it->second);
            dayOfRow.push_back(d);
        }
    } else {
        for (auto& [k, v] : groups) rows.emplace_back(db.title(by, k[0]), v);
    }
    if (by == Dim::Item || by == Dim::Playlist || by == Dim::Site || by == Dim::Box) {
        std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second.playedMs > b.second.playedMs; });
    }
    auto row = [&](const std::string& label, const Totals& v) {
        return std::vector<Cell>{Cell::str(label),
                                 Cell::count(v.plays),
                                 Cell::count(v.outcome(Outcome::Completed)),
                                 Cell::count(v.outcome(Outcome::Interrupted)),
                                 Cell::count(v.outcome(Outcome::Skipped)),
                                 Cell::count(v.outcome(Outcome::Failed)),
                                 Cell::count(v.outcome(Outcome::Unfinished)),
                                 Cell::duration(v.playedMs),
                                 Cell::percent(total.playedMs > 0 ? 100.0 * static_cast<double>(v.playedMs) /
                                                                        static_cast<double>(total.playedMs)
                                                                  : 0.0),
                                 Cell::count(v.interrupts),
                                 Cell::count(v.unsynced),
                                 Cell::count(v.redated)};
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        t.rows.push_back(row(rows[i].first, rows[i].second));
        if (by == Dim::Day) t.rows.back()[0] = Cell::date(dayOfRow[i]);
    }
    t.rows.push_back(row(tr("Tổng cộng", "Total"), total));
    t.lastRowIsTotal = true;
    return t;
}

ReportTable quotaTable(const QuotaResult& q) {
    ReportTable t;
    t.title = tr("Chỉ tiêu theo máy và ngày", "Targets per box and day");
    t.sheetName = tr("Chỉ tiêu", "Targets");
    t.headers = {tr("Máy", "Box"),          tr("Ngày", "Day"),   tr("Chỉ tiêu", "Target"), tr("Khung giờ", "Window"),
                 tr("Số lượt", "Count"),     tr("Tối thiểu", "Minimum"), tr("Kết quả", "Result"), tr("Ghi chú", "Note")};
    auto hhmm = [](int m) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
        return std::string(buf);
    };
    for (const auto& c : q.cells) {
        const Target& tg = q.targets[c.target];
        t.rows.push_back(
            {Cell::str(c.boxId), Cell::date(c.day), Cell::str(targetLabel(tg)),
             Cell::str(hhmm(tg.windowStartMin) + "–" + hhmm(tg.windowEndMin)), Cell::count(c.count),
             Cell::count(tg.minPerDay), Cell::str(quotaResultText(c)),
             Cell::str(c.noData ? tr("máy tắt hoặc chưa gộp sổ ngày này", "box off or its log not merged that day")
                                : "")});
    }
    std::string summary =
        std::to_string(q.met) + tr(" đạt / ", " met / ") + std::to_string(q.missed) + tr(" không đạt", " missed");
    if (q.noData) summary += " / " + std::to_string(q.noData) + tr(" không có dữ liệu", " no data");
    t.rows.push_back({Cell::str(tr("Tổng cộng", "Total")), Cell::str(""), Cell::str(""), Cell::str(""), Cell::str(""),
                      Cell::str(""), Cell::str(summary), Cell::str("")});
    t.lastRowIsTotal = true;
    return t;
}

ReportTable targetGridTable(const QuotaResult& q) {
    ReportTable t;
    t.title = tr("Lưới chỉ tiêu: máy × ngày × chỉ tiêu", "Target grid: box × day × target");
    t.sheetName = tr("Lưới chỉ tiêu", "Target grid");
    t.headers = {tr("Máy", "Box"), tr("Ngày", "Day")};
    for (const auto& tg : q.targets) t.headers.push_back(targetLabel(tg));
    std::map<std::pair<std::string, std::int64_t>, std::vector<const QuotaCell*>> byRow;
    for (const auto& c : q.cells) {
        auto& cells = byRow[{c.boxId, c.day}];
        cells.resize(q.targets.size(), nullptr);
        cells[c.target] = &c;
    }
    for (auto& [key, cells] : byRow) {
        std::vector<Cell> row{Cell::str(key.first), Cell::date(key.second)};
        for (size_t ti = 0; ti < q.targets.size(); ++ti) {
            const QuotaCell* c = cells[ti];
            if (!c) row.push_back(Cell::str("")); // the target does not apply that day
            else if (c->noData && !c->met) row.push_back(Cell::str(tr("không có dữ liệu", "no data")));
            else
                row.push_back(Cell::str(std::string(c->met ? "✓ " : "✗ ") + std::to_string(c->count) + "/" +
                                        std::to_string(q.targets[ti].minPerDay)));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable eventsTable(AuditDb& db, const Filter& f) {
    ReportTable t;
    t.title = tr("Sự kiện của máy", "Box events");
    t.sheetName = tr("Sự kiện", "Events");
    t.headers = {tr("Máy", "Box"), tr("Thời gian", "Time"), tr("Loại", "Kind"), tr("Chi tiết", "Detail"), tr("Giá trị", "Value"),
                 tr("Ghi chú giờ", "Clock note")};
    // Every event is listed except the routine ones, which are counted in one line per box.
    std::map<std::pair<std::string, std::string>, std::int64_t> routine;
    for (const auto& e : db.events(f)) {
        if (e.kind == "startup" || e.kind == "shutdown" || e.kind == "display_on" || e.kind == "display_off") {
            routine[{e.boxId, e.kind}] += 1;
            continue;
        }
        std::string note = e.at.redated  ? tr("hiệu chỉnh theo giờ khởi động", "re-dated from boot time")
                           : e.at.unsynced ? tr("giờ chưa đồng bộ", "unsynchronised clock")
                                           : "";
        t.rows.push_back({Cell::str(e.boxId), Cell::dateTime(e.at.ms, db.utcOffsetMin()),
                          Cell::str(eventKindLabel(e.kind)), Cell::str(eventDetailText(e.kind, e.detail)),
                          Cell::count(e.value), Cell::str(note)});
    }
    for (auto& [k, n] : routine)
        t.rows.push_back({Cell::str(k.first), Cell::str(""), Cell::str(eventKindLabel(k.second)),
                          Cell::str(tr("số lần", "times")), Cell::count(n), Cell::str("")});
    return t;
}

void writeText(std::ostream& out, const ReportTable& t) {
    std::vector<size_t> width(t.headers.size(), 0);
    auto cells = [&](const std::vector<Cell>& r) {
        std::vector<std::string> s;
        for (auto& c : r) s.push_back(c.display());
        return s;
    };
    std::vector<std::vector<std::string>> rows;
    rows.push_back(t.headers);
    for (auto& r : t.rows) rows.push_back(cells(r));
    for (auto& r : rows)
        for (size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], core::utf8Length(r[i]));
    out << t.title << "\n";
    for (size_t ri = 0; ri < rows.size(); ++ri) {
        if (ri == 1 || (t.lastRowIsTotal && ri + 1 == rows.size())) {
            for (size_t i = 0; i < width.size(); ++i) out << std::string(width[i], '-') << (i + 1 < width.size() ? "  " : "");
            out << "\n";
        }
        auto& r = rows[ri];
        for (size_t i = 0; i < r.size(); ++i) {
            size_t pad = width[i] - core::utf8Length(r[i]);
            bool right = ri > 0 && i < t.rows[ri - 1].size() && t.rows[ri - 1][i].kind != Cell::Kind::Text &&
                         t.rows[ri - 1][i].kind != Cell::Kind::Date && t.rows[ri - 1][i].kind != Cell::Kind::DateTime;
            if (right) out << std::string(pad, ' ') << r[i];
            else out << r[i] << (i + 1 < r.size() ? std::string(pad, ' ') : "");
            if (i + 1 < r.size()) out << "  ";
        }
        out << "\n";
    }
}

void writeCsv(std::ostream& out, const ReportTable& t) {
    out << "\xEF\xBB\xBF"; // UTF-8 BOM: without it Excel reads "Ngày" as Latin-1
    auto field = [](const std::string& s) {
        if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (size_t i = 0; i < t.headers.size(); ++i) {
        bool seconds = !t.rows.empty() && i < t.rows[0].size() && t.rows[0][i].kind == Cell::Kind::DurationMs;
        out << (i ? "," : "") << field(t.headers[i] + (seconds ? " (s)" : ""));
    }
    out << "\r\n";
    for (auto& r : t.rows) {
        for (size_t i = 0; i < r.size(); ++i) {
            // CSV carries raw numbers (airtime in seconds) so spreadsheets can sum them.
            std::string v = r[i].kind == Cell::Kind::DurationMs ? std::to_string(static_cast<std::int64_t>(r[i].number) / 1000)
                            : r[i].kind == Cell::Kind::Percent ? [&] {
                                  char buf[32];
                                  double p = r[i].number;
                                  std::snprintf(buf, sizeof buf, "%.2f", p < 100 && p >= 99.995 ? 99.99 : p);
                                  return std::string(buf);
                              }()
                                                               : r[i].display();
            out << (i ? "," : "") << field(v);
        }
        out << "\r\n";
    }
}

} // namespace signage::playlog
