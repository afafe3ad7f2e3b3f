// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Quota.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "core/Lang.h"

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
                (c.met ? r.met : r.missed) += 1;
                r.cells.push_back(std::move(c));
            }
        }
    }
    return r;
}

std::vector<Target> parseTargets(const std::filesystem::path& fileOrDir, core::Diagnostics& diags) {
    std::vector<Target> out;
    std::error_code ec;
    auto file = std::filesystem::is_directory(fileOrDir, ec) ? fileOrDir / "schedule.toml" : fileOrDir;
    auto pos = [&](const toml::node& n) {
        return core::SourcePos{file.string(), static_cast<int>(n.source().begin.line), static_cast<int>(n.source().begin.column)};
    };
    toml::table root;
    try {
        root = toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        diags.error(core::SourcePos{file.string(), static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)},
                    core::tomlSyntaxError(e.description()));
        return out;
    }
    auto* targets = root["targets"].as_array();
    if (!targets) {
        if (root.contains("targets")) diags.error(pos(*root.get("targets")), tr("targets phải là [[targets]]", "targets must be [[targets]]"));
        return out;
    }
    int index = 0;
    for (auto& node : *targets) {
        ++index;
        auto* tbl = node.as_table();
        if (!tbl) {
            diags.error(pos(node), tr("mỗi mục targets phải là bảng", "each targets entry must be a table"));
            continue;
        }
        Target t;
        bool ok = true;
        auto str = [&](const char* key, std::string& into) {
            if (auto* n = tbl->get(key)) {
                if (auto v = n->value<std::string>()) into = *v;
                else {
                    diags.error(pos(*n), std::string(key) + tr(" phải là chuỗi", " must be a string"));
                    ok = false;
                }
            }
        };
        std::string id;
        str("id", id);
        str("name", t.name);
        str("item", t.item);
        str("playlist", t.playlist);
        t.id = !id.empty() ? id : "target-" + std::to_string(index);
        if (t.item.empty() && t.playlist.empty()) {
            diags.error(pos(*tbl), tr("chỉ tiêu cần item hoặc playlist", "a target needs item or playlist"));
            ok = false;
        }
        for (const char* key : {"times", "min_per_day"}) {
            auto* n = tbl->get(key);
            if (!n) continue;
            auto v = n->value<std::int64_t>();
            if (!v || *v < 1 || *v > 100000) {
                diags.error(pos(*n), std::string(key) + tr(" phải là số nguyên ≥ 1", " must be an integer ≥ 1"));
                ok = false;
            } else {
                t.minPerDay = static_cast<int>(*v);
            }
        }
        auto timeOf = [&](const toml::node* n, std::string_view text, int& into) {
            if (!parseTimeOfDay(text, into)) {
                diags.error(n ? pos(*n) : pos(*tbl), tr("giờ phải có dạng \"HH:MM\"", "time must look like \"HH:MM\""));
                ok = false;
            }
        };
        if (auto* n = tbl->get("window")) {
            if (auto text = n->value<std::string>()) {
                auto dash = text->find('-');
                if (dash == std::string::npos) {
                    diags.error(pos(*n), tr("window phải có dạng \"05:30-07:30\"", "window must look like \"05:30-07:30\""));
                    ok = false;
                } else {
                    timeOf(n, std::string_view(*text).substr(0, dash), t.windowStartMin);
                    timeOf(n, std::string_view(*text).substr(dash + 1), t.windowEndMin);
                }
            } else if (auto* arr = n->as_array(); arr && arr->size() == 2 && arr->get(0)->is_string() && arr->get(1)->is_string()) {
                timeOf(arr->get(0), arr->get(0)->as_string()->get(), t.windowStartMin);
                timeOf(arr->get(1), arr->get(1)->as_string()->get(), t.windowEndMin);
            } else {
                diags.error(pos(*n), tr("window phải có dạng \"05:30-07:30\"", "window must look like \"05:30-07:30\""));
                ok = false;
            }
        }
        for (const char* key : {"start", "end"}) {
            auto* n = tbl->get(key);
            if (!n) continue;
            auto v = n->value<std::string>();
            timeOf(n, v ? *v : std::string(), std::string(key) == "start" ? t.windowStartMin : t.windowEndMin);
        }
        if (t.windowStartMin >= 1440) {
            diags.error(pos(*tbl), tr("cửa sổ không thể bắt đầu lúc 24:00", "a window cannot start at 24:00"));
            ok = false;
        }
        for (const char* key : {"from", "to"}) {
            auto* n = tbl->get(key);
            if (!n) continue;
            std::string text;
            if (auto v = n->value<std::string>()) text = *v;
            else if (auto d = n->value<toml::date>()) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d->year), static_cast<int>(d->month), static_cast<int>(d->day));
                text = buf;
            }
            std::int64_t day = 0;
            if (text.empty() || !parseDay(text, day)) {
                diags.error(pos(*n), std::string(key) + tr(" phải là ngày \"YYYY-MM-DD\"", " must be a date \"YYYY-MM-DD\""));
                ok = false;
            } else {
                (std::string(key) == "from" ? t.fromDay : t.toDay) = day;
            }
        }
        if (auto* n = tbl->get("weekdays")) {
            std::uint8_t mask = 0;
            auto add = [&](const toml::node& w) {
                auto v = w.value<std::string>();
                std::uint8_t bit = v ? parseWeekday(*v) : 0;
                if (!bit) {
                    diags.error(pos(w), tr("thứ không hợp lệ (mon…sun hoặc t2…t7, cn)", "invalid weekday (mon…sun or t2…t7, cn)"));
                    ok = false;
                }
                mask |= bit;
            };
            if (auto* arr = n->as_array()) {
                for (auto& w : *arr) add(w);
            } else {
                add(*n);
            }
            t.weekdays = mask;
        }
        if (ok) out.push_back(std::move(t));
    }
    return out;
}

} // namespace signage::playlog
