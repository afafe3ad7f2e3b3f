// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/PreviewReport.h"

#include <algorithm>
#include <cstdio>

#include "core/Duration.h"
#include "core/Json.h"
#include "core/Lang.h"

namespace signage::schedule {

using core::tr;

void PreviewRecorder::add(Decision::Kind kind, const std::string& playlist, const std::string& rule, WallMs start,
                          WallMs end, int plays, int cut, WallMs segment) {
    Day day = _tz.localDay(start);
    if (!_blocks.empty()) {
        PreviewBlock& b = _blocks.back();
        if (b.kind == kind && b.day == day && b.end == start && b.playlist == playlist && b.rule == rule &&
            b.segment == segment) {
            b.end = end;
            b.plays += plays;
            b.cut += cut;
            return;
        }
    }
    _blocks.push_back({day, start, end, kind, playlist, rule, plays, cut, segment});
}

void PreviewRecorder::play(const Decision& d, WallMs start, WallMs end, bool completed) {
    add(d.kind, d.playlist, d.rule, start, end, 1, completed ? 0 : 1, d.kind == Decision::Kind::Rule ? d.segmentStart : 0);
}

void PreviewRecorder::gap(Decision::Kind kind, WallMs start, WallMs end) {
    // A stretch may run past midnight: split it so each day shows its own part.
    while (start < end) {
        WallMs dayEnd = _tz.startOfDay(_tz.localDay(start) + 1);
        WallMs stop = std::min(end, dayEnd);
        add(kind, "", "", start, stop, 0, 0, 0);
        start = stop;
    }
}

size_t sharedRunEnd(const std::vector<PreviewBlock>& blocks, size_t first) {
    const PreviewBlock& b = blocks[first];
    size_t last = first + 1;
    if (b.kind != Decision::Kind::Rule || b.segment == 0) return last;
    while (last < blocks.size() && blocks[last].kind == Decision::Kind::Rule && blocks[last].segment == b.segment &&
           blocks[last].day == b.day && blocks[last].start == blocks[last - 1].end)
        ++last;
    for (size_t k = first + 1; k < last; ++k)
        if (blocks[k].rule != b.rule) return last;
    return first + 1;
}

namespace {

std::string itemsText(int n) {
    return std::to_string(n) + (n == 1 ? core::tr(" mục", " item") : core::tr(" mục", " items"));
}

std::string describeBlock(const PreviewBlock& b) {
    using K = Decision::Kind;
    std::string s;
    switch (b.kind) {
    case K::Off: return core::tr("màn hình tắt", "screen off");
    case K::Idle: return core::tr("không có gì để phát (màn hình dự phòng)", "nothing to play (fallback slate)");
    case K::Interrupt: s = core::tr("PHÁT KHẨN CẤP ", "EMERGENCY ") + b.playlist; break;
    case K::Target: s = b.playlist + core::tr("  ★ chỉ tiêu ", "  ★ target ") + b.rule; break;
    case K::Rule: s = b.playlist + core::tr("  (quy tắc ", "  (rule ") + b.rule + ")"; break;
    case K::Default: s = b.playlist + core::tr("  (mặc định)", "  (default)"); break;
    }
    return s;
}

} // namespace

std::string describeRun(const std::vector<PreviewBlock>& blocks, size_t first, size_t last) {
    int plays = 0, cut = 0;
    for (size_t k = first; k < last; ++k) {
        plays += blocks[k].plays;
        cut += blocks[k].cut;
    }
    std::string s;
    if (last == first + 1) {
        s = describeBlock(blocks[first]);
    } else {
        // Equal-priority rules taking turns: one line with each playlist's share of the time.
        std::vector<std::pair<std::string, WallMs>> shares; // playlist, ms (first-seen order)
        std::vector<std::string> rules;
        WallMs total = 0;
        for (size_t k = first; k < last; ++k) {
            const PreviewBlock& b = blocks[k];
            auto it = std::find_if(shares.begin(), shares.end(), [&](const auto& p) { return p.first == b.playlist; });
            if (it == shares.end()) shares.emplace_back(b.playlist, b.end - b.start);
            else it->second += b.end - b.start;
            if (std::find(rules.begin(), rules.end(), b.rule) == rules.end()) rules.push_back(b.rule);
            total += b.end - b.start;
        }
        for (size_t k = 0; k < shares.size(); ++k) {
            if (k) s += " + ";
            s += shares[k].first + " " + std::to_string(total ? (shares[k].second * 100 + total / 2) / total : 0) + "%";
        }
        s += core::tr("  (quy tắc ", "  (rules ");
        for (size_t k = 0; k < rules.size(); ++k) s += (k ? ", " : "") + rules[k];
        s += core::tr(" chia thời gian)", " share the time)");
    }
    if (plays > 0) s += ", " + itemsText(plays);
    if (cut > 0) s += " (" + std::to_string(cut) + core::tr(" bị cắt", " cut short") + ")";
    return s;
}

std::string weekdayName(Day day) {
    static const char* kVi[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
    static const char* kEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    int w = weekdayOf(day);
    return tr(kVi[w], kEn[w]);
}

namespace {

void appendDigits(std::string& out, unsigned value, int width) {
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, static_cast<size_t>(width));
}

// "2025-08-02T06:00:00+07:00" without printf: a year of plays is millions of these.
void appendIso(std::string& out, const TimeZone& tz, WallMs utc) {
    int offset = tz.offsetAt(utc);
    WallMs local = floorDiv(utc, 1000) + offset;
    Day day = floorDiv(local, 86400);
    auto sod = static_cast<unsigned>(local - day * 86400);
    CivilDate c = civilFromDays(day);
    appendDigits(out, static_cast<unsigned>(c.year), 4);
    out += '-';
    appendDigits(out, c.month, 2);
    out += '-';
    appendDigits(out, c.day, 2);
    out += 'T';
    appendDigits(out, sod / 3600, 2);
    out += ':';
    appendDigits(out, sod / 60 % 60, 2);
    out += ':';
    appendDigits(out, sod % 60, 2);
    out += offset < 0 ? '-' : '+';
    auto abs = static_cast<unsigned>(offset < 0 ? -offset : offset) / 60;
    appendDigits(out, abs / 60, 2);
    out += ':';
    appendDigits(out, abs % 60, 2);
}

void appendJsonString(std::string& out, const std::string& s) {
    bool plain = true;
    for (unsigned char c : s) plain = plain && c >= 0x20 && c != '"' && c != '\\';
    if (plain) {
        out += '"';
        out += s;
        out += '"';
    } else {
        out += core::jsonQuote(s);
    }
}

} // namespace

void PreviewJsonWriter::play(const Decision& d, WallMs start, WallMs end) {
    std::string& line = _line;
    line.assign(_first ? "[\n  " : ",\n  ");
    _first = false;
    line += "{\"start\": \"";
    appendIso(line, _tz, start);
    line += "\", \"end\": \"";
    appendIso(line, _tz, end);
    line += "\", \"playlist\": ";
    appendJsonString(line, d.playlist);
    line += ", \"item\": ";
    appendJsonString(line, d.itemId);
    line += ", \"rule\": ";
    appendJsonString(line, d.rule);
    line += '}';
    _out.write(line.data(), static_cast<std::streamsize>(line.size()));
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
        while (bi < blocks.size() && blocks[bi].day == day) {
            size_t last = sharedRunEnd(blocks, bi);
            out << "  " << hhmm(tz, blocks[bi].start, day) << "-" << hhmm(tz, blocks[last - 1].end, day) << "  "
                << describeRun(blocks, bi, last) << "\n";
            bi = last;
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
