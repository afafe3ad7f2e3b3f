// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the play log gets its timestamps: wall time from the player's Clock (so a virtual
// clock dates virtual days), monotonic ms since boot, the kernel's boot id and whether the
// kernel says the wall clock is synchronised. Boxes often run without network or RTC:
// boot id + monotonic time order a boot's rows even when the wall clock jumps.
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include "core/Clock.h"
#include "playlog/Records.h"

namespace signage::playlog {

class TimeSource {
public:
    virtual ~TimeSource() = default;
    /// A sample of all three clocks. Called from the render thread for every record:
    /// must stay cheap (no syscalls beyond clock_gettime, no locks held long).
    virtual TimeSample now() const = 0;
    /// Re-reads the slow parts (synchronisation state). Called by the writer thread about
    /// once a second so the render thread never makes that syscall.
    virtual void refresh() {}
};

/// The box's real clocks. Thread-safe.
class SystemTimeSource final : public TimeSource {
public:
    /// `syncProbe` answers "is the wall clock synchronised?"; defaults to the kernel's
    /// adjtimex state. Tests inject their own.
    explicit SystemTimeSource(const core::Clock& clock, std::function<bool()> syncProbe = {});
    TimeSample now() const override;
    void refresh() override;

private:
    const core::Clock& _clock;
    std::function<bool()> _probe;
    BootId _boot;
    std::int64_t _monoBase;   // ms since boot when constructed
    std::int64_t _steadyBase; // clock.steadyNow() when constructed
    std::atomic<bool> _synced{false};
};

/// Moves only when told to (tests: clock jumps, new boots, unsynchronised clocks). Thread-safe.
class ManualTimeSource final : public TimeSource {
public:
    ManualTimeSource(std::int64_t wallMs, std::string bootId, bool synced = true);
    TimeSample now() const override;
    void advance(std::int64_t ms);          // wall and monotonic together
    void jumpWall(std::int64_t toWallMs);   // wall only
    void setSynced(bool synced);
    void reboot(std::string bootId, std::int64_t wallMs); // monotonic restarts near 0

private:
    mutable std::mutex _mutex; // guards _sample
    TimeSample _sample;
};

/// /proc/sys/kernel/random/boot_id, or a per-process random id prefixed "noboot-" when
/// the file cannot be read (non-Linux, sandbox).
std::string readBootId();
/// CLOCK_BOOTTIME in ms (monotonic, counts suspend, origin = boot).
std::int64_t monoMsSinceBoot();
/// True when adjtimex reports the clock synchronised (STA_UNSYNC clear, not TIME_ERROR).
bool kernelClockSynced();

} // namespace signage::playlog
