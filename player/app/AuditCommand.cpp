// SPDX-License-Identifier: GPL-3.0-or-later
// `signage audit summary|report|quota|export-plays|verify|export|checkpoint|merge|cosign`: the ward office's view of
// the proof-of-play log (player/playlog). Results go to stdout (or --out), progress and
// human messages to stderr. Exit codes: 0 ok, 1 verification failed / export refused /
// targets invalid, 2 usage, 3 runtime failure.
#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/Commands.h"
#include "app/Config.h"
#include "app/StickReport.h"
#include "content/CatalogLoader.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Lang.h"
#include "core/Paths.h"
#include "db/Database.h"
#include "playlog/AuditDb.h"
#include "playlog/Cosigned.h"
#include "playlog/Export.h"
#include "playlog/HtmlReport.h"
#include "playlog/Merge.h"
#include "playlog/PlayRecords.h"
#include "playlog/Progress.h"
#include "playlog/Quota.h"
#include "playlog/ReportTable.h"
#include "playlog/Verifier.h"

namespace signage::app {

namespace {

using core::tr;
namespace pl = playlog;

/// Options shared by the audit subcommands (each subcommand registers the ones it uses).
struct AuditOptions {
    std::string dataDir;
    std::string db;          // a box log, an export or an audit database
    std::string now;         // ISO time standing in for "now" (tests, reruns)
    std::string utcOffset = "+07:00";
    std::string from, to;
    std::string by = "day";
    std::string format = "table";
    std::string out;
    std::string box, site;
    std::string targets;
    std::string content; // a content dir: titles of items and playlists for the reports
    std::string into;
    std::string trustedKeys;
    std::string officeKey, officeName = "office"; // the office's cosigning key (created when missing)
    std::string office;                           // verify: the office store to check against
    std::string cosignedDir;   // merge/cosign: where the cosigned notes go (default: beside each export)
    std::string stick, config; // checkpoint: the stick of this visit (its cosignatures come in first), signage.toml
    std::vector<std::string> files;
    bool json = false;
    bool allowBroken = false; // report figures of a file that does not verify (with a warning)
};

using core::jsonQuote;

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::filesystem::path dataDir(const AuditOptions& o) {
    return o.dataDir.empty() ? core::defaultDataDir() : std::filesystem::path(o.dataDir);
}
std::filesystem::path logFile(const AuditOptions& o) {
    return o.db.empty() ? dataDir(o) / "playlog.sqlite" : std::filesystem::path(o.db);
}

int parseOffset(const std::string& text) {
    // "+07:00", "-03:30", "+7"
    if (text.size() >= 2 && (text[0] == '+' || text[0] == '-')) {
        int h = 0, m = 0;
        if (std::sscanf(text.c_str() + 1, "%d:%d", &h, &m) >= 1 && h <= 14 && m < 60) return (text[0] == '-' ? -1 : 1) * (h * 60 + m);
    }
    throw UsageError("--utc-offset: " + tr("cần dạng +07:00", "expected a form like +07:00") + " (" + text + ")");
}

std::int64_t nowMs(const AuditOptions& o) {
    if (o.now.empty()) return core::RealClock().wallNow();
    core::WallMs ms = 0;
    if (!core::parseIsoTime(o.now, ms)) throw UsageError("--now: " + tr("thời gian không hợp lệ: ", "invalid time: ") + o.now);
    return ms;
}

/// --from/--to as local days; defaults: the last `defaultDays` days up to today.
pl::Filter filterOf(const AuditOptions& o, int offset, std::int64_t defaultDays) {
    pl::Filter f;
    std::int64_t today = pl::localTime(nowMs(o), offset).day;
    f.toDay = today;
    f.fromDay = today - defaultDays + 1;
    if (!o.from.empty() && !pl::parseDay(o.from, f.fromDay, offset))
        throw UsageError("--from: " + tr("ngày không hợp lệ: ", "invalid date: ") + o.from);
    if (!o.to.empty() && !pl::parseDay(o.to, f.toDay, offset))
        throw UsageError("--to: " + tr("ngày không hợp lệ: ", "invalid date: ") + o.to);
    if (o.to.empty() && !o.from.empty() && f.toDay < f.fromDay) f.toDay = f.fromDay;
    if (f.toDay < f.fromDay) throw UsageError(tr("--to đứng trước --from", "--to is before --from"));
    if (f.toDay - f.fromDay > 3660) throw UsageError(tr("khoảng thời gian quá dài (tối đa 10 năm)", "period too long (10 years at most)"));
    if (!o.box.empty()) f.box = o.box;
    if (!o.site.empty()) f.site = o.site;
    return f;
}

struct Refusal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Reports verify first, always: a file whose chains or signatures do not hold is
/// refused (exit 1) unless --allow-broken, and then every figure comes with a warning.
/// What the witness found, as report lines ("[box-1] new log id …"), from openDb.
struct WitnessLines {
    std::vector<std::string> lines;
};

pl::AuditDb openDb(const AuditOptions& o, int offset, WitnessLines* witness = nullptr) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(logFile(o), ec)) // nothing to verify: a runtime failure, as before
        throw std::runtime_error(logFile(o).string() + ": " + tr("không có tệp sổ phát", "no such play-log file"));
    pl::FileVerifyResult v;
    {
        pl::TerminalProgress progress(tr("Đang kiểm tra", "Verifying"));
        v = pl::verifyFile(logFile(o), progress.fn());
    }
    for (auto& w : v.warnings) std::cerr << tr("CẢNH BÁO: ", "WARNING: ") << w << "\n";
    if (witness)
        for (auto& f : v.findings)
            witness->lines.push_back("[" + f.boxId + "] " + std::string(pl::findingKindName(f.kind)) + ": " +
                                     f.message);
    if (!v.ok) {
        for (auto& p : v.problems) std::cerr << tr("HỎNG: ", "FAILED: ") << p << "\n";
        if (!o.allowBroken)
            throw Refusal(logFile(o).string() + ": " + tr("sổ phát không qua kiểm tra: không lập báo cáo (--allow-broken để xem dù vậy)",
                                                           "the log does not verify: no report (--allow-broken to see it anyway)"));
        std::cerr << tr("CẢNH BÁO: số liệu dưới đây từ một sổ không qua kiểm tra, không dùng làm bằng chứng",
                        "WARNING: the figures below come from a log that does not verify; they are no evidence")
                  << "\n";
    }
    pl::TerminalProgress progress(tr("Đang tổng hợp", "Summarising"));
    auto db = pl::AuditDb::open(logFile(o), offset, progress.fn());
    // Titles for the reports: from --content, else the content dir next to --targets.
    std::filesystem::path contentDir =
        o.content.empty() ? content::contentDirOf(o.targets) : std::filesystem::path(o.content);
    if (!contentDir.empty() && std::filesystem::is_directory(contentDir / "playlists", ec)) {
        auto titles = content::loadTitles(contentDir);
        db.setTitles(std::move(titles.items), std::move(titles.playlists));
    } else if (!o.content.empty()) {
        throw UsageError("--content: " + o.content + ": " +
                         tr("không phải thư mục nội dung (thiếu playlists/)", "not a content dir (no playlists/)"));
    }
    return db;
}

/// The witness section of text reports: empty when nothing was found.
std::string witnessText(const WitnessLines& w) {
    if (w.lines.empty()) return {};
    std::string s = tr("CẢNH BÁO CỦA PHƯỜNG (điểm kiểm):\n", "OFFICE WITNESS WARNINGS (checkpoints):\n");
    for (auto& l : w.lines) s += "  " + l + "\n";
    return s;
}

/// "Không tính: 12 lượt (đồng hồ ảo)" lines for plays that never count.
std::string untrustedLines(pl::AuditDb& db, const pl::Filter& f) {
    std::string s;
    for (auto& [bits, n] : db.untrusted(f))
        s += tr("Không tính (chỉ để xem): ", "Not counted (shown apart): ") + std::to_string(n) + tr(" lượt phát (", " plays (") +
             pl::untrustedLabel(bits) + ")\n";
    return s;
}

/// Writes `text` to --out, or stdout when --out is empty or "-".
void emit(const AuditOptions& o, const std::string& text) {
    if (o.out.empty() || o.out == "-") {
        std::cout << text;
        std::cout.flush();
        return;
    }
    std::ofstream f(o.out, std::ios::binary);
    f << text;
    if (!f) throw std::runtime_error(o.out + ": " + tr("không ghi được", "cannot write"));
    std::cerr << tr("Đã ghi ", "Wrote ") << o.out << "\n";
}

/// Targets from schedule.toml (or a content dir). Playlist targets count full passes, so
/// they get their playlist's items from the content dir next to schedule.toml when
/// there is one (else the quota uses the items the log shows for that playlist).
std::vector<pl::Target> loadTargets(const std::string& path, int& exitCode) {
    core::Diagnostics diags;
    auto targets = pl::parseTargets(path, diags);
    for (auto& d : diags.all()) std::cerr << d.format() << "\n";
    if (diags.hasErrors()) exitCode = kExitBadInput;
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::is_directory(path, ec) ? std::filesystem::path(path) : std::filesystem::path(path).parent_path();
    bool wantsItems = std::any_of(targets.begin(), targets.end(), [](const pl::Target& t) { return t.item.empty(); });
    if (wantsItems && std::filesystem::is_directory(dir / "playlists", ec)) {
        core::Diagnostics ignored; // `signage validate` reports content problems, not audit
        auto catalog = content::loadCatalog(dir, ignored);
        for (auto& t : targets) {
            if (!t.item.empty()) continue;
            if (const auto* p = catalog.findPlaylist(t.playlist))
                for (const auto& item : p->items) t.playlistItems.push_back(item.id);
        }
    }
    return targets;
}

// ---- subcommands ---------------------------------------------------------------------

int runSummary(const AuditOptions& o) {
    int offset = parseOffset(o.utcOffset);
    WitnessLines witness;
    auto db = openDb(o, offset, &witness);
    std::int64_t now = nowMs(o);
    std::int64_t today = pl::localTime(now, offset).day, monday = pl::weekStart(today);
    pl::Filter day{today, today, o.box.empty() ? std::nullopt : std::optional(o.box), std::nullopt};
    pl::Filter week{monday, today, day.box, std::nullopt};
    pl::Totals t1, t7;
    for (auto& [k, v] : db.aggregate(day, {})) t1.add(v);
    for (auto& [k, v] : db.aggregate(week, {})) t7.add(v);
    std::map<std::string, std::int64_t> events;
    for (auto& e : db.events(day)) events[e.kind] += e.kind == "queue_overflow" ? e.value : 1;
    std::string lastItem, lastTime;
    {
        auto st = db.database().prepare("SELECT boot, wall_ms, mono_ms, synced, item FROM plays ORDER BY id DESC LIMIT 1");
        if (st.step()) {
            auto d = pl::dateRow(st.columnInt(1), st.columnInt(2), st.columnInt(3) != 0, db.anchor(st.columnInt(0)));
            lastTime = core::formatIsoTime(d.ms, offset);
            lastItem = db.label(pl::Dim::Item, st.columnInt(4));
        }
    }
    const pl::TouchTotals touchDay = db.touchChecks(day), touchWeek = db.touchChecks(week);
    auto boxes = db.boxIds();
    if (o.json) {
        auto totals = [](const pl::Totals& t) {
            return "{\"plays\":" + std::to_string(t.plays) + ",\"completed\":" + std::to_string(t.outcome(pl::Outcome::Completed)) +
                   ",\"interrupted\":" + std::to_string(t.outcome(pl::Outcome::Interrupted)) +
                   ",\"skipped\":" + std::to_string(t.outcome(pl::Outcome::Skipped)) +
                   ",\"failed\":" + std::to_string(t.outcome(pl::Outcome::Failed)) +
                   ",\"unfinished\":" + std::to_string(t.outcome(pl::Outcome::Unfinished)) +
                   ",\"played_ms\":" + std::to_string(t.playedMs) + ",\"unsynced\":" + std::to_string(t.unsynced) +
                   ",\"redated\":" + std::to_string(t.redated) + "}";
        };
        std::string j = "{\"file\":" + jsonQuote(logFile(o).string()) + ",\"role\":" + jsonQuote(db.role()) + ",\"boxes\":[";
        for (size_t i = 0; i < boxes.size(); ++i) j += (i ? "," : "") + jsonQuote(boxes[i]);
        j += "],\"today\":" + jsonQuote(pl::formatDay(today)) + ",\"today_totals\":" + totals(t1) +
             ",\"week_start\":" + jsonQuote(pl::formatDay(monday)) + ",\"week_totals\":" + totals(t7) + ",\"events_today\":{";
        bool first = true;
        for (auto& [k, n] : events) {
            j += (first ? "" : ",") + jsonQuote(k) + ":" + std::to_string(n);
            first = false;
        }
        auto counts = [](const std::map<std::string, std::int64_t>& m) {
            std::string out = "{";
            for (auto& [k, n] : m) out += (out.size() > 1 ? "," : "") + jsonQuote(k) + ":" + std::to_string(n);
            return out + "}";
        };
        auto touch = [&](const pl::TouchTotals& t) {
            return "{\"checks\":" + std::to_string(t.checks) + ",\"by_verdict\":" + counts(t.byVerdict) +
                   ",\"by_tactic\":" + counts(t.byTactic) + ",\"by_kind\":" + counts(t.byKind) + "}";
        };
        j += "},\"touch_checks_today\":" + touch(touchDay) + ",\"touch_checks_week\":" + touch(touchWeek);
        j += ",\"witness_findings\":[";
        for (size_t i = 0; i < witness.lines.size(); ++i) j += (i ? "," : "") + jsonQuote(witness.lines[i]);
        j += "]";
        j += ",\"last_play\":" + (lastTime.empty() ? std::string("null") : "{\"time\":" + jsonQuote(lastTime) + ",\"item\":" + jsonQuote(lastItem) + "}") + "}\n";
        emit(o, j);
        return kExitOk;
    }
    std::ostringstream s;
    s << witnessText(witness);
    auto line = [&](const std::string& label, const pl::Totals& t) {
        s << label << ": " << t.plays << tr(" lượt phát, ", " plays, ") << pl::formatHms(t.playedMs) << tr(" thời lượng, ", " airtime, ")
          << t.outcome(pl::Outcome::Completed) << " " << pl::outcomeLabel(pl::Outcome::Completed) << ", "
          << t.outcome(pl::Outcome::Failed) + t.outcome(pl::Outcome::Skipped) << tr(" lỗi/bỏ qua", " failed/skipped") << "\n";
    };
    s << tr("Sổ phát: ", "Play log: ") << logFile(o).string() << " (" << (boxes.size() == 1 ? boxes[0] : std::to_string(boxes.size()) + tr(" máy", " boxes")) << ")\n";
    line(tr("Hôm nay ", "Today ") + pl::formatDay(today), t1);
    line(tr("Tuần này (từ ", "This week (from ") + pl::formatDay(monday) + ")", t7);
    s << tr("Lượt phát gần nhất: ", "Last play: ") << (lastTime.empty() ? tr("chưa có", "none yet") : lastTime + " " + lastItem) << "\n";
    if (!events.empty()) {
        s << tr("Sự kiện hôm nay:", "Events today:");
        for (auto& [k, n] : events) s << " " << k << "=" << n;
        s << "\n";
    }
    if (touchWeek.checks) {
        // The touch scam checker: how many visitors checked something, and what they met.
        auto n = [](const std::map<std::string, std::int64_t>& m, const char* k) {
            auto it = m.find(k);
            return it == m.end() ? std::int64_t(0) : it->second;
        };
        s << tr("Kiểm tra lừa đảo trên màn hình cảm ứng: hôm nay ", "Touch scam checks: today ") << touchDay.checks
          << tr(", tuần này ", ", this week ") << touchWeek.checks << " (" << n(touchWeek.byVerdict, "likely_scam")
          << tr(" có dấu hiệu lừa đảo, ", " likely scams, ") << n(touchWeek.byVerdict, "suspicious") << tr(" đáng ngờ)", " suspicious)");
        if (!touchWeek.byTactic.empty()) {
            std::vector<std::pair<std::int64_t, std::string>> top;
            for (auto& [k, v] : touchWeek.byTactic) top.push_back({-v, k});
            std::sort(top.begin(), top.end());
            s << tr("; thủ đoạn hay gặp:", "; most seen tactics:");
            for (size_t i = 0; i < top.size() && i < 3; ++i) s << " " << top[i].second << "=" << -top[i].first;
        }
        s << "\n";
    }
    s << untrustedLines(db, week);
    if (t7.unsynced) {
        s << tr("Giờ chưa đồng bộ: ", "Unsynchronised clock: ") << t7.unsynced << tr(" lượt trong tuần (", " plays this week (") << t7.redated
          << tr(" đã hiệu chỉnh theo giờ khởi động)", " re-dated from boot time)") << "\n";
    }
    emit(o, s.str());
    return kExitOk;
}

int runReport(const AuditOptions& o) {
    int offset = parseOffset(o.utcOffset);
    pl::Dim by;
    if (!pl::parseDim(o.by, by) || by == pl::Dim::Box) {
        if (o.by != "box") throw UsageError("--by: day|site|item|playlist|hour|box");
        by = pl::Dim::Box;
    }
    if (o.format == "xlsx" && (o.out.empty() || o.out == "-")) throw UsageError(tr("--format xlsx cần --out TỆP", "--format xlsx needs --out FILE"));
    auto f = filterOf(o, offset, 7);
    int exitCode = kExitOk;
    std::vector<pl::Target> targets;
    if (!o.targets.empty()) targets = loadTargets(o.targets, exitCode);
    WitnessLines witness;
    auto db = openDb(o, offset, &witness);
    std::optional<pl::QuotaResult> quota;
    if (!targets.empty()) quota = pl::evaluateQuota(db, targets, f);

    if (o.format == "html") {
        pl::HtmlReportOptions h;
        h.by = by;
        h.source = logFile(o).filename().string();
        h.generatedMs = nowMs(o);
        h.witnessWarnings = witness.lines;
        std::ostringstream s;
        pl::writeHtmlReport(s, db, f, h, quota ? &*quota : nullptr);
        emit(o, s.str());
        return exitCode;
    }
    auto table = pl::playsTable(db, f, by);
    if (o.format == "xlsx") {
        std::vector<pl::ReportTable> sheets{table};
        if (by != pl::Dim::Day) sheets.push_back(pl::playsTable(db, f, pl::Dim::Day));
        if (by != pl::Dim::Item) sheets.push_back(pl::playsTable(db, f, pl::Dim::Item));
        if (quota) {
            sheets.push_back(pl::quotaTable(*quota));
            sheets.push_back(pl::targetGridTable(*quota));
        }
        sheets.push_back(pl::eventsTable(db, f));
        if (!witness.lines.empty()) {
            pl::ReportTable w;
            w.title = tr("Cảnh báo của phường (điểm kiểm)", "Office witness warnings (checkpoints)");
            w.sheetName = tr("Cảnh báo", "Warnings");
            w.headers = {tr("Phát hiện", "Finding")};
            for (auto& l : witness.lines) w.rows.push_back({pl::Cell::str(l)});
            sheets.insert(sheets.begin(), w); // first: nobody misses it
        }
        pl::writeXlsx(o.out, sheets);
        std::cerr << tr("Đã ghi ", "Wrote ") << o.out << "\n";
        return exitCode;
    }
    std::ostringstream s;
    if (o.format == "csv") pl::writeCsv(s, table);
    else {
        s << witnessText(witness);
        pl::writeText(s, table);
        s << untrustedLines(db, f);
    }
    emit(o, s.str());
    return exitCode;
}

int runQuota(const AuditOptions& o) {
    int offset = parseOffset(o.utcOffset);
    auto f = filterOf(o, offset, 1);
    int exitCode = kExitOk;
    auto targets = loadTargets(o.targets, exitCode);
    if (targets.empty()) {
        std::cerr << o.targets << ": " << tr("không có chỉ tiêu [[targets]] hợp lệ", "no valid [[targets]]") << "\n";
        return kExitBadInput;
    }
    WitnessLines witness;
    auto db = openDb(o, offset, &witness);
    auto q = pl::evaluateQuota(db, targets, f);
    std::ostringstream s;
    if (o.format == "json") {
        s << "{\"from\":" << jsonQuote(pl::formatDay(f.fromDay)) << ",\"to\":" << jsonQuote(pl::formatDay(f.toDay))
          << ",\"met\":" << q.met << ",\"missed\":" << q.missed << ",\"no_data\":" << q.noData << ",\"cells\":[";
        for (size_t i = 0; i < q.cells.size(); ++i) {
            auto& c = q.cells[i];
            s << (i ? "," : "") << "{\"box\":" << jsonQuote(c.boxId) << ",\"day\":" << jsonQuote(pl::formatDay(c.day))
              << ",\"target\":" << jsonQuote(q.targets[c.target].id)
              << ",\"target_name\":" << jsonQuote(pl::targetLabel(q.targets[c.target])) << ",\"result\":"
              << jsonQuote(c.met      ? "met"
                           : c.noData ? "no_data"
                                      : "missed")
              << ",\"count\":" << c.count << ",\"min\":" << q.targets[c.target].minPerDay
              << ",\"met\":" << (c.met ? "true" : "false") << ",\"no_data\":" << (c.noData ? "true" : "false") << "}";
        }
        s << "]}\n";
    } else if (o.format == "csv") {
        pl::writeCsv(s, pl::quotaTable(q));
    } else {
        s << witnessText(witness);
        pl::writeText(s, pl::quotaTable(q));
        s << "\n";
        pl::writeText(s, pl::targetGridTable(q));
    }
    emit(o, s.str());
    return exitCode;
}

/// `audit export-plays`: one record per play (DOOH proof-of-play shape), verified first.
int runExportPlays(const AuditOptions& o) {
    int offset = parseOffset(o.utcOffset);
    auto f = filterOf(o, offset, 7);
    WitnessLines witness;
    auto db = openDb(o, offset, &witness);
    for (auto& l : witness.lines) std::cerr << tr("CẢNH BÁO: ", "WARNING: ") << l << "\n";
    auto plays = pl::playRecords(db, f);
    std::ostringstream s;
    if (o.format == "json") pl::writePlayRecordsJson(s, plays, offset);
    else pl::writePlayRecordsCsv(s, plays, offset);
    emit(o, s.str());
    return kExitOk;
}

int runVerify(const AuditOptions& o) {
    std::vector<std::string> files = o.files;
    if (files.empty()) files.push_back(logFile(o).string());
    std::optional<db::Database> office;
    if (!o.office.empty()) {
        if (!std::filesystem::is_regular_file(o.office)) throw UsageError("--office: " + o.office + ": " + tr("không có tệp", "no such file"));
        office.emplace(o.office, db::Database::Mode::ReadOnly);
    }
    bool allOk = true;
    std::string json = "[";
    for (size_t i = 0; i < files.size(); ++i) {
        pl::FileVerifyResult r;
        {
            pl::TerminalProgress progress(tr("Đang kiểm tra ", "Verifying ") + files[i]);
            r = pl::verifyFile(files[i], progress.fn(), office ? &*office : nullptr);
        }
        // What an unkeyed chain cannot prove, for every log no cosigned checkpoint covers up to its head.
        bool unwitnessed = r.logs.empty() && r.ok;
        for (auto& l : r.logs) unwitnessed = unwitnessed || l.witnessedUpTo < l.head.seq;
        allOk = allOk && r.ok;
        std::int64_t links = 0;
        for (auto& l : r.logs) links += l.links;
        if (o.json) {
            json += (i ? "," : "") + std::string("{\"file\":") + jsonQuote(files[i]) + ",\"ok\":" + (r.ok ? "true" : "false") +
                    ",\"kind\":" + jsonQuote(r.kind) + ",\"links\":" + std::to_string(links) + ",\"problems\":[";
            for (size_t p = 0; p < r.problems.size(); ++p) json += (p ? "," : "") + jsonQuote(r.problems[p]);
            json += "],\"warnings\":[";
            for (size_t p = 0; p < r.warnings.size(); ++p) json += (p ? "," : "") + jsonQuote(r.warnings[p]);
            json += "],\"findings\":[";
            for (size_t p = 0; p < r.findings.size(); ++p)
                json += (p ? "," : "") + std::string("{\"kind\":") + jsonQuote(std::string(pl::findingKindName(r.findings[p].kind))) +
                        ",\"box\":" + jsonQuote(r.findings[p].boxId) + ",\"message\":" + jsonQuote(r.findings[p].message) + "}";
            json += "],\"witnessed\":[";
            for (size_t p = 0; p < r.logs.size(); ++p)
                json +=
                    (p ? "," : "") + std::string("{\"box\":") + jsonQuote(r.logs[p].log.boxId) +
                    ",\"head_seq\":" + std::to_string(r.logs[p].head.seq) +
                    ",\"cosigned_up_to\":" + std::to_string(r.logs[p].witnessedUpTo) + ",\"last_cosigned\":" +
                    (r.logs[p].lastCosigned
                         ? "{\"number\":" + std::to_string(r.logs[p].lastCosigned->cp.number) +
                               ",\"size\":" + std::to_string(r.logs[p].lastCosigned->cp.size) + ",\"office\":" +
                               jsonQuote(pl::cosignerName(r.logs[p].lastCosigned->note, r.logs[p].log.boxId)) +
                               ",\"cosigned\":" + jsonQuote(core::formatIsoTime(*r.logs[p].lastCosigned->cosignedMs)) +
                               ",\"extends\":" + (r.logs[p].extendsCosigned ? "true" : "false") + "}"
                         : std::string("null")) +
                    "}";
            json += "],\"unwitnessed_warning\":" + (unwitnessed ? jsonQuote(pl::unwitnessedWarning()) : std::string("null")) + "}";
            continue;
        }
        if (r.ok) {
            std::cout << "OK " << files[i] << ": " << r.logs.size() << tr(" sổ, ", " log(s), ") << links << tr(" dòng trong chuỗi băm hợp lệ", " rows in a valid hash chain");
            if (r.kind == "export") std::cout << tr(", chữ ký hợp lệ", ", signature valid");
            std::cout << "\n";
        } else {
            std::cout << tr("HỎNG ", "FAILED ") << files[i] << "\n";
            for (auto& p : r.problems) std::cout << "  " << p << "\n";
        }
        for (auto& w : r.warnings) std::cout << tr("  CẢNH BÁO: ", "  WARNING: ") << w << "\n";
        for (auto& l : r.logs)
            if (l.lastCosigned)
                std::cout << "  [" << l.log.boxId << "] "
                          << tr("điểm kiểm cuối phường đã ký xác nhận: ", "last checkpoint cosigned by the office: ")
                          << l.lastCosigned->cp.number << " (seq " << l.lastCosigned->cp.size << ", "
                          << pl::cosignerName(l.lastCosigned->note, l.log.boxId) << ", "
                          << core::formatIsoTime(*l.lastCosigned->cosignedMs) << "); "
                          << (l.extendsCosigned
                                  ? tr("sổ vẫn nối tiếp điểm kiểm đó", "the log still extends it")
                                  : tr("SỔ KHÔNG CÒN NỐI TIẾP điểm kiểm đó", "the log NO LONGER extends it"))
                          << "\n";
            else if (r.kind == "box")
                std::cout << "  [" << l.log.boxId << "] "
                          << tr("chưa có điểm kiểm nào được phường ký xác nhận trên máy này",
                                "no checkpoint cosigned by the office on this box yet")
                          << "\n";
        for (auto& l : r.logs)
            if (l.witnessedUpTo > 0)
                std::cout << "  [" << l.log.boxId << "] " << tr("phường đã ký xác nhận đến seq ", "cosigned by the office up to seq ")
                          << l.witnessedUpTo << tr(" trên ", " of ") << l.head.seq << "\n";
        if (!r.findings.empty()) {
            std::cout << tr("  Phường phát hiện (điểm kiểm): ", "  Office witness findings (checkpoints): ")
                      << r.findings.size() << " —";
            for (auto& f : r.findings) std::cout << " " << pl::findingKindName(f.kind) << "[" << f.boxId << "]";
            std::cout << "\n";
        }
        if (unwitnessed) std::cout << "  " << pl::unwitnessedWarning() << "\n";
    }
    if (o.json) std::cout << json << "]\n";
    return allOk ? kExitOk : kExitBadInput;
}

int runExport(const AuditOptions& o) {
    auto keyFile = dataDir(o) / "box.key";
    auto key = pl::BoxKey::load(keyFile);
    std::filesystem::path out = o.out.empty() ? std::filesystem::path(".") : std::filesystem::path(o.out);
    pl::ExportResult r;
    {
        pl::TerminalProgress progress(tr("Đang xuất", "Exporting"));
        r = pl::exportLog(logFile(o), key, out, nowMs(o), progress.fn());
    }
    if (r.info.damage)
        std::cerr << tr("CẢNH BÁO: sổ bị hỏng từ seq ", "WARNING: the log is damaged from seq ") << r.info.damage->firstBadSeq << ": "
                  << r.info.damage->what << "\n  " << tr("đã xuất phần hợp lệ và ký một bản khai báo phần hỏng (", "exported the part that verifies with a signed statement of the damage (")
                  << r.info.damage->linksLeftOut << tr(" dòng không xuất)", " links left out)") << "\n";
    if (o.json) {
        std::cout << "{\"file\":" << jsonQuote(r.file.string()) << ",\"box\":" << jsonQuote(r.info.boxId) << ",\"links\":" << r.links
                  << ",\"head_seq\":" << r.info.headSeq << ",\"public_key\":" << jsonQuote(pl::toHex(r.info.key))
                  << ",\"checkpoint\":" << (r.checkpoint ? r.checkpoint->cp.number : 0)
                  << ",\"damaged_from_seq\":" << (r.info.damage ? std::to_string(r.info.damage->firstBadSeq) : std::string("null")) << "}\n";
    } else {
        std::cerr << tr("Đã xuất ", "Exported ") << r.links << tr(" dòng, đã ký: ", " rows, signed: ") << r.file.string() << "\n";
        if (r.checkpoint)
            std::cerr << tr("Điểm kiểm ", "Checkpoint ") << r.checkpoint->cp.number << " (seq " << r.checkpoint->cp.size
                      << tr(") đã ký; phường ký xác nhận khi gộp", ") signed; the office cosigns it at merge") << "\n";
        std::cerr << tr("Khoá của máy (thêm vào danh sách khoá tin cậy của phường):", "Box key (for the ward office's trusted keys):") << "\n";
        std::cout << r.info.boxId << " " << pl::toHex(r.info.key) << "\n";
    }
    return kExitOk;
}

/// `audit checkpoint`: signs a checkpoint of the box log without exporting (a USB visit
/// while the player is not running: packaging/libexec/usb-import). Prints the note.
int runCheckpoint(const AuditOptions& o) {
    if (!o.stick.empty()) {
        // The office's cosignatures this stick brought back, checked against [box] office_keys.
        auto config = loadBoxConfig(o.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.config));
        std::string line =
            importStickCosignatures(dataDir(o), std::filesystem::path(o.stick) / "SIGNAGE-LOGS", config.officeKeys);
        if (!line.empty()) std::cerr << line << "\n";
    }
    auto key = pl::BoxKey::load(dataDir(o) / "box.key");
    auto c = pl::checkpointLog(logFile(o), key, nowMs(o));
    std::cerr << tr("Điểm kiểm ", "Checkpoint ") << c.cp.number << " (seq " << c.cp.size
              << tr(") đã ký và lưu trong sổ phát; lần xuất sau mang nó về phường",
                    ") signed and kept in the log; the next export takes it to the office")
              << "\n";
    emit(o, c.note.text());
    return kExitOk;
}

/// The office's enrolled box keys; none is an error (merge and cosign accept only them).
std::optional<pl::TrustedKeys> loadTrusted(const AuditOptions& o) {
    if (o.trustedKeys.empty()) {
        std::cerr << tr("cần --trusted-keys TỆP (dòng \"mã-máy khoá-hex\" của các máy đã đăng ký ở phường): không nhận bản xuất nào khi chưa có khoá tin cậy",
                        "--trusted-keys FILE is needed (\"box-id hex-key\" lines of the boxes enrolled at the office): no export is accepted without trusted keys")
                  << "\n";
        return std::nullopt;
    }
    std::vector<std::string> errors;
    auto trusted = pl::readTrustedKeys(o.trustedKeys, errors);
    for (auto& e : errors) std::cerr << e << "\n";
    if (!errors.empty()) return std::nullopt;
    if (trusted.empty()) {
        std::cerr << o.trustedKeys << ": " << tr("không có khoá tin cậy nào", "no trusted keys in it") << "\n";
        return std::nullopt;
    }
    return trusted;
}

std::optional<pl::BoxKey> loadOfficeKey(const AuditOptions& o) {
    if (o.officeKey.empty()) return std::nullopt;
    return pl::BoxKey::loadOrCreate(o.officeKey);
}

/// The way back: the cosigned note goes onto the stick the export came on (or
/// --cosigned-dir), for the box to read at its next USB visit. A stick that cannot be
/// written is a warning: the store has the cosignature either way.
void writeBack(const AuditOptions& o, const std::string& exportFile, const pl::SignedNote& note) {
    std::filesystem::path dir =
        o.cosignedDir.empty() ? std::filesystem::path(exportFile).parent_path() : std::filesystem::path(o.cosignedDir);
    if (dir.empty()) dir = ".";
    try {
        std::string error;
        auto cp = pl::parseCheckpoint(note.body, error);
        if (!cp) throw std::runtime_error(error);
        auto file = pl::writeCosignedNote(dir, *cp, note);
        std::cerr << tr("  Đã ghi chữ ký xác nhận cho máy mang về: ",
                        "  Cosignature written for the box to take back: ")
                  << file.string() << "\n";
    } catch (const std::exception& e) {
        std::cerr << tr("  CẢNH BÁO: không ghi được chữ ký xác nhận cho máy: ",
                        "  WARNING: the cosignature for the box was not written: ")
                  << e.what() << "\n";
    }
}

int runMerge(const AuditOptions& o) {
    auto trusted = loadTrusted(o);
    if (!trusted) return kExitBadInput;
    auto officeKey = loadOfficeKey(o);
    pl::OfficeWitness witness{officeKey ? &*officeKey : nullptr, o.officeName};
    auto audit = pl::openAuditDatabase(o.into);
    std::int64_t now = nowMs(o);
    bool allOk = true;
    std::string json = "[";
    for (size_t i = 0; i < o.files.size(); ++i) {
        pl::MergeResult r;
        {
            pl::TerminalProgress progress(tr("Đang gộp ", "Merging ") + o.files[i]);
            r = pl::mergeExport(audit, o.files[i], *trusted, now, progress.fn(), officeKey ? &witness : nullptr);
        }
        allOk = allOk && r.ok;
        if (o.json) {
            json += (i ? "," : "") + std::string("{\"file\":") + jsonQuote(o.files[i]) + ",\"ok\":" + (r.ok ? "true" : "false") +
                    ",\"box\":" + jsonQuote(r.boxId) + ",\"added\":" + std::to_string(r.linksAdded) +
                    ",\"already_present\":" + std::to_string(r.linksAlreadyPresent) + ",\"error\":" + jsonQuote(r.error) +
                    ",\"cosigned\":" + (r.cosigned ? jsonQuote(r.cosigned->text()) : std::string("null")) + ",\"findings\":[";
            for (size_t p = 0; p < r.findings.size(); ++p)
                json += (p ? "," : "") + std::string("{\"kind\":") + jsonQuote(std::string(pl::findingKindName(r.findings[p].kind))) +
                        ",\"message\":" + jsonQuote(r.findings[p].message) + "}";
            json += "]}";
        } else if (r.ok) {
            std::cerr << "OK " << o.files[i] << " [" << r.boxId << "]: " << tr("thêm ", "added ") << r.linksAdded
                      << tr(" dòng, đã có ", " rows, already present ") << r.linksAlreadyPresent << "\n";
        } else {
            std::cerr << tr("TỪ CHỐI ", "REFUSED ") << o.files[i] << ": " << r.error << "\n";
        }
        if (!o.json) {
            for (auto& w : r.warnings) std::cerr << tr("  CẢNH BÁO: ", "  WARNING: ") << w << "\n";
            if (r.cosigned) std::cerr << tr("  Phường đã ký xác nhận điểm kiểm:\n", "  The office cosigned the checkpoint:\n") << r.cosigned->text();
        }
        if (r.cosigned) writeBack(o, o.files[i], *r.cosigned);
    }
    if (o.json) std::cout << json << "]\n";
    {
        // Build the rollup now so the first report after a big merge is fast.
        pl::TerminalProgress progress(tr("Đang tổng hợp", "Summarising"));
        pl::AuditDb::open(o.into, pl::kDefaultUtcOffsetMin, progress.fn());
    }
    return allOk ? kExitOk : kExitBadInput;
}

/// `audit cosign`: the office countersigns an export's latest checkpoint without merging
/// its rows (a USB visit where only the witness matters). Same checks as merge.
int runCosign(const AuditOptions& o) {
    auto trusted = loadTrusted(o);
    if (!trusted) return kExitBadInput;
    auto officeKey = loadOfficeKey(o);
    if (!officeKey) throw UsageError(tr("cần --office-key TỆP", "--office-key FILE is needed"));
    pl::OfficeWitness witness{&*officeKey, o.officeName};
    auto office = pl::openAuditDatabase(o.into);
    std::int64_t now = nowMs(o);
    bool allOk = true;
    std::string notes;
    for (const auto& file : o.files) {
        auto v = pl::verifyFile(file, {}, &office);
        std::string why;
        if (!v.ok) why = v.problems.empty() ? std::string("?") : v.problems.front();
        else if (v.kind != "export" || !v.exportInfo) why = tr("không phải bản xuất đã ký", "not a signed export");
        else {
            auto it = trusted->find(v.exportInfo->boxId);
            if (it == trusted->end() || it->second != v.exportInfo->key)
                why = tr("máy không có trong danh sách khoá tin cậy hoặc khoá khác", "box not in the trusted keys, or another key");
        }
        for (auto& w : v.warnings) std::cerr << tr("  CẢNH BÁO: ", "  WARNING: ") << w << "\n";
        if (!why.empty()) {
            allOk = false;
            std::cerr << tr("TỪ CHỐI ", "REFUSED ") << file << ": " << why << "\n";
            continue;
        }
        db::Database ex(file, db::Database::Mode::ReadOnly);
        auto cps = pl::readCheckpoints(ex, v.exportInfo->uid);
        std::optional<pl::SignedNote> note;
        office.transaction([&] {
            pl::storeFindings(office, v.findings, std::filesystem::path(file).filename().string(), now);
            note = pl::cosignLatest(office, cps, witness, now);
        });
        if (!note) {
            allOk = false;
            std::cerr << tr("TỪ CHỐI ", "REFUSED ") << file << ": " << tr("bản xuất không có điểm kiểm", "the export has no checkpoint") << "\n";
            continue;
        }
        std::cerr << "OK " << file << tr(": đã ký xác nhận điểm kiểm", ": checkpoint cosigned") << "\n";
        writeBack(o, file, *note);
        notes += note->text();
    }
    emit(o, notes);
    return allOk ? kExitOk : kExitBadInput;
}

/// Runs `fn`, mapping exceptions to exit codes and stderr messages.
void guarded(int& exitCode, const std::function<int()>& fn) {
    try {
        exitCode = fn();
    } catch (const UsageError& e) {
        std::cerr << e.what() << "\n";
        exitCode = kExitUsage;
    } catch (const Refusal& e) {
        std::cerr << e.what() << "\n";
        exitCode = kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << tr("lỗi: ", "error: ") << e.what() << "\n";
        exitCode = kExitRuntime;
    }
}

} // namespace

void addAuditCommand(CLI::App& root, int& exitCode) {
    auto o = std::make_shared<AuditOptions>();
    auto* audit = root.add_subcommand("audit", tr("Sổ phát: báo cáo, chỉ tiêu, kiểm tra, xuất, gộp", "Proof-of-play log: reports, targets, verify, export, merge"));
    audit->require_subcommand(1);
    auto common = [&](CLI::App* c) {
        c->add_option("--data-dir", o->dataDir, tr("Thư mục dữ liệu (playlog.sqlite, box.key)", "Data dir (playlog.sqlite, box.key)"));
        c->add_option("--db", o->db, tr("Tệp sổ phát, bản xuất hoặc CSDL kiểm toán", "A box log, an export or an audit database"));
        c->add_option("--utc-offset", o->utcOffset, tr("Múi giờ của báo cáo (mặc định +07:00)", "Report time zone (default +07:00)"));
        c->add_option("--now", o->now, tr("Thời điểm coi là \"bây giờ\" (ISO-8601)", "Time taken as \"now\" (ISO-8601)"));
    };
    auto reporting = [&](CLI::App* c) {
        c->add_flag("--allow-broken", o->allowBroken,
                    tr("Vẫn lập báo cáo khi sổ không qua kiểm tra (kèm cảnh báo)", "Report even when the log does not verify (with a warning)"));
    };
    auto office = [&](CLI::App* c) {
        c->add_option("--trusted-keys", o->trustedKeys, tr("Tệp \"mã-máy khoá-hex\" mỗi dòng (bắt buộc)", "File of \"box-id hex-key\" lines (required)"));
        c->add_option("--office-key", o->officeKey, tr("Khoá ký xác nhận của phường (tạo nếu chưa có)", "The office's cosigning key (created if missing)"));
        c->add_option("--office-name", o->officeName, tr("Tên phường trong chữ ký xác nhận", "The office's name in its cosignatures"));
        c->add_option("--now", o->now, tr("Thời điểm coi là \"bây giờ\" (ISO-8601)", "Time taken as \"now\" (ISO-8601)"));
        c->add_flag("--json", o->json, tr("Xuất JSON ra stdout", "JSON on stdout"));
        c->add_option(
            "--cosigned-dir", o->cosignedDir,
            tr("Nơi ghi chữ ký xác nhận cho máy mang về (mặc định: cạnh mỗi bản xuất, thư mục SIGNAGE-LOGS của USB)",
               "Where the cosigned notes for the box go (default: beside each export, the stick's SIGNAGE-LOGS)"));
    };
    auto range = [&](CLI::App* c) {
        c->add_option("--from", o->from, tr("Từ ngày (YYYY-MM-DD)", "From date (YYYY-MM-DD)"));
        c->add_option("--to", o->to, tr("Đến ngày, tính cả ngày đó", "To date, inclusive"));
        c->add_option("--box", o->box, tr("Chỉ một máy", "Only this box"));
        c->add_option("--site", o->site, tr("Chỉ một địa điểm", "Only this site"));
        c->add_option("--out", o->out, tr("Ghi ra tệp thay vì stdout", "Write to a file instead of stdout"));
    };

    auto* summary = audit->add_subcommand("summary", tr("Tóm tắt hôm nay và tuần này", "Today and this week at a glance"));
    common(summary);
    summary->add_option("--box", o->box, tr("Chỉ một máy", "Only this box"));
    summary->add_flag("--json", o->json, tr("Xuất JSON ra stdout", "JSON on stdout"));
    reporting(summary);
    summary->callback([o, &exitCode] { guarded(exitCode, [&] { return runSummary(*o); }); });

    auto* report = audit->add_subcommand("report", tr("Báo cáo lượt phát", "Plays report"));
    common(report);
    range(report);
    report->add_option("--by", o->by, "day|site|item|playlist|hour|box")->check(CLI::IsMember({"day", "site", "item", "playlist", "hour", "box"}));
    report->add_option("--format", o->format, "table|csv|xlsx|html")->check(CLI::IsMember({"table", "csv", "xlsx", "html"}));
    reporting(report);
    report->add_option("--targets", o->targets, tr("schedule.toml có [[targets]] (cho biểu đồ chỉ tiêu)", "schedule.toml with [[targets]] (for the targets chart)"));
    report->add_option("--content", o->content,
                       tr("Thư mục nội dung: tên bài và danh sách thay cho mã", "Content dir: titles instead of ids"));
    report->callback([o, &exitCode] { guarded(exitCode, [&] { return runReport(*o); }); });

    auto* quota = audit->add_subcommand("quota", tr("Chỉ tiêu đạt/không đạt theo máy và ngày", "Targets met or missed per box and day"));
    common(quota);
    range(quota);
    quota->add_option("--targets", o->targets, tr("schedule.toml hoặc thư mục nội dung", "schedule.toml or a content dir"))->required();
    quota->add_option("--content", o->content,
                      tr("Thư mục nội dung: tên bài và danh sách thay cho mã", "Content dir: titles instead of ids"));
    reporting(quota);
    quota->add_option("--format", o->format, "table|csv|json")->check(CLI::IsMember({"table", "csv", "json"}));
    quota->callback([o, &exitCode] { guarded(exitCode, [&] { return runQuota(*o); }); });

    auto* exportPlays = audit->add_subcommand(
        "export-plays",
        tr("Mỗi lượt phát một dòng (dạng kiểm toán quảng cáo ngoài trời: bắt đầu, kết thúc, máy, nội dung, mã lượt)",
           "One record per play (DOOH auditors' shape: start, end, frame, creative, play id)"));
    common(exportPlays);
    range(exportPlays);
    exportPlays->add_option("--format", o->format, "csv|json")->check(CLI::IsMember({"csv", "json"}));
    exportPlays->add_option("--content", o->content, tr("Thư mục nội dung: tên bài", "Content dir: item titles"));
    reporting(exportPlays);
    exportPlays->callback([o, &exitCode] {
        if (o->format == "table") o->format = "csv";
        guarded(exitCode, [&] { return runExportPlays(*o); });
    });

    auto* verify = audit->add_subcommand("verify", tr("Kiểm tra chuỗi băm và chữ ký, chỉ ra dòng hỏng đầu tiên", "Check hash chains and signatures, naming the first bad row"));
    common(verify);
    verify->add_option("files", o->files, tr("Tệp cần kiểm tra (mặc định: sổ phát của máy)", "Files to check (default: this box's log)"));
    verify->add_flag("--json", o->json, tr("Xuất JSON ra stdout", "JSON on stdout"));
    verify->add_option("--office", o->office, tr("Kho của phường (CSDL kiểm toán) để đối chiếu điểm kiểm", "The office store (audit database) to check checkpoints against"));
    verify->callback([o, &exitCode] { guarded(exitCode, [&] { return runVerify(*o); }); });

    auto* exportCmd = audit->add_subcommand("export", tr("Xuất sổ phát đã ký ra USB", "Write a signed copy of the log (for a USB stick)"));
    common(exportCmd);
    exportCmd->add_option("--out", o->out, tr("Tệp hoặc thư mục đích (mặc định: thư mục hiện tại)", "Target file or directory (default: current dir)"));
    exportCmd->add_flag("--json", o->json, tr("Xuất JSON ra stdout", "JSON on stdout"));
    exportCmd->callback([o, &exitCode] { guarded(exitCode, [&] { return runExport(*o); }); });

    auto* checkpointCmd = audit->add_subcommand("checkpoint", tr("Ký một điểm kiểm của sổ phát (mỗi lần cắm USB)",
                                                                 "Sign a checkpoint of the log (at every USB visit)"));
    common(checkpointCmd);
    checkpointCmd->add_option("--out", o->out, tr("Ghi ghi chú đã ký ra tệp", "Write the signed note to a file"));
    checkpointCmd->add_option("--stick", o->stick,
                              tr("USB của lần cắm này: nhận chữ ký xác nhận của phường trong SIGNAGE-LOGS trước",
                                 "This visit's stick: take in the office's cosignatures from its SIGNAGE-LOGS first"));
    checkpointCmd->add_option("--config", o->config,
                              tr("signage.toml ([box] office_keys)", "signage.toml ([box] office_keys)"));
    checkpointCmd->callback([o, &exitCode] { guarded(exitCode, [&] { return runCheckpoint(*o); }); });

    auto* merge = audit->add_subcommand("merge", tr("Gộp bản xuất của nhiều máy vào CSDL kiểm toán", "Merge boxes' exports into an audit database"));
    merge->add_option("--into", o->into, tr("CSDL kiểm toán (tạo nếu chưa có)", "Audit database (created if missing)"))->required();
    merge->add_option("files", o->files, tr("Các tệp .signage-log", ".signage-log files"))->required();
    office(merge);
    merge->callback([o, &exitCode] { guarded(exitCode, [&] { return runMerge(*o); }); });

    auto* cosignCmd = audit->add_subcommand("cosign", tr("Phường ký xác nhận điểm kiểm của bản xuất (không gộp)", "The office countersigns exports' checkpoints (without merging)"));
    cosignCmd->add_option("--into", o->into, tr("Kho của phường (CSDL kiểm toán)", "The office store (audit database)"))->required();
    cosignCmd->add_option("files", o->files, tr("Các tệp .signage-log", ".signage-log files"))->required();
    cosignCmd->add_option("--out", o->out, tr("Ghi các điểm kiểm đã ký xác nhận ra tệp", "Write the cosigned checkpoints to a file"));
    office(cosignCmd);
    cosignCmd->callback([o, &exitCode] { guarded(exitCode, [&] { return runCosign(*o); }); });
}

} // namespace signage::app
