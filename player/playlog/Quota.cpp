#include "playlog/Quota.h"

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <set>

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

namespace {
bool inWindow(const Target& t, int minute) {
    if (t.windowStartMin <= t.windowEndMin) return minute >= t.windowStartMin && minute < t.windowEndMin;
    return minute >= t.windowStartMin || minute < t.windowEndMin; // wraps midnight
}
} // namespace

QuotaResult evaluateQuota(AuditDb& db, const std::vector<Target>& targets, const Filter& f) {
    QuotaResult r;
    r.targets = targets;
    r.boxes = f.box ? std::vector<std::string>{*f.box} : db.boxIds();
    std::optional<std::int64_t> site;
    if (f.site) site = db.nameId(*f.site).value_or(-1);

    // Days each box logged anything: plays (rollup + live tail) or events.
    std::set<std::pair<std::int64_t, std::int64_t>> active; // (box index, day)
    for (auto& [k, t] : db.aggregate(f, {Dim::Box, Dim::Day})) active.insert({k[0], k[1]});
    for (auto& e : db.events(f)) {
        auto boxes = db.boxIds();
        auto idx = std::lower_bound(boxes.begin(), boxes.end(), e.boxId) - boxes.begin();
        active.insert({idx, localTime(e.at.ms, db.utcOffsetMin()).day});
    }

    std::map<std::tuple<std::int64_t, std::int64_t, size_t>, std::int64_t> counts; // (box index, day, target)
    auto& sql = db.database();
    for (size_t ti = 0; ti < targets.size(); ++ti) {
        const Target& t = targets[ti];
        // -1: not part of this target; -2: named but never played (nothing to count).
        std::int64_t item = t.item.empty() ? -1 : db.nameId(t.item).value_or(-2);
        std::int64_t playlist = t.playlist.empty() ? -1 : db.nameId(t.playlist).value_or(-2);
        if (item == -2 || playlist == -2) continue;
        std::string where = item >= 0 ? "item=?1" : "playlist=?1";
        if (item >= 0 && playlist >= 0) where += " AND playlist=?2";
        where += " AND outcome=" + std::to_string(static_cast<int>(Outcome::Completed));
        auto bindIds = [&](db::Statement& st) {
            st.bind(1, item >= 0 ? item : playlist);
            if (item >= 0 && playlist >= 0) st.bind(2, playlist);
        };
        // One raw play: dated, then counted if it falls in the window.
        auto countRow = [&](const db::Statement& st) {
            if (site && st.columnInt(5) != *site) return;
            Dated d = dateRow(st.columnInt(2), st.columnInt(3), st.columnInt(4) != 0, db.anchor(st.columnInt(1)));
            LocalTime lt = localTime(d.ms, db.utcOffsetMin());
            if (lt.day < f.fromDay || lt.day > f.toDay || !inWindow(t, lt.minuteOfDay)) return;
            counts[{db.boxIndexOfLog(st.columnInt(0)), lt.day, ti}] += 1;
        };
        if (t.windowStartMin % 60 == 0 && t.windowEndMin % 60 == 0) {
            // Whole-hour windows (the usual "05:00–07:00"): the hourly rollup has the answer,
            // plus the live tail of plays not rolled up yet.
            auto st = sql.prepare("SELECT log, day, hour, sum(plays) FROM rollup WHERE " + where +
                                  " AND day BETWEEN ?3 AND ?4" + (site ? " AND site=?5" : "") + " GROUP BY log, day, hour");
            bindIds(st);
            st.bind(3, f.fromDay).bind(4, f.toDay);
            if (site) st.bind(5, *site);
            while (st.step())
                if (inWindow(t, static_cast<int>(st.columnInt(2)) * 60))
                    counts[{db.boxIndexOfLog(st.columnInt(0)), st.columnInt(1), ti}] += st.columnInt(3);
            auto cursors = sql.prepare("SELECT log, plays_upto FROM rollup_state WHERE log > 0");
            auto tail = sql.prepare("SELECT log, boot, wall_ms, mono_ms, synced, site FROM plays WHERE " + where +
                                    " AND log=?3 AND seq>?4");
            while (cursors.step()) {
                bindIds(tail);
                tail.bind(3, cursors.columnInt(0)).bind(4, cursors.columnInt(1));
                while (tail.step()) countRow(tail);
                tail.reset();
            }
        } else {
            // Windows that cut hours: every matching play, dated one by one.
            auto st = sql.prepare("SELECT log, boot, wall_ms, mono_ms, synced, site FROM plays WHERE " + where);
            bindIds(st);
            while (st.step()) countRow(st);
        }
    }

    auto all = db.boxIds();
    for (const auto& box : r.boxes) {
        std::int64_t idx = std::lower_bound(all.begin(), all.end(), box) - all.begin();
        for (std::int64_t day = f.fromDay; day <= f.toDay; ++day) {
            for (size_t ti = 0; ti < targets.size(); ++ti) {
                const Target& t = targets[ti];
                if ((t.fromDay && day < *t.fromDay) || (t.toDay && day > *t.toDay)) continue;
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
                    std::string(e.description()));
        return out;
    }
    auto* targets = root["targets"].as_array();
    if (!targets) {
        if (root.contains("targets")) diags.error(pos(*root.get("targets")), tr("targets phải là [[targets]]", "targets must be [[targets]]"));
        return out;
    }
    static const std::set<std::string> kKnown = {"id", "item", "playlist", "min_per_day", "window", "from", "to", "start", "end"};
    for (auto& node : *targets) {
        auto* tbl = node.as_table();
        if (!tbl) {
            diags.error(pos(node), tr("mỗi mục targets phải là bảng", "each targets entry must be a table"));
            continue;
        }
        Target t;
        bool ok = true;
        for (auto& [key, value] : *tbl) {
            if (!kKnown.count(std::string(key.str()))) {
                // The scheduler may define more keys; this reader only warns about them.
                diags.warning(pos(value), tr("khoá không dùng cho chỉ tiêu: ", "key not used for targets: ") + std::string(key.str()));
            }
        }
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
        str("item", t.item);
        str("playlist", t.playlist);
        t.id = !id.empty() ? id : (!t.item.empty() ? t.item : t.playlist);
        if (t.item.empty() && t.playlist.empty()) {
            diags.error(pos(*tbl), tr("chỉ tiêu cần item hoặc playlist", "a target needs item or playlist"));
            ok = false;
        }
        if (auto* n = tbl->get("min_per_day")) {
            auto v = n->value<std::int64_t>();
            if (!v || *v < 1 || *v > 100000) {
                diags.error(pos(*n), tr("min_per_day phải là số nguyên ≥ 1", "min_per_day must be an integer ≥ 1"));
                ok = false;
            } else {
                t.minPerDay = static_cast<int>(*v);
            }
        }
        auto timeOf = [&](const toml::node* n, int& into) {
            auto v = n ? n->value<std::string>() : std::nullopt;
            if (!v || !parseTimeOfDay(*v, into)) {
                diags.error(n ? pos(*n) : pos(*tbl), tr("giờ phải có dạng \"HH:MM\"", "time must look like \"HH:MM\""));
                ok = false;
            }
        };
        if (auto* n = tbl->get("window")) {
            auto* arr = n->as_array();
            if (!arr || arr->size() != 2) {
                diags.error(pos(*n), tr("window phải là [\"HH:MM\", \"HH:MM\"]", "window must be [\"HH:MM\", \"HH:MM\"]"));
                ok = false;
            } else {
                timeOf(arr->get(0), t.windowStartMin);
                timeOf(arr->get(1), t.windowEndMin);
            }
        }
        if (auto* n = tbl->get("start")) timeOf(n, t.windowStartMin);
        if (auto* n = tbl->get("end")) timeOf(n, t.windowEndMin);
        for (const char* key : {"from", "to"}) {
            auto* n = tbl->get(key);
            if (!n) continue;
            std::string text;
            if (auto v = n->value<std::string>()) text = *v;
            else if (auto d = n->value<toml::date>()) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
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
        if (ok) out.push_back(std::move(t));
    }
    return out;
}

} // namespace signage::playlog
