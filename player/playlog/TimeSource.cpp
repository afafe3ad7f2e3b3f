// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/TimeSource.h"

#include <sys/timex.h>
#include <time.h>

#include <fstream>
#include <random>

namespace signage::playlog {

std::string readBootId() {
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    if (in && std::getline(in, id) && !id.empty()) return id;
    // No boot id: a random one per process still keeps each run's rows apart.
    static const std::string fallback = [] {
        std::random_device rd;
        char buf[32];
        std::snprintf(buf, sizeof buf, "noboot-%08x%08x", rd(), rd());
        return std::string(buf);
    }();
    return fallback;
}

std::int64_t monoMsSinceBoot() {
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool kernelClockSynced() {
    timex tx{};
    tx.modes = 0; // read only
    int state = adjtimex(&tx);
    if (state < 0 || state == TIME_ERROR) return false;
    return (tx.status & STA_UNSYNC) == 0;
}

SystemTimeSource::SystemTimeSource(const core::Clock& clock, std::function<bool()> syncProbe)
    : _clock(clock), _probe(syncProbe ? std::move(syncProbe) : std::function<bool()>(kernelClockSynced)),
      _boot(BootId::from(readBootId())), _monoBase(monoMsSinceBoot()), _steadyBase(clock.steadyNow()) {
    _synced = _probe();
}

TimeSample SystemTimeSource::now() const {
    TimeSample s;
    s.wallMs = _clock.wallNow();
    // Monotonic time follows the player's clock (a virtual clock runs fast), anchored at
    // the real time since boot so rows of one boot from several runs stay in order.
    s.monoMs = _monoBase + (_clock.steadyNow() - _steadyBase);
    s.synced = _synced.load(std::memory_order_relaxed);
    s.boot = _boot;
    return s;
}

void SystemTimeSource::refresh() { _synced.store(_probe(), std::memory_order_relaxed); }

ManualTimeSource::ManualTimeSource(std::int64_t wallMs, std::string bootId, bool synced) {
    _sample.wallMs = wallMs;
    _sample.monoMs = 1000;
    _sample.synced = synced;
    _sample.boot = BootId::from(bootId);
}

TimeSample ManualTimeSource::now() const {
    std::lock_guard lock(_mutex);
    return _sample;
}

void ManualTimeSource::advance(std::int64_t ms) {
    std::lock_guard lock(_mutex);
    _sample.wallMs += ms;
    _sample.monoMs += ms;
}

void ManualTimeSource::jumpWall(std::int64_t toWallMs) {
    std::lock_guard lock(_mutex);
    _sample.wallMs = toWallMs;
}

void ManualTimeSource::setSynced(bool synced) {
    std::lock_guard lock(_mutex);
    _sample.synced = synced;
}

void ManualTimeSource::reboot(std::string bootId, std::int64_t wallMs) {
    std::lock_guard lock(_mutex);
    _sample.boot = BootId::from(bootId);
    _sample.wallMs = wallMs;
    _sample.monoMs = 1000;
}

} // namespace signage::playlog
