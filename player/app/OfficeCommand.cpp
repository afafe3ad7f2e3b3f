// SPDX-License-Identifier: GPL-3.0-or-later
// signage office [run] | init | enroll | revoke | alert | report | status
// The ward office daemon and its chores (issue 14). OFFICE_DIR: --dir, else
// $SIGNAGE_OFFICE_DIR, else ./var/office in a checkout, else /var/lib/signage-office.
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "app/Commands.h"
#include "app/ValidationChecks.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "core/Json.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/Paths.h"
#include "fleet/Alert.h"
#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "office/BundleServer.h"
#include "office/DailyReport.h"
#include "office/Office.h"
#include "office/OfficeConnection.h"
#include "office/OfficeDir.h"
#include "office/web/Console.h"
#include "playlog/Dating.h"

namespace signage::app {
namespace {

using core::tr;

struct OfficeArgs {
    std::string dir, ward, box, key, site, host, out, usb, bundle, level = "emergency", message, item, lasts = "30m",
                                                                   day;
    std::string http, user, role = "viewer"; // console: --http ADDR:PORT, `user add NAME --role`
    std::vector<std::string> hosts, boxes, sites;
    bool json = false;
};

office::OfficeDir officeDir(const OfficeArgs& a) {
    if (!a.dir.empty()) return office::OfficeDir(a.dir);
    if (const char* env = std::getenv("SIGNAGE_OFFICE_DIR"); env && *env) return office::OfficeDir(env);
    return office::OfficeDir(core::runningFromCheckout() ? core::defaultDataDir() / "office" : std::filesystem::path("/var/lib/signage-office"));
}

// Loads office.toml; prints problems; nullopt when unusable.
std::optional<office::OfficeSettings> settingsOf(const office::OfficeDir& d) {
    if (!std::filesystem::exists(d.settings())) {
        std::cerr << d.settings().string() << ": " << tr("chưa có; chạy trước: signage office init --ward PHƯỜNG", "missing; run first: signage office init --ward WARD") << "\n";
        return std::nullopt;
    }
    std::vector<std::string> errors;
    auto s = d.load(errors);
    for (const auto& e : errors) std::cerr << e << "\n";
    if (!errors.empty()) return std::nullopt;
    return s;
}

int runDaemon(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto s = settingsOf(d);
    if (!s) return kExitBadInput;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, nullptr); // before any thread starts: they inherit the mask
    // The web console (issue 15): [console] listen in office.toml, or --http.
    std::vector<std::string> consoleErrors;
    auto co = office::web::loadConsoleOptions(d.settings(), consoleErrors);
    for (const auto& e : consoleErrors) std::cerr << e << "\n";
    if (!consoleErrors.empty()) return kExitBadInput;
    if (!a.http.empty()) {
        if (!office::web::parseListen(a.http, co.host, co.port)) {
            std::cerr << "--http: " << tr("cần ĐỊA_CHỈ:CỔNG, ví dụ 0.0.0.0:8080", "needs ADDR:PORT, e.g. 0.0.0.0:8080")
                      << "\n";
            return kExitUsage;
        }
        co.enabled = true;
    }
    core::RealClock clock;
    office::Office o(d, *s, clock);
    std::string error;
    if (!o.start(&error)) {
        std::cerr << tr("văn phòng không khởi động được: ", "the office cannot start: ") << error << "\n";
        return kExitRuntime;
    }
    if (s->brokerLink.external())
        core::Logger("office").info(tr("văn phòng phường ", "ward office ") + s->broker.ward +
                                    tr(" đang chạy, broker ngoài ", " running, external broker ") + s->brokerLink.url +
                                    " (" + d.root().string() + ")");
    else
        core::Logger("office").info(tr("văn phòng phường ", "ward office ") + s->broker.ward +
                                    tr(" đang chạy, cổng ", " running, port ") + std::to_string(s->broker.port) + " (" +
                                    d.root().string() + ")");
    std::unique_ptr<office::web::Console> console;
    if (co.enabled) {
        registerValidationChecks(); // the Content page runs the same checks as `signage validate`
        console = std::make_unique<office::web::Console>(o, co);
        if (!console->start(&error)) {
            std::cerr << error << "\n";
            o.stop();
            return kExitRuntime;
        }
        std::cerr << tr("Bảng điều khiển: ", "Console: ") << console->url() << "\n";
        if (co.tls)
            std::cerr << tr("Chứng chỉ HTTPS: ", "HTTPS certificate: ") << console->certificate().string()
                      << "\n  SHA-256 " << console->fingerprint()
                      << tr("\n  (so với dấu vân tay trình duyệt hiện trước khi tin chứng chỉ)",
                            "\n  (compare with the fingerprint the browser shows before trusting it)")
                      << "\n";
    }
    for (;;) {
        int sig = 0;
        sigwait(&set, &sig);
        if (sig == SIGHUP) {
            o.reloadCredentials(); // after enroll / revoke
            continue;
        }
        break;
    }
    if (console) console->stop();
    o.stop();
    return kExitOk;
}

int init(const OfficeArgs& a) {
    auto d = officeDir(a);
    if (!fleet::validName(a.ward)) {
        std::cerr << "--ward: " << tr("cần tên phường a-z 0-9 . _ - (ví dụ phuong-1)", "needs a ward name a-z 0-9 . _ - (e.g. phuong-1)") << "\n";
        return kExitUsage;
    }
    std::vector<std::string> errors;
    try {
        d.init(a.ward, errors);
    } catch (const std::exception& e) {
        errors.push_back(e.what());
    }
    for (const auto& e : errors) std::cerr << e << "\n";
    if (!errors.empty()) return kExitRuntime;
    std::cerr << tr("Đã chuẩn bị văn phòng tại ", "Office prepared in ") << d.root().string() << "\n";
    return kExitOk;
}

int enroll(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto s = settingsOf(d);
    if (!s) return kExitBadInput;
    playlog::PublicKey key{};
    if (!playlog::fromHex(a.key, key)) {
        std::cerr << "--key: " << tr("cần khoá của máy, 64 chữ số hex (signage audit export in ra)", "needs the box key, 64 hex digits (signage audit export prints it)") << "\n";
        return kExitUsage;
    }
    try {
        auto e = office::enrollBox(d, *s, a.box, key, a.site, a.host);
        if (!a.out.empty()) {
            std::ofstream(a.out) << e.text;
            std::filesystem::permissions(a.out, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        }
        std::cout << e.text;
        std::cerr << tr("Đã đăng ký ", "Enrolled ") << a.box << ": " << e.file.string()
                  << tr(" (chép vào USB; văn phòng đang chạy: gửi SIGHUP hoặc khởi động lại)", " (copy to the USB stick; a running office: send SIGHUP or restart)") << "\n";
        if (!e.provisioning.empty())
            std::cerr
                << tr("Broker ngoài: tài khoản ", "External broker: account ") << a.box
                << tr(" PHẢI được tạo trên cụm broker (", " MUST be created on the cluster (") << s->brokerLink.url
                << tr(") trước khi máy kết nối được. Quản trị viên cụm tạo nó theo dòng đã thêm vào ",
                      ") before the box can connect. The cluster's administrator creates it from the line appended to ")
                << e.provisioning.string()
                << tr(" (mật khẩu, chủ đề được phép), rồi xoá dòng đó.",
                      " (password, allowed topics), then deletes that line.")
                << "\n";
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return kExitRuntime;
    }
    return kExitOk;
}

int revoke(const OfficeArgs& a) {
    auto d = officeDir(a);
    bool had = office::revokeBox(d, a.box); // external broker: it logs what the cluster's administrator must do
    std::cerr << (had ? tr("Đã thu hồi ", "Revoked ") : tr("Không có máy ", "No such box ")) << a.box << "\n";
    return had ? kExitOk : kExitBadInput;
}

// Publishes `payload` retained on `topic` through the running office's broker.
int publishRetained(const office::OfficeDir& d, const office::OfficeSettings& s, const std::string& topic,
                    const std::string& payload) {
    fleet::MqttOptions m;
    try {
        m = office::officeMqttOptions(d, s);
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return kExitRuntime;
    }
    // Not the daemon's id: the broker would cut the daemon off for this one message.
    m.clientId += "-cli-" + std::to_string(::getpid());
    m.cleanSession = true;
    fleet::MqttClient c(m);
    std::atomic<bool> acked{false};
    std::atomic<int> mid{-2};
    c.onPublished([&](int id) {
        if (id == mid) acked = true;
    });
    std::string error;
    if (!c.start(&error)) {
        std::cerr << error << "\n";
        return kExitRuntime;
    }
    for (int i = 0; i < 100 && !c.connected(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    mid = c.publish(topic, payload, 1, true);
    for (int i = 0; i < 100 && !acked; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    c.stop();
    if (!acked) {
        std::cerr << tr("broker không nhận (văn phòng có đang chạy?)",
                        "the broker did not take it (is the office running?)")
                  << "\n";
        return kExitRuntime;
    }
    return kExitOk;
}

// The console lists alerts from office.sqlite: the CLI records its own there too.
void recordCliAlert(const office::OfficeDir& d, const fleet::Alert& al, const std::string& wire, const char* how) {
    const char* user = std::getenv("USER");
    try {
        auto db = office::openOfficeDb(d);
        office::recordAlert(db, al, wire, std::string(how) + " (" + (user && *user ? user : "?") + ")");
    } catch (const std::exception& e) {
        std::cerr << d.officeDb().string() << ": " << e.what() << "\n";
    }
}

int alert(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto s = settingsOf(d);
    if (!s) return kExitBadInput;
    core::RealClock clock;
    fleet::Alert al;
    auto level = fleet::parseAlertLevel(a.level);
    if (!level) {
        std::cerr << "--level: normal | priority | emergency\n";
        return kExitUsage;
    }
    auto lasts = core::parseDuration(a.lasts);
    if (!lasts || lasts->count() <= 0 || (a.message.empty() && a.item.empty())) {
        std::cerr << tr("cần --message hoặc --item, và --for THỜI_LƯỢNG (ví dụ 30m)", "needs --message or --item, and --for DURATION (e.g. 30m)") << "\n";
        return kExitUsage;
    }
    const std::int64_t now = clock.wallNow();
    al.level = *level;
    al.message = a.message;
    al.item = a.item;
    al.ward = s->broker.ward;
    al.startMs = al.issuedMs = now;
    al.expiryMs = now + lasts->count();
    al.boxes = a.boxes;
    al.sites = a.sites;
    al.id = "a-" + std::to_string(now) + "-" + office::randomSecret().substr(0, 6);
    std::string wire = fleet::signAlert(al, playlog::BoxKey::load(d.key()));
    if (!a.usb.empty()) {
        // A bundle of kind alert: the signed alert as one file, for boxes without network.
        // The box checks it exactly like an MQTT alert (signature, ward, target, expiry, replay).
        std::filesystem::path out = a.usb;
        std::error_code ec;
        if (std::filesystem::is_directory(out, ec)) out /= al.id + ".alert";
        else if (out.extension() != ".alert") out += ".alert";
        std::ofstream f(out, std::ios::binary);
        f << wire;
        f.close();
        if (!f) {
            std::cerr << out.string() << ": " << tr("không ghi được", "cannot write") << "\n";
            return kExitRuntime;
        }
        std::cerr << tr("Đã ghi cảnh báo cho USB: ", "Alert written for USB: ") << out.string()
                  << tr(" (chép vào gốc USB hoặc thư mục signage/)", " (put it at the stick's root or in signage/)")
                  << "\n";
        recordCliAlert(d, al, wire, "USB");
        std::cout << al.id << "\n";
        return kExitOk;
    }
    if (!a.out.empty()) {
        // For a box without network: the same signed bytes, carried by USB.
        std::ofstream(a.out, std::ios::binary) << wire;
        std::cerr << tr("Đã ghi cảnh báo cho USB: ", "Alert written for USB: ") << a.out << "\n";
    }
    if (int rc = publishRetained(d, *s, fleet::Topics{s->broker.ward}.alert(al.id), wire); rc != kExitOk) return rc;
    recordCliAlert(d, al, wire, "CLI");
    std::cout << al.id << "\n";
    return kExitOk;
}

int announce(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto s = settingsOf(d);
    if (!s) return kExitBadInput;
    if (s->httpPort <= 0) {
        std::cerr << d.settings().string()
                  << ": http_port: " << tr("máy chủ gói nội dung đang tắt", "the bundle server is off") << "\n";
        return kExitBadInput;
    }
    core::RealClock clock;
    std::string wire;
    fleet::BundleAnnouncement an;
    try {
        an = office::stageBundle(d, *s, a.bundle, clock.wallNow());
        wire = fleet::signAnnouncement(an, playlog::BoxKey::load(d.key()));
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return kExitBadInput;
    }
    int rc = publishRetained(d, *s, fleet::Topics{s->broker.ward}.bundle(), wire);
    if (rc == kExitOk) std::cout << an.id << "@" << an.version << " " << an.sha256 << " " << an.size << "\n";
    return rc;
}

int report(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto s = settingsOf(d);
    if (!s) return kExitBadInput;
    core::RealClock clock;
    std::int64_t day = playlog::localTime(clock.wallNow(), s->utcOffsetMin).day - 1;
    if (!a.day.empty() && !playlog::parseDay(a.day, day, s->utcOffsetMin)) {
        std::cerr << "--day: YYYY-MM-DD\n";
        return kExitUsage;
    }
    try {
        std::cout << office::writeDailyReport(d, *s, day, nullptr).string() << "\n";
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return kExitRuntime;
    }
    return kExitOk;
}

int userAdd(const OfficeArgs& a) {
    auto d = officeDir(a);
    auto role = office::web::parseRole(a.role);
    if (!role) {
        std::cerr << "--role: officer | viewer\n";
        return kExitUsage;
    }
    if (!std::filesystem::is_directory(d.root())) {
        std::cerr << d.root().string() << ": "
                  << tr("chưa có; chạy trước: signage office init", "missing; run first: signage office init") << "\n";
        return kExitBadInput;
    }
    if (::isatty(0))
        std::cerr << tr("Mật khẩu (ít nhất 8 ký tự), rồi Enter: ", "Password (at least 8 characters), then Enter: ");
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    try {
        office::web::UserStore(office::web::usersFile(d.root())).add(a.user, *role, password);
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return kExitBadInput;
    }
    std::cerr << tr("Đã thêm người dùng ", "User added: ") << a.user << " (" << a.role << ")\n";
    return kExitOk;
}

} // namespace

void addOfficeCommand(CLI::App& root, int& exitCode) {
    auto a = std::make_shared<OfficeArgs>();
    auto* cmd = root.add_subcommand("office", tr("Văn phòng phường: chạy dịch vụ, đăng ký máy, cảnh báo, báo cáo", "the ward office: daemon, enrollment, alerts, reports"));
    cmd->add_option("--dir", a->dir, tr("Thư mục văn phòng", "office directory"));
    auto* run = cmd->add_subcommand("run", tr("Chạy văn phòng (mặc định)", "run the daemon (default)"));
    auto* in = cmd->add_subcommand("init", tr("Chuẩn bị thư mục, khoá, chứng chỉ", "prepare dir, key, certificates"));
    in->add_option("--ward", a->ward, tr("Mã phường", "ward id"))->required();
    auto* en = cmd->add_subcommand("enroll", tr("Đăng ký một máy (in tệp của máy để chép vào USB)", "enroll a box (prints its file for the USB stick)"));
    en->add_option("box", a->box, tr("Mã máy", "box id"))->required();
    en->add_option("--key", a->key, tr("Khoá sổ phát của máy", "the box's log key (hex)"))->required();
    en->add_option("--site", a->site, tr("Địa điểm", "site"));
    en->add_option("--host", a->host, tr("Địa chỉ văn phòng cho máy", "office address the box uses"));
    en->add_option("--out", a->out, tr("Ghi thêm ra tệp", "also write it to FILE"));
    auto* rv = cmd->add_subcommand("revoke", tr("Thu hồi một máy", "revoke a box"));
    rv->add_option("box", a->box, tr("Mã máy", "box id"))->required();
    auto* al = cmd->add_subcommand("alert", tr("Phát cảnh báo đã ký", "publish a signed alert"));
    al->add_option("--level", a->level, "normal | priority | emergency");
    al->add_option("--message", a->message, tr("Nội dung (dòng chữ chạy)", "text (banner)"));
    al->add_option("--item", a->item, tr("Mục hoặc danh sách cần phát", "item or playlist to play"));
    al->add_option("--for", a->lasts, tr("Thời lượng, ví dụ 30m", "how long, e.g. 30m"));
    al->add_option("--box", a->boxes, tr("Máy nhận (lặp lại được)", "target box (repeat)"));
    al->add_option("--site", a->sites, tr("Địa điểm nhận (lặp lại được)", "target site (repeat)"));
    al->add_option("--out", a->out, tr("Ghi thêm cảnh báo ra tệp cho USB", "also write it for a USB stick"));
    al->add_option("--usb", a->usb,
                   tr("Chỉ ghi gói cảnh báo (.alert) cho USB, không gửi qua mạng",
                      "only write an alert file (.alert) for USB, no network"));
    auto* an = cmd->add_subcommand(
        "announce", tr("Thông báo gói nội dung đã ký cho các máy qua mạng", "announce a signed bundle to the boxes"));
    an->add_option("bundle", a->bundle,
                   tr("TỆP.bundle (kèm TỆP.bundle.minisig)", "FILE.bundle (with FILE.bundle.minisig)"))
        ->required();
    run->add_option("--http", a->http,
                    tr("Mở bảng điều khiển web tại ĐỊA_CHỈ:CỔNG (ví dụ 0.0.0.0:8080)",
                       "serve the web console on ADDR:PORT (e.g. 0.0.0.0:8080)"));
    auto* us = cmd->add_subcommand("user", tr("Người dùng bảng điều khiển", "console users"));
    auto* ua = us->add_subcommand("add", tr("Thêm người dùng hoặc đặt lại mật khẩu (mật khẩu đọc từ stdin)",
                                            "add or reset a user (password on stdin)"));
    ua->add_option("name", a->user, tr("Tên đăng nhập (a-z 0-9 . _ -)", "user name (a-z 0-9 . _ -)"))->required();
    ua->add_option("--role", a->role, "officer | viewer")->check(CLI::IsMember({"officer", "viewer"}));
    us->require_subcommand(1);
    auto* rp = cmd->add_subcommand("report", tr("Báo cáo ngày (mặc định hôm qua)", "write a day's report (default yesterday)"));
    rp->add_option("--day", a->day, "YYYY-MM-DD");
    cmd->callback([a, cmd, run, in, en, rv, al, rp, an, ua, &exitCode] {
        if (in->parsed()) exitCode = init(*a);
        else if (ua->parsed()) exitCode = userAdd(*a);
        else if (en->parsed()) exitCode = enroll(*a);
        else if (rv->parsed()) exitCode = revoke(*a);
        else if (al->parsed()) exitCode = alert(*a);
        else if (rp->parsed()) exitCode = report(*a);
        else if (an->parsed()) exitCode = announce(*a);
        else exitCode = runDaemon(*a);
        (void)run;
        (void)cmd;
    });
}

} // namespace signage::app
