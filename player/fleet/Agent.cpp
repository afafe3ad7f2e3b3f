// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Agent.h"

#include <algorithm>
#include <condition_variable>
#include <fstream>
#include <sys/stat.h>
#include <optional>
#include <sstream>
#include <variant>
#include <vector>

#include <toml++/toml.h>

#include "core/Json.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "db/Database.h"
#include "fleet/Alert.h"
#include "fleet/BundleAnnounce.h"
#include "fleet/Download.h"
#include "fleet/LogBatch.h"
#include "fleet/MqttClient.h"
#include "fleet/Screenshot.h"
#include "fleet/Topics.h"
#include "playlog/TimeSource.h"
#include "schedule/InterruptControl.h"

namespace signage::fleet {

using core::tr;

int screenshotRequestWidth(std::string_view payload, core::Diagnostics& diags) {
    constexpr int kDefaultWidth = 320;
    const core::TomlSource src{{}, "screenshot-request"};
    auto t = core::parseToml(payload, src, diags);
    if (!t) return kDefaultWidth;
    // No rejectUnknownKeys: keys this box does not know are ignored (policy "ignored").
    core::TomlTable r(*t, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
    auto v = r.integer("max_width");
    return v ? static_cast<int>(std::clamp<std::int64_t>(*v, 16, 1280)) : kDefaultWidth;
}

namespace {
const core::Logger kLog("fleet");

struct Inbound {
    struct Message {
        std::string topic, payload;
    };
    struct Connection {
        bool up = false;
        int code = 0;
    };
    struct Frame {
        std::vector<std::uint8_t> rgba;
        int w = 0, h = 0, maxWidth = 320;
    };
    std::variant<Message, Connection, AgentSnapshot, Frame> what;
};

std::string fileStamp(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return "-";
    return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ";";
}

void writeAtomically(const std::filesystem::path& file, const std::string& text) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    auto tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << text;
    }
    std::filesystem::rename(tmp, file, ec);
}

// One alert the box took, until it ended.
struct ActiveAlert {
    Alert alert;
    bool applied = false, shown = false;
    std::uint64_t itemsAtArrival = 0; // AgentSnapshot::itemsStarted when it came
    core::SteadyMs arrived = 0;
};
// A priority or normal item alert waits for the current item to end, at most this long.
constexpr core::SteadyMs kBoundaryWaitMs = 60'000;
} // namespace

struct Agent::Impl {
    AgentOptions o;
    core::RealClock realClock;
    const core::Clock& clock;
    Topics topics;
    playlog::SystemTimeSource time;
    std::unique_ptr<MqttClient> mqtt;
    core::BoundedQueue<Inbound> inbox{4096}; // network thread and render thread -> worker
    std::thread worker;
    std::atomic<bool> running{false};

    // Worker thread only:
    std::optional<db::Database> logDb;
    std::optional<playlog::BoxKey> key;
    std::string logHex;               // uid of the log being uploaded
    std::int64_t acked = 0, sent = 0; // seq
    core::SteadyMs lastProgress = 0, nextHeartbeat = 0, nextStatus = 0, nextLogPoll = 0, retryAfter = 0;
    std::string logStamp;  // size and mtime of playlog.sqlite and its -wal when the last read found nothing new
    bool caughtUp = false; // that read found nothing after `sent`
    AgentSnapshot screen;
    bool downLogged = false;
    std::string lastError;
    AlertGuard guard;
    std::vector<ActiveAlert> alerts;
    schedule::InterruptControl control;

    mutable std::mutex statsMutex; // guards stats
    AgentStats stats;

    // Download thread: the newest announcement not yet done, under dlMutex.
    std::thread downloader;
    std::mutex dlMutex;
    std::condition_variable dlWake;
    std::optional<BundleAnnouncement> dlPending;
    std::atomic<bool> dlStop{false};
    std::string dlDone; // sha256 of the last announcement finished (installed into the inbox or refused)

    std::atomic<int> shotWidth{0};               // >0: the office wants a screenshot this wide at most
    core::SteadyMs lastShotRequest = -1'000'000; // worker only
    std::mutex wakeMutex;
    std::function<void()> wake;

    std::mutex bannerMutex; // guards bannerText, bannerShownId (render thread reads)
    std::string bannerText, bannerFor, bannerShownId;

    explicit Impl(AgentOptions opts)
        : o(std::move(opts)), clock(o.clock ? *o.clock : static_cast<const core::Clock&>(realClock)), topics{o.config.ward},
          time(clock), guard(o.dataDir / "fleet" / "alerts-seen"), control(o.dataDir) {}

    void note(const std::string& detail) {
        if (o.note) o.note(detail);
    }
    std::filesystem::path stateFile() const { return o.dataDir / "fleet" / "upload.state"; }

    void loadUploadState() {
        std::ifstream in(stateFile());
        in >> logHex >> acked;
        sent = acked;
        caughtUp = false;
    }
    void saveUploadState() { writeAtomically(stateFile(), logHex + " " + std::to_string(acked) + "\n"); }

    void run();
    void handle(const Inbound::Message& m);
    void onAck(std::string_view payload);
    void onAlert(std::string_view payload, const std::string& via = {});
    void onBundle(std::string_view payload);
    std::atomic<bool> haveOfficeTime{false};
    std::atomic<std::int64_t> officeOffsetMs{0}; // office wall - box wall, from the last ack
    std::vector<std::string> deferred;           // alerts waiting for the office time (worker only)
    core::SteadyMs deferUntil = 0;
    bool clockTrusted() {
        time.refresh();
        return time.now().synced;
    }
    void replayDeferred() {
        auto d = std::move(deferred);
        deferred.clear();
        deferUntil = 0;
        for (const auto& p : d) onAlert(p);
    }
    std::int64_t officeNow() const { return clock.wallNow() + (haveOfficeTime ? officeOffsetMs.load() : 0); }
    void downloadLoop();
    std::filesystem::path bundleStateFile() const { return o.dataDir / "fleet" / "bundle.state"; }
    void upload(core::SteadyMs now);
    void tickAlerts();
    bool mayTakeScreen(const ActiveAlert& a);
    void publishStatus(bool online);
    void heartbeat();
    void learnOfficeTime(std::int64_t officeMs);
    std::string clockState() const;
    void ackAlert(const Alert& a, const char* state);
    void updateBanner();
    bool openLog();
};

bool Agent::Impl::openLog() {
    if (logDb && key) return true;
    std::error_code ec;
    auto file = o.dataDir / "playlog.sqlite";
    if (!std::filesystem::exists(file, ec) || !std::filesystem::exists(o.dataDir / "box.key", ec)) return false;
    try {
        if (!key) key.emplace(playlog::BoxKey::load(o.dataDir / "box.key"));
        if (!logDb) logDb.emplace(file, db::Database::Mode::ReadOnly);
        return true;
    } catch (const std::exception& e) {
        lastError = e.what();
        kLog.warn(tr("không đọc được sổ phát để gửi: ", "cannot read the play log for upload: ") + e.what());
        logDb.reset();
        return false;
    }
}

void Agent::Impl::upload(core::SteadyMs now) {
    if (!mqtt->connected() || now < retryAfter || !openLog()) return;
    const std::int64_t windowLinks = static_cast<std::int64_t>(o.config.window) * o.config.batchLinks;
    if (sent > acked && now - lastProgress > o.config.ackTimeoutSeconds * 1000LL) {
        kLog.warn(tr("không có xác nhận từ văn phòng, gửi lại từ seq ", "no ack from the office, re-sending from seq ") +
                  std::to_string(acked + 1));
        sent = acked;
        caughtUp = false;
        lastProgress = now;
        std::lock_guard lock(statsMutex);
        ++stats.resends;
    }
    try {
        // Nothing written since the last read that found nothing: no SQL (two stat()s).
        std::string stamp = fileStamp(o.dataDir / "playlog.sqlite") + fileStamp(o.dataDir / "playlog.sqlite-wal");
        if (caughtUp && stamp == logStamp) return;
        caughtUp = false;
        while (sent - acked < windowLinks) {
            auto info = boxLogInfo(*logDb);
            if (!info) return;
            std::string hex = playlog::toHex(info->uid);
            if (hex != logHex) { // a new log file (first run, or the old one was set aside)
                logHex = hex;
                acked = sent = 0;
                saveUploadState();
            }
            auto batch = readBatch(*logDb, *key, sent, static_cast<size_t>(o.config.batchLinks), clock.wallNow());
            if (!batch) {
                caughtUp = true;
                logStamp = stamp;
                return;
            }
            if (mqtt->publish(topics.box(o.config.box, "log"), encodeBatch(*batch), 1, false) < 0) return;
            if (sent == acked) lastProgress = now;
            sent = batch->headSeq;
            std::lock_guard lock(statsMutex);
            ++stats.batchesSent;
            stats.sentSeq = sent;
            stats.logSeq = std::max(stats.logSeq, batch->headSeq);
        }
    } catch (const std::exception& e) {
        // The writer may be mid-checkpoint; the log is read again next time.
        kLog.warn(tr("đọc sổ phát lỗi: ", "reading the play log failed: ") + e.what());
        logDb.reset();
        retryAfter = now + 2000;
    }
}

void Agent::Impl::onAck(std::string_view payload) {
    // "<log uid hex> <seq>" or "refused <log uid hex> <reason>"
    std::istringstream in{std::string(payload)};
    std::string first;
    in >> first;
    if (first == "time") { // "time <office ms>": the office's answer to a heartbeat
        std::int64_t officeMs = 0;
        if (in >> officeMs && officeMs > 0) learnOfficeTime(officeMs);
        return;
    }
    if (first == "refused") {
        std::string hex, reason;
        in >> hex;
        std::getline(in, reason);
        lastError = "office refused log batch:" + reason;
        kLog.error(tr("văn phòng từ chối lô sổ phát:", "the office refused a log batch:") + reason);
        note("fleet upload refused:" + reason);
        retryAfter = clock.steadyNow() + o.config.ackTimeoutSeconds * 1000LL;
        sent = acked;
        caughtUp = false;
        std::lock_guard lock(statsMutex);
        ++stats.refusals;
        return;
    }
    std::int64_t seq = 0, officeMs = 0;
    in >> seq;
    if (in >> officeMs && officeMs > 0) learnOfficeTime(officeMs); // newer offices add their wall clock
    if (first != logHex || seq <= acked) return; // an old or duplicated ack
    acked = seq;
    if (sent < acked) sent = acked;
    lastProgress = clock.steadyNow();
    saveUploadState();
    std::lock_guard lock(statsMutex);
    ++stats.acks;
    stats.ackedSeq = acked;
    stats.sentSeq = sent;
}

void Agent::Impl::learnOfficeTime(std::int64_t officeMs) {
    {
        const std::string before = clockState();
        officeOffsetMs = officeMs - clock.wallNow();
        haveOfficeTime = true;
        if (clockState() != before) {
            nextStatus = 0; // the status says so now, not in a minute
            if (clockState() == "off")
                kLog.warn(tr("đồng hồ máy lệch ", "this box's clock is off by ") +
                          std::to_string(-officeOffsetMs.load() / 60'000) +
                          tr(" phút so với văn phòng; cảnh báo được tính theo giờ văn phòng",
                             " min against the office; alerts are judged on office time"));
        }
        if (!deferred.empty()) replayDeferred();
    }
}

void Agent::Impl::ackAlert(const Alert& a, const char* state) {
    std::string line = "alert " + a.id + " " + state;
    note(line);
    mqtt->publish(topics.box(o.config.box, "alert-ack"),
                  "id = " + core::jsonQuote(a.id) + "\nstate = \"" + state + "\"\nat_ms = " + std::to_string(clock.wallNow()) + "\n", 1,
                  false);
}

void Agent::Impl::onAlert(std::string_view payload, const std::string& via) {
    if (payload.empty()) return; // the office cleared a retained alert
    // Start and expiry are office times: judged on the office's clock as this box last
    // heard it (its acks carry it), so a box clock hours off neither drops a live alert
    // as expired nor keeps one for hours. Never heard (USB only): the box's own clock.
    if (via.empty() && !haveOfficeTime && !clockTrusted() && deferUntil >= clock.steadyNow()) {
        // An unsynced clock and no office time yet (just connected): wait for the first
        // ack (milliseconds usually, at most 2 s) rather than judge on a clock that may be hours off.
        deferred.emplace_back(payload);
        return;
    }
    AlertCheck c = checkAlert(payload, o.config.officeKey, o.config.ward, o.config.box, o.config.site, officeNow());
    std::string id = c.alert ? c.alert->id : std::string("?");
    if (c.refusal == AlertRefusal::NotForThisBox) {
        kLog.debug("alert " + id + " is not for this box");
        return;
    }
    if (c.refusal == AlertRefusal::None && !guard.admit(*c.alert, officeNow())) c.refusal = AlertRefusal::Replayed;
    if (c.refusal != AlertRefusal::None) {
        std::string why;
        switch (c.refusal) {
        case AlertRefusal::BadSignature: why = tr("chữ ký sai (giả mạo?)", "bad signature (forged?)"); break;
        case AlertRefusal::OtherWard: why = tr("của phường khác: ", "for another ward: ") + c.alert->ward; break;
        case AlertRefusal::Expired: why = tr("đã hết hạn", "expired"); break;
        case AlertRefusal::Replayed: why = tr("đã nhận rồi (phát lại)", "already taken (replayed)"); break;
        default: why = tr("sai dạng: ", "malformed: ") + c.detail; break;
        }
        // A re-delivered retained alert after a reconnect is the common "replay": quiet.
        if (c.refusal == AlertRefusal::Replayed && via.empty())
            kLog.info(tr("bỏ qua cảnh báo ", "alert ignored ") + id + ": " + why);
        else if (c.refusal == AlertRefusal::Replayed) {
            kLog.warn(tr("từ chối cảnh báo ", "alert refused ") + id + via + ": " + why);
            note("alert " + id + " refused: replayed" + via);
        } else {
            kLog.warn(tr("từ chối cảnh báo ", "alert refused ") + id + via + ": " + why);
            note("alert " + id + " refused: " + refusalName(c.refusal) + via);
        }
        std::lock_guard lock(statsMutex);
        ++stats.alertsRefused;
        return;
    }
    kLog.warn(tr("nhận cảnh báo ", "alert received ") + std::string(alertLevelName(c.alert->level)) + " " + id + via);
    ackAlert(*c.alert, "got");
    alerts.push_back(ActiveAlert{*c.alert, false, false, screen.itemsStarted, clock.steadyNow()});
    {
        std::lock_guard lock(statsMutex);
        ++stats.alertsTaken;
    }
    tickAlerts(); // an emergency that has started goes on screen now, not at the next tick
}

// Levels (docs/operations.md "Alert levels"): an emergency takes the screen at once; a
// priority item waits for the item on screen to end (≤ 60 s), then replaces anything but
// an emergency or an operator's interrupt; a normal item waits for that boundary too and
// only plays when no other interrupt is on. Message-only alerts are the banner at once
// (the highest level's message wins).
bool Agent::Impl::mayTakeScreen(const ActiveAlert& a) {
    if (a.alert.item.empty() || a.alert.level == AlertLevel::Emergency) return true;
    const bool boundary = screen.itemsStarted > a.itemsAtArrival || clock.steadyNow() - a.arrived >= kBoundaryWaitMs;
    if (!boundary) return false;
    auto current = control.read();
    if (!current) {
        // A free screen goes to the highest level waiting (after a priority ended, a
        // normal alert comes back only if no other priority is due).
        const std::int64_t now = officeNow();
        for (const auto& other : alerts)
            if (&other != &a && !other.applied && !other.alert.item.empty() && other.alert.level > a.alert.level &&
                now >= other.alert.startMs && now < other.alert.expiryMs)
                return false;
        return true;
    }
    for (const auto& other : alerts)
        if (other.applied && current->by == "alert:" + other.alert.id) return other.alert.level < a.alert.level;
    return false; // an operator's interrupt (signage interrupt start), or one this agent no longer tracks
}

void Agent::Impl::tickAlerts() {
    const std::int64_t now = officeNow();
    const std::int64_t toBox = clock.wallNow() - now; // office time -> this box's wall clock (what the scheduler reads)
    for (auto it = alerts.begin(); it != alerts.end();) {
        Alert& a = it->alert;
        if (now >= a.expiryMs) {
            if (it->applied && !a.item.empty()) {
                auto current = control.read();
                if (current && current->by == "alert:" + a.id) {
                    control.clear(); // expired; the scheduler already resumed
                    // The item alerts this one had replaced come back (the highest level
                    // first, mayTakeScreen) if they have not expired meanwhile.
                    for (auto& other : alerts)
                        if (&other != &*it && other.applied && !other.alert.item.empty() &&
                            now < other.alert.expiryMs) {
                            other.applied = false;
                            kLog.info(tr("cảnh báo ", "alert ") + other.alert.id +
                                      tr(" trở lại sau khi ", " comes back now that ") + a.id +
                                      tr(" kết thúc", " ended"));
                        }
                }
            }
            kLog.info(tr("cảnh báo kết thúc: ", "alert ended: ") + a.id);
            ackAlert(a, "ended");
            it = alerts.erase(it);
            continue;
        }
        if (!it->applied && now >= a.startMs && mayTakeScreen(*it)) {
            it->applied = true;
            if (!a.item.empty()) {
                schedule::Interrupt in;
                in.target = a.item;
                in.until = a.expiryMs + toBox;
                in.started = now + toBox;
                in.by = "alert:" + a.id;
                in.message = a.message;
                std::string error;
                if (!control.write(in, &error)) {
                    lastError = error;
                    kLog.error(tr("không phát được cảnh báo ", "cannot start alert ") + a.id + ": " + error);
                }
            }
        }
        if (it->applied && !it->shown) {
            bool shown = false;
            if (!a.item.empty()) shown = screen.interrupt;
            else {
                std::lock_guard lock(bannerMutex);
                shown = bannerShownId == a.id;
            }
            if (shown) {
                it->shown = true;
                ackAlert(a, "shown");
            }
        }
        ++it;
    }
    updateBanner();
}

void Agent::Impl::updateBanner() {
    const Alert* best = nullptr;
    for (const auto& a : alerts)
        if (a.applied && !a.alert.message.empty() && a.alert.item.empty() && (!best || a.alert.level > best->level)) best = &a.alert;
    std::lock_guard lock(bannerMutex);
    if (!best) {
        bannerText.clear();
        bannerFor.clear();
        return;
    }
    std::string prefix = best->level == AlertLevel::Emergency ? tr("KHẨN CẤP: ", "EMERGENCY: ")
                         : best->level == AlertLevel::Priority ? tr("Ưu tiên: ", "Priority: ")
                                                               : "";
    bannerText = prefix + best->message;
    bannerFor = best->id;
}

void Agent::Impl::publishStatus(bool online) {
    std::error_code ec;
    auto space = std::filesystem::space(o.dataDir, ec);
    time.refresh();
    playlog::TimeSample t = time.now();
    std::ostringstream s;
    s << "state = \"" << (online ? "online" : "offline") << "\"\n"
      << "box = " << core::jsonQuote(o.config.box) << "\n"
      << "site = " << core::jsonQuote(o.config.site) << "\n"
      << "version = " << core::jsonQuote(o.version) << "\n"
      << "bundle = " << core::jsonQuote(screen.bundle) << "\n"
      << "now_playing = " << core::jsonQuote(screen.nowPlaying) << "\n"
      << "free_disk_mb = " << (ec ? -1 : static_cast<std::int64_t>(space.available / (1024 * 1024))) << "\n"
      << "clock = \"" << (t.synced ? "synced" : "unsynced") << "\"\n"
      << "office_offset_ms = " << (haveOfficeTime ? officeOffsetMs.load() : 0) << "\n"
      << "clock_state = \"" << clockState() << "\"\n"
      << "wall_ms = " << t.wallMs << "\n"
      << "last_error = " << core::jsonQuote(!screen.lastError.empty() ? screen.lastError : lastError) << "\n"
      << "acked_seq = " << acked << "\n";
    mqtt->publish(topics.box(o.config.box, "status"), s.str(), 1, true);
}

std::string Agent::Impl::clockState() const {
    // "ok" within 2 min of the office; "off" beyond (plays are dated by playlog's Dating
    // rules, alerts judged on office time); "unknown" before the first ack.
    if (!haveOfficeTime) return "unknown";
    const std::int64_t off = officeOffsetMs.load();
    return off > 120'000 || off < -120'000 ? "off" : "ok";
}

void Agent::Impl::heartbeat() {
    std::lock_guard lock(statsMutex);
    mqtt->publish(topics.box(o.config.box, "heartbeat"),
                  "wall_ms = " + std::to_string(clock.wallNow()) + "\nacked_seq = " + std::to_string(acked) +
                      "\nsent_seq = " + std::to_string(sent) + "\n",
                  0, false);
}

void Agent::Impl::handle(const Inbound::Message& m) {
    if (o.trace) o.trace("handling", m.topic);
    if (m.topic == topics.box(o.config.box, "ack")) onAck(m.payload);
    else if (m.topic.rfind(topics.prefix() + "/alert/", 0) == 0) onAlert(m.payload);
    else if (m.topic == topics.bundle() || m.topic == topics.box(o.config.box, "bundle")) onBundle(m.payload);
    else if (m.topic == topics.box(o.config.box, "screenshot-request")) {
        const core::SteadyMs now = clock.steadyNow();
        if (now - lastShotRequest < 2000) return; // at most one every 2 s, however often asked
        lastShotRequest = now;
        core::Diagnostics diags;
        const int width = screenshotRequestWidth(m.payload, diags);
        for (const auto& d : diags.all()) kLog.warn(d.format());
        shotWidth = width;
        std::lock_guard lock(wakeMutex);
        if (wake) wake();
    } else if (m.topic.rfind("usb:", 0) == 0) onAlert(m.payload, " (USB: " + m.topic.substr(4) + ")");
}

void Agent::Impl::onBundle(std::string_view payload) {
    if (payload.empty()) return; // announcement withdrawn
    std::string why;
    auto a = checkAnnouncement(payload, o.config.officeKey, o.config.ward, &why);
    if (!a) {
        kLog.warn(tr("từ chối thông báo gói nội dung: ", "bundle announcement refused: ") + why);
        note("bundle announcement refused: " + why);
        std::lock_guard lock(statsMutex);
        ++stats.downloadsRefused;
        return;
    }
    std::lock_guard lock(dlMutex);
    if (a->sha256 == dlDone || (dlPending && dlPending->sha256 == a->sha256)) return; // re-delivered retained message
    kLog.info(tr("văn phòng thông báo gói ", "the office announces bundle ") + a->id + "@" + a->version + " (" +
              std::to_string(a->size) + " B)");
    dlPending = std::move(*a);
    dlWake.notify_all();
}

void Agent::Impl::downloadLoop() {
    int backoffMs = 2000;
    std::unique_lock lock(dlMutex);
    while (!dlStop) {
        dlWake.wait(lock, [&] { return dlStop || dlPending.has_value(); });
        if (dlStop) break;
        BundleAnnouncement a = *dlPending;
        lock.unlock();
        DownloadRequest r;
        r.url = a.url;
        if (auto h = r.url.find("{host}"); h != std::string::npos) r.url.replace(h, 6, o.config.host);
        r.caFile = (o.dataDir / "fleet" / "office-ca.pem").string();
        r.partFile = o.dataDir / "fleet" / "download" / (a.sha256 + ".part");
        r.size = a.size;
        r.sha256 = a.sha256;
        r.stop = &dlStop;
        DownloadResult d = downloadResumable(r);
        const std::string label = a.id + "@" + a.version;
        bool finished = false;
        if (d.status == DownloadResult::Status::Complete) {
            std::filesystem::path inboxDir = o.dataDir / "inbox";
            std::error_code ec;
            std::filesystem::create_directories(inboxDir, ec);
            // The signature first: the inbox watcher takes a .bundle once its .minisig is there.
            writeAtomically(inboxDir / (a.file + ".minisig"), a.minisig);
            std::filesystem::rename(r.partFile, inboxDir / a.file, ec);
            if (ec) {
                kLog.error(tr("không chuyển được gói tải về vào thư mục nhận: ",
                              "cannot move the downloaded bundle into the inbox: ") +
                           ec.message());
            } else {
                kLog.info(tr("đã tải xong gói ", "bundle downloaded ") + label + tr(", đang nạp", ", importing"));
                note("bundle downloaded " + label + " sha256 " + a.sha256);
                std::lock_guard s(statsMutex);
                ++stats.bundlesDownloaded;
                if (d.resumedFrom > 0) ++stats.downloadResumes;
            }
            finished = true;
            backoffMs = 2000;
        } else if (d.status == DownloadResult::Status::Mismatch) {
            kLog.error(tr("từ chối gói tải về ", "downloaded bundle refused ") + label + ": " + d.detail +
                       tr(" (vẫn phát nội dung cũ)", " (the box keeps playing its current content)"));
            note("bundle download refused " + label + ": " + d.detail);
            std::lock_guard s(statsMutex);
            ++stats.downloadsRefused;
            finished = true;
        } else if (!dlStop) {
            kLog.warn(tr("tải gói ", "bundle download ") + label + tr(" bị gián đoạn (", " interrupted (") + d.detail +
                      tr("), sẽ tiếp tục từ byte ", "), resumes from byte ") +
                      std::to_string(d.resumedFrom + d.received));
            std::lock_guard s(statsMutex);
            ++stats.downloadsInterrupted;
            if (d.resumedFrom > 0) ++stats.downloadResumes;
        }
        lock.lock();
        if (finished) {
            dlDone = a.sha256;
            writeAtomically(bundleStateFile(), dlDone + "\n");
            if (dlPending && dlPending->sha256 == a.sha256) dlPending.reset();
        } else if (!dlStop) {
            dlWake.wait_for(lock, std::chrono::milliseconds(backoffMs),
                            [&] { return dlStop.load() || (dlPending && dlPending->sha256 != a.sha256); });
            backoffMs = std::min(backoffMs * 2, 60'000);
        }
    }
}

void Agent::Impl::run() {
    loadUploadState();
    {
        std::lock_guard lock(statsMutex);
        stats.ackedSeq = acked;
    }
    while (running) {
        auto in = inbox.popFor(std::chrono::milliseconds(200));
        const core::SteadyMs now = clock.steadyNow();
        if (in) {
            if (auto* m = std::get_if<Inbound::Message>(&in->what)) handle(*m);
            else if (auto* c = std::get_if<Inbound::Connection>(&in->what)) {
                std::lock_guard lock(statsMutex);
                stats.connected = c->up;
                if (c->up) {
                    downLogged = false;
                    kLog.info(tr("đã kết nối văn phòng ", "connected to the office ") + o.config.host + ":" + std::to_string(o.config.port));
                    sent = acked;
                    caughtUp = false; // what was on the wire may be lost: resend from the last ack
                    if (!haveOfficeTime) deferUntil = now + 2000;
                    nextHeartbeat = 0; // at once: the office answers with its time
                    nextStatus = 0;
                } else if (!downLogged) {
                    downLogged = true; // once per outage, not once per reconnect attempt
                    lastError = "broker: " + MqttClient::describe(c->code, false);
                    kLog.warn(tr("mất kết nối văn phòng (vẫn phát, sổ phát lưu tại máy): ",
                                 "office connection lost (still playing, the play log keeps everything): ") +
                              MqttClient::describe(c->code, c->code > 0 && c->code < 6));
                }
            } else if (auto* f = std::get_if<Inbound::Frame>(&in->what)) {
                std::string jpeg = encodeSmallJpeg(f->rgba, f->w, f->h, f->maxWidth);
                if (!jpeg.empty() && mqtt->publish(topics.box(o.config.box, "screenshot"), jpeg, 1, false) >= 0) {
                    std::lock_guard lock(statsMutex);
                    ++stats.screenshotsSent;
                }
            } else if (auto* s = std::get_if<AgentSnapshot>(&in->what)) {
                bool changed = s->nowPlaying != screen.nowPlaying || s->bundle != screen.bundle;
                if (s->itemsStarted < screen.itemsStarted)
                    s->itemsStarted = screen.itemsStarted; // posted out of order: keep the count
                screen = *s;
                if (changed) nextStatus = std::min(nextStatus, now + 1000);
            }
        }
        if (!deferred.empty() && now > deferUntil) replayDeferred(); // no office time came: the box's clock it is
        tickAlerts();
        if (std::string why; mqtt->revive(&why))
            kLog.warn(tr("khởi động lại kết nối văn phòng: ", "restarting the office connection: ") + why);
        if (!mqtt->connected()) continue;
        if (now >= nextStatus) {
            publishStatus(true);
            nextStatus = now + 60'000;
        }
        if (now >= nextHeartbeat) {
            heartbeat();
            nextHeartbeat = now + o.config.heartbeatSeconds * 1000LL;
        }
        if (now >= nextLogPoll) {
            upload(now);
            nextLogPoll = now + 500;
        }
    }
}

Agent::Agent(AgentOptions options) : _impl(std::make_unique<Impl>(std::move(options))) {}

Agent::~Agent() { stop(); }

bool Agent::start(std::string* error) {
    auto& i = *_impl;
    const FleetConfig& c = i.o.config;
    std::filesystem::path ca = i.o.dataDir / "fleet" / "office-ca.pem";
    writeAtomically(ca, c.caPem);
    MqttOptions m;
    m.host = c.host;
    m.port = c.port;
    m.clientId = c.box;
    m.username = c.username;
    m.password = c.password;
    m.caFile = ca.string();
    m.keepaliveSeconds = std::max(5, std::min(60, c.heartbeatSeconds));
    m.will = MqttOptions::Will{i.topics.box(c.box, "status"), "state = \"offline\"\nbox = " + core::jsonQuote(c.box) + "\n", 1, true};
    i.mqtt = std::make_unique<MqttClient>(m);
    i.mqtt->onMessage([&i](const std::string& topic, std::string_view payload) {
        if (!i.running) return; // stopping: the worker has left, nobody would read it (see stop())
        if (i.o.trace) i.o.trace("arrived", topic);
        if (!i.inbox.tryPush(Inbound{Inbound::Message{topic, std::string(payload)}}))
            kLog.warn("fleet inbox full, message dropped: " + topic); // QoS 1 senders re-send (no ack went out)
    });
    i.mqtt->onConnect([&i](bool up, int code) { i.inbox.tryPush(Inbound{Inbound::Connection{up, code}}); });
    i.mqtt->subscribe(i.topics.box(c.box, "ack"), 1);
    i.mqtt->subscribe(i.topics.alertPattern(), 1);
    i.mqtt->subscribe(i.topics.bundle(), 1);
    i.mqtt->subscribe(i.topics.box(c.box, "bundle"), 1); // the console's publish to chosen boxes
    i.mqtt->subscribe(i.topics.box(c.box, "screenshot-request"), 1);
    {
        std::ifstream in(i.bundleStateFile());
        in >> i.dlDone;
    }
    if (!i.mqtt->start(error)) return false;
    i.running = true;
    i.worker = std::thread([&i] { i.run(); });
    i.downloader = std::thread([&i] { i.downloadLoop(); });
    return true;
}

void Agent::stop() {
    auto& i = *_impl;
    // The order matters: libmosquitto's thread delivers messages until mqtt->stop() has
    // joined it, so the inbox is closed only after that. (Closing it first, as this did,
    // made every ack or alert that arrived during the goodbye fail its push and be logged
    // as "fleet inbox full".) Messages that arrive once `running` is false are dropped by
    // the callback: the worker is gone, and the broker re-delivers what matters (retained
    // alerts, the QoS 1 session) at the next start; the upload resumes from its last ack.
    if (!i.running.exchange(false)) return;
    if (i.worker.joinable()) i.worker.join(); // leaves its popFor within 200 ms
    {
        std::lock_guard lock(i.dlMutex);
        i.dlStop = true;
        i.dlWake.notify_all();
    }
    if (i.downloader.joinable()) i.downloader.join();
    if (i.mqtt->connected()) i.publishStatus(false);
    i.mqtt->stop();
    i.inbox.close();
}

void Agent::offerAlert(std::string wire, std::string from) {
    if (!_impl->inbox.tryPush(Inbound{Inbound::Message{"usb:" + from, std::move(wire)}}))
        kLog.warn("fleet inbox full, USB alert dropped: " + from);
}

bool Agent::screenshotWanted() const { return _impl->shotWidth.load(std::memory_order_relaxed) > 0; }

void Agent::screenshot(std::vector<std::uint8_t> rgba, int w, int h) {
    int width = _impl->shotWidth.exchange(0);
    if (width <= 0) return;
    _impl->inbox.tryPush(Inbound{Inbound::Frame{std::move(rgba), w, h, width}});
}

void Agent::setWake(std::function<void()> wake) {
    std::lock_guard lock(_impl->wakeMutex);
    _impl->wake = std::move(wake);
}

void Agent::post(AgentSnapshot snapshot) { _impl->inbox.tryPush(Inbound{std::move(snapshot)}); }

std::string Agent::banner() {
    std::lock_guard lock(_impl->bannerMutex);
    if (!_impl->bannerFor.empty()) _impl->bannerShownId = _impl->bannerFor;
    return _impl->bannerText;
}

AgentStats Agent::stats() const {
    std::lock_guard lock(_impl->statsMutex);
    AgentStats s = _impl->stats;
    s.connected = _impl->mqtt && _impl->mqtt->connected();
    s.haveOfficeTime = _impl->haveOfficeTime;
    s.officeOffsetMs = _impl->officeOffsetMs;
    return s;
}

} // namespace signage::fleet
