// SPDX-License-Identifier: GPL-3.0-or-later
// bench_fleet [--boxes 1000] [--plays 20] [--outage-seconds 60] [--keep DIR]
//
// 1. N boxes, each a real PlayLog and a real fleet::Agent (TLS, its own credential,
//    libmosquitto), all in this process; the office is the real daemon
//    (`signage office run`, a child process) with its own Mosquitto (a child too).
// 2. Fan-out: three emergency alerts for the whole ward, from publish to "verified and
//    taken" in each agent (its "alert ID got" play-log note): p50 / p99 / max.
// 3. Outage drill: the broker is stopped; every box keeps logging plays for the outage;
//    the broker comes back, the boxes catch up: rows in the office store = rows logged,
//    none twice. The catch-up time gives the end-to-end ingest rate.
// 4. Ingest alone: the same batches through office::Ingest into a fresh store, in
//    process (the store's own capacity, no network).
// 5. RSS (VmRSS / VmHWM) of the broker and of the office daemon.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "core/Clock.h"
#include "db/Database.h"
#include "fleet/Agent.h"
#include "fleet/Alert.h"
#include "fleet/LogBatch.h"
#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "office/Broker.h"
#include "office/Ingest.h"
#include "office/OfficeDir.h"
#include "office/Process.h"
#include "playlog/AuditDb.h"
#include "playlog/Merge.h"
#include "playlog/PlayLog.h"

using namespace signage;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::string procField(pid_t pid, const std::string& field) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0) {
            std::istringstream s(line.substr(field.size() + 1));
            long kb = 0;
            s >> kb;
            return std::to_string(kb / 1024) + " MB";
        }
    return "?";
}

std::int64_t query(const fs::path& file, const std::string& sql) {
    try {
        db::Database db(file, db::Database::Mode::ReadOnly);
        auto st = db.prepare(sql);
        return st.step() ? st.columnInt(0) : -1;
    } catch (const std::exception&) {
        return -1;
    }
}

double pct(std::vector<double> v, double p) {
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

struct Box {
    std::string id;
    fs::path dataDir;
    std::unique_ptr<playlog::PlayLog> log;
    std::unique_ptr<fleet::Agent> agent;
    fleet::FleetConfig config;
    std::atomic<std::int64_t> gotAtNs{0};
    std::string waitingFor; // alert id (set before publishing; read in the note callback)
    std::mutex m;
};

void play(Box& b, int n) {
    for (int i = 0; i < n; ++i) {
        playlog::PlayStart s;
        s.site = "cho";
        s.bundle = "chien-dich@1.0.0";
        s.playlist = "chinh";
        s.item = i % 2 ? "khong_chuyen_khoan" : "phai_to_giac";
        auto t = b.log->playStarted(s);
        b.log->playEnded(t, {playlog::Outcome::Completed, {}, 15000});
    }
}
} // namespace

int main(int argc, char** argv) {
    int boxes = 1000, plays = 20, outageSeconds = 60;
    fs::path keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--boxes") boxes = std::atoi(argv[i + 1]);
        else if (a == "--plays") plays = std::atoi(argv[i + 1]);
        else if (a == "--outage-seconds") outageSeconds = std::atoi(argv[i + 1]);
        else if (a == "--keep") keep = argv[i + 1];
    }
    std::signal(SIGPIPE, SIG_IGN);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines as they come, also into a file (make bench tees it)
    fs::path root = keep.empty() ? fs::temp_directory_path() / ("signage-bench-fleet-" + std::to_string(::getpid())) : keep;
    fs::remove_all(root);
    fs::create_directories(root);
    std::printf("bench_fleet: %d boxes, %d plays each during a %d s broker outage, in %s\n", boxes, plays, outageSeconds, root.c_str());

    // --- the office's directory; credentials written in bulk (mosquitto_passwd -U once)
    auto t = Clock::now();
    office::OfficeDir d(root / "office");
    fs::create_directories(d.root());
    const int port = office::freeLoopbackPort();
    std::ofstream(d.settings()) << "[office]\nward = \"phuong-1\"\nport = " << port
                                << "\nbind = \"127.0.0.1\"\nhosts = [\"localhost\", \"127.0.0.1\"]\nspawn_broker = false\nhttp_port = 0\n";
    std::vector<std::string> errors;
    auto s = d.init("phuong-1", errors);
    if (!errors.empty()) {
        std::fprintf(stderr, "%s\n", errors.front().c_str());
        return 1;
    }
    std::string caPem;
    {
        std::ifstream in(d.broker().caCert());
        std::ostringstream o;
        o << in.rdbuf();
        caPem = o.str();
    }
    auto officeKey = playlog::BoxKey::load(d.key());
    std::vector<std::unique_ptr<Box>> fleetBoxes;
    std::string passwd = "office:" + d.officePasswordText() + "\n", trusted;
    for (int i = 0; i < boxes; ++i) {
        auto b = std::make_unique<Box>();
        char name[32];
        std::snprintf(name, sizeof name, "box-%04d", i);
        b->id = name;
        b->dataDir = root / "boxes" / b->id;
        playlog::PlayLogOptions lo;
        lo.dataDir = b->dataDir;
        lo.boxId = b->id;
        lo.durability = playlog::Durability::Normal;
        b->log = std::make_unique<playlog::PlayLog>(lo);
        b->log->flush(std::chrono::seconds(10));
        auto key = playlog::BoxKey::load(b->dataDir / "box.key");
        std::string pw = office::randomSecret();
        passwd += b->id + ":" + pw + "\n";
        trusted += b->id + " " + playlog::toHex(key.publicKey()) + "\n";
        auto& c = b->config;
        c.ward = "phuong-1";
        c.box = c.username = b->id;
        c.site = "cho";
        c.host = "127.0.0.1";
        c.port = port;
        c.password = pw;
        c.caPem = caPem;
        c.officeKey = officeKey.publicKey();
        c.heartbeatSeconds = 60;
        c.batchLinks = 500;
        c.ackTimeoutSeconds = 30;
        fleetBoxes.push_back(std::move(b));
    }
    std::ofstream(d.broker().passwords()) << passwd;
    if (office::runTool({"mosquitto_passwd", "-U", d.broker().passwords().string()}) != 0) {
        std::fprintf(stderr, "mosquitto_passwd -U failed\n");
        return 1;
    }
    std::ofstream(d.trustedKeys()) << trusted;
    d.broker().writeConfig(s.broker);
    std::printf("setup (office init, %d play logs, credentials): %.1f s\n", boxes, msSince(t) / 1000);

    // --- broker and office daemon, both child processes
    office::ChildProcess broker, officeProc;
    auto startBroker = [&] {
        std::string why;
        if (!broker.start({"mosquitto", "-c", d.broker().config().string()}, d.broker().log(), &why)) {
            std::fprintf(stderr, "mosquitto: %s\n", why.c_str());
            std::exit(1);
        }
        for (int i = 0; i < 250 && !office::portAccepts(port); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };
    startBroker();
    {
        std::string why;
        if (!officeProc.start({SIGNAGE_BIN, "office", "run", "--dir", d.root().string()}, root / "office.log", &why)) {
            std::fprintf(stderr, "office: %s\n", why.c_str());
            return 1;
        }
    }

    // --- the boxes' agents
    t = Clock::now();
    for (auto& bp : fleetBoxes) {
        Box* b = bp.get();
        fleet::AgentOptions ao;
        ao.config = b->config;
        ao.dataDir = b->dataDir;
        ao.version = "bench";
        ao.note = [b](const std::string& detail) {
            {
                std::lock_guard lock(b->m);
                if (!b->waitingFor.empty() && detail == "alert " + b->waitingFor + " got")
                    b->gotAtNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
            }
            b->log->event(playlog::EventKind::Note, detail);
        };
        b->agent = std::make_unique<fleet::Agent>(ao);
        std::string why;
        if (!b->agent->start(&why)) {
            std::fprintf(stderr, "%s: %s\n", b->id.c_str(), why.c_str());
            return 1;
        }
    }
    auto allConnected = [&] {
        for (auto& b : fleetBoxes)
            if (!b->agent->stats().connected) return false;
        return true;
    };
    while (!allConnected() && msSince(t) < 180'000) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::printf("%d agents connected (TLS): %.1f s%s\n", boxes, msSince(t) / 1000, allConnected() ? "" : " (NOT ALL)");
    std::this_thread::sleep_for(std::chrono::seconds(3)); // first uploads and statuses settle
    std::printf("idle RSS: broker %s, office %s\n", procField(broker.pid(), "VmRSS").c_str(), procField(officeProc.pid(), "VmRSS").c_str());

    // --- fan-out: emergency alerts for the whole ward
    fleet::MqttOptions m;
    m.port = port;
    m.clientId = "office-bench";
    m.cleanSession = true;
    m.username = "office";
    m.password = d.officePasswordText();
    m.caFile = d.broker().caCert().string();
    fleet::MqttClient pub(m);
    pub.start();
    while (!pub.connected()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    fleet::Topics topics{"phuong-1"};
    std::vector<double> all;
    for (int round = 1; round <= 3; ++round) {
        fleet::Alert a;
        a.id = "a-bench-" + std::to_string(round);
        a.ward = "phuong-1";
        a.level = fleet::AlertLevel::Emergency;
        a.item = "canh-bao-khan";
        a.message = "Cảnh báo khẩn (bench)";
        a.issuedMs = a.startMs = core::RealClock{}.wallNow();
        a.expiryMs = a.startMs + 20'000;
        for (auto& b : fleetBoxes) {
            std::lock_guard lock(b->m);
            b->waitingFor = a.id;
            b->gotAtNs = 0;
        }
        std::string wire = fleet::signAlert(a, officeKey);
        const auto sent = Clock::now();
        const std::int64_t sentNs = std::chrono::duration_cast<std::chrono::nanoseconds>(sent.time_since_epoch()).count();
        pub.publish(topics.alert(a.id), wire, 1, true);
        auto got = [&] {
            int n = 0;
            for (auto& b : fleetBoxes) n += b->gotAtNs.load() != 0;
            return n;
        };
        while (got() < boxes && msSince(sent) < 30'000) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::vector<double> lat;
        for (auto& b : fleetBoxes)
            if (auto ns = b->gotAtNs.load()) lat.push_back(static_cast<double>(ns - sentNs) / 1e6);
        all.insert(all.end(), lat.begin(), lat.end());
        std::printf("fan-out %d: %zu/%d boxes took it; p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", round, lat.size(), boxes, pct(lat, 0.5),
                    pct(lat, 0.99), pct(lat, 1.0));
        pub.publish(topics.alert(a.id), "", 1, true); // clear the retained alert
        std::this_thread::sleep_for(std::chrono::seconds(2));
    }
    std::printf("fan-out, all rounds: p50 %.0f ms, p99 %.0f ms, max %.0f ms (goal p99 <= 1000 ms)\n", pct(all, 0.5), pct(all, 0.99), pct(all, 1.0));
    pub.stop();

    // --- outage drill
    const fs::path store = d.fleetLog();
    const std::int64_t before = query(store, "SELECT count(*) FROM plays");
    std::printf("outage: broker stopped for %d s; every box logs %d plays meanwhile\n", outageSeconds, plays);
    broker.stop();
    t = Clock::now();
    const int rounds = std::max(1, std::min(plays, outageSeconds)); // plays spread over the outage
    for (int r = 0; r < rounds; ++r) {
        int n = plays / rounds + (r < plays % rounds ? 1 : 0);
        for (auto& b : fleetBoxes) play(*b, n);
        auto due = t + std::chrono::milliseconds(static_cast<long>((r + 1) * 1000.0 * outageSeconds / rounds));
        std::this_thread::sleep_until(due);
    }
    for (auto& b : fleetBoxes) b->log->flush(std::chrono::seconds(30));
    const std::int64_t expected = before + static_cast<std::int64_t>(boxes) * plays;
    startBroker();
    const auto back = Clock::now();
    std::int64_t now = 0;
    double firstRow = -1;
    while ((now = query(store, "SELECT count(*) FROM plays")) < expected && msSince(back) < 600'000) {
        if (firstRow < 0 && now > before) firstRow = msSince(back) / 1000;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const double catchUp = msSince(back) / 1000;
    if (firstRow < 0) firstRow = catchUp;
    const double flow = std::max(0.05, catchUp - firstRow);
    std::printf("catch-up: %lld of %lld plays in the office store %.1f s after the broker came back (first new row at %.1f s: reconnect "
                "back-off; then %.0f plays/s, %.0f links/s end to end)\n",
                static_cast<long long>(now), static_cast<long long>(expected), catchUp, firstRow, (now - before) / flow, 2.0 * (now - before) / flow);
    std::this_thread::sleep_for(std::chrono::seconds(2)); // anything late would show as a duplicate now
    const std::int64_t rows = query(store, "SELECT count(*) FROM plays");
    const std::int64_t distinct = query(store, "SELECT count(*) FROM (SELECT DISTINCT log, seq FROM plays)");
    const std::int64_t logged = [&] {
        std::int64_t n = 0;
        for (auto& b : fleetBoxes) n += query(b->dataDir / "playlog.sqlite", "SELECT count(*) FROM plays");
        return n;
    }();
    std::printf("drill: boxes logged %lld plays, office holds %lld rows (%lld distinct): %lld lost, %lld duplicated\n", static_cast<long long>(logged),
                static_cast<long long>(rows), static_cast<long long>(distinct), static_cast<long long>(logged - distinct),
                static_cast<long long>(rows - distinct));
    std::printf("peak RSS: broker %s, office %s (now %s, %s)\n", procField(broker.pid(), "VmHWM").c_str(), procField(officeProc.pid(), "VmHWM").c_str(),
                procField(broker.pid(), "VmRSS").c_str(), procField(officeProc.pid(), "VmRSS").c_str());

    for (auto& b : fleetBoxes) b->agent->stop();
    officeProc.stop();
    broker.stop();

    // --- ingest alone: every box's log as 500-link batches into a fresh store
    std::vector<fleet::LogBatch> batches;
    std::size_t links = 0;
    for (auto& b : fleetBoxes) {
        b->log.reset();
        db::Database bl(b->dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto key = playlog::BoxKey::load(b->dataDir / "box.key");
        std::int64_t after = 0;
        while (auto batch = fleet::readBatch(bl, key, after, 500, core::RealClock{}.wallNow())) {
            after = batch->headSeq;
            links += batch->links.size();
            std::string wire = fleet::encodeBatch(*batch);
            batches.push_back(*fleet::decodeBatch(wire, nullptr));
            batches.back().sender = b->id;
        }
    }
    {
        auto fresh = playlog::openAuditDatabase(root / "ingest-only.sqlite");
        std::vector<std::string> errs;
        office::Ingest ingest(fresh, playlog::readTrustedKeys(d.trustedKeys(), errs));
        t = Clock::now();
        for (size_t i = 0; i < batches.size(); i += 256) {
            std::vector<fleet::LogBatch> group(batches.begin() + static_cast<long>(i), batches.begin() + static_cast<long>(std::min(batches.size(), i + 256)));
            ingest.apply(std::move(group), core::RealClock{}.wallNow());
        }
        const double secs = msSince(t) / 1000;
        const std::int64_t playsStored = [&] {
            auto st = fresh.prepare("SELECT count(*) FROM plays");
            return st.step() ? st.columnInt(0) : 0;
        }();
        std::printf("ingest alone: %zu batches, %zu links (%lld plays) in %.2f s: %.0f links/s, %.0f plays/s (goal >= 50k rows/s)\n", batches.size(), links,
                    static_cast<long long>(playsStored), secs, static_cast<double>(links) / secs, static_cast<double>(playsStored) / secs);
    }
    if (keep.empty()) fs::remove_all(root);
    return 0;
}
