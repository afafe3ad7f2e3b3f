// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A simulated ward for the console tests: a real office (its own Mosquitto on loopback),
// N boxes with real play logs and agents, and the web console on a free loopback port.
// Box logs are dated by a ManualTimeSource: every box plays the morning item yesterday
// inside the 05:30–07:30 window except the one named `missBox`, which plays it at 09:00.
// A "render" thread posts what each box shows and reads its banner (so alerts go
// got → shown), like the player's render loop does; it answers screenshot requests with
// a drawn frame and "imports" bundles the agent downloads (reports them as running).
// The campaign (schedule.toml, a playlist and two slides for titles) is OFFICE_DIR/campaign.
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "fleet/Agent.h"
#include "integration/fleet/FleetHarness.h"
#include "office/web/Console.h"
#include "playlog/PlayLog.h"
#include "playlog/TimeSource.h"

namespace signage::test {

struct SimBox {
    std::string id, site;
    std::filesystem::path dataDir;
    std::shared_ptr<playlog::ManualTimeSource> time;
    std::unique_ptr<playlog::PlayLog> log;
    std::unique_ptr<fleet::Agent> agent;
    std::string bundle; // "id@version" it runs (render thread)
};

struct ConsoleFleetOptions {
    int boxes = 20;
    std::string missBox = "may-07";
    std::string offlineBox = "may-20"; // connects once, then says goodbye (offline)
    office::web::ConsoleOptions console;
    bool waitForLogs = true; // until every box's plays are in the office store
};

class ConsoleFleet {
public:
    explicit ConsoleFleet(ConsoleFleetOptions options = {});
    ~ConsoleFleet();

    TestOffice office;
    std::vector<std::unique_ptr<SimBox>> boxes;
    std::unique_ptr<office::web::Console> console;
    int port() const { return console->port(); }
    /// Adds a console user (officer "can-bo" / viewer "xem" exist already, password kPassword).
    void addUser(const std::string& name, const std::string& role, const std::string& password);
    /// A signed export of `box`'s log, as a USB stick would carry it.
    std::filesystem::path exportOf(const std::string& box, const std::filesystem::path& dir);
    std::int64_t yesterday() const { return _yesterday; }
    static constexpr const char* kPassword = "mat-khau-thu-nghiem";

private:
    ConsoleFleetOptions _o;
    std::int64_t _yesterday = 0;
    std::atomic<bool> _running{true};
    std::thread _render;
};

/// A zip built in memory (libarchive): regular files, and optionally a symlink entry.
struct ZipEntry {
    std::string name, data;
    bool symlink = false; // data = target
};
std::string makeZip(const std::vector<ZipEntry>& entries);
/// Every regular file under `dir`, named relative to `dir` with `prefix` in front.
std::string zipDirectory(const std::filesystem::path& dir, const std::string& prefix = "");

} // namespace signage::test
