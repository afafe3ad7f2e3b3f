// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CheckSchedule.h"

#include <algorithm>
#include <map>

#include "core/Duration.h"
#include "core/Lang.h"
#include "core/Suggest.h"
#include "schedule/ScheduleLoader.h"
#include "schedule/TimeZone.h"

namespace signage::schedule {
namespace {

using core::tr;

constexpr core::Millis kAssumedMediaLength{30'000};
constexpr size_t kMaxOverlapReports = 20;

// Minute intervals of a window on its own day: [start, end) in 0..2880.
std::pair<int, int> minutes(const Window& w) { return {w.startMin, w.startMin + w.lengthMin()}; }

std::vector<std::pair<int, int>> dayMinutes(const std::vector<Window>& windows) {
    std::vector<std::pair<int, int>> out;
    if (windows.empty()) out.emplace_back(0, 1440);
    for (const auto& w : windows) out.push_back(minutes(w));
    return out;
}

// Is there a day d with a active on d and b active on d + shift?
bool daysMeet(const DayFilter& a, const DayFilter& b, int shift) {
    std::optional<Day> lo = a.from, hi = a.to;
    if (b.from) lo = lo ? std::max(*lo, *b.from - shift) : *b.from - shift;
    if (b.to) hi = hi ? std::min(*hi, *b.to - shift) : *b.to - shift;
    if (lo && hi && *lo > *hi) return false;
    if (lo && hi && *hi - *lo < 7) {
        for (Day d = *lo; d <= *hi; ++d)
            if (a.matches(d) && b.matches(d + shift)) return true;
        return false;
    }
    for (int w = 0; w < 7; ++w)
        if ((a.weekdays >> w & 1u) && (b.weekdays >> ((w + shift + 7) % 7) & 1u)) return true;
    return false;
}

bool rulesOverlap(const Rule& a, const Rule& b) {
    auto am = dayMinutes(a.windows), bm = dayMinutes(b.windows);
    for (int shift = -1; shift <= 1; ++shift) {
        bool timesMeet = false;
        for (auto [s1, e1] : am)
            for (auto [s2, e2] : bm)
                timesMeet = timesMeet || std::max(s1, s2 + shift * 1440) < std::min(e1, e2 + shift * 1440);
        if (timesMeet && daysMeet(a.days, b.days, shift)) return true;
    }
    return false;
}

bool neverApplies(const DayFilter& f) {
    if (f.isEmpty()) return true;
    if (f.from && f.to && *f.to - *f.from < 7) {
        for (Day d = *f.from; d <= *f.to; ++d)
            if (f.matches(d)) return false;
        return true;
    }
    return false;
}

std::vector<std::string> playlistIds(const content::Catalog& catalog) {
    std::vector<std::string> ids;
    for (const auto& [id, p] : catalog.playlists) ids.push_back(id);
    return ids;
}

// Minutes of `w` during which some display block may have the screen on.
int displayMinutes(const Window& w, const std::vector<DisplayBlock>& display) {
    if (display.empty()) return w.lengthMin();
    auto [s, e] = minutes(w);
    std::vector<char> on(static_cast<size_t>(e - s), 0);
    for (const auto& block : display)
        for (int shift = -1; shift <= 1; ++shift)
            for (auto [bs, be] : dayMinutes(block.windows))
                for (int m = std::max(s, bs + shift * 1440); m < std::min(e, be + shift * 1440); ++m) on[static_cast<size_t>(m - s)] = 1;
    return static_cast<int>(std::count(on.begin(), on.end(), 1));
}

std::string formatLength(core::Millis ms) { return core::formatDuration(ms); }

} // namespace

void checkSchedule(const content::Catalog& catalog, const Schedule& s, core::Diagnostics& diags) {
    SourcePos filePos{s.file.string(), 0, 0};
    if (!TimeZone::load(s.timezone)) {
        diags.error(s.timezonePos.line ? s.timezonePos : filePos,
                    tr("múi giờ không biết \"", "unknown time zone \"") + s.timezone + "\"" +
                        tr(" (ví dụ \"Asia/Ho_Chi_Minh\")", " (e.g. \"Asia/Ho_Chi_Minh\")"));
    }
    const auto ids = playlistIds(catalog);
    auto checkPlaylist = [&](const std::string& id, const SourcePos& pos) -> const content::Playlist* {
        const content::Playlist* p = catalog.findPlaylist(id);
        if (!p) {
            diags.error(pos, tr("danh sách phát không biết \"", "unknown playlist \"") + id + "\"" + core::didYouMean(id, ids));
        } else if (p->items.empty()) {
            diags.warning(pos, tr("danh sách phát \"", "playlist \"") + id + tr("\" không có mục nào", "\" has no items"));
        }
        return p;
    };
    if (!s.defaultPlaylist.empty()) checkPlaylist(s.defaultPlaylist, s.defaultPlaylistPos);

    for (const Rule& r : s.rules) {
        checkPlaylist(r.playlist, r.playlistPos.line ? r.playlistPos : r.pos);
        if (neverApplies(r.days))
            diags.error(r.datesPos.line ? r.datesPos : r.pos,
                        tr("quy tắc \"", "rule \"") + r.id +
                            tr("\" không bao giờ áp dụng (khoảng ngày và thứ không giao nhau)",
                               "\" never applies (its dates and weekdays have no day in common)"));
    }

    // Equal priorities overlapping with no weights: the author probably did not mean a tie.
    std::map<int, std::vector<const Rule*>> byPriority;
    for (const Rule& r : s.rules) byPriority[r.priority].push_back(&r);
    size_t reported = 0, more = 0;
    for (const auto& [prio, rules] : byPriority) {
        for (size_t i = 0; i < rules.size(); ++i) {
            for (size_t j = i + 1; j < rules.size(); ++j) {
                const Rule& a = *rules[i];
                const Rule& b = *rules[j];
                if (a.weightGiven || b.weightGiven || a.playlist == b.playlist || !rulesOverlap(a, b)) continue;
                if (reported++ >= kMaxOverlapReports) {
                    ++more;
                    continue;
                }
                diags.warning(b.pos, tr("quy tắc \"", "rule \"") + b.id + tr("\" trùng giờ với \"", "\" overlaps \"") + a.id +
                                         tr("\" cùng mức ưu tiên ", "\" at the same priority ") + std::to_string(prio) +
                                         tr(" mà không có \"weight\": hai bên chia đều thời gian; thêm \"weight\" hoặc "
                                            "đổi \"priority\" cho rõ",
                                            " with no \"weight\": they will share the time equally; add \"weight\" or "
                                            "change \"priority\" to say what you mean"));
            }
        }
    }
    if (more > 0)
        diags.warning(filePos, tr("và ", "and ") + std::to_string(more) +
                                   tr(" cặp quy tắc trùng giờ khác", " more overlapping rule pairs"));

    for (const Target& t : s.targets) {
        const content::Playlist* p = checkPlaylist(t.playlist, t.playlistPos.line ? t.playlistPos : t.pos);
        if (neverApplies(t.days))
            diags.error(t.pos, tr("chỉ tiêu \"", "target \"") + t.id +
                                   tr("\" không bao giờ áp dụng (khoảng ngày và thứ không giao nhau)",
                                      "\" never applies (its dates and weekdays have no day in common)"));
        if (!p || p->items.empty()) continue;
        core::Millis length{0};
        bool assumed = false;
        auto add = [&](const content::Item& item) {
            if (item.duration && item.duration->count() > 0) {
                length += *item.duration;
            } else {
                length += kAssumedMediaLength;
                assumed = true;
            }
        };
        if (!t.item.empty()) {
            const content::Item* found = nullptr;
            for (const auto& item : p->items)
                if (!found && item.id == t.item) found = &item;
            for (const auto& item : p->items)
                if (!found && item.slide == t.item) found = &item;
            if (!found) {
                std::vector<std::string> items;
                for (const auto& item : p->items) items.push_back(item.id);
                diags.error(t.itemPos.line ? t.itemPos : t.pos, tr("không có mục \"", "no item \"") + t.item +
                                                                 tr("\" trong danh sách phát \"", "\" in playlist \"") +
                                                                 t.playlist + "\"" + core::didYouMean(t.item, items));
                continue;
            }
            add(*found);
        } else {
            for (const auto& item : p->items) add(item);
        }
        int available = displayMinutes(t.window, s.display);
        core::Millis need = length * t.times;
        if (available == 0) {
            diags.error(t.window.pos, tr("chỉ tiêu \"", "target \"") + t.id + tr("\": màn hình tắt suốt khung giờ ",
                                                                                  "\": the screen is off for the whole window ") +
                                          t.window.text());
        } else if (need > core::Millis(static_cast<std::int64_t>(available) * kMsPerMinute)) {
            diags.error(t.timesPos.line ? t.timesPos : t.window.pos,
                        tr("chỉ tiêu \"", "target \"") + t.id + tr("\" không vừa khung giờ: ", "\" cannot fit its window: ") +
                            std::to_string(t.times) + " × " + formatLength(length) + " = " + formatLength(need) +
                            tr(" nhưng ", " but ") + t.window.text() + tr(" chỉ có ", " has only ") +
                            formatLength(core::Millis(static_cast<std::int64_t>(available) * kMsPerMinute)) +
                            tr(" màn hình bật", " with the screen on") +
                            (assumed ? tr(" (video/âm thanh không ghi thời lượng được tính 30s)",
                                          " (video/audio without a duration counted as 30s)")
                                     : std::string()));
        }
    }
}

void checkSchedule(const content::Catalog& catalog, const std::filesystem::path& scheduleToml, core::Diagnostics& diags) {
    std::error_code ec;
    if (!std::filesystem::exists(scheduleToml, ec)) return;
    auto schedule = loadSchedule(scheduleToml, diags);
    if (schedule) checkSchedule(catalog, *schedule, diags);
}

} // namespace signage::schedule
