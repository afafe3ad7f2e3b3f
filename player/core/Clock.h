// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one source of time. Nothing in the player reads the wall clock directly: it asks
// a Clock, so schedules, quotas and soaks can run on a virtual clock (a week in minutes)
// and tests on a manual one.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace signage::core {

/// Milliseconds since the Unix epoch, UTC (wall time, may jump when NTP syncs).
using WallMs = std::int64_t;
/// Milliseconds on a monotonic clock (never jumps; origin unspecified).
using SteadyMs = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    /// Wall time as the schedule and the play log see it.
    virtual WallMs wallNow() const = 0;
    /// Monotonic time for deadlines, frame pacing and transitions. Speeds up with a
    /// virtual clock's speed, so a fade at speed 60 lasts 1/60 of its real time.
    virtual SteadyMs steadyNow() const = 0;
    /// How much faster than real time this clock runs (1 for the real clock).
    virtual double speed() const { return 1.0; }
    /// Converts a span on this clock into real milliseconds to sleep (for SDL_WaitEventTimeout).
    std::int64_t toRealMs(std::int64_t clockMs) const;
};

/// The box's clocks: system_clock for wall time, steady_clock for deadlines.
class RealClock final : public Clock {
public:
    WallMs wallNow() const override;
    SteadyMs steadyNow() const override;
};

/// Starts at a given wall time and runs `speed` times faster than real time
/// (`--clock-start`, `--clock-speed`). Wall and steady advance together.
class VirtualClock final : public Clock {
public:
    VirtualClock(WallMs start, double speed);
    WallMs wallNow() const override;
    SteadyMs steadyNow() const override;
    double speed() const override { return _speed; }

private:
    WallMs _start;
    double _speed;
    std::chrono::steady_clock::time_point _realOrigin;
};

/// Moves only when told to; for tests. Thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(WallMs start = 0) : _wall(start), _steady(0) {}
    WallMs wallNow() const override { return _wall.load(); }
    SteadyMs steadyNow() const override { return _steady.load(); }
    /// Advances both wall and steady time.
    void advance(std::int64_t ms) { _wall += ms; _steady += ms; }
    /// Jumps the wall clock only (an NTP correction); steady time does not move.
    void jumpWall(WallMs to) { _wall = to; }

private:
    std::atomic<WallMs> _wall;
    std::atomic<SteadyMs> _steady;
};

/// The boxes' time zone (../shared/DESIGN.md). schedule::TimeZone loads it from tzdata;
/// code below schedule/ in the DAG (and tzdata-less fallbacks) use its fixed offset:
/// Vietnam has kept UTC+7 without daylight saving since 1975. The one place it is written.
inline constexpr const char* kDefaultTimeZoneName = "Asia/Ho_Chi_Minh";
inline constexpr int kDefaultUtcOffsetMinutes = 7 * 60;

/// Parses an ISO-8601 time "2025-08-02T06:00:00+07:00", "2025-08-02T06:00" (taken in
/// Asia/Ho_Chi_Minh, UTC+7, when no offset is given), or "2025-08-02".
/// Returns false on a malformed value.
bool parseIsoTime(const std::string& text, WallMs& out, int defaultOffsetMinutes = kDefaultUtcOffsetMinutes);

/// Formats wall time as local ISO-8601 with the given UTC offset: "2025-08-02T06:00:00+07:00".
std::string formatIsoTime(WallMs t, int offsetMinutes = kDefaultUtcOffsetMinutes);

} // namespace signage::core
