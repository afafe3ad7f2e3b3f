// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An office (real daemon code, its own Mosquitto on a free loopback port) and boxes
// (a real PlayLog and a real Agent each) in one test process.
#include <memory>
#include <string>

#include "core/Clock.h"
#include "fleet/Agent.h"
#include "office/Office.h"
#include "playlog/PlayLog.h"
#include "support/TempDir.h"

namespace signage::test {

struct TestOffice {
    TempDir tmp;
    office::OfficeDir dir{tmp.path() / "office"};
    office::OfficeSettings settings;
    core::RealClock clock;
    std::unique_ptr<office::Office> office;

    /// `extraToml` is appended to office.toml before init (a [broker] section, say).
    explicit TestOffice(const std::string& ward = "phuong-1", const std::string& extraToml = {});
    void start();
};

struct TestBox {
    std::string id;
    std::filesystem::path dataDir;
    std::unique_ptr<playlog::PlayLog> log;
    std::unique_ptr<fleet::Agent> agent;
    fleet::FleetConfig config;

    /// Makes the box's log (and key), enrolls it with `office`, starts its agent.
    TestBox(TestOffice& office, const std::string& id, const std::string& site = "cho-hong-an", bool startAgent = true);
    ~TestBox();
    void startAgent(); // when the constructor was told not to
    void play(int n);  // n completed plays
};

} // namespace signage::test
