// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Dating.h"

#include "core/Clock.h"

namespace signage::playlog {

std::optional<std::int64_t> computeAnchor(db::Database& db, std::int64_t bootRef) {
    // Latest synchronised row first; if the boot never synchronised, its latest row.
    static constexpr const char* kSql[] = {
        "SELECT wall_ms - mono_ms, mono_ms FROM plays WHERE boot=?1 AND synced=?2 ORDER BY mono_ms DESC LIMIT 1",
        "SELECT wall_ms - mono_ms, mono_ms FROM events WHERE boot=?1 AND synced=?2 ORDER BY mono_ms DESC LIMIT 1",
        "SELECT wall_ms - mono_ms, mono_ms FROM touch_checks WHERE boot=?1 AND synced=?2 ORDER BY mono_ms DESC LIMIT 1",
    };
    for (int synced : {1, 0}) {
        std::optional<std::int64_t> best;
        std::int64_t bestMono = 0;
        for (const char* sql : kSql) {
            auto st = db.prepare(sql);
            st.bind(1, bootRef).bind(2, synced);
            if (st.step() && (!best || st.columnInt(1) > bestMono)) {
                best = st.columnInt(0);
                bestMono = st.columnInt(1);
            }
        }
        if (best) return best;
    }
    return std::nullopt;
}

bool parseDay(const std::string& text, std::int64_t& day, int utcOffsetMin) {
    core::WallMs ms = 0;
    if (!core::parseIsoTime(text, ms, utcOffsetMin)) return false;
    day = localTime(ms, utcOffsetMin).day;
    return true;
}

std::string formatDay(std::int64_t day) {
    // formatIsoTime at UTC offset 0 of the day's midnight gives "YYYY-MM-DDT00:00:00+00:00".
    return core::formatIsoTime(day * kDayMs, 0).substr(0, 10);
}

} // namespace signage::playlog
