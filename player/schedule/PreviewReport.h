// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `signage schedule preview` prints: the simulated plays grouped into blocks
// ("05:30-07:30 playlist X by rule R, 45 items") per local day, as text, JSON or a
// self-contained HTML timeline a ward officer can read.
#include <ostream>
#include <string>
#include <vector>

#include "schedule/Simulator.h"
#include "schedule/TimeZone.h"

namespace signage::schedule {

/// Consecutive plays of one playlist for one reason, or a stretch with the screen off
/// (kind Off) or nothing to play (kind Idle).
struct PreviewBlock {
    Day day = 0;              // local day the block starts on
    WallMs start = 0, end = 0;
    Decision::Kind kind = Decision::Kind::Idle;
    std::string playlist, rule;
    int plays = 0;
    int cut = 0;              // items cut short (interrupts, screen off)
    WallMs segment = 0;       // rules: the stretch of equal-priority rules it belongs to
};

/// Index one past the run of blocks starting at `first` in which equal-priority rules
/// share the time (alternating blocks of one stretch); first + 1 when there is none.
size_t sharedRunEnd(const std::vector<PreviewBlock>& blocks, size_t first);

/// Collects blocks from Simulator callbacks (SimulationOptions::onPlay / onGap).
class PreviewRecorder {
public:
    explicit PreviewRecorder(const TimeZone& tz) : _tz(tz) {}
    void play(const Decision& d, WallMs start, WallMs end, bool completed);
    void gap(Decision::Kind kind, WallMs start, WallMs end);
    const std::vector<PreviewBlock>& blocks() const { return _blocks; }

private:
    void add(Decision::Kind kind, const std::string& playlist, const std::string& rule, WallMs start, WallMs end,
             int plays, int cut, WallMs segment);
    const TimeZone& _tz;
    std::vector<PreviewBlock> _blocks;
};

struct PreviewInput {
    std::string title;        // content dir or bundle name
    const TimeZone* tz = nullptr;
    Day firstDay = 0, lastDay = 0;
    const std::vector<PreviewBlock>* blocks = nullptr;
    const SimulationSummary* summary = nullptr;
    core::Millis assumedLength{30'000};
};

/// One line per block, grouped by day, then each day's targets (run's language).
void writePreviewText(std::ostream& out, const PreviewInput& in);
/// Self-contained HTML (inline CSS, no scripts, no external files).
void writePreviewHtml(std::ostream& out, const PreviewInput& in);

/// Streams the JSON array `[{start,end,playlist,item,rule}, ...]` (local ISO-8601 times)
/// one play at a time, so a year of plays never sits in memory.
class PreviewJsonWriter {
public:
    PreviewJsonWriter(std::ostream& out, const TimeZone& tz) : _out(out), _tz(tz) {}
    void play(const Decision& d, WallMs start, WallMs end);
    /// Closes the array (call once at the end).
    void finish();

private:
    std::ostream& _out;
    const TimeZone& _tz;
    bool _first = true;
    std::string _line; // reused for each entry
};

/// "05:30-07:30  cao-diem 67% + 5k2p 33%  (rules a, b share the time), 120 items":
/// the text of blocks [first, last) as one line (without the times).
std::string describeRun(const std::vector<PreviewBlock>& blocks, size_t first, size_t last);

/// "Thứ Bảy" / "Saturday" in the run's language.
std::string weekdayName(Day day);

} // namespace signage::schedule
