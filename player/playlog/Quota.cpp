// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Quota.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "core/Lang.h"
#include "schedule/ScheduleLoader.h"

namespace signage::playlog {

using core::tr;

bool parseTimeOfDay(std::string_view text, int& minutes) {
    if (text.size() != 5 || text[2] != ':') return false;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!digit(text[0]) || !digit(text[1]) || !digit(text[3]) || !digit(text[4])) return false;
    int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return false;
    minutes = h * 60 + m;
    return true;
}

std::uint8_t parseWeekday(std::string_view w) {
    static constexpr std::string_view kEn[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static constexpr std::string_view kVi[] = {"t2", "t3", "t4", "t5", "t6", "t7", "cn"};
    for (int i = 0; i < 7; ++i)
        if (w == kEn[i] || w == kVi[i]) return static_cast<std::uint8_t>(1u << i);
    return 0;
}

bool Target::appliesOn(std::int64_t day) const {
    if ((fromDay && day < *fromDay) || (toDay && day > *toDay)) return false;
    std::int64_t monday0 = ((day + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday
    return (weekdays >> monday0) & 1u;
}

namespace {

struct CellKey {
    std::int64_t box, day;
    bool operator<(const CellKey& o) const { return box != o.box ? box < o.box : day < o.day; }
};

} // namespace

QuotaResult evaluateQuota(AuditDb& db, const std::vector<Target>& targets, const Filter& f) {
    QuotaResult r;
    r.targets = targets;
    auto all = db.boxIds();
    r.boxes = f.box ? std::vector<std::string>{*f.box} : all;
    auto boxIndex = [&](const std::string& box) { return std::lower_bound(all.begin(), all.end(), box) - all.begin(); };
    std::optional<std::int64_t> site;
    if (f.site) site = db.nameId(*f.site).value_or(-1);
    if (f.site && !f.box) {
        // A site's report lists the boxes that ever logged there (a day it was off still
        // shows as a row), not every box of the ward with zeros.
        r.boxes.clear();
        for (std::int64_t i : db.boxesAtSite(*f.site)) r.boxes.push_back(all.at(static_cast<size_t>(i)));
    }
    const std::int64_t offsetMs = static_cast<std::int64_t>(db.utcOffsetMin()) * 60000;

    // Days each box logged anything: plays (rollup + live tail) or events.
    std::set<std::pair<std::int64_t, std::int64_t>> active; // (box index, day)
    for (auto& [k, t] : db.aggregate(f, {Dim::Box, Dim::Day})) active.insert({k[0], k[1]});
    for (auto& e : db.events(f)) active.insert({boxIndex(e.boxId), localTime(e.at.ms, db.utcOffsetMin()).day});

    std::map<std::tuple<std::int64_t, std::int64_t, size_t>, std::int64_t> counts; // (box index, day, target)
    auto& sql = db.database();
    for (size_t ti = 0; ti < targets.size(); ++ti) {
        const Target& t = targets[ti];
        // -1: not part of this target; -2: named but never played (nothing to count).
        std::int64_t item = t.item.empty() ? -1 : db.nameId(t.item).value_or(-2);
        std::int64_t playlist = t.playlist.empty() ? -1 : db.nameId(t.playlist).value_or(-2);
        if (item == -2 || playlist == -2 || (item < 0 && playlist < 0)) continue;
        bool passes = item < 0; // a whole-playlist target counts full passes
        std::string where = item >= 0 ? "item=?1" : "playlist=?1";
        if (item >= 0 && playlist >= 0) where += " AND playlist=?2";
        // Rows on a synchronised clock keep their wall time: only those near the period
        // are read (index item|playlist, synced, wall_ms). Unsynchronised rows may be
        // re-dated anywhere, so all of them are read; they are few.
        std::string cols = "SELECT log, boot, wall_ms, mono_ms, synced, site, end_wall_ms, end_mono_ms, end_synced, item FROM plays WHERE " +
                           where + " AND trust=0 AND outcome=" + std::to_string(static_cast<int>(Outcome::Completed));
        auto st = sql.prepare(cols + " AND synced=1 AND wall_ms BETWEEN ?3 AND ?4 UNION ALL " + cols + " AND synced=0");
        st.bind(1, item >= 0 ? item : playlist);
        if (item >= 0 && playlist >= 0) st.bind(2, playlist);
        st.bind(3, (f.fromDay - 1) * kDayMs - offsetMs).bind(4, (f.toDay + 2) * kDayMs - offsetMs);

        int lengthMin = t.windowEndMin > t.windowStartMin ? t.windowEndMin - t.windowStartMin : t.windowEndMin + 1440 - t.windowStartMin;
        std::map<CellKey, std::vector<std::pair<std::int64_t, std::int64_t>>> sequences; // passes: (start, item) per box-day
        while (st.step()) {
            if (site && st.columnInt(5) != *site) continue;
            auto anchor = db.anchor(st.columnInt(1));
            std::int64_t start = dateRow(st.columnInt(2), st.columnInt(3), st.columnInt(4) != 0, anchor).ms;
            std::int64_t end = dateRow(st.columnInt(6), st.columnInt(7), st.columnInt(8) != 0, anchor).ms;
            std::int64_t startDay = localTime(start, db.utcOffsetMin()).day;
            for (std::int64_t d : {startDay, startDay - 1}) { // a window crossing midnight starts the day before
                if (d < f.fromDay || d > f.toDay || !t.appliesOn(d)) continue;
                std::int64_t ws = d * kDayMs - offsetMs + t.windowStartMin * 60000LL;
                if (start < ws || end > ws + lengthMin * 60000LL) continue;
                std::int64_t box = db.boxIndexOfLog(st.columnInt(0));
                if (passes) sequences[{box, d}].emplace_back(start, st.columnInt(9));
                else counts[{box, d, ti}] += 1;
                break;
            }
        }
        if (!passes) continue;
        // The playlist's items: from the content when given, else what the log shows.
        std::set<std::int64_t> items;
        if (!t.playlistItems.empty()) {
            for (auto& name : t.playlistItems) items.insert(db.nameId(name).value_or(-3 - static_cast<std::int64_t>(items.size())));
        } else {
            auto q = sql.prepare("SELECT DISTINCT item FROM plays WHERE playlist=?1");
            q.bind(1, playlist);
            while (q.step()) items.insert(q.columnInt(0));
        }
        for (auto& [cell, plays] : sequences) {
            std::sort(plays.begin(), plays.end());
            std::set<std::int64_t> seen;
            for (auto& [start, it] : plays) {
                if (!items.count(it)) continue;
                seen.insert(it);
                if (seen.size() == items.size()) {
                    counts[{cell.box, cell.day, ti}] += 1;
                    seen.clear();
                }
            }
        }
    }

    for (const auto& box : r.boxes) {
        std::int64_t idx = boxIndex(box);
        for (std::int64_t day = f.fromDay; day <= f.toDay; ++day) {
            for (size_t ti = 0; ti < targets.size(); ++ti) {
                const Target& t = targets[ti];
                if (!t.appliesOn(day)) continue;
                QuotaCell c;
                c.boxId = box;
                c.day = day;
                c.target = ti;
                auto it = counts.find({idx, day, ti});
                c.count = it == counts.end() ? 0 : it->second;
                c.met = c.count >= t.minPerDay;
                c.noData = !active.count({idx, day});
                (c.met ? r.met : c.noData ? r.noData : r.missed) += 1;
                r.cells.push_back(std::move(c));
            }
        }
    }
    return r;
}

Target fromSchedule(const schedule::Target& g) {
    Target t;
    t.id = g.id;
    t.name = g.name;
    t.item = g.item;
    t.playlist = g.playlist;
    t.minPerDay = g.times;
    t.windowStartMin = g.window.startMin;
    t.windowEndMin = g.window.endMin;
    t.fromDay = g.days.from;
    t.toDay = g.days.to;
    t.weekdays = g.days.weekdays;
    return t;
}

std::vector<Target> parseTargets(const std::filesystem::path& fileOrDir, core::Diagnostics& diags) {
    // One loader for the box and the office: schedule::loadSchedule decides what a target
    // means, so a target the scheduler drops (unknown key, no playlist) is not counted
    // here either, and the diagnostics are the scheduler's (file:line:col).
    std::vector<Target> out;
    std::error_code ec;
    auto file = std::filesystem::is_directory(fileOrDir, ec) ? fileOrDir / "schedule.toml" : fileOrDir;
    auto loaded = schedule::loadSchedule(file, diags);
    if (!loaded) return out;
    for (const auto& g : loaded->targets) out.push_back(fromSchedule(g));
    return out;
}

} // namespace signage::playlog
