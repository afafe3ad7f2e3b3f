// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/PlayRecords.h"

#include <map>

#include "core/Clock.h"
#include "core/Json.h"
#include "playlog/BoxKey.h"

namespace signage::playlog {

std::vector<PlayRecord> playRecords(AuditDb& db, const Filter& f) {
    std::vector<PlayRecord> out;
    auto& sql = db.database();
    std::map<std::int64_t, std::pair<std::string, std::string>> logs; // id -> (box, uid hex)
    {
        auto st = sql.prepare("SELECT id, box_id, log_uid FROM logs");
        while (st.step()) {
            auto uid = st.columnBlob(2);
            logs[st.columnInt(0)] = {st.columnText(1), toHex(std::span<const std::uint8_t>(uid.data(), uid.size()))};
        }
    }
    std::string where;
    if (f.box) {
        auto ids = db.logsOfBox(*f.box);
        if (ids.empty()) return out;
        for (size_t i = 0; i < ids.size(); ++i) where += (i ? "," : "") + std::to_string(ids[i]);
        where = " WHERE log IN (" + where + ")";
    }
    std::optional<std::int64_t> site;
    if (f.site) {
        site = db.nameId(*f.site);
        if (!site) return out;
    }
    auto st = sql.prepare("SELECT log, seq, boot, wall_ms, mono_ms, synced, site, bundle, playlist, item, media_hash, "
                          "rule, interrupt, end_wall_ms, "
                          "end_mono_ms, end_synced, played_ms, outcome, reason, trust, end_seq FROM plays" +
                          where + " ORDER BY log, seq");
    while (st.step()) {
        if (site && st.columnInt(6) != *site) continue;
        auto anchor = db.anchor(st.columnInt(2));
        Dated start = dateRow(st.columnInt(3), st.columnInt(4), st.columnInt(5) != 0, anchor);
        LocalTime lt = localTime(start.ms, db.utcOffsetMin());
        if (lt.day < f.fromDay || lt.day > f.toDay) continue;
        PlayRecord r;
        auto& log = logs[st.columnInt(0)];
        r.playId = log.second + "-" + std::to_string(st.columnInt(1));
        r.frameId = log.first;
        r.site = db.label(Dim::Site, st.columnInt(6));
        r.bundle = db.label(Dim::Site, st.columnInt(7)); // names share one table
        r.playlist = db.label(Dim::Playlist, st.columnInt(8));
        r.item = db.label(Dim::Item, st.columnInt(9));
        r.itemTitle = db.itemTitle(r.item);
        r.mediaHash = db.label(Dim::Site, st.columnInt(10));
        r.scheduleRule = db.label(Dim::Site, st.columnInt(11));
        if (r.mediaHash == "?") r.mediaHash.clear();
        if (r.scheduleRule == "?") r.scheduleRule.clear();
        r.interrupt = st.columnInt(12) != 0;
        r.startMs = start.ms;
        r.unsynced = start.unsynced;
        r.redated = start.redated;
        if (!st.columnIsNull(20)) {
            r.endMs = dateRow(st.columnInt(13), st.columnInt(14), st.columnInt(15) != 0, anchor).ms;
            r.durationMs = st.columnIsNull(16) ? std::max<std::int64_t>(0, *r.endMs - r.startMs) : st.columnInt(16);
        }
        r.outcome = static_cast<Outcome>(st.columnInt(17));
        r.reason = st.columnIsNull(18) ? std::string() : st.columnText(18);
        r.untrusted = static_cast<std::uint8_t>(st.columnInt(19));
        out.push_back(std::move(r));
    }
    return out;
}

namespace {

std::string utc(std::int64_t ms) {
    std::string s = core::formatIsoTime(ms, 0); // "…+00:00"
    if (s.size() > 6 && s.compare(s.size() - 6, 6, "+00:00") == 0) s.replace(s.size() - 6, 6, "Z");
    return s;
}

const char* clockOf(const PlayRecord& r) { return r.redated ? "redated" : r.unsynced ? "unsynced" : "synced"; }

struct Field {
    const char* name;
    std::string value;
    bool quoted; // JSON string (else a number, boolean or null)
};

std::vector<Field> fields(const PlayRecord& r, int offset) {
    auto opt = [](const std::optional<std::string>& v) { return v ? *v : std::string(); };
    std::optional<std::string> endLocal, endUtc;
    if (r.endMs) {
        endLocal = core::formatIsoTime(*r.endMs, offset);
        endUtc = utc(*r.endMs);
    }
    return {
        {"play_id", r.playId, true},
        {"frame_id", r.frameId, true},
        {"site", r.site, true},
        {"creative_id", r.item, true},
        {"creative_title", r.itemTitle, true},
        {"playlist", r.playlist, true},
        {"bundle", r.bundle, true},
        {"media_sha256", r.mediaHash, true},
        {"start_time", core::formatIsoTime(r.startMs, offset), true},
        {"end_time", opt(endLocal), static_cast<bool>(endLocal)},
        {"start_time_utc", utc(r.startMs), true},
        {"end_time_utc", opt(endUtc), static_cast<bool>(endUtc)},
        {"duration_ms", std::to_string(r.durationMs), false},
        {"outcome", std::string(outcomeName(r.outcome)), true},
        {"counted", r.untrusted == 0 ? "true" : "false", false},
        {"not_counted_reason", r.untrusted ? untrustedLabel(r.untrusted) : std::string(), true},
        {"interrupt", r.interrupt ? "true" : "false", false},
        {"clock", clockOf(r), true},
    };
}

} // namespace

void writePlayRecordsCsv(std::ostream& out, const std::vector<PlayRecord>& plays, int utcOffsetMin) {
    out << "\xEF\xBB\xBF";
    auto field = [](const std::string& s) {
        if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    auto head = fields(PlayRecord{}, utcOffsetMin);
    for (size_t i = 0; i < head.size(); ++i) out << (i ? "," : "") << head[i].name;
    out << "\r\n";
    for (const auto& r : plays) {
        auto fs = fields(r, utcOffsetMin);
        for (size_t i = 0; i < fs.size(); ++i) out << (i ? "," : "") << field(fs[i].value);
        out << "\r\n";
    }
}

void writePlayRecordsJson(std::ostream& out, const std::vector<PlayRecord>& plays, int utcOffsetMin) {
    out << "[";
    for (size_t p = 0; p < plays.size(); ++p) {
        out << (p ? ",\n" : "\n") << "{";
        auto fs = fields(plays[p], utcOffsetMin);
        for (size_t i = 0; i < fs.size(); ++i) {
            out << (i ? "," : "") << "\"" << fs[i].name << "\":";
            if (fs[i].quoted) out << core::jsonQuote(fs[i].value);
            else out << (fs[i].value.empty() ? "null" : fs[i].value);
        }
        out << "}";
    }
    out << "\n]\n";
}

} // namespace signage::playlog
