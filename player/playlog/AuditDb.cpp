// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/AuditDb.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/Lang.h"
#include "playlog/Rollup.h"
#include "playlog/Schema.h"

namespace signage::playlog {

using core::tr;

namespace {
constexpr std::string_view kDimNames[] = {"day", "hour", "box", "site", "playlist", "item"};
constexpr const char* kDimCols[] = {"day", "hour", "log", "site", "playlist", "item"};

std::string logList(const std::vector<std::int64_t>& logs) {
    std::string s;
    for (auto l : logs) s += (s.empty() ? "" : ",") + std::to_string(l);
    return s;
}
} // namespace

std::string_view dimName(Dim d) { return kDimNames[static_cast<int>(d)]; }

bool parseDim(std::string_view text, Dim& out) {
    for (int i = 0; i < 6; ++i) {
        if (kDimNames[i] == text) {
            out = static_cast<Dim>(i);
            return true;
        }
    }
    return false;
}

void Totals::add(const Totals& o) {
    plays += o.plays;
    for (size_t i = 0; i < byOutcome.size(); ++i) byOutcome[i] += o.byOutcome[i];
    playedMs += o.playedMs;
    interrupts += o.interrupts;
    unsynced += o.unsynced;
    redated += o.redated;
}

AuditDb AuditDb::open(const std::filesystem::path& file, int utcOffsetMin, const ProgressFn& progress) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw std::runtime_error(file.string() + ": " + tr("không có tệp sổ phát", "no such play-log file"));
    AuditDb a;
    a._offset = utcOffsetMin;
    {
        db::Database probe(file, db::Database::Mode::ReadOnly);
        int version = 0;
        try {
            version = schemaVersion(probe);
        } catch (const db::DbError&) {
        }
        if (version < 1) throw std::runtime_error(file.string() + ": " + tr("không phải sổ phát", "not a play log"));
        if (version > kSchemaVersion) migrate(probe); // throws: newer than this program
        auto st = probe.prepare("SELECT value FROM meta WHERE key='role'");
        a._role = st.step() ? st.columnText(0) : "box";
    }
    // Exports are signed evidence on someone's USB stick: never write to them.
    bool temporary = a._role == "export";
    if (!temporary) {
        a._db.emplace(file);
        if (a._db->isReadOnly()) temporary = true;
        else migrate(*a._db);
    } else {
        a._db.emplace(file, db::Database::Mode::ReadOnly);
    }
    if (temporary) {
        readOlderSchema(*a._db);
        useTemporaryRollup(*a._db);
    }
    refreshRollup(*a._db, utcOffsetMin, temporary, progress);
    a.load();
    return a;
}

void AuditDb::load() {
    auto& db = *_db;
    {
        auto st = db.prepare("SELECT id, text FROM names");
        while (st.step()) {
            _names[st.columnInt(0)] = st.columnText(1);
            _nameIds[st.columnText(1)] = st.columnInt(0);
        }
    }
    std::vector<std::pair<std::int64_t, std::string>> logs;
    {
        auto st = db.prepare("SELECT id, box_id FROM logs");
        while (st.step()) logs.emplace_back(st.columnInt(0), st.columnText(1));
    }
    for (auto& [id, box] : logs) _boxes.push_back(box);
    std::sort(_boxes.begin(), _boxes.end());
    _boxes.erase(std::unique(_boxes.begin(), _boxes.end()), _boxes.end());
    for (auto& [id, box] : logs)
        _logBox[id] = std::lower_bound(_boxes.begin(), _boxes.end(), box) - _boxes.begin();
    auto st = db.prepare("SELECT boot, offset_ms FROM rollup_boots");
    while (st.step()) _anchors[st.columnInt(0)] = st.columnInt(1);
}

std::string AuditDb::label(Dim d, std::int64_t v) const {
    switch (d) {
    case Dim::Day: return formatDay(v);
    case Dim::Hour: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(v));
        return buf;
    }
    case Dim::Box: return v >= 0 && v < static_cast<std::int64_t>(_boxes.size()) ? _boxes[v] : "?";
    default: {
        auto it = _names.find(v);
        return it == _names.end() ? "?" : it->second;
    }
    }
}

std::string AuditDb::title(Dim d, std::int64_t v) const {
    std::string id = label(d, v);
    if (d == Dim::Item) return itemTitle(id);
    if (d == Dim::Playlist) return playlistTitle(id);
    return id;
}

void AuditDb::setTitles(std::map<std::string, std::string> items, std::map<std::string, std::string> playlists) {
    _itemTitles = std::move(items);
    _playlistTitles = std::move(playlists);
}

std::string AuditDb::itemTitle(const std::string& id) const {
    auto it = _itemTitles.find(id);
    return it == _itemTitles.end() || it->second.empty() ? id : it->second;
}

std::string AuditDb::playlistTitle(const std::string& id) const {
    auto it = _playlistTitles.find(id);
    return it == _playlistTitles.end() || it->second.empty() ? id : it->second;
}

std::vector<std::string> AuditDb::boxIds() const { return _boxes; }

std::optional<std::int64_t> AuditDb::nameId(const std::string& text) const {
    auto it = _nameIds.find(text);
    if (it == _nameIds.end()) return std::nullopt;
    return it->second;
}

std::optional<std::int64_t> AuditDb::anchor(std::int64_t boot) const {
    auto it = _anchors.find(boot);
    if (it == _anchors.end()) return std::nullopt;
    return it->second;
}

std::int64_t AuditDb::boxIndexOfLog(std::int64_t log) const {
    auto it = _logBox.find(log);
    return it == _logBox.end() ? -1 : it->second;
}

std::vector<std::int64_t> AuditDb::logsOfBox(const std::string& boxId) const {
    std::vector<std::int64_t> out;
    for (auto& [log, idx] : _logBox)
        if (_boxes[idx] == boxId) out.push_back(log);
    std::sort(out.begin(), out.end());
    return out;
}

Groups AuditDb::aggregate(const Filter& f, const std::vector<Dim>& dims) {
    Groups out;
    if (dims.size() > 3) throw std::invalid_argument("aggregate: at most three dimensions");
    std::vector<std::int64_t> logs;
    if (f.box) {
        logs = logsOfBox(*f.box);
        if (logs.empty()) return out;
    } else {
        for (auto& [log, idx] : _logBox) logs.push_back(log);
        std::sort(logs.begin(), logs.end());
    }
    std::optional<std::int64_t> site;
    if (f.site) {
        site = nameId(*f.site);
        if (!site) return out;
    }
    std::string cols;
    for (size_t i = 0; i < 3; ++i) cols += (i < dims.size() ? std::string(kDimCols[static_cast<int>(dims[i])]) : "0") + ", ";
    std::string where = " WHERE day BETWEEN ?1 AND ?2";
    if (f.box) where += " AND log IN (" + logList(logs) + ")";
    if (site) where += " AND site=?3";
    // The smallest table that has the columns: reports without the hour read the daily
    // totals; by hour without playlist or item, the hourly totals without content.
    auto has = [&](Dim d) { return std::find(dims.begin(), dims.end(), d) != dims.end(); };
    std::string table = !has(Dim::Hour) ? "rollup_day" : (has(Dim::Item) || has(Dim::Playlist)) ? "rollup" : "rollup_hour";
    std::string group;
    for (size_t i = 0; i < dims.size(); ++i) group += std::string(kDimCols[static_cast<int>(dims[i])]) + ", ";
    auto st = _db->prepare("SELECT " + cols +
                           "outcome, sum(plays), sum(played_ms), sum(unsynced), sum(redated), "
                           "sum(CASE WHEN interrupt THEN plays ELSE 0 END) FROM " + table +
                           where + " GROUP BY " + group + "outcome");
    st.bind(1, f.fromDay).bind(2, f.toDay);
    if (site) st.bind(3, *site);

    auto keyOf = [&](std::int64_t a, std::int64_t b, std::int64_t c) {
        GroupKey k{a, b, c};
        for (size_t i = 0; i < dims.size(); ++i)
            if (dims[i] == Dim::Box) k[i] = boxIndexOfLog(k[i]);
        return k;
    };
    while (st.step()) {
        Totals t;
        std::int64_t outcome = st.columnInt(3);
        t.plays = st.columnInt(4);
        if (outcome >= 0 && outcome < kOutcomeCount) t.byOutcome[static_cast<size_t>(outcome)] = t.plays;
        t.playedMs = st.columnInt(5);
        t.unsynced = st.columnInt(6);
        t.redated = st.columnInt(7);
        t.interrupts = st.columnInt(8);
        out[keyOf(st.columnInt(0), st.columnInt(1), st.columnInt(2))].add(t);
    }

    // The live tail: plays after each log's rollup cursor (normally the ones playing now).
    auto tail = _db->prepare("SELECT p.boot, p.wall_ms, p.mono_ms, p.synced, p.site, p.playlist, p.item, p.outcome, "
                             "p.interrupt, p.played_ms FROM plays p WHERE p.log=?1 AND p.seq > ?2 AND p.trust=0");
    auto cursor = _db->prepare("SELECT plays_upto FROM rollup_state WHERE log=?1");
    for (auto log : logs) {
        cursor.bind(1, log);
        std::int64_t upto = cursor.step() ? cursor.columnInt(0) : 0;
        cursor.reset();
        tail.bind(1, log).bind(2, upto);
        while (tail.step()) {
            if (site && tail.columnInt(4) != *site) continue;
            Dated d = dateRow(tail.columnInt(1), tail.columnInt(2), tail.columnInt(3) != 0, anchor(tail.columnInt(0)));
            LocalTime lt = localTime(d.ms, _offset);
            if (lt.day < f.fromDay || lt.day > f.toDay) continue;
            std::int64_t vals[6] = {lt.day, lt.hour, log, tail.columnInt(4), tail.columnInt(5), tail.columnInt(6)};
            std::int64_t k[3] = {0, 0, 0};
            for (size_t i = 0; i < dims.size(); ++i) k[i] = vals[static_cast<int>(dims[i])];
            Totals t;
            t.plays = 1;
            std::int64_t outcome = tail.columnInt(7);
            if (outcome >= 0 && outcome < kOutcomeCount) t.byOutcome[static_cast<size_t>(outcome)] = 1;
            t.playedMs = tail.columnIsNull(9) ? 0 : tail.columnInt(9);
            t.unsynced = d.unsynced;
            t.redated = d.redated;
            t.interrupts = tail.columnInt(8) != 0;
            out[keyOf(k[0], k[1], k[2])].add(t);
        }
        tail.reset();
    }
    return out;
}

std::optional<std::string> AuditDb::boxWhere(const Filter& f) const {
    if (!f.box) return std::string();
    auto logs = logsOfBox(*f.box);
    if (logs.empty()) return std::nullopt;
    return " WHERE log IN (" + logList(logs) + ")";
}

bool AuditDb::inRange(const Filter& f, std::int64_t wallMs, std::int64_t monoMs, bool synced, std::int64_t boot) const {
    LocalTime lt = localTime(dateRow(wallMs, monoMs, synced, anchor(boot)).ms, _offset);
    return lt.day >= f.fromDay && lt.day <= f.toDay;
}

std::set<std::int64_t> AuditDb::boxesAtSite(const std::string& site) {
    Filter ever;
    ever.site = site;
    ever.fromDay = std::numeric_limits<std::int32_t>::min();
    ever.toDay = std::numeric_limits<std::int32_t>::max();
    std::set<std::int64_t> out;
    for (auto& [k, t] : aggregate(ever, {Dim::Box})) out.insert(k[0]);
    return out;
}

std::vector<DatedEvent> AuditDb::events(const Filter& f) {
    std::vector<DatedEvent> out;
    auto where = boxWhere(f);
    if (!where) return out;
    std::optional<std::set<std::int64_t>> siteBoxes; // events carry no site
    if (f.site) siteBoxes = boxesAtSite(*f.site);
    std::string sql = "SELECT log, boot, wall_ms, mono_ms, synced, kind, detail, value FROM events" + *where;
    sql += " ORDER BY log, boot, mono_ms, seq"; // a boot's rows in monotonic order, whatever the wall clock said
    auto st = _db->prepare(sql);
    while (st.step()) {
        if (siteBoxes && !siteBoxes->count(boxIndexOfLog(st.columnInt(0)))) continue;
        Dated d = dateRow(st.columnInt(2), st.columnInt(3), st.columnInt(4) != 0, anchor(st.columnInt(1)));
        LocalTime lt = localTime(d.ms, _offset);
        if (lt.day < f.fromDay || lt.day > f.toDay) continue;
        out.push_back(DatedEvent{_boxes[static_cast<size_t>(boxIndexOfLog(st.columnInt(0)))], d, st.columnText(5),
                                 st.columnText(6), st.columnInt(7)});
    }
    return out;
}

std::map<std::uint8_t, std::int64_t> AuditDb::untrusted(const Filter& f) {
    std::map<std::uint8_t, std::int64_t> out;
    auto where = boxWhere(f);
    if (!where) return out;
    std::optional<std::int64_t> site;
    if (f.site && !(site = nameId(*f.site))) return out;
    std::string sql = "SELECT boot, wall_ms, mono_ms, synced, site, trust FROM plays" + *where;
    sql += where->empty() ? " WHERE trust!=0" : " AND trust!=0";
    auto st = _db->prepare(sql);
    while (st.step()) {
        if (site && st.columnInt(4) != *site) continue;
        if (!inRange(f, st.columnInt(1), st.columnInt(2), st.columnInt(3) != 0, st.columnInt(0))) continue;
        ++out[static_cast<std::uint8_t>(st.columnInt(5))];
    }
    return out;
}

TouchTotals AuditDb::touchChecks(const Filter& f) {
    TouchTotals out;
    auto where = boxWhere(f);
    if (!where) return out;
    auto st = _db->prepare("SELECT boot, wall_ms, mono_ms, synced, input_kind, verdict, tactic FROM touch_checks" + *where);
    while (st.step()) {
        if (!inRange(f, st.columnInt(1), st.columnInt(2), st.columnInt(3) != 0, st.columnInt(0))) continue;
        ++out.checks;
        ++out.byKind[st.columnText(4)];
        ++out.byVerdict[st.columnText(5)];
        if (std::string tactic = st.columnText(6); !tactic.empty()) ++out.byTactic[tactic];
    }
    return out;
}

} // namespace signage::playlog
