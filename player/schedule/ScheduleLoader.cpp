// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleLoader.h"

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "core/Lang.h"
#include "core/Suggest.h"
#include "core/TomlTable.h"
#include "core/Utf8.h"
#include "schedule/ScheduleText.h"

namespace signage::schedule {
namespace {

using core::tr;

// Walks one parsed file; every check reports through _diags with the node's position.
class Reader {
public:
    Reader(std::string file, core::Diagnostics& diags) : _file(std::move(file)), _src{_file, _file}, _diags(diags) {}

    SourcePos pos(const toml::source_region& r) const {
        return {_file, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
    }
    SourcePos pos(const toml::node& n) const { return pos(n.source()); }
    void error(const SourcePos& p, std::string msg) { _diags.error(p, std::move(msg)); }
    void warning(const SourcePos& p, std::string msg) { _diags.warning(p, std::move(msg)); }

    // Unknown keys are errors with "did you mean" (core::TomlTable, UnknownKeys::Error). An
    // entry with one is left out: a misspelt "windows" or "to" would otherwise make a rule
    // apply all day, every day. `where` is "[[rules]]" and the like, or "" for the top level.
    bool checkKeys(const toml::table& t, const std::vector<std::string>& known, std::string_view where) {
        std::string table = where.size() > 2 ? std::string(where.substr(1, where.size() - 2)) : std::string();
        core::TomlTable r(t, _src, _diags, std::move(table), core::TomlTable::UnknownKeys::Error);
        return r.rejectUnknownKeys(known) == 0;
    }

    // Wrong types are reported by the shared reader ("id: expected a string, found an integer").
    bool getString(const toml::table& t, std::string_view key, std::string& out, SourcePos* where = nullptr) {
        const toml::node* n = t.get(key);
        if (!n) return false;
        if (where) *where = pos(*n);
        core::TomlTable r(t, _src, _diags);
        auto v = r.string(key); // NFC
        if (!v) return false;
        out = *v;
        return true;
    }

    bool getInt(const toml::table& t, std::string_view key, std::int64_t& out, SourcePos* where = nullptr) {
        const toml::node* n = t.get(key);
        if (!n) return false;
        if (where) *where = pos(*n);
        core::TomlTable r(t, _src, _diags);
        auto v = r.integer(key);
        if (!v) return false;
        out = *v;
        return true;
    }

    // A date as a TOML date (2025-08-02) or a string ("2025-08-02").
    bool getDate(const toml::table& t, std::string_view key, std::optional<Day>& out, SourcePos* where) {
        const toml::node* n = t.get(key);
        if (!n) return true;
        if (where && where->line == 0) *where = pos(*n);
        if (auto d = n->as_date()) {
            auto v = d->get();
            if (v.month < 1 || v.month > 12 || v.day < 1 || v.day > daysInMonth(v.year, v.month)) {
                error(pos(*n), tr("ngày không hợp lệ", "invalid date"));
                return false;
            }
            out = daysFromCivil(v.year, v.month, v.day);
            return true;
        }
        Day day = 0;
        if (n->is_string() && parseDate(n->as_string()->get(), day)) {
            out = day;
            return true;
        }
        error(pos(*n), "\"" + std::string(key) +
                           tr("\" phải là một ngày, ví dụ 2025-08-02", "\" must be a date such as 2025-08-02"));
        return false;
    }

    bool readDays(const toml::table& t, DayFilter& f, SourcePos& datesPos) {
        bool ok = getDate(t, "from", f.from, &datesPos);
        ok = getDate(t, "to", f.to, &datesPos) && ok;
        if (f.from && f.to && *f.from > *f.to) {
            error(datesPos, tr("khoảng ngày rỗng: \"from\" ", "empty date range: \"from\" ") + formatDate(*f.from) +
                                tr(" sau \"to\" ", " is after \"to\" ") + formatDate(*f.to));
            ok = false;
        }
        if (const toml::node* n = t.get("weekdays")) {
            std::uint8_t mask = 0;
            auto add = [&](const toml::node& w) {
                if (!w.is_string()) {
                    error(pos(w), tr("thứ trong tuần phải là chuỗi như \"mon\" hoặc \"t2\"",
                                     "a weekday must be a string such as \"mon\" or \"t2\""));
                    return false;
                }
                auto m = parseWeekdayWord(w.as_string()->get());
                if (!m) {
                    std::string word = w.as_string()->get();
                    error(pos(w), tr("thứ không biết \"", "unknown weekday \"") + word + "\"" +
                                      core::didYouMean(word, weekdayWords()));
                    return false;
                }
                mask |= *m;
                return true;
            };
            if (auto arr = n->as_array()) {
                for (auto&& w : *arr) ok = add(w) && ok;
                if (arr->empty()) {
                    error(pos(*n), tr("\"weekdays\" rỗng: quy tắc không bao giờ áp dụng",
                                      "\"weekdays\" is empty: this never applies"));
                    ok = false;
                }
            } else {
                ok = add(*n) && ok;
            }
            f.weekdays = mask;
        }
        return ok;
    }

    bool readWindow(const toml::node& n, Window& w) {
        w.pos = pos(n);
        if (!n.is_string()) {
            error(pos(n), tr("khung giờ phải là chuỗi như \"05:30-07:30\"",
                             "a time window must be a string such as \"05:30-07:30\""));
            return false;
        }
        std::string why;
        if (!parseWindowText(n.as_string()->get(), w.startMin, w.endMin, &why)) {
            error(pos(n), why);
            return false;
        }
        return true;
    }

    bool readWindows(const toml::table& t, std::vector<Window>& out, SourcePos& where) {
        const toml::node* n = t.get("windows");
        if (!n) return true;
        where = pos(*n);
        bool ok = true;
        if (auto arr = n->as_array()) {
            if (arr->empty()) {
                error(pos(*n), tr("\"windows\" rỗng (bỏ khóa này để áp dụng cả ngày)",
                                  "\"windows\" is empty (leave the key out for the whole day)"));
                return false;
            }
            for (auto&& e : *arr) {
                Window w;
                if (readWindow(e, w)) out.push_back(w);
                else ok = false;
            }
        } else {
            Window w;
            if (readWindow(*n, w)) out.push_back(w);
            else ok = false;
        }
        return ok;
    }

    std::optional<Rule> readRule(const toml::table& t, size_t index) {
        static const std::vector<std::string> kKeys = {"id",       "name",     "playlist", "from",  "to",
                                                       "weekdays", "windows",  "priority", "weight"};
        bool ok = checkKeys(t, kKeys, "[[rules]]");
        Rule r;
        r.pos = pos(t);
        r.id = "rule-" + std::to_string(index + 1);
        getString(t, "id", r.id);
        getString(t, "name", r.name);
        if (!getString(t, "playlist", r.playlist, &r.playlistPos)) {
            if (!t.get("playlist"))
                error(r.pos, tr("quy tắc \"", "rule \"") + r.id +
                                 tr("\" thiếu \"playlist\" (khung giờ không có danh sách phát)",
                                    "\" has no \"playlist\" (a window with nothing to play)"));
            ok = false;
        }
        ok = readDays(t, r.days, r.datesPos) && ok;
        ok = readWindows(t, r.windows, r.windowsPos) && ok;
        std::int64_t prio = 0;
        SourcePos pp;
        if (getInt(t, "priority", prio, &pp)) {
            if (prio < -1000000 || prio > 1000000) {
                error(pp, tr("\"priority\" ngoài khoảng -1000000..1000000", "\"priority\" outside -1000000..1000000"));
                ok = false;
            }
            r.priority = static_cast<int>(prio);
        } else if (t.get("priority")) {
            ok = false;
        }
        if (const toml::node* n = t.get("weight")) {
            auto v = n->value<double>();
            if (!v || !std::isfinite(*v) || *v <= 0 || *v > 1e6) {
                error(pos(*n), tr("\"weight\" phải là số dương", "\"weight\" must be a positive number"));
                ok = false;
            } else {
                r.weight = *v;
                r.weightGiven = true;
            }
        }
        if (!ok) return std::nullopt;
        return r;
    }

    std::optional<Target> readTarget(const toml::table& t, size_t index) {
        static const std::vector<std::string> kKeys = {"id", "name", "playlist", "item",    "times",
                                                       "window", "from", "to",   "weekdays"};
        bool ok = checkKeys(t, kKeys, "[[targets]]");
        Target g;
        g.pos = pos(t);
        g.id = "target-" + std::to_string(index + 1);
        getString(t, "id", g.id);
        getString(t, "name", g.name);
        if (!getString(t, "playlist", g.playlist, &g.playlistPos)) {
            if (!t.get("playlist"))
                error(g.pos, tr("chỉ tiêu \"", "target \"") + g.id + tr("\" thiếu \"playlist\"", "\" has no \"playlist\""));
            ok = false;
        }
        if (t.get("item") && !getString(t, "item", g.item, &g.itemPos)) ok = false;
        std::int64_t times = 1;
        if (getInt(t, "times", times, &g.timesPos)) {
            if (times < 1 || times > 100000) {
                error(g.timesPos, tr("\"times\" phải từ 1 trở lên", "\"times\" must be 1 or more"));
                ok = false;
            }
            g.times = static_cast<int>(times);
        } else if (t.get("times")) {
            ok = false;
        }
        if (const toml::node* n = t.get("window")) {
            ok = readWindow(*n, g.window) && ok;
        } else {
            error(g.pos, tr("chỉ tiêu \"", "target \"") + g.id +
                             tr("\" thiếu \"window\" (ví dụ \"05:30-07:30\")", "\" has no \"window\" (e.g. \"05:30-07:30\")"));
            ok = false;
        }
        SourcePos datesPos;
        ok = readDays(t, g.days, datesPos) && ok;
        if (!ok) return std::nullopt;
        return g;
    }

    std::optional<DisplayBlock> readDisplay(const toml::table& t) {
        static const std::vector<std::string> kKeys = {"windows", "from", "to", "weekdays"};
        bool ok = checkKeys(t, kKeys, "[[display]]");
        DisplayBlock d;
        d.pos = pos(t);
        SourcePos windowsPos, datesPos;
        ok = readWindows(t, d.windows, windowsPos) && ok;
        ok = readDays(t, d.days, datesPos) && ok;
        if (!ok) return std::nullopt;
        return d;
    }

    // [[name]] arrays of tables; a lone [name] table is accepted as one entry.
    template <class F>
    void eachTable(const toml::table& root, std::string_view key, F&& f) {
        const toml::node* n = root.get(key);
        if (!n) return;
        if (auto tbl = n->as_table()) {
            f(*tbl, 0);
            return;
        }
        auto arr = n->as_array();
        if (!arr) {
            error(pos(*n), "\"" + std::string(key) + tr("\" phải là [[", "\" must be written as [[") + std::string(key) + "]]");
            return;
        }
        size_t i = 0;
        for (auto&& e : *arr) {
            if (auto tbl = e.as_table()) f(*tbl, i);
            else error(pos(e), "\"" + std::string(key) + tr("\" phải là [[", "\" must be written as [[") + std::string(key) + "]]");
            ++i;
        }
    }

    Schedule read(const toml::table& root) {
        static const std::vector<std::string> kKeys = {"timezone", "default_playlist", "rules", "targets", "display"};
        checkKeys(root, kKeys, "");
        Schedule s;
        s.file = _file;
        getString(root, "timezone", s.timezone, &s.timezonePos);
        getString(root, "default_playlist", s.defaultPlaylist, &s.defaultPlaylistPos);
        std::set<std::string> ruleIds, targetIds;
        eachTable(root, "rules", [&](const toml::table& t, size_t i) {
            if (auto r = readRule(t, i)) {
                if (!ruleIds.insert(r->id).second)
                    error(r->pos, tr("trùng id quy tắc \"", "duplicate rule id \"") + r->id + "\"");
                else
                    s.rules.push_back(std::move(*r));
            }
        });
        eachTable(root, "targets", [&](const toml::table& t, size_t i) {
            if (auto g = readTarget(t, i)) {
                if (!targetIds.insert(g->id).second)
                    error(g->pos, tr("trùng id chỉ tiêu \"", "duplicate target id \"") + g->id + "\"");
                else
                    s.targets.push_back(std::move(*g));
            }
        });
        eachTable(root, "display", [&](const toml::table& t, size_t) {
            if (auto d = readDisplay(t)) s.display.push_back(std::move(*d));
        });
        return s;
    }

private:
    std::string _file;
    core::TomlSource _src;
    core::Diagnostics& _diags;
};

} // namespace

std::optional<Schedule> parseSchedule(std::string_view text, const std::string& fileName, core::Diagnostics& diags) {
    auto root = core::parseToml(text, core::TomlSource{fileName, fileName}, diags); // syntax errors at line:col
    if (!root) return std::nullopt;
    Reader reader(fileName, diags);
    return reader.read(*root);
}

std::optional<Schedule> loadSchedule(const std::filesystem::path& file, core::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({file.string(), 0, 0}, tr("không đọc được tệp", "cannot read the file"));
        return std::nullopt;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    return parseSchedule(buf.str(), file.string(), diags);
}

} // namespace signage::schedule
