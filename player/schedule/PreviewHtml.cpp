// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML preview: one row per day with a 24-hour bar, coloured by playlist, a legend,
// each day's targets, and the blocks listed under the bar. Self-contained (inline CSS,
// no scripts, no fonts or images to fetch) so it can be mailed or opened from a USB stick.
#include <algorithm>
#include <cstdio>
#include <map>

#include "core/Duration.h"
#include "core/Lang.h"
#include "schedule/PreviewReport.h"

namespace signage::schedule {
namespace {

using core::tr;

std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// Colour-blind-friendly palette, light enough for black text.
const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
                          "#edc948", "#9c755f", "#ff9da7", "#86bcb6", "#d4a6c8"};

std::string hhmm(const TimeZone& tz, WallMs t, Day day) {
    WallMs local = tz.toLocal(t) - day * kMsPerDay;
    int minutes = static_cast<int>(std::clamp<WallMs>(local, 0, 48 * kMsPerHour) / kMsPerMinute);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

// Position on the day's 24-hour bar, in percent of local time of day.
double percent(const TimeZone& tz, WallMs t, Day day) {
    double local = static_cast<double>(tz.toLocal(t) - day * kMsPerDay);
    return std::clamp(local / static_cast<double>(kMsPerDay) * 100.0, 0.0, 100.0);
}

std::string kindLabel(const PreviewBlock& b) {
    using K = Decision::Kind;
    switch (b.kind) {
    case K::Off: return tr("Màn hình tắt", "Screen off");
    case K::Idle: return tr("Không có gì để phát", "Nothing to play");
    case K::Interrupt: return tr("Phát khẩn cấp", "Emergency");
    case K::Target: return tr("Chỉ tiêu ", "Target ") + b.rule;
    case K::Rule: return tr("Quy tắc ", "Rule ") + b.rule;
    case K::Default: return tr("Mặc định", "Default");
    }
    return "";
}

const char* kCss = R"(
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:24px;color:#1a1a1a;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}
.meta{color:#555;margin-bottom:12px}
.legend span{display:inline-block;margin:0 14px 6px 0}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:5px}
.off{background:repeating-linear-gradient(45deg,#c8c8c8,#c8c8c8 4px,#e4e4e4 4px,#e4e4e4 8px)}
.idle{background:#f4b6b6}
.day{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 12px;margin:10px 0}
.day h2{font-size:16px;margin:0 0 6px}
.day h2 small{font-weight:normal;color:#666}
.bar{position:relative;height:34px;background:#f0f0f0;border-radius:4px;overflow:hidden}
.blk{position:absolute;top:0;bottom:0;border-right:1px solid rgba(255,255,255,.6)}
.blk.target{top:3px;bottom:3px;outline:2px solid #222;z-index:2}
.blk span{position:absolute;left:6px;top:8px;font-size:12px;color:#fff;white-space:nowrap;overflow:hidden;right:2px;text-shadow:0 0 2px rgba(0,0,0,.5)}
.tw{position:relative;height:7px;margin-top:2px}
.tw i{position:absolute;top:0;bottom:0;border-radius:3px}
.tw i.met{background:#59a14f}
.tw i.missed{background:#d62728}
.blk.interrupt{background:#d62728 !important;z-index:3}
.scale{position:relative;height:16px;font-size:11px;color:#777}
.scale span{position:absolute;transform:translateX(-50%)}
.chips{margin:6px 0 2px}
.chip{display:inline-block;padding:2px 8px;border-radius:10px;font-size:13px;margin:0 6px 4px 0}
.met{background:#d8f0d8;color:#1f5f1f}
.missed{background:#f8d0d0;color:#8a1010;font-weight:bold}
details{font-size:13px;color:#333}
details table{border-collapse:collapse;margin-top:4px}
details td{padding:1px 10px 1px 0}
.note{background:#fff7d6;border:1px solid #e8d48a;padding:6px 10px;border-radius:4px;margin:8px 0}
table.sum{border-collapse:collapse;margin:6px 0 10px}
table.sum td,table.sum th{border:1px solid #ddd;padding:3px 10px;text-align:left}
)";

} // namespace

void writePreviewHtml(std::ostream& out, const PreviewInput& in) {
    const TimeZone& tz = *in.tz;
    const auto& blocks = *in.blocks;
    std::map<std::string, std::string> colour;
    for (const auto& b : blocks)
        if (!b.playlist.empty() && !colour.count(b.playlist))
            colour[b.playlist] = kPalette[colour.size() % std::size(kPalette)];

    out << "<!DOCTYPE html>\n<html lang=\"" << tr("vi", "en") << "\"><head><meta charset=\"utf-8\">"
        << "<title>" << tr("Lịch phát — ", "Schedule — ") << esc(in.title) << "</title><style>" << kCss
        << "</style></head><body>\n";
    out << "<h1>" << tr("Lịch phát", "Schedule preview") << ": " << esc(in.title) << "</h1>\n";
    out << "<div class=\"meta\">" << tr("Từ ", "From ") << formatDate(in.firstDay) << tr(" đến ", " to ")
        << formatDate(in.lastDay) << " · " << tr("múi giờ ", "time zone ") << esc(tz.name()) << " · "
        << in.summary->plays << tr(" lượt phát", " plays") << "</div>\n";

    out << "<div class=\"legend\">";
    for (const auto& [name, c] : colour) out << "<span><i class=\"sw\" style=\"background:" << c << "\"></i>" << esc(name) << "</span>";
    out << "<span><i class=\"sw off\"></i>" << tr("Màn hình tắt", "Screen off") << "</span>"
        << "<span><i class=\"sw idle\"></i>" << tr("Không có gì để phát", "Nothing to play") << "</span>"
        << "<span><i class=\"sw\" style=\"outline:2px solid #222;background:#fff\"></i>"
        << tr("Lượt phát cho chỉ tiêu", "Play for a target") << "</span>"
        << "<span><i class=\"sw\" style=\"background:#d62728\"></i>" << tr("Phát khẩn cấp", "Emergency") << "</span>"
        << "<span><i class=\"sw\" style=\"background:#59a14f;height:7px\"></i>"
        << tr("Khung giờ chỉ tiêu (xanh: đạt, đỏ: chưa đạt)", "Target window (green: met, red: missed)") << "</span></div>\n";

    if (!in.summary->assumedItems.empty()) {
        out << "<div class=\"note\">" << tr("Lưu ý: video/âm thanh không ghi thời lượng được tính ",
                                            "Note: video/audio items without a duration are assumed to last ")
            << core::formatDuration(in.assumedLength) << ":";
        for (const auto& s : in.summary->assumedItems) out << " " << esc(s);
        out << ".</div>\n";
    }

    // Targets over the whole range.
    if (!in.summary->targets.empty()) {
        std::map<std::string, std::pair<int, int>> perTarget; // met days, days
        for (const auto& t : in.summary->targets) {
            auto& [met, days] = perTarget[t.target];
            met += t.met();
            ++days;
        }
        out << "<table class=\"sum\"><tr><th>" << tr("Chỉ tiêu", "Target") << "</th><th>"
            << tr("Số ngày đạt", "Days met") << "</th></tr>";
        for (const auto& [name, md] : perTarget)
            out << "<tr><td>" << esc(name) << "</td><td>" << md.first << " / " << md.second << "</td></tr>";
        out << "</table>\n";
    }

    size_t bi = 0;
    for (Day day = in.firstDay; day <= in.lastDay; ++day) {
        CivilDate c = civilFromDays(day);
        char date[32];
        std::snprintf(date, sizeof date, "%02u/%02u/%04d", c.day, c.month, c.year);
        out << "<div class=\"day\"><h2>" << weekdayName(day) << " " << date << " <small>" << formatDate(day)
            << "</small></h2>\n<div class=\"bar\">";
        for (; bi < blocks.size() && blocks[bi].day < day; ++bi) {}
        size_t first = bi;
        for (size_t k = first; k < blocks.size() && blocks[k].day == day; ++k) {
            const PreviewBlock& b = blocks[k];
            double l = percent(tz, b.start, day), r = percent(tz, b.end, day);
            if (r <= l) r = l + 0.15; // a single short play must still show
            std::string cls = "blk";
            std::string style;
            using K = Decision::Kind;
            if (b.kind == K::Off) cls += " off";
            else if (b.kind == K::Idle) cls += " idle";
            else style = "background:" + colour[b.playlist] + ";";
            if (b.kind == K::Target) cls += " target";
            if (b.kind == K::Interrupt) cls += " interrupt";
            char pos[64];
            std::snprintf(pos, sizeof pos, "left:%.3f%%;width:%.3f%%;", l, r - l);
            out << "<div class=\"" << cls << "\" style=\"" << pos << style << "\" title=\"" << hhmm(tz, b.start, day)
                << "–" << hhmm(tz, b.end, day) << " " << esc(b.playlist) << " · " << esc(kindLabel(b)) << "\">";
            if (r - l >= 7.0 && !b.playlist.empty()) out << "<span>" << esc(b.playlist) << "</span>"; // wide enough to name
            out << "</div>";
        }
        out << "</div>\n<div class=\"tw\">";
        // The targets' windows under the bar: green when met that day, red when missed.
        for (const TargetStatus& t : in.summary->targets) {
            if (t.day != day) continue;
            double l = percent(tz, t.windowStart, day), r = percent(tz, t.windowEnd, day);
            char pos[64];
            std::snprintf(pos, sizeof pos, "left:%.3f%%;width:%.3f%%", l, std::max(r - l, 0.2));
            out << "<i class=\"" << (t.met() ? "met" : "missed") << "\" style=\"" << pos << "\" title=\"" << esc(t.target)
                << " " << hhmm(tz, t.windowStart, day) << "–" << hhmm(tz, t.windowEnd, day) << ": " << t.played << "/"
                << t.required << "\"></i>";
        }
        out << "</div>\n<div class=\"scale\">";
        for (int h = 0; h <= 24; h += 3)
            out << "<span style=\"left:" << (h * 100.0 / 24) << "%\">" << (h < 10 ? "0" : "") << h << ":00</span>";
        out << "</div>\n<div class=\"chips\">";
        for (const TargetStatus& t : in.summary->targets) {
            if (t.day != day) continue;
            out << "<span class=\"chip " << (t.met() ? "met" : "missed") << "\">" << (t.met() ? "✓ " : "✗ ")
                << esc(t.target) << " " << hhmm(tz, t.windowStart, day) << "–" << hhmm(tz, t.windowEnd, day) << ": "
                << t.played << "/" << t.required << "</span>";
        }
        out << "</div>\n<details><summary>" << tr("Chi tiết", "Details") << "</summary><table>";
        for (size_t k = first; k < blocks.size() && blocks[k].day == day;) {
            size_t last = sharedRunEnd(blocks, k);
            out << "<tr><td>" << hhmm(tz, blocks[k].start, day) << "–" << hhmm(tz, blocks[last - 1].end, day) << "</td><td>"
                << esc(describeRun(blocks, k, last)) << "</td></tr>";
            k = last;
        }
        out << "</table></details></div>\n";
    }
    out << "</body></html>\n";
}

} // namespace signage::schedule
