// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/Office.h"

#include <fstream>
#include <map>
#include <sstream>
#include <toml++/toml.h>
#include <variant>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "db/Database.h"
#include "fleet/LogBatch.h"
#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "office/BundleServer.h"
#include "office/DailyReport.h"
#include "fleet/BundleAnnounce.h"
#include "fleet/Download.h"
#include "office/Ingest.h"
#include "office/OfficeConnection.h"
#include "playlog/BoxKey.h"
#include "playlog/Dating.h"
#include "playlog/Merge.h"

namespace signage::office {

using core::tr;

namespace {
const core::Logger kLog("office");
constexpr std::int64_t kClockWarnMs = 5 * 60'000; // a box clock this far off gets a log line

struct Message {
    std::string topic, payload;
};

const char* kOfficeSchema = R"sql(
CREATE TABLE IF NOT EXISTS box_status(box TEXT PRIMARY KEY, state TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL DEFAULT '',
  status_ms INTEGER NOT NULL DEFAULT 0, heartbeat_ms INTEGER NOT NULL DEFAULT 0, clock_offset_ms INTEGER NOT NULL DEFAULT 0,
  since_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS alerts(id TEXT PRIMARY KEY, level TEXT NOT NULL, wire TEXT NOT NULL, issued_ms INTEGER NOT NULL,
  expiry_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS alert_acks(alert TEXT NOT NULL, box TEXT NOT NULL, state TEXT NOT NULL, at_ms INTEGER NOT NULL,
  received_ms INTEGER NOT NULL, PRIMARY KEY(alert, box, state));
)sql";
} // namespace

struct Office::Impl {
    OfficeDir dir;
    OfficeSettings settings;
    const core::Clock& clock;
    fleet::Topics topics;
    BrokerProcess broker;
    std::unique_ptr<BundleServer> http;
    std::unique_ptr<fleet::MqttClient> mqtt;
    core::BoundedQueue<Message> inbox{65536};
    std::thread worker;
    std::atomic<bool> running{false};

    std::mutex dbMutex; // guards fleetLog, officeDb, ingest (worker and API callers)
    std::optional<db::Database> fleetLog, officeDb;
    std::unique_ptr<Ingest> ingest;
    std::map<std::string, std::int64_t> clockWarned; // box -> office ms of the last warning (worker only)

    mutable std::mutex statsMutex; // guards stats
    OfficeStats stats;
    std::int64_t nextReportMs = 0; // worker only

    Impl(OfficeDir d, OfficeSettings s, const core::Clock& c)
        : dir(std::move(d)), settings(std::move(s)), clock(c), topics{settings.broker.ward}, broker(dir.broker()) {}

    void run();
    void handleBatches(std::vector<Message>& batches);
    void handleStatus(const std::string& box, const std::string& leaf, const std::string& payload);
    void storeScreenshot(const std::string& box, const std::string& bytes);
    mutable std::mutex shotMutex; // guards shots
    std::map<std::string, Screenshot> shots;
    std::int64_t computeNextReport(std::int64_t now) const {
        auto lt = playlog::localTime(now, settings.utcOffsetMin);
        std::int64_t at = (lt.day * playlog::kDayMs + settings.reportMinute * 60'000LL) - settings.utcOffsetMin * 60'000LL;
        return at > now ? at : at + playlog::kDayMs;
    }
};

Office::Office(OfficeDir dir, OfficeSettings settings, const core::Clock& clock)
    : _impl(std::make_unique<Impl>(std::move(dir), std::move(settings), clock)) {}

Office::~Office() { stop(); }

bool Office::start(std::string* error) {
    auto& i = *_impl;
    try {
        std::lock_guard lock(i.dbMutex);
        i.fleetLog.emplace(playlog::openAuditDatabase(i.dir.fleetLog()));
        i.officeDb.emplace(openOfficeDb(i.dir));
        std::vector<std::string> errors;
        i.ingest = std::make_unique<Ingest>(*i.fleetLog, playlog::readTrustedKeys(i.dir.trustedKeys(), errors));
        for (const auto& e : errors) kLog.warn(e);
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return false;
    }
    const BrokerLink& link = i.settings.brokerLink;
    // External: the district's cluster is the broker; nothing is started or written here.
    if (!link.external() && i.settings.spawnBroker && !startBroker(error)) return false;
    if (i.settings.httpPort != 0) {
        BundleServerOptions h;
        h.dir = i.dir.bundles();
        h.bind = i.settings.httpBind;
        h.port = i.settings.httpPort;
        h.cert = i.dir.broker().serverCert();
        h.key = i.dir.broker().serverKey();
        i.http = std::make_unique<BundleServer>(h);
        std::string why;
        if (!i.http->start(&why)) {
            // The office still runs alerts and logs; USB stays a full path for content.
            kLog.error(tr("không mở được máy chủ gói nội dung: ", "bundle server not started: ") + why);
            i.http.reset();
        }
    }
    fleet::MqttOptions m;
    try {
        m = officeMqttOptions(i.dir, i.settings);
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return false;
    }
    const std::string where =
        link.external() ? link.url + " (client id " + m.clientId + ")" : "127.0.0.1:" + std::to_string(m.port);
    i.mqtt = std::make_unique<fleet::MqttClient>(m);
    i.mqtt->onMessage([&i](const std::string& topic, std::string_view payload) {
        if (!i.inbox.tryPush(Message{topic, std::string(payload)}))
            kLog.warn("office inbox full, dropped " + topic + " (the box re-sends: no ack went out)");
    });
    i.mqtt->onConnect([&i, where](bool up, int code) {
        {
            std::lock_guard lock(i.statsMutex);
            i.stats.brokerConnected = up;
        }
        if (up) kLog.info(tr("văn phòng đã kết nối broker ", "office connected to the broker ") + where);
        else
            kLog.warn(tr("văn phòng mất kết nối broker ", "office lost the broker ") + where + ": " +
                      fleet::MqttClient::describe(code));
    });
    i.mqtt->subscribe(i.topics.allBoxes("log"), 1);
    i.mqtt->subscribe(i.topics.allBoxes("status"), 1);
    i.mqtt->subscribe(i.topics.allBoxes("heartbeat"), 0);
    i.mqtt->subscribe(i.topics.allBoxes("alert-ack"), 1);
    i.mqtt->subscribe(i.topics.allBoxes("screenshot"), 1);
    if (!i.mqtt->start(error)) return false;
    i.nextReportMs = i.computeNextReport(i.clock.wallNow());
    i.running = true;
    i.worker = std::thread([&i] { i.run(); });
    return true;
}

void Office::stop() {
    auto& i = *_impl;
    if (i.running.exchange(false)) {
        i.inbox.close();
        if (i.worker.joinable()) i.worker.join();
    }
    if (i.mqtt) i.mqtt->stop();
    if (i.http) i.http->stop();
    i.broker.stop();
}

int Office::httpPort() const { return _impl->http ? _impl->http->port() : 0; }

std::string Office::announceBundle(const std::filesystem::path& bundle, const std::vector<std::string>& boxes) {
    auto& i = *_impl;
    for (const auto& b : boxes)
        if (!fleet::validName(b)) throw std::runtime_error(tr("tên máy không hợp lệ: ", "invalid box name: ") + b);
    if (!i.http)
        throw std::runtime_error(
            tr("máy chủ gói nội dung không chạy (http_port)", "the bundle server is not running (http_port)"));
    OfficeSettings s = i.settings;
    s.httpPort = i.http->port();
    fleet::BundleAnnouncement a = stageBundle(i.dir, s, bundle, i.clock.wallNow());
    auto key = playlog::BoxKey::load(i.dir.key());
    std::string wire = fleet::signAnnouncement(a, key);
    if (boxes.empty()) i.mqtt->publish(i.topics.bundle(), wire, 1, true);
    for (const auto& b : boxes) i.mqtt->publish(i.topics.box(b, "bundle"), wire, 1, true);
    kLog.warn(tr("đã thông báo gói ", "bundle announced ") + a.id + "@" + a.version + " (" + std::to_string(a.size) +
              " B) " +
              (boxes.empty() ? tr("cho cả phường", "to the ward")
                             : tr("cho ", "to ") + std::to_string(boxes.size()) + tr(" máy", " boxes")));
    return wire;
}

bool Office::startBroker(std::string* error) {
    auto& i = *_impl;
    if (i.settings.brokerLink.external()) {
        const std::string why =
            tr("broker ngoài (office.toml [broker] mode = \"external\"): văn phòng không chạy Mosquitto",
               "external broker (office.toml [broker] mode = \"external\"): the office runs no Mosquitto");
        kLog.error(why);
        if (error) *error = why;
        return false;
    }
    i.dir.broker().writeConfig(i.settings.broker);
    std::string why;
    if (!i.broker.start(i.settings.broker.port, &why)) {
        kLog.error(tr("không khởi động được Mosquitto: ", "cannot start Mosquitto: ") + why);
        if (error) *error = why;
        return false;
    }
    return true;
}

void Office::stopBroker() { _impl->broker.stop(); }

void Office::reloadCredentials() {
    auto& i = *_impl;
    std::vector<std::string> errors;
    auto keys = playlog::readTrustedKeys(i.dir.trustedKeys(), errors);
    for (const auto& e : errors) kLog.warn(e);
    {
        std::lock_guard lock(i.dbMutex);
        if (i.ingest) i.ingest->setTrusted(std::move(keys));
    }
    // External: the cluster's accounts are its administrator's (accounts-to-provision.jsonl).
    if (!i.settings.brokerLink.external()) i.broker.reload();
}

void Office::Impl::handleBatches(std::vector<Message>& msgs) {
    std::vector<fleet::LogBatch> batches;
    std::vector<std::string> topicBox;
    for (auto& m : msgs) {
        auto t = topics.parseBox(m.topic);
        std::string error;
        auto b = fleet::decodeBatch(m.payload, &error);
        if (!b) {
            kLog.warn(tr("lô sổ phát hỏng từ ", "malformed log batch from ") + t->id + ": " + error);
            std::lock_guard lock(statsMutex);
            ++stats.refused;
            continue;
        }
        b->sender = t->id; // the broker authenticated this topic; Ingest checks the key enrolled for it
        topicBox.push_back(t->id);
        batches.push_back(std::move(*b));
    }
    if (batches.empty()) return;
    std::vector<IngestResult> results;
    try {
        std::lock_guard lock(dbMutex);
        results = ingest->apply(std::move(batches), clock.wallNow());
    } catch (const std::exception& e) {
        // Nothing committed, no ack sent: the boxes re-send after their ack timeout.
        kLog.error(tr("ghi kho sổ phát lỗi (các máy sẽ gửi lại): ", "fleet store write failed (boxes will re-send): ") + e.what());
        return;
    }
    std::lock_guard lock(statsMutex);
    for (size_t k = 0; k < results.size(); ++k) {
        const auto& r = results[k];
        ++stats.batches;
        switch (r.status) {
        case IngestResult::Status::Stored: ++stats.stored; break;
        case IngestResult::Status::Duplicate: ++stats.duplicates; break;
        case IngestResult::Status::Waiting: ++stats.waiting; break;
        case IngestResult::Status::Refused: ++stats.refused; break;
        }
        stats.linksStored += static_cast<std::uint64_t>(r.added);
        if (r.status == IngestResult::Status::Refused) {
            kLog.warn(tr("từ chối lô sổ phát của ", "log batch refused from ") + topicBox[k] + ": " + r.error);
            mqtt->publish(topics.box(topicBox[k], "ack"), "refused " + r.logHex + " " + r.error, 1, false);
        } else {
            // The office's wall clock goes with it: boxes judge alert times on it.
            mqtt->publish(topics.box(topicBox[k], "ack"),
                          r.logHex + " " + std::to_string(r.ackSeq) + " " + std::to_string(clock.wallNow()), 1, false);
        }
    }
}

void Office::Impl::handleStatus(const std::string& box, const std::string& leaf, const std::string& payload) {
    const std::int64_t now = clock.wallNow();
    // core's reader, so a broken message is logged at line:col under the box's topic name.
    // Unknown keys are ignored: a newer box may say more, and the payload is kept verbatim.
    const core::TomlSource src{{}, box + "/" + leaf};
    core::Diagnostics diags;
    auto parsed = core::parseToml(payload, src, diags);
    for (const auto& d : diags.all()) kLog.warn(d.format());
    if (!parsed) return;
    const toml::table& t = *parsed;
    std::lock_guard lock(dbMutex);
    if (leaf == "status") {
        std::string state = t["state"].value_or(std::string());
        // Boxes repeat their status every minute: since_ms moves only when the state changes
        // (the console's "since"), status_ms with every message.
        auto st = officeDb->prepare(
            "INSERT INTO box_status(box, state, payload, status_ms, since_ms) VALUES(?1,?2,?3,?4,?4) "
            "ON CONFLICT(box) DO UPDATE SET state=?2, payload=CASE WHEN ?2='offline' THEN payload ELSE ?3 END, "
            "status_ms=?4, since_ms=CASE WHEN box_status.state=?2 AND box_status.since_ms>0 "
            "THEN box_status.since_ms ELSE ?4 END");
        st.bind(1, box).bind(2, state).bind(3, payload).bind(4, now);
        st.step();
        if (state == "offline") kLog.warn(tr("máy ngoại tuyến: ", "box offline: ") + box);
        std::lock_guard s(statsMutex);
        ++stats.statusMessages;
    } else if (leaf == "heartbeat") {
        std::int64_t offset = t["wall_ms"].value_or(now) - now;
        auto st = officeDb->prepare("INSERT INTO box_status(box, heartbeat_ms, clock_offset_ms) VALUES(?1,?2,?3) ON CONFLICT(box) DO "
                                    "UPDATE SET heartbeat_ms=?2, clock_offset_ms=?3");
        st.bind(1, box).bind(2, now).bind(3, offset);
        st.step();
        // The office's time back to the box: it judges alert times on it (fleet/Agent.cpp).
        mqtt->publish(topics.box(box, "ack"), "time " + std::to_string(clock.wallNow()), 0, false);
        if ((offset > kClockWarnMs || offset < -kClockWarnMs) && now - clockWarned[box] > 3'600'000) {
            clockWarned[box] = now;
            kLog.warn(tr("đồng hồ máy ", "clock of box ") + box + tr(" lệch ", " is off by ") + std::to_string(offset / 60'000) +
                      tr(" phút so với văn phòng (sổ phát được định ngày lại theo đồng hồ đơn điệu)",
                         " min against the office (its rows are re-dated from monotonic time)"));
        }
    } else if (leaf == "alert-ack") {
        auto st = officeDb->prepare("INSERT OR IGNORE INTO alert_acks(alert, box, state, at_ms, received_ms) VALUES(?1,?2,?3,?4,?5)");
        st.bind(1, t["id"].value_or(std::string())).bind(2, box).bind(3, t["state"].value_or(std::string()));
        st.bind(4, t["at_ms"].value_or(std::int64_t{0})).bind(5, now);
        st.step();
        std::lock_guard s(statsMutex);
        ++stats.alertAcks;
    }
}

void Office::Impl::storeScreenshot(const std::string& box, const std::string& bytes) {
    namespace fs = std::filesystem;
    const bool jpeg = bytes.size() > 3 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
                      static_cast<unsigned char>(bytes[1]) == 0xD8;
    const bool png = bytes.size() > 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0;
    if (!fleet::validName(box) || (!jpeg && !png) || bytes.size() > 1024 * 1024) {
        kLog.warn(tr("ảnh chụp màn hình không hợp lệ từ ", "unusable screenshot from ") + box + " (" +
                  std::to_string(bytes.size()) + " B)");
        return;
    }
    std::error_code ec;
    fs::create_directories(dir.screenshots(), ec);
    fs::path file = dir.screenshots() / (box + (jpeg ? ".jpg" : ".png")), tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << bytes;
        if (!out) {
            kLog.warn(tr("không ghi được ", "cannot write ") + tmp.string());
            return;
        }
    }
    fs::rename(tmp, file, ec);
    fs::remove(dir.screenshots() / (box + (jpeg ? ".png" : ".jpg")), ec); // the latest only
    {
        // Counted before it is published: whoever sees the shot also sees it counted.
        std::lock_guard lock(statsMutex);
        ++stats.screenshots;
    }
    std::lock_guard lock(shotMutex);
    shots[box] = Screenshot{file, clock.wallNow(), bytes.size()};
}

void Office::Impl::run() {
    while (running) {
        auto first = inbox.popFor(std::chrono::milliseconds(500));
        if (std::string why; mqtt->revive(&why))
            kLog.warn(tr("văn phòng khởi động lại kết nối broker: ", "the office restarts its broker connection: ") +
                      why);
        std::vector<Message> batches;
        auto take = [&](Message&& m) {
            auto t = topics.parseBox(m.topic);
            if (!t) return;
            if (t->leaf == "log") batches.push_back(std::move(m));
            else if (t->leaf == "screenshot") storeScreenshot(t->id, m.payload);
            else handleStatus(t->id, t->leaf, m.payload);
        };
        if (first) {
            take(std::move(*first));
            // Group commit: whatever else is already waiting goes into the same transaction.
            while (batches.size() < 256)
                if (auto more = inbox.tryPop()) take(std::move(*more));
                else break;
        }
        handleBatches(batches);
        const std::int64_t now = clock.wallNow();
        if (now >= nextReportMs) {
            std::int64_t yesterday = playlog::localTime(now, settings.utcOffsetMin).day - 1;
            try {
                auto file = writeDailyReport(dir, settings, yesterday, &dbMutex);
                kLog.info(tr("báo cáo ngày: ", "daily report: ") + file.string());
            } catch (const std::exception& e) {
                kLog.error(tr("không viết được báo cáo ngày: ", "daily report failed: ") + e.what());
            }
            nextReportMs = computeNextReport(now);
        }
    }
}

std::string Office::publishAlert(fleet::Alert a, const std::string& by) {
    auto& i = *_impl;
    const std::int64_t now = i.clock.wallNow();
    if (a.ward.empty()) a.ward = i.settings.broker.ward;
    if (a.issuedMs == 0) a.issuedMs = now;
    if (a.startMs == 0) a.startMs = now;
    if (a.id.empty()) a.id = "a-" + std::to_string(now) + "-" + randomSecret().substr(0, 6);
    auto key = playlog::BoxKey::load(i.dir.key());
    std::string wire = fleet::signAlert(a, key);
    {
        std::lock_guard lock(i.dbMutex);
        recordAlert(*i.officeDb, a, wire, by);
    }
    i.mqtt->publish(i.topics.alert(a.id), wire, 1, true);
    kLog.warn(tr("đã phát cảnh báo ", "alert published ") + std::string(fleet::alertLevelName(a.level)) + " " + a.id);
    return wire;
}

std::vector<BoxStatus> Office::boxes() {
    auto& i = *_impl;
    std::vector<BoxStatus> out;
    std::lock_guard lock(i.dbMutex);
    auto st = i.officeDb->prepare(
        "SELECT box, state, payload, status_ms, heartbeat_ms, clock_offset_ms, since_ms FROM box_status "
        "ORDER BY box");
    while (st.step())
        out.push_back({st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3), st.columnInt(4),
                       st.columnInt(5), 0, st.columnInt(6)});
    for (auto& b : out) {
        auto q = i.fleetLog->prepare("SELECT max(seq) FROM (SELECT max(seq) AS seq FROM plays p JOIN logs l ON l.id=p.log WHERE l.box_id=?1 "
                                     "UNION ALL SELECT max(end_seq) FROM plays p JOIN logs l ON l.id=p.log WHERE l.box_id=?1 "
                                     "UNION ALL SELECT max(seq) FROM events e JOIN logs l ON l.id=e.log WHERE l.box_id=?1)");
        q.bind(1, b.box);
        if (q.step() && !q.columnIsNull(0)) b.storedSeq = q.columnInt(0);
    }
    return out;
}

bool Office::requestScreenshot(const std::string& box, int maxWidth) {
    auto& i = *_impl;
    if (!fleet::validName(box) || !i.mqtt || !i.mqtt->connected()) return false;
    return i.mqtt->publish(i.topics.box(box, "screenshot-request"), "max_width = " + std::to_string(maxWidth) + "\n", 1,
                           false) >= 0;
}

std::optional<Screenshot> Office::latestScreenshot(const std::string& box) const {
    auto& i = *_impl;
    {
        std::lock_guard lock(i.shotMutex);
        if (auto it = i.shots.find(box); it != i.shots.end()) return it->second;
    }
    // From an earlier run of the office: the file is there.
    if (!fleet::validName(box)) return std::nullopt;
    for (const char* ext : {".jpg", ".png"}) {
        std::error_code ec;
        auto f = i.dir.screenshots() / (box + ext);
        auto size = std::filesystem::file_size(f, ec);
        if (!ec) {
            auto t = std::filesystem::last_write_time(f, ec);
            auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::file_clock::to_sys(t).time_since_epoch())
                          .count();
            return Screenshot{f, ms, size};
        }
    }
    return std::nullopt;
}

std::vector<AlertAck> Office::alertAcks(const std::string& alertId) {
    auto& i = *_impl;
    std::vector<AlertAck> out;
    std::lock_guard lock(i.dbMutex);
    auto st = i.officeDb->prepare("SELECT alert, box, state, at_ms, received_ms FROM alert_acks WHERE alert=?1 ORDER BY box, at_ms");
    st.bind(1, alertId);
    while (st.step()) out.push_back({st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3), st.columnInt(4)});
    return out;
}

OfficeStats Office::stats() const {
    std::lock_guard lock(_impl->statsMutex);
    return _impl->stats;
}

std::filesystem::path Office::writeReport(std::int64_t day) { return writeDailyReport(_impl->dir, _impl->settings, day, &_impl->dbMutex); }

const OfficeDir& Office::dir() const { return _impl->dir; }
const OfficeSettings& Office::settings() const { return _impl->settings; }

playlog::MergeResult Office::mergeUsbExport(const std::filesystem::path& exportFile) {
    auto& i = *_impl;
    std::vector<std::string> errors;
    auto trusted = playlog::readTrustedKeys(i.dir.trustedKeys(), errors);
    for (const auto& e : errors) kLog.warn(e);
    // The office is the witness of a USB visit: it cosigns the export's latest checkpoint
    // with its own key (the one that signs bundles and alerts), so that a later export that
    // does not extend it, a new log id for the box or a gap is found (witness_findings,
    // shown on the console). Without a readable key the merge still runs, unwitnessed.
    std::optional<playlog::BoxKey> key;
    try {
        key = playlog::BoxKey::load(i.dir.key());
    } catch (const std::exception& e) {
        kLog.warn(tr("không đọc được khoá văn phòng, gộp không ký xác nhận: ",
                     "office key unreadable, merging without cosigning: ") +
                  e.what());
    }
    std::lock_guard lock(i.dbMutex);
    playlog::OfficeWitness witness{key ? &*key : nullptr,
                                   i.settings.broker.ward.empty() ? "office" : i.settings.broker.ward};
    if (key) {
        // A store cosigned before under another name (`audit merge --office-key` by hand)
        // keeps that name: the key is what the boxes check.
        auto st = i.fleetLog->prepare("SELECT value FROM meta WHERE key='office_key'");
        const std::string mine = playlog::toHex(key->publicKey()) + " ";
        if (st.step() && st.columnText(0).rfind(mine, 0) == 0) witness.name = st.columnText(0).substr(mine.size());
    }
    return playlog::mergeExport(*i.fleetLog, exportFile, trusted, i.clock.wallNow(), {}, key ? &witness : nullptr);
}

std::vector<Office::AlertRecord> Office::recentAlerts(std::size_t limit) {
    auto& i = *_impl;
    std::vector<AlertRecord> out;
    std::lock_guard lock(i.dbMutex);
    auto st = i.officeDb->prepare(
        "SELECT id, level, wire, sent_by, issued_ms, expiry_ms FROM alerts ORDER BY issued_ms DESC, id LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    while (st.step())
        out.push_back(
            {st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnInt(4), st.columnInt(5)});
    return out;
}

void recordAlert(db::Database& officeDb, const fleet::Alert& a, const std::string& wire, const std::string& by) {
    auto st = officeDb.prepare("INSERT OR REPLACE INTO alerts(id, level, wire, issued_ms, expiry_ms, sent_by) "
                               "VALUES(?1,?2,?3,?4,?5,?6)");
    st.bind(1, a.id).bind(2, fleet::alertLevelName(a.level)).bind(3, wire).bind(4, a.issuedMs).bind(5, a.expiryMs);
    st.bind(6, by);
    st.step();
}

db::Database openOfficeDb(const OfficeDir& dir) {
    db::Database d(dir.officeDb());
    d.exec("PRAGMA journal_mode=WAL");
    d.exec(kOfficeSchema);
    // office.sqlite files from before the console recorded who sent an alert.
    bool hasBy = false;
    auto cols = d.prepare("PRAGMA table_info(alerts)");
    while (cols.step())
        if (cols.columnText(1) == "sent_by") hasBy = true;
    if (!hasBy) d.exec("ALTER TABLE alerts ADD COLUMN sent_by TEXT NOT NULL DEFAULT ''");
    // ... and from before it knew since when a box is online/offline.
    bool hasSince = false;
    auto boxCols = d.prepare("PRAGMA table_info(box_status)");
    while (boxCols.step())
        if (boxCols.columnText(1) == "since_ms") hasSince = true;
    if (!hasSince) d.exec("ALTER TABLE box_status ADD COLUMN since_ms INTEGER NOT NULL DEFAULT 0");
    return d;
}

void Office::withStoreLocked(const std::function<void()>& fn) {
    std::lock_guard lock(_impl->dbMutex);
    fn();
}

} // namespace signage::office
