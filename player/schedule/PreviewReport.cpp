#include "schedule/PreviewReport.h"

#include <algorithm>
#include <cstdio>

#include "core/Duration.h"
#include "core/Lang.h"

namespace signage::schedule {

using core::tr;

void PreviewRecorder::add(Decision::Kind kind, const std::string& playlist, const std::string& rule, WallMs start,
                          WallMs end, int plays, int cut) {
    Day day = _tz.localDay(start);
    if (!_blocks.empty()) {
        PreviewBlock& b = _blocks.back();
        if (b.kind == kind && b.day == day && b.end == start && b.playlist == playlist && b.rule == rule) {
            b.end = end;
            b.plays += plays;
            b.cut += cut;
            return;
        }
    }
    _blocks.push_back({day, start, end, kind, playlist, rule, plays, cut});
}

void PreviewRecorder::play(const Decision& d, WallMs start, WallMs end, bool completed) {
    add(d.kind, d.playlist, d.rule, start, end, 1, completed ? 0 : 1);
}

void PreviewRecorder::gap(Decision::Kind kind, WallMs start, WallMs end) {
    // A stretch may run past midnight: split it so each day shows its own part.
    while (start < end) {
        WallMs dayEnd = _tz.startOfDay(_tz.localDay(start) + 1);
        WallMs stop = std::min(end, dayEnd);
        add(kind, "", "", start, stop, 0, 0);
        start = stop;
    }
}

std::string weekdayName(Day day) {
    static const char* kVi[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
    static const char* kEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    int w = weekdayOf(day);
    return tr(kVi[w], kEn[w]);
}

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

void PreviewJsonWriter::play(const Decision& d, WallMs start, WallMs end) {
    _out << (_first ? "[\n  " : ",\n  ");
    _first = false;
    _out << "{\"start\": " << jsonString(_tz.formatIso(start)) << ", \"end\": " << jsonString(_tz.formatIso(end))
         << ", \"playlist\": " << jsonString(d.playlist) << ", \"item\": " << jsonString(d.itemId)
         << ", \"rule\": " << jsonString(d.rule) << "}";
}

void PreviewJsonWriter::finish() { _out << (_first ? "[]\n" : "\n]\n"); }

namespace {

std::string hhmm(const TimeZone& tz, WallMs t, Day day) {
    WallMs local = tz.toLocal(t) - day * kMsPerDay; // may pass 24:00 for the last item of a day
    int minutes = static_cast<int>(local / kMsPerMinute);
    int seconds = static_cast<int>(local / 1000 % 60);
    char buf[48];
    if (seconds) std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", minutes / 60, minutes % 60, seconds);
    else std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::string describe(const PreviewBlock& b) {
    using K = Decision::Kind;
    switch (b.kind) {
    case K::Off: return tr("màn hình tắt", "screen off");
    case K::Idle: return tr("không có gì để phát (màn hình dự phòng)", "nothing to play (fallback slate)");
    case K::Interrupt: return tr("PHÁT KHẨN CẤP ", "EMERGENCY ") + b.playlist;
    case K::Target: return b.playlist + tr("  ★ chỉ tiêu ", "  ★ target ") + b.rule;
    case K::Rule: return b.playlist + tr("  (quy tắc ", "  (rule ") + b.rule + ")";
    case K::Default: return b.playlist + tr("  (mặc định)", "  (default)");
    }
    return "";
}

} // namespace

void writePreviewText(std::ostream& out, const PreviewInput& in) {
    const TimeZone& tz = *in.tz;
    out << tr("Lịch phát: ", "Schedule preview: ") << in.title << "\n"
        << tr("Múi giờ: ", "Time zone: ") << tz.name() << "; " << formatDate(in.firstDay) << tr(" đến ", " to ")
        << formatDate(in.lastDay) << "\n";
    const auto& blocks = *in.blocks;
    size_t bi = 0;
    for (Day day = in.firstDay; day <= in.lastDay; ++day) {
        out << "\n" << weekdayName(day) << " " << formatDate(day) << "\n";
        for (; bi < blocks.size() && blocks[bi].day < day; ++bi) {}
        for (; bi < blocks.size() && blocks[bi].day == day; ++bi) {
            const PreviewBlock& b = blocks[bi];
            std::string line = "  " + hhmm(tz, b.start, day) + "-" + hhmm(tz, b.end, day) + "  " + describe(b);
            if (b.plays > 0) line += ", " + std::to_string(b.plays) + tr(" mục", " items");
            if (b.cut > 0) line += " (" + std::to_string(b.cut) + tr(" bị cắt", " cut short") + ")";
            out << line << "\n";
        }
        for (const TargetStatus& t : in.summary->targets) {
            if (t.day != day) continue;
            out << tr("  Chỉ tiêu ", "  Target ") << t.target << " " << hhmm(tz, t.windowStart, day) << "-"
                << hhmm(tz, t.windowEnd, day) << ": " << t.played << "/" << t.required << " "
                << (t.met() ? tr("đạt", "met") : tr("KHÔNG ĐẠT", "MISSED")) << "\n";
        }
    }
    if (!in.summary->assumedItems.empty()) {
        out << "\n" << tr("Lưu ý: các mục video/âm thanh không ghi thời lượng được tính ", "Note: video/audio items without a duration are assumed to last ")
            << core::formatDuration(in.assumedLength) << ":";
        for (const auto& s : in.summary->assumedItems) out << " " << s;
        out << "\n";
    }
}

} // namespace signage::schedule
