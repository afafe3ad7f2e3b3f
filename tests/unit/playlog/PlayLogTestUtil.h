// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the play-log tests: a PlayLog on a manual clock in a temp dir.
#include <memory>

#include "db/Database.h"
#include "playlog/PlayLog.h"
#include "playlog/TimeSource.h"

namespace signage::playlog::test {

/// 2025-08-02T06:00:00+07:00, the first morning of the Hồng An campaign.
inline constexpr std::int64_t kCampaignStart = 1754089200000;

inline PlayLogOptions options(const std::filesystem::path& dir, std::shared_ptr<TimeSource> time) {
    PlayLogOptions o;
    o.dataDir = dir;
    o.boxId = "box-hong-an-01";
    o.time = std::move(time);
    o.durability = Durability::Normal; // tests do not need fsync; the fault suite uses Full
    o.commitDelay = std::chrono::milliseconds(20);
    o.retryMin = std::chrono::milliseconds(10);
    o.retryMax = std::chrono::milliseconds(50);
    return o;
}

inline PlayStart play(std::string item, std::string playlist = "chinh", std::string site = "cho-hong-an") {
    PlayStart s;
    s.site = std::move(site);
    s.bundle = "chien-dich-8-2025@1.0.0";
    s.playlist = std::move(playlist);
    s.item = std::move(item);
    s.mediaHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    s.scheduleRule = "sang-som";
    return s;
}

/// The first column of the first row of `sql` (a count), -1 when there is no row.
inline std::int64_t countRows(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

} // namespace signage::playlog::test
