// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fakes for driving playback::Player without media, fonts or a window: presenters whose
// preparation can be slow, fail or hang on a FIFO; a factory that makes them by item id;
// an observer that records what the play log would get; content built in memory.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "playback/ContentSource.h"
#include "playback/PlayObserver.h"
#include "playback/Player.h"
#include "playback/PresenterFactory.h"

namespace signage::test {

/// How the presenter of one item behaves.
struct Behaviour {
    int prepareRealMs = 0;               // prepare() sleeps this long (real time)
    std::filesystem::path hangOn;        // prepare() opens this FIFO for reading: blocks until a writer comes
    bool refuse = false;                 // the factory cannot make it (make() returns null)
    bool failPrepare = false;
    std::optional<std::int64_t> selfTimedMs; // finishes on its own this long after start (video-like)
    /// prepare() returns once the factory's clock is this long past make() (a slow mount
    /// measured on the ManualClock, so a test decides when it is ready).
    std::optional<std::int64_t> prepareClockMs;
};

/// What happened to presenters, by item id (prepare runs on the worker: atomics).
struct Counters {
    std::atomic<int> made{0}, prepared{0}, opened{0}, started{0}, stopped{0}, destroyed{0};
    std::atomic<int> drawn{0};                             // frames that drew this presenter (render thread)
    std::atomic<core::SteadyMs> madeAt{-1}, startedAt{-1}; // clock times of the last make()/start()
};

/// The clock gates of Behaviour::prepareClockMs: when each gated prepare may return and
/// whether it has (shared with the worker threads, guarded by `mutex`).
struct ClockGates {
    struct Gate {
        core::SteadyMs readyAt = 0;
        bool returned = false;
    };
    std::mutex mutex;
    std::vector<std::shared_ptr<Gate>> gates;
    std::atomic<bool> released{false}; // teardown: every gated prepare returns at once
};

class FakeFactory final : public playback::PresenterFactory {
public:
    std::map<std::string, Behaviour> behaviours; // by item id; default: prepares at once
    /// Read by prepareClockMs gates (on the worker) and for Counters' times; outlives the factory's presenters.
    const core::Clock* clock = nullptr;
    Counters& counters(const std::string& id);
    /// True while a gated prepare waits for a clock time after `now` (letting the worker
    /// run in real time cannot finish it; the clock must move).
    bool waitingOnClock(core::SteadyMs now);
    /// Lets every gated prepare return now (before the Player goes: no thread outlives the test blocked).
    void releaseGates();

    std::unique_ptr<render::Presenter> make(const content::Item& item, const content::Catalog& catalog, std::string& error) override;
    std::unique_ptr<render::Presenter> makeFallback() override;
    std::shared_ptr<render::TextLayout> textLayout() const override { return nullptr; }
    std::unique_ptr<render::Presenter> makeZone(const content::Zone&, const content::Catalog&, std::string& error) override {
        error = "no zones in tests";
        return nullptr;
    }

private:
    std::mutex _mutex; // guards _counters (the map; the counters are atomics)
    std::map<std::string, std::unique_ptr<Counters>> _counters;
    std::shared_ptr<ClockGates> _gates = std::make_shared<ClockGates>();
};

struct Row {
    std::string item;
    playback::PlayFacts::Outcome outcome;
    std::string reason;
    core::WallMs end = 0;
};

class RecordingObserver final : public playback::PlayObserver {
public:
    std::uint64_t itemStarted(const playback::PlayFacts& facts) override {
        started.push_back(facts.item);
        return started.size();
    }
    void itemEnded(std::uint64_t, const playback::PlayFacts& facts) override {
        ended.push_back({facts.item, facts.outcome, facts.reason, facts.end});
    }
    void event(const std::string& kind, const std::string&) override { events.push_back(kind); }
    int count(const std::string& item, playback::PlayFacts::Outcome outcome) const;

    std::vector<std::string> started, events;
    std::vector<Row> ended;
};

/// A content with one playlist "main" of still items (`durationMs` each; 0: self-timed video).
std::shared_ptr<playback::LoadedContent> makeContent(const std::vector<std::pair<std::string, std::int64_t>>& items);

/// An ItemSource the test steers: its playlist loops; `interrupt` makes it preempt once
/// and hand out the item "alert" next; `displayOn` false hands out nothing.
class SteeredSource final : public playback::ItemSource {
public:
    explicit SteeredSource(const content::Playlist* playlist, const content::Item* alert = nullptr)
        : _playlist(playlist), _alert(alert) {}
    std::optional<playback::Cue> next(core::WallMs now) override;
    bool preempt(core::WallMs) override;
    bool displayOn() const override { return display; }

    bool interrupt = false;
    bool display = true;
    int nextCalls = 0;

private:
    const content::Playlist* _playlist;
    const content::Item* _alert;
    std::size_t _index = 0;
    bool _alertPending = false, _wasDisplay = true;
};

} // namespace signage::test
