// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Catalogs and schedules built in code for the scheduler tests.
#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

#include "content/Model.h"
#include "core/Clock.h"
#include "schedule/ScheduleLoader.h"

namespace signage::schedule::test {

struct PlaylistSpec {
    std::string id;
    std::vector<std::pair<std::string, int>> items; // id, seconds (0 = video without a duration)
};

inline content::Catalog makeCatalog(const std::vector<PlaylistSpec>& specs, std::string defaultPlaylist = "") {
    content::Catalog c;
    c.manifest.id = "test";
    c.manifest.defaultPlaylist = std::move(defaultPlaylist);
    for (const auto& s : specs) {
        content::Playlist p;
        p.id = s.id;
        for (const auto& [id, seconds] : s.items) {
            content::Item item;
            item.id = id;
            if (seconds > 0) {
                item.type = content::ItemType::Slide;
                item.slide = id;
                item.duration = core::Millis(seconds * 1000);
            } else {
                item.type = content::ItemType::Video;
            }
            p.items.push_back(item);
        }
        c.playlists[s.id] = p;
    }
    return c;
}

/// The playlists of playlists/examples/hong-an-campaign, with the same ids and lengths.
inline content::Catalog hongAnCatalog() {
    return makeCatalog({{"thuong-xuyen", {{"gioi-thieu", 15}, {"khong_chuyen_khoan", 15}, {"phai_to_giac", 15}, {"duong-day-nong", 10}}},
                        {"cao-diem", {{"cao-diem", 20}, {"khong_thuc_hien", 15}, {"khong_dau_tu", 15}, {"ky-cam-ket", 15}, {"duong-day-nong", 10}}},
                        {"5k2p", {{"khong_thuc_hien", 15}, {"khong_tham_lam", 15}, {"khong_ket_ban", 15}, {"khong_chuyen_khoan", 15},
                                  {"khong_dau_tu", 15}, {"phai_canh_giac", 15}, {"phai_to_giac", 15}}},
                        {"ky-cam-ket", {{"ky-cam-ket", 20}, {"duong-day-nong", 10}}},
                        {"khan-cap", {{"canh-bao-khan", 20}}}},
                       "thuong-xuyen");
}

inline Schedule parseOk(const std::string& text) {
    core::Diagnostics d;
    auto s = parseSchedule(text, "schedule.toml", d);
    for (const auto& x : d.all()) ADD_FAILURE() << x.format();
    EXPECT_TRUE(s.has_value());
    return s ? *s : Schedule{};
}

inline Schedule hongAnSchedule() {
    core::Diagnostics d;
    auto s = loadSchedule(std::string(SIGNAGE_SOURCE_DIR) + "/playlists/examples/hong-an-campaign/schedule.toml", d);
    for (const auto& x : d.all()) ADD_FAILURE() << x.format();
    EXPECT_TRUE(s.has_value());
    return s ? *s : Schedule{};
}

/// "2025-08-02T06:00" in Asia/Ho_Chi_Minh (or with an explicit offset).
inline core::WallMs at(const std::string& iso) {
    core::WallMs t = 0;
    EXPECT_TRUE(core::parseIsoTime(iso, t)) << iso;
    return t;
}

} // namespace signage::schedule::test

#include "schedule/Simulator.h"

namespace signage::schedule::test {

struct Play {
    Decision d;
    WallMs start = 0, end = 0;
    bool completed = true;
};
struct Gap {
    Decision::Kind kind;
    WallMs start = 0, end = 0;
};
struct Run {
    std::vector<Play> plays;
    std::vector<Gap> gaps;
    SimulationSummary summary;
    /// Milliseconds played of `playlist` in [from, to).
    WallMs playedMs(const std::string& playlist, WallMs from, WallMs to) const {
        WallMs sum = 0;
        for (const auto& p : plays)
            if (p.d.playlist == playlist) sum += std::max<WallMs>(0, std::min(p.end, to) - std::max(p.start, from));
        return sum;
    }
};

/// Simulates [from, to) with the player loop and keeps every play.
inline Run run(const Schedule& s, const content::Catalog& c, WallMs from, WallMs to,
               std::vector<SimulationEvent> events = {}) {
    Run r;
    SimulationOptions o;
    o.events = std::move(events);
    o.onPlay = [&](const Decision& d, WallMs a, WallMs b, bool completed, bool) { r.plays.push_back({d, a, b, completed}); };
    o.onGap = [&](Decision::Kind k, WallMs a, WallMs b) { r.gaps.push_back({k, a, b}); };
    r.summary = simulate(s, c, from, to, o);
    return r;
}

} // namespace signage::schedule::test
