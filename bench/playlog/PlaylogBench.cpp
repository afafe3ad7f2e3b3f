// SPDX-License-Identifier: GPL-3.0-or-later
// bench_playlog: figures for docs/benchmarks/playlog.md.
//
//   bench_playlog                       quick run (make bench): inserts + latency, 1M-play report
//   bench_playlog insert [N]            N events and N/2 plays through PlayLog, FULL vs NORMAL
//   bench_playlog commit [N]            N one-row commits, FULL vs NORMAL (the fsync price)
//   bench_playlog generate FILE PLAYS DAYS   a merged audit database of ~PLAYS plays over DAYS days
//   bench_playlog report FILE FROM TO   rollup refresh and report timings over FILE
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/Clock.h"
#include "db/Database.h"
#include "playlog/AuditDb.h"
#include "playlog/BoxKey.h"
#include "playlog/HtmlReport.h"
#include "playlog/LogStore.h"
#include "playlog/PlayLog.h"
#include "playlog/Quota.h"
#include "playlog/Rollup.h"
#include "playlog/Schema.h"

using namespace signage;
using namespace signage::playlog;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// CPU seconds this process used (user + system): on a shared, loaded machine wall time
/// includes waiting for a core, CPU time does not.
double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// Wall and CPU time of one step.
struct Timer {
    Clock::time_point wall = Clock::now();
    double cpu = cpuSeconds();
    std::string str() const {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%7.3f s wall %7.3f s cpu", secondsSince(wall), cpuSeconds() - cpu);
        return buf;
    }
};

struct Latency {
    std::vector<std::int64_t> ns;
    void report(const char* what) {
        if (ns.empty()) return;
        std::sort(ns.begin(), ns.end());
        auto at = [&](double q) { return ns[std::min(ns.size() - 1, static_cast<size_t>(q * static_cast<double>(ns.size())))]; };
        std::printf("  %-28s p50 %6.2f us  p99 %6.2f us  p99.9 %7.2f us  max %8.2f us\n", what, at(0.50) / 1000.0,
                    at(0.99) / 1000.0, at(0.999) / 1000.0, static_cast<double>(ns.back()) / 1000.0);
    }
};

PlayStart benchPlay(int i) {
    static const char* kItems[] = {"khong_thuc_hien", "khong_tham_lam", "khong_ket_ban", "khong_chuyen_khoan",
                                   "khong_dau_tu",    "phai_canh_giac", "phai_to_giac",  "video-gia-danh-cong-an",
                                   "video-vneid",     "poster-5k2p",    "tin-dia-phuong", "hotline-113"};
    PlayStart s;
    s.site = "ben-xe-my-tho";
    s.bundle = "chien-dich-8-2025@1.2.0";
    s.playlist = "chinh";
    s.item = kItems[i % 12];
    s.mediaHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    s.scheduleRule = "ca-ngay";
    return s;
}

/// Pushes `n` records as fast as the writer drains them; the producer never overruns the
/// queue (that would measure drops, not inserts). Times every record call.
void insertRun(Durability durability, int n, bool plays) {
    char tmpl[] = "/tmp/bench-playlog-XXXXXX";
    std::filesystem::path dir = mkdtemp(tmpl);
    PlayLogOptions o;
    o.dataDir = dir;
    o.durability = durability;
    Latency lat;
    lat.ns.reserve(static_cast<size_t>(n));
    double secs;
    std::uint64_t written;
    {
        PlayLog log(o);
        log.flush(std::chrono::seconds(10)); // opened, key made
        auto start = Clock::now();
        size_t cap = o.queueCapacity;
        for (int i = 0; i < n; ++i) {
            while (log.stats().queueDepth + 8 > cap) std::this_thread::sleep_for(std::chrono::microseconds(50));
            auto t0 = Clock::now();
            if (plays) {
                PlayToken t = log.playStarted(benchPlay(i));
                log.playEnded(t, {Outcome::Completed});
                ++i;
            } else {
                log.event(EventKind::Note, "bench", i);
            }
            lat.ns.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
        }
        log.flush(std::chrono::seconds(120));
        secs = secondsSince(start);
        auto st = log.stats();
        written = st.written;
        if (st.dropped) std::printf("  (dropped %llu)\n", static_cast<unsigned long long>(st.dropped));
    }
    std::printf("  %-7s %-6s %9d records in %6.2f s = %8.0f records/s (%llu committed)\n",
                durability == Durability::Full ? "FULL" : "NORMAL", plays ? "plays" : "events", n, secs, n / secs,
                static_cast<unsigned long long>(written));
    lat.report(plays ? "playStarted+playEnded call" : "event() call");
    std::filesystem::remove_all(dir);
}

/// A realistic fleet: each box reboots every morning, plays a 12-item loop (15–45 s
/// items) from 06:00 to 22:00, with a few failures, skips and interrupts, some touch
/// checks; box 0 starts its first day without a synchronised clock. Written straight
/// through LogStore with the real chain hashes, as `audit merge` would store it.
void generate(const std::filesystem::path& file, std::int64_t targetPlays, int days) {
    std::filesystem::remove(file);
    db::Database db(file);
    db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000");
    migrate(db);
    db.exec("INSERT INTO meta(key, value) VALUES('role', 'audit')");
    LogStore store(db);
    const int durations[12] = {15, 15, 20, 15, 20, 15, 15, 45, 30, 15, 25, 15};
    double loopSec = 0;
    for (int d : durations) loopSec += d;
    std::int64_t playsPerDay = static_cast<std::int64_t>(16 * 3600 / (loopSec / 12));
    int boxes = static_cast<int>(std::max<std::int64_t>(1, targetPlays / (playsPerDay * days)));
    std::printf("generating %d boxes x %d days x ~%lld plays/day into %s\n", boxes, days, static_cast<long long>(playsPerDay),
                file.c_str());
    std::mt19937_64 rng(42);
    const std::int64_t day0 = 1754067600000; // 2025-08-02T00:00:00+07:00
    auto start = Clock::now();
    std::int64_t plays = 0, links = 0;
    for (int b = 0; b < boxes; ++b) {
        auto key = BoxKey::generate();
        LogId uid{};
        for (auto& x : uid) x = static_cast<std::uint8_t>(rng());
        char boxId[32];
        std::snprintf(boxId, sizeof boxId, "box-%03d", b);
        std::string site = "site-" + std::to_string(b / 3);
        LogInfo log;
        db.transaction([&] { log = store.createLog(boxId, key.publicKey(), uid, day0); });
        ChainHead head{0, genesisHash(boxId, key.publicKey(), uid)};
        for (int day = 0; day < days; ++day) {
            db.transaction([&] {
                std::string boot = std::string(boxId) + "-boot-" + std::to_string(day);
                bool unsyncedMorning = b == 0 && day == 0;
                std::int64_t bootWall = day0 + day * kDayMs + 5 * 3600000 + 30 * 60000; // 05:30
                std::int64_t offset = unsyncedMorning ? -bootWall + 1000 : bootWall - 1000; // wall - mono
                std::int64_t mono = 1000;
                auto at = [&](std::int64_t m) {
                    bool synced = !(unsyncedMorning && m < 90 * 60000);
                    std::int64_t wall = synced ? bootWall - 1000 + m : offset + m;
                    return LinkTime{boot, wall, m, synced};
                };
                auto event = [&](const char* kind, std::string detail, std::int64_t value) {
                    EventLink e{head.seq + 1, at(mono), kind, std::move(detail), value};
                    Hash h = chainHash(head.hash, e);
                    store.insertEvent(log.id, e, h);
                    head = {e.seq, h};
                    ++links;
                };
                event("startup", "signage 0.1.0 pid 812", 0);
                mono = 30 * 60000 + 1000; // 06:00
                if (unsyncedMorning) {
                    mono = 90 * 60000 + 1000;
                    event("clock_jump", "ntp", (bootWall - 1000) - offset);
                    event("clock_synced", "", 0);
                    mono = 30 * 60000 + 1000;
                }
                std::int64_t end = mono + 16 * 3600000;
                int i = static_cast<int>(rng() % 12);
                while (mono < end) {
                    int dur = durations[i % 12] * 1000;
                    StartLink s{head.seq + 1, at(mono), benchPlay(i)};
                    s.play.site = site;
                    Hash hs = chainHash(head.hash, s);
                    store.insertStart(log.id, s, hs);
                    head = {s.seq, hs};
                    auto r = rng() % 1000;
                    Outcome out = r < 5 ? Outcome::Failed : r < 8 ? Outcome::Skipped : r < 18 ? Outcome::Interrupted : Outcome::Completed;
                    std::int64_t played = out == Outcome::Completed ? dur : out == Outcome::Interrupted ? dur / 2 : 0;
                    auto t = at(mono + played);
                    EndLink e{head.seq + 1, s.seq, t.wallMs, t.monoMs, t.synced, played, out,
                              out == Outcome::Completed ? "" : "bench"};
                    Hash he = chainHash(head.hash, e);
                    store.updateEnd(log.id, e, he);
                    head = {e.seq, he};
                    links += 2;
                    ++plays;
                    if (rng() % 200 == 0) {
                        TouchLink tl{head.seq + 1, at(mono), TouchCheck{"phone", rng() % 3 ? "scam" : "safe", "gia_danh_cong_an"}};
                        Hash ht = chainHash(head.hash, tl);
                        store.insertTouch(log.id, tl, ht);
                        head = {tl.seq, ht};
                        ++links;
                    }
                    mono += std::max<std::int64_t>(played, 1000) + 300;
                    ++i;
                }
                event("shutdown", "", 0);
            });
        }
        if (b % 10 == 9 || b + 1 == boxes)
            std::printf("  %d/%d boxes, %lld plays, %.0f links/s\n", b + 1, boxes, static_cast<long long>(plays),
                        static_cast<double>(links) / secondsSince(start));
        std::fflush(stdout);
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("generated %lld plays (%lld links) in %.1f s; file %.0f MB\n", static_cast<long long>(plays),
                static_cast<long long>(links), secondsSince(start),
                static_cast<double>(std::filesystem::file_size(file)) / 1e6);
}

void reportRun(const std::filesystem::path& file, const std::string& from, const std::string& to) {
    Filter f;
    parseDay(from, f.fromDay);
    parseDay(to, f.toDay);
    Timer t;
    auto a = AuditDb::open(file);
    std::printf("  open + rollup refresh:        %s\n", t.str().c_str());
    {
        db::Database db(file, db::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT (SELECT count(*) FROM rollup), (SELECT count(*) FROM plays)");
        st.step();
        std::printf("  rollup rows %lld for %lld plays (%.1f plays per row)\n", static_cast<long long>(st.columnInt(0)),
                    static_cast<long long>(st.columnInt(1)),
                    static_cast<double>(st.columnInt(1)) / static_cast<double>(std::max<std::int64_t>(1, st.columnInt(0))));
    }
    t = Timer();
    auto b = AuditDb::open(file);
    std::printf("  open again (nothing new):     %s\n", t.str().c_str());
    std::int64_t plays = 0;
    for (Dim d : {Dim::Day, Dim::Item, Dim::Site, Dim::Playlist, Dim::Hour, Dim::Box}) {
        t = Timer();
        auto g = b.aggregate(f, {d});
        plays = 0;
        for (auto& [k, v] : g) plays += v.plays;
        std::printf("  report --by %-9s %4zu rows %9lld plays %s\n", std::string(dimName(d)).c_str(), g.size(),
                    static_cast<long long>(plays), t.str().c_str());
    }
    t = Timer();
    std::vector<Target> targets(2);
    targets[0].id = "sang";
    targets[0].item = "khong_chuyen_khoan";
    targets[0].windowStartMin = 6 * 60;
    targets[0].windowEndMin = 8 * 60;
    targets[1].id = "toi";
    targets[1].item = "phai_to_giac";
    targets[1].windowStartMin = 17 * 60;
    targets[1].windowEndMin = 19 * 60;
    targets[1].minPerDay = 3;
    targets.push_back(targets[0]);
    targets[2].id = "sang-le"; // a window that cuts hours
    targets[2].windowStartMin = 6 * 60 + 30;
    auto q = evaluateQuota(b, targets, f);
    std::printf("  quota (3 targets):            %s (%lld met, %lld missed)\n", t.str().c_str(), static_cast<long long>(q.met),
                static_cast<long long>(q.missed));
    t = Timer();
    std::ostringstream html;
    HtmlReportOptions ho;
    ho.by = Dim::Item;
    writeHtmlReport(html, b, f, ho, &q);
    std::printf("  html report:                  %s (%zu KB)\n", t.str().c_str(), html.str().size() / 1024);
    {
        // Baseline without the rollup: one GROUP BY over the raw plays of the period.
        db::Database db(file, db::Database::Mode::ReadOnly);
        t = Timer();
        auto st = db.prepare("SELECT item, count(*), sum(played_ms) FROM plays WHERE wall_ms BETWEEN ?1 AND ?2 GROUP BY item");
        st.bind(1, f.fromDay * kDayMs - 7 * 3600000).bind(2, (f.toDay + 1) * kDayMs - 7 * 3600000);
        while (st.step()) {
        }
        std::printf("  (baseline: raw GROUP BY item over plays, no rollup: %s)\n", t.str().c_str());
    }
}

/// What one commit costs with each synchronous level in WAL mode: the price of the
/// power-cut guarantee (one fsync of the WAL per commit with FULL).
void commitRun(int commits) {
    for (auto d : {Durability::Full, Durability::Normal}) {
        char tmpl[] = "/tmp/bench-playlog-XXXXXX";
        std::filesystem::path dir = mkdtemp(tmpl);
        {
            db::Database db(dir / "c.sqlite");
            configureWriter(db, d);
            db.exec("CREATE TABLE t(x)");
            auto ins = db.prepare("INSERT INTO t VALUES(?1)");
            Latency lat;
            for (int i = 0; i < commits; ++i) {
                auto t0 = Clock::now();
                db.exec("BEGIN IMMEDIATE");
                ins.bind(1, static_cast<std::int64_t>(i));
                ins.step();
                ins.reset();
                db.exec("COMMIT");
                lat.ns.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
            }
            lat.report(d == Durability::Full ? "commit, synchronous=FULL" : "commit, synchronous=NORMAL");
        }
        std::filesystem::remove_all(dir);
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string mode = args.empty() ? "quick" : args[0];
    if (mode == "insert" || mode == "quick") {
        int n = args.size() > 1 ? std::stoi(args[1]) : 200000;
        std::printf("PlayLog inserts (writer thread, batches of up to 2048, commit every 250 ms):\n");
        for (auto d : {Durability::Full, Durability::Normal}) {
            insertRun(d, n, false);
            insertRun(d, n, true);
        }
    }
    if (mode == "commit" || mode == "quick") {
        std::printf("One-row commits in WAL mode:\n");
        commitRun(args.size() > 1 && mode == "commit" ? std::stoi(args[1]) : 300);
    }
    if (mode == "generate") {
        if (args.size() < 4) return 2;
        generate(args[1], std::stoll(args[2]), std::stoi(args[3]));
    }
    if (mode == "report") {
        if (args.size() < 4) return 2;
        reportRun(args[1], args[2], args[3]);
    }
    if (mode == "quick") {
        char tmpl[] = "/tmp/bench-playlog-XXXXXX";
        std::filesystem::path dir = mkdtemp(tmpl);
        generate(dir / "audit.sqlite", 1000000, 30);
        std::printf("Report over a month (2025-08-02 .. 2025-08-31):\n");
        reportRun(dir / "audit.sqlite", "2025-08-02", "2025-08-31");
        std::filesystem::remove_all(dir);
    }
    return 0;
}
