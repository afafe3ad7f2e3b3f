// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read side of the play log for `signage audit`: opens a box log, an export or an audit
// database, refreshes the rollup, and answers "how many plays, how much airtime, by
// day / hour / box / site / playlist / item" over a date range, dating rows from
// unsynchronised clocks by boot and monotonic time (Dating.h).
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "db/Database.h"
#include "playlog/Dating.h"
#include "playlog/LogStore.h"
#include "playlog/Progress.h"
#include "playlog/Records.h"

namespace signage::playlog {

enum class Dim { Day, Hour, Box, Site, Playlist, Item };
std::string_view dimName(Dim d);
bool parseDim(std::string_view text, Dim& out);

struct Totals {
    std::int64_t plays = 0;
    std::array<std::int64_t, kOutcomeCount> byOutcome{};
    std::int64_t playedMs = 0;
    std::int64_t interrupts = 0; // plays of emergency interrupts
    std::int64_t unsynced = 0;   // plays dated on an unsynchronised clock
    std::int64_t redated = 0;    // ... of which re-dated from boot + monotonic time
    void add(const Totals& o);
    std::int64_t outcome(Outcome o) const { return byOutcome[static_cast<size_t>(o)]; }
};

struct Filter {
    std::int64_t fromDay = 0, toDay = 0; // inclusive local days
    std::optional<std::string> box;      // box id
    std::optional<std::string> site;
};

/// Up to three dimension values per row; names resolved with AuditDb::label().
using GroupKey = std::array<std::int64_t, 3>;
using Groups = std::map<GroupKey, Totals>;

struct DatedEvent {
    std::string boxId;
    Dated at;
    std::string kind;
    std::string detail;
    std::int64_t value = 0;
};

/// The touch scam checker's answers in a range: counts only (nothing typed is logged).
struct TouchTotals {
    std::int64_t checks = 0;
    std::map<std::string, std::int64_t> byVerdict; // likely_scam, suspicious, no_known_signs
    std::map<std::string, std::int64_t> byTactic;  // strongest tactic of each check (none: not counted)
    std::map<std::string, std::int64_t> byKind;    // phone, link, account, message
};

class AuditDb {
public:
    /// Opens `file` (must exist). Box logs and audit databases get their rollup refreshed in
    /// place; exports and read-only files get a temporary one. Throws on a file that is not
    /// a play log.
    static AuditDb open(const std::filesystem::path& file, int utcOffsetMin = kDefaultUtcOffsetMin,
                        const ProgressFn& progress = {});

    Groups aggregate(const Filter& f, const std::vector<Dim>& dims);
    /// Events in the range, dated, oldest first (ordered by boot then monotonic time).
    std::vector<DatedEvent> events(const Filter& f);
    /// Plays in the range that are never counted (virtual clock, dev mode, unsigned
    /// content), by their kUntrusted* bits: reports show them apart.
    std::map<std::uint8_t, std::int64_t> untrusted(const Filter& f);
    /// Touch checks in the range (dated like plays).
    TouchTotals touchChecks(const Filter& f);
    /// A dimension value as people read it: "2025-08-02", "06", "box-001", an item id.
    std::string label(Dim d, std::int64_t v) const;
    /// Like label(), but an item or playlist with a known title (setTitles) reads as its
    /// title: reports show "Đừng chuyển khoản cho người lạ", not "khong_chuyen_khoan".
    std::string title(Dim d, std::int64_t v) const;
    /// Item and playlist titles from the content (id -> title); ids without one stay ids.
    void setTitles(std::map<std::string, std::string> items, std::map<std::string, std::string> playlists);
    std::string itemTitle(const std::string& id) const;
    std::string playlistTitle(const std::string& id) const;
    std::vector<std::string> boxIds() const; // sorted
    std::optional<std::int64_t> nameId(const std::string& text) const;
    std::optional<std::int64_t> anchor(std::int64_t boot) const;
    /// The box index used as the Box dimension value for a log id.
    std::int64_t boxIndexOfLog(std::int64_t log) const;
    std::vector<std::int64_t> logsOfBox(const std::string& boxId) const;
    /// Box indices (as boxIndexOfLog) of the boxes that ever logged a play at the site,
    /// on any day: events carry no site, and a site's quota rows are its boxes' rows.
    std::set<std::int64_t> boxesAtSite(const std::string& site);
    int utcOffsetMin() const { return _offset; }
    db::Database& database() { return *_db; }
    std::string role() const { return _role; }

private:
    AuditDb() = default;
    void load();
    /// " WHERE log IN (…)" for the filter's box ("" for every box); nullopt: the box has no log.
    std::optional<std::string> boxWhere(const Filter& f) const;
    /// Whether a row dated (wall, mono, synced, boot) falls in the filter's days.
    bool inRange(const Filter& f, std::int64_t wallMs, std::int64_t monoMs, bool synced, std::int64_t boot) const;
    std::optional<db::Database> _db;
    int _offset = kDefaultUtcOffsetMin;
    std::string _role;
    std::unordered_map<std::int64_t, std::string> _names;
    StringMap<std::int64_t> _nameIds;
    std::vector<std::string> _boxes;                      // index -> box id (sorted)
    std::unordered_map<std::int64_t, std::int64_t> _logBox; // log id -> box index
    std::unordered_map<std::int64_t, std::int64_t> _anchors; // boot -> offset
    std::map<std::string, std::string> _itemTitles, _playlistTitles;
};

} // namespace signage::playlog
