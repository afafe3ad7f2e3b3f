// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration/console/ConsoleFleet.h"

#include <archive.h>
#include <archive_entry.h>
#include <fstream>
#include <gtest/gtest.h>

#include "app/ValidationChecks.h"
#include "fleet/FleetConfig.h"
#include "integration/fleet/TestBroker.h"
#include "office/web/Users.h"
#include "playlog/BoxKey.h"
#include "playlog/Dating.h"
#include "playlog/Export.h"

namespace signage::test {
namespace {

constexpr std::int64_t kMinute = 60'000;

const char* kSchedule = R"(# Campaign targets of the simulated ward
[[targets]]
id = "sang-som"
name = "Không chuyển khoản — buổi sáng"
playlist = "chinh"
item = "khong_chuyen_khoan"
times = 1
window = "05:30-07:30"

[[targets]]
id = "buoi-toi"
name = "Phải tố giác — buổi tối"
playlist = "chinh"
item = "phai_to_giac"
times = 1
window = "18:00-21:00"
)";

// The campaign's content next to schedule.toml: the plays page shows these titles.
const char* kPlaylist = R"(name = "Chiến dịch tháng 12"
[defaults]
duration = "15s"

[[items]]
id = "khong_chuyen_khoan"
type = "slide"
slide = "khong_chuyen_khoan"

[[items]]
id = "phai_to_giac"
type = "slide"
slide = "phai_to_giac"
)";
const char* kSlideMorning = R"(title = "Không chuyển khoản cho người lạ"
paragraph = "Công an không gọi điện yêu cầu chuyển tiền."
footer = "Gọi 113"
)";
const char* kSlideEvening = R"(title = "Phải tố giác kẻ lừa đảo"
paragraph = "Báo ngay cho Công an phường."
footer = "Gọi 113"
)";

const char* kSites[] = {"cho-hong-an", "ben-xe-my-tho", "truong-thpt-a", "ubnd-phuong"};

void play(SimBox& b, const std::string& item, int count) {
    for (int i = 0; i < count; ++i) {
        playlog::PlayStart s;
        s.site = b.site;
        s.bundle = "chien-dich-12-2026@1.2.0";
        s.playlist = "chinh";
        s.item = item;
        auto t = b.log->playStarted(s);
        b.time->advance(15'000);
        b.log->playEnded(t, {playlog::Outcome::Completed, {}, 15'000});
        b.time->advance(5'000);
    }
}

// What a box's screen shows (640×360 RGBA): the campaign's red header, a slide body in
// the box's own shade and a footer band, so screenshots of different boxes differ.
std::vector<std::uint8_t> frameOf(const SimBox& b) {
    const int w = 640, h = 360, n = std::atoi(b.id.c_str() + b.id.size() - 2);
    std::vector<std::uint8_t> px(static_cast<size_t>(w) * h * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            auto* p = &px[(static_cast<size_t>(y) * w + x) * 4];
            std::uint8_t r = 245, g = 240, bl = static_cast<std::uint8_t>(200 + n * 2);
            if (y < 60) r = 139, g = 26, bl = 26;                                                      // header
            else if (y > 320) r = 30, g = 30, bl = 30;                                                 // footer
            else if (y > 110 && y < 130 && x > 60 && x < 60 + 25 * n) r = 20, g = 90, bl = 170;        // a bar per box
            else if (y > 160 && y < 290 && x > 60 && x < 580 && (y / 18) % 2) r = 60, g = 60, bl = 60; // text lines
            p[0] = r, p[1] = g, p[2] = bl, p[3] = 255;
        }
    return px;
}

// The player's importer, simulated: a bundle the agent dropped into DATA_DIR/inbox is
// taken (id and version from its signature's trusted comment) and reported as running.
void importInbox(SimBox& b) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(b.dataDir / "inbox", ec)) {
        if (e.path().extension() != ".bundle") continue;
        std::ifstream in(e.path().string() + ".minisig");
        if (!in) continue;
        std::string text((std::istreambuf_iterator<char>(in)), {});
        auto value = [&](const std::string& key) {
            auto p = text.find("\t" + key + ":");
            if (p == std::string::npos) return std::string();
            p += key.size() + 2;
            return text.substr(p, text.find_first_of("\t\n", p) - p);
        };
        b.bundle = value("bundle") + "@" + value("version");
        std::filesystem::remove(e.path().string() + ".minisig", ec);
        std::filesystem::remove(e.path(), ec);
        b.agent->post({"chinh/khong_chuyen_khoan", b.bundle, "", false});
    }
}

} // namespace

ConsoleFleet::ConsoleFleet(ConsoleFleetOptions options) : _o(std::move(options)) {
    app::registerValidationChecks();
    const auto campaign = office.dir.root() / "campaign";
    std::filesystem::create_directories(campaign / "playlists");
    std::filesystem::create_directories(campaign / "slides");
    std::ofstream(campaign / "playlists" / "chinh.toml") << kPlaylist;
    std::ofstream(campaign / "slides" / "khong_chuyen_khoan.toml") << kSlideMorning;
    std::ofstream(campaign / "slides" / "phai_to_giac.toml") << kSlideEvening;
    auto schedule = campaign / "schedule.toml";
    std::ofstream(schedule) << kSchedule;
    office.settings.schedule = schedule;
    office.start();
    const std::int64_t now = office.clock.wallNow();
    const int offset = office.settings.utcOffsetMin;
    _yesterday = playlog::localTime(now, offset).day - 1;
    const std::int64_t midnight = _yesterday * playlog::kDayMs - offset * kMinute; // yesterday 00:00 local, as UTC ms
    for (int n = 1; n <= _o.boxes; ++n) {
        auto b = std::make_unique<SimBox>();
        char id[16];
        std::snprintf(id, sizeof id, "may-%02d", n);
        b->id = id;
        b->site = kSites[(n - 1) % 4];
        b->dataDir = office.tmp.path() / b->id;
        b->time = std::make_shared<playlog::ManualTimeSource>(midnight + 5 * 60 * kMinute, "boot-" + b->id, true);
        playlog::PlayLogOptions lo;
        lo.dataDir = b->dataDir;
        lo.boxId = b->id;
        lo.time = b->time;
        lo.durability = playlog::Durability::Normal;
        lo.commitDelay = std::chrono::milliseconds(20);
        b->log = std::make_unique<playlog::PlayLog>(lo);
        // Yesterday: the morning item at 06:00 (09:00 for the box that misses it), the
        // evening item at 19:00; today a few plays so "now playing" has a past.
        b->time->advance(b->id == _o.missBox ? 4 * 60 * kMinute : 60 * kMinute);
        play(*b, "khong_chuyen_khoan", 2);
        b->time->jumpWall(midnight + 19 * 60 * kMinute);
        play(*b, "phai_to_giac", 1);
        b->time->jumpWall(now - 10 * kMinute);
        play(*b, "khong_chuyen_khoan", 1);
        b->log->flush(std::chrono::seconds(5));
        auto key = playlog::BoxKey::load(b->dataDir / "box.key");
        auto e = office::enrollBox(office.dir, office.settings, b->id, key.publicKey(), b->site, "127.0.0.1");
        std::vector<std::string> errors;
        auto c = fleet::parseFleetConfig(e.text + "heartbeat_seconds = 1\nbatch_links = 200\nack_timeout_seconds = 2\n",
                                         e.file.string(), errors);
        EXPECT_TRUE(c) << (errors.empty() ? "" : errors.front());
        fleet::AgentOptions ao;
        ao.config = *c;
        ao.dataDir = b->dataDir;
        ao.version = "0.1.0";
        auto* plog = b->log.get();
        ao.note = [plog](const std::string& d) { plog->event(playlog::EventKind::Note, d); };
        b->agent = std::make_unique<fleet::Agent>(ao);
        boxes.push_back(std::move(b));
    }
    office.office->reloadCredentials();
    for (auto& b : boxes) {
        std::string error;
        EXPECT_TRUE(b->agent->start(&error)) << error;
        b->bundle = "chien-dich-12-2026@1.2.0";
        b->agent->post({"chinh/khong_chuyen_khoan", b->bundle, "", false});
    }
    _render = std::thread([this] {
        while (_running) {
            for (auto& b : boxes)
                if (b->agent) {
                    (void)b->agent->banner();
                    if (b->agent->screenshotWanted()) b->agent->screenshot(frameOf(*b), 640, 360);
                    importInbox(*b);
                }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    // Wait until every box has said "online" (and, when asked, uploaded its plays).
    EXPECT_TRUE(waitFor(
        [&] {
            auto st = office.office->boxes();
            if (st.size() < boxes.size()) return false;
            for (const auto& s : st)
                if (s.state != "online") return false;
            if (_o.waitForLogs)
                for (auto& b : boxes) {
                    auto a = b->agent->stats();
                    if (a.logSeq == 0 || a.ackedSeq < a.logSeq) return false;
                }
            return true;
        },
        20000));
    for (auto& b : boxes)
        if (b->id == _o.offlineBox) {
            b->agent->stop();
            b->agent.reset();
        }
    std::vector<std::string> errors;
    addUser("can-bo", "officer", kPassword);
    addUser("xem", "viewer", kPassword);
    auto co = _o.console;
    co.enabled = true;
    co.host = "127.0.0.1";
    console = std::make_unique<office::web::Console>(*office.office, co);
    std::string error;
    EXPECT_TRUE(console->start(&error)) << error;
}

ConsoleFleet::~ConsoleFleet() {
    _running = false;
    if (_render.joinable()) _render.join();
    if (console) console->stop();
    // Each agent's goodbye takes up to ~1 s: say them all at once.
    std::vector<std::thread> stops;
    for (auto& b : boxes)
        if (b->agent) stops.emplace_back([a = b->agent.get()] { a->stop(); });
    for (auto& t : stops) t.join();
    boxes.clear();
    if (office.office) office.office->stop();
}

void ConsoleFleet::addUser(const std::string& name, const std::string& role, const std::string& password) {
    office::web::UserStore(office::web::usersFile(office.dir.root()))
        .add(name, *office::web::parseRole(role), password);
}

std::filesystem::path ConsoleFleet::exportOf(const std::string& box, const std::filesystem::path& dir) {
    for (auto& b : boxes)
        if (b->id == box) {
            b->log->flush(std::chrono::seconds(5));
            auto key = playlog::BoxKey::load(b->dataDir / "box.key");
            std::filesystem::create_directories(dir);
            return playlog::exportLog(b->dataDir / "playlog.sqlite", key, dir, office.clock.wallNow()).file;
        }
    throw std::runtime_error("no box " + box);
}

namespace {
la_ssize_t appendTo(archive*, void* out, const void* buf, size_t n) {
    static_cast<std::string*>(out)->append(static_cast<const char*>(buf), n);
    return static_cast<la_ssize_t>(n);
}
} // namespace

std::string makeZip(const std::vector<ZipEntry>& entries) {
    std::string out;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendTo, nullptr);
    for (const auto& e : entries) {
        archive_entry* en = archive_entry_new();
        archive_entry_set_pathname(en, e.name.c_str());
        if (e.symlink) {
            archive_entry_set_filetype(en, AE_IFLNK);
            archive_entry_set_symlink(en, e.data.c_str());
            archive_entry_set_perm(en, 0777);
            archive_write_header(a, en);
        } else {
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_perm(en, 0644);
            archive_entry_set_size(en, static_cast<la_int64_t>(e.data.size()));
            archive_write_header(a, en);
            archive_write_data(a, e.data.data(), e.data.size());
        }
        archive_entry_free(en);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

std::string zipDirectory(const std::filesystem::path& dir, const std::string& prefix) {
    std::vector<ZipEntry> entries;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        entries.push_back({prefix + std::filesystem::relative(e.path(), dir).string(),
                           std::string((std::istreambuf_iterator<char>(in)), {})});
    }
    return makeZip(entries);
}

} // namespace signage::test
