// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/HtmlReport.h"

#include <algorithm>
#include <map>

#include "core/Clock.h"
#include "core/Lang.h"
#include "playlog/ReportTable.h"
#include "playlog/Svg.h"

namespace signage::playlog {

using core::tr;
using svg::escape;

namespace {

constexpr const char* kCss = R"css(
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:24px 32px;color:#1a1a1a;max-width:1240px}
h1{color:#0b2e59;margin:0 0 4px;font-size:26px}h2{color:#0b2e59;border-bottom:2px solid #ffc82e;padding-bottom:4px;margin-top:32px;font-size:19px}
.meta{color:#555;margin-bottom:16px}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#f2f5fa;border-left:5px solid #0b2e59;padding:10px 14px;min-width:150px}
.card b{display:block;font-size:22px;color:#0b2e59}.card.warn{border-color:#c0392b}.card.ok{border-color:#27ae60}
table{border-collapse:collapse;margin-top:8px;font-size:13px}th,td{border:1px solid #ccd;padding:4px 8px}
th{background:#dce6f1;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f7f7f7}.missed{color:#c0392b;font-weight:bold}.met{color:#1e8449}
.nodata{color:#777;font-style:italic}.warnbox{background:#fdecea;border-left:6px solid #c0392b;padding:8px 14px;margin:12px 0}
.warnbox h2{margin-top:4px;color:#c0392b;border:0}
.note{color:#555;font-size:13px}footer{margin-top:40px;color:#777;font-size:12px}
@media print{body{margin:8mm}h2{break-after:avoid}svg{break-inside:avoid}}
)css";

std::string tableHtml(const ReportTable& t, size_t maxRows = 100000) {
    std::string o = "<table><thead><tr>";
    for (auto& h : t.headers) o += "<th>" + escape(h) + "</th>";
    o += "</tr></thead><tbody>";
    for (size_t r = 0; r < t.rows.size() && r < maxRows; ++r) {
        bool total = t.lastRowIsTotal && r + 1 == t.rows.size();
        o += total ? "<tr class=\"total\">" : "<tr>";
        for (auto& c : t.rows[r]) {
            bool textual = c.kind == Cell::Kind::Text || c.kind == Cell::Kind::Date || c.kind == Cell::Kind::DateTime;
            std::string cls = textual ? "" : " class=\"n\"";
            std::string text = c.display();
            if (c.kind == Cell::Kind::Text) {
                if (text == tr("không đạt", "missed") || text.rfind("✗", 0) == 0) cls = " class=\"missed\"";
                if (text == tr("đạt", "met") || text.rfind("✓", 0) == 0) cls = " class=\"met\"";
                if (text == tr("không có dữ liệu", "no data")) cls = " class=\"nodata\"";
            }
            o += "<td" + cls + ">" + escape(text) + "</td>";
        }
        o += "</tr>";
    }
    o += "</tbody></table>";
    if (t.rows.size() > maxRows)
        o += "<p class=\"note\">… " + std::to_string(t.rows.size() - maxRows) + tr(" dòng nữa (xem bản CSV/xlsx)", " more rows (see the CSV/xlsx)") + "</p>";
    return o;
}

std::string card(const std::string& label, const std::string& value, const char* cls = "") {
    return std::string("<div class=\"card ") + cls + "\"><b>" + escape(value) + "</b>" + escape(label) + "</div>";
}

} // namespace

void writeHtmlReport(std::ostream& out, AuditDb& db, const Filter& f, const HtmlReportOptions& o, const QuotaResult* quota) {
    auto byDay = db.aggregate(f, {Dim::Day});
    auto byItem = db.aggregate(f, {Dim::Item});
    auto byDayHour = db.aggregate(f, {Dim::Day, Dim::Hour});
    Totals total;
    for (auto& [k, v] : byDay) total.add(v);
    std::int64_t nDays = f.toDay - f.fromDay + 1;
    auto boxes = f.box ? std::vector<std::string>{*f.box} : db.boxIds();

    std::string title = tr("Báo cáo phát nội dung cảnh báo lừa đảo", "Anti-scam outreach playback report");
    out << "<!DOCTYPE html>\n<html lang=\"" << (core::lang() == core::Lang::Vi ? "vi" : "en") << "\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" << escape(title) << "</title><style>"
        << kCss << "</style></head><body>\n";
    out << "<h1>" << escape(title) << "</h1>\n<div class=\"meta\">" << escape(tr("Khoảng thời gian: ", "Period: "))
        << escape(formatDay(f.fromDay)) << " → " << escape(formatDay(f.toDay)) << " · " << escape(tr("Máy: ", "Boxes: "))
        << boxes.size();
    if (f.site) out << " · " << escape(tr("Địa điểm: ", "Site: ") + *f.site);
    out << " · " << escape(tr("Nguồn: ", "Source: ") + o.source) << " · " << escape(tr("Lập lúc: ", "Generated: "))
        << escape(core::formatIsoTime(o.generatedMs, db.utcOffsetMin())) << "</div>\n";

    // What the witness found comes first and cannot be missed: figures from a log that
    // does not extend what the office cosigned, or from a reset log, are in doubt.
    if (!o.witnessWarnings.empty()) {
        out << "<div class=\"warnbox\" id=\"witness\"><h2>"
            << escape(tr("Cảnh báo của phường (điểm kiểm)", "Office witness warnings (checkpoints)")) << "</h2><ul>";
        for (auto& w : o.witnessWarnings) out << "<li>" << escape(w) << "</li>";
        out << "</ul></div>\n";
    }

    // Summary cards.
    out << "<div class=\"cards\">";
    out << card(tr("lượt phát", "plays"), std::to_string(total.plays));
    out << card(tr("thời lượng phát", "airtime"), formatHms(total.playedMs));
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.1f%%", total.plays ? 100.0 * static_cast<double>(total.outcome(Outcome::Completed)) / static_cast<double>(total.plays) : 0.0);
    out << card(tr("hoàn thành", "completed"), pct);
    std::int64_t bad = total.outcome(Outcome::Failed) + total.outcome(Outcome::Skipped);
    out << card(tr("lỗi hoặc bỏ qua", "failed or skipped"), std::to_string(bad), bad ? "warn" : "ok");
    if (quota) {
        out << card(tr("chỉ tiêu đạt (máy × ngày)", "targets met (box × day)"),
                    std::to_string(quota->met) + " / " + std::to_string(quota->met + quota->missed + quota->noData),
                    quota->missed ? "warn" : "ok");
        if (quota->noData)
            out << card(tr("máy × ngày không có dữ liệu", "box × day without data"), std::to_string(quota->noData),
                        "warn");
    }
    out << card(tr("lượt ghi khi giờ chưa đồng bộ", "plays on an unsynchronised clock"), std::to_string(total.unsynced),
                total.unsynced ? "warn" : "ok");
    out << "</div>\n";
    if (total.unsynced) {
        out << "<p class=\"note\">" << total.unsynced
            << escape(tr(" lượt phát được ghi khi đồng hồ của máy chưa đồng bộ; ",
                         " plays were recorded while the box clock was not synchronised; "))
            << total.redated
            << escape(tr(" lượt trong số đó được xác định lại thời gian theo lần khởi động và đồng hồ đơn điệu.",
                         " of them were re-dated from the boot and the monotonic clock."))
            << "</p>\n";
    }

    // 1. Plays per day.
    std::vector<std::string> days;
    std::vector<double> completed, cut, bad2, open;
    for (std::int64_t d = f.fromDay; d <= f.toDay; ++d) {
        days.push_back(formatDay(d).substr(5));
        auto it = byDay.find({d, 0, 0});
        Totals t = it == byDay.end() ? Totals{} : it->second;
        completed.push_back(static_cast<double>(t.outcome(Outcome::Completed)));
        cut.push_back(static_cast<double>(t.outcome(Outcome::Interrupted)));
        bad2.push_back(static_cast<double>(t.outcome(Outcome::Failed) + t.outcome(Outcome::Skipped)));
        open.push_back(static_cast<double>(t.outcome(Outcome::Unfinished)));
    }
    out << "<h2>" << escape(tr("Số lượt phát theo ngày", "Plays per day")) << "</h2>\n";
    out << svg::stackedBars(days,
                            {{outcomeLabel(Outcome::Completed), "#1f5fa8", completed},
                             {outcomeLabel(Outcome::Interrupted), "#f0a202", cut},
                             {tr("lỗi / bỏ qua", "failed / skipped"), "#c0392b", bad2},
                             {outcomeLabel(Outcome::Unfinished), "#999999", open}},
                            1200, 340, tr("lượt phát", "plays"))
        << "\n";

    // 2. Airtime per item.
    std::vector<std::pair<std::string, Totals>> items;
    for (auto& [k, v] : byItem) items.emplace_back(db.title(Dim::Item, k[0]), v);
    std::sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.second.playedMs > b.second.playedMs; });
    if (items.size() > 25) items.resize(25);
    std::vector<std::string> itemLabels, itemValues;
    std::vector<double> airtime;
    for (auto& [name, t] : items) {
        itemLabels.push_back(name);
        airtime.push_back(static_cast<double>(t.playedMs));
        itemValues.push_back(formatHms(t.playedMs) + " · " + std::to_string(t.plays) + tr(" lượt", " plays"));
    }
    out << "<h2>" << escape(tr("Thời lượng phát theo nội dung", "Airtime per item")) << "</h2>\n";
    out << (items.empty() ? "<p class=\"note\">" + escape(tr("Không có lượt phát.", "No plays.")) + "</p>"
                          : svg::horizontalBars(itemLabels, airtime, itemValues, "#0b2e59", 1200))
        << "\n";

    // 3. Hour-of-day heat map: a row per day (per month for long periods).
    bool monthly = nDays > 62;
    std::vector<std::string> rows;
    std::map<std::string, size_t> rowIndex;
    for (std::int64_t d = f.fromDay; d <= f.toDay; ++d) {
        std::string label = monthly ? formatDay(d).substr(0, 7) : formatDay(d).substr(5);
        if (!rowIndex.count(label)) {
            rowIndex[label] = rows.size();
            rows.push_back(label);
        }
    }
    std::vector<std::vector<double>> grid(rows.size(), std::vector<double>(24, 0));
    for (auto& [k, v] : byDayHour) {
        std::string label = monthly ? formatDay(k[0]).substr(0, 7) : formatDay(k[0]).substr(5);
        auto it = rowIndex.find(label);
        if (it != rowIndex.end() && k[1] >= 0 && k[1] < 24) grid[it->second][static_cast<size_t>(k[1])] += static_cast<double>(v.plays);
    }
    std::vector<std::string> hours;
    for (int h = 0; h < 24; ++h) hours.push_back((h < 10 ? "0" : "") + std::to_string(h));
    out << "<h2>" << escape(tr("Lượt phát theo giờ trong ngày", "Plays by hour of day")) << "</h2>\n";
    out << svg::heatMap(rows, hours, grid, 1200, tr("lượt", "plays")) << "\n";

    // 4. Targets met and missed.
    out << "<h2>" << escape(tr("Chỉ tiêu đạt và không đạt", "Targets met and missed")) << "</h2>\n";
    if (!quota || quota->targets.empty()) {
        out << "<p class=\"note\">" << escape(tr("Chưa có chỉ tiêu (dùng --targets schedule.toml).", "No targets given (use --targets schedule.toml).")) << "</p>\n";
    } else {
        std::vector<double> met(days.size(), 0), missed(days.size(), 0), noData(days.size(), 0);
        struct Counts {
            std::int64_t met = 0, missed = 0, noData = 0;
        };
        std::map<size_t, Counts> perTarget;
        for (auto& c : quota->cells) {
            auto i = static_cast<size_t>(c.day - f.fromDay);
            bool none = !c.met && c.noData;
            if (i < days.size()) (c.met ? met : none ? noData : missed)[i] += 1;
            auto& pc = perTarget[c.target];
            (c.met ? pc.met : none ? pc.noData : pc.missed) += 1;
        }
        out << svg::stackedBars(days,
                                {{tr("đạt", "met"), "#27ae60", met},
                                 {tr("không đạt", "missed"), "#c0392b", missed},
                                 {tr("không có dữ liệu", "no data"), "#bbbbbb", noData}},
                                1200, 300, tr("máy × chỉ tiêu", "box × target"))
            << "\n<table><thead><tr><th>" << escape(tr("Chỉ tiêu", "Target")) << "</th><th>"
            << escape(tr("Nội dung", "Item")) << "</th><th>" << escape(tr("Tối thiểu/ngày", "Minimum/day"))
            << "</th><th>" << escape(tr("Đạt", "Met")) << "</th><th>" << escape(tr("Không đạt", "Missed"))
            << "</th><th>" << escape(tr("Không có dữ liệu", "No data")) << "</th></tr></thead><tbody>";
        for (size_t ti = 0; ti < quota->targets.size(); ++ti) {
            auto& t = quota->targets[ti];
            out << "<tr><td>" << escape(targetLabel(t)) << "</td><td>"
                << escape(t.item.empty() ? tr("cả danh sách ", "whole playlist ") + db.playlistTitle(t.playlist)
                                         : db.itemTitle(t.item))
                << "</td><td class=\"n\">" << t.minPerDay << "</td><td class=\"n met\">" << perTarget[ti].met
                << "</td><td class=\"n missed\">" << perTarget[ti].missed << "</td><td class=\"n nodata\">"
                << perTarget[ti].noData << "</td></tr>";
        }
        out << "</tbody></table>\n";
        auto gridTable = targetGridTable(*quota);
        out << "<h2>" << escape(gridTable.title) << "</h2>\n" << tableHtml(gridTable, 1000) << "\n";
        std::vector<const QuotaCell*> misses;
        for (auto& c : quota->cells)
            if (!c.met) misses.push_back(&c);
        if (!misses.empty()) {
            QuotaResult onlyMissed = *quota;
            onlyMissed.cells.clear();
            for (auto* c : misses) onlyMissed.cells.push_back(*c);
            auto t = quotaTable(onlyMissed);
            t.rows.pop_back(); // its total counts only the misses
            t.lastRowIsTotal = false; // ... and without it the last row is a day like the others
            out << "<p>" << escape(tr("Các ngày không đạt hoặc không có dữ liệu:", "Days missed or without data:"))
                << "</p>" << tableHtml(t, 300) << "\n";
        }
    }

    // 5. The table asked for, and the events.
    auto main = playsTable(db, f, o.by);
    out << "<h2>" << escape(main.title) << "</h2>\n" << tableHtml(main, 2000) << "\n";
    auto events = eventsTable(db, f);
    out << "<h2>" << escape(events.title) << "</h2>\n";
    out << (events.rows.empty() ? "<p class=\"note\">" + escape(tr("Không có sự kiện.", "No events.")) + "</p>" : tableHtml(events, 500)) << "\n";

    out << "<footer>canhbao-signage · " << escape(tr("sổ phát có chuỗi băm và chữ ký của từng máy", "play log with a hash chain and per-box signatures"));
    if (!o.verifyNote.empty()) out << " · " << escape(o.verifyNote);
    out << "</footer>\n</body></html>\n";
}

} // namespace signage::playlog
