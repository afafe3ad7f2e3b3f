// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakePresenters.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <thread>

namespace signage::test {

namespace {

class FakePresenter final : public render::Presenter {
public:
    FakePresenter(Behaviour b, Counters& c, const core::Clock* clock, std::shared_ptr<ClockGates> gates,
                  std::shared_ptr<ClockGates::Gate> gate)
        : _b(std::move(b)), _c(c), _clock(clock), _gates(std::move(gates)), _gate(std::move(gate)) {
        ++_c.made;
        if (_clock) _c.madeAt = _clock->steadyNow();
    }
    ~FakePresenter() override { ++_c.destroyed; }

    bool prepare(std::string& error) override {
        if (!_b.hangOn.empty()) {
            int fd = ::open(_b.hangOn.c_str(), O_RDONLY); // no writer: blocks like a dead mount
            if (fd >= 0) ::close(fd);
        }
        if (_b.prepareRealMs > 0) std::this_thread::sleep_for(std::chrono::milliseconds(_b.prepareRealMs));
        if (_gate) {
            // Test-only poll of the ManualClock (the test moves it between steps).
            while (!_gates->released && _clock->steadyNow() < _gate->readyAt)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ++_c.prepared;
        if (_gate) {
            std::lock_guard lock(_gates->mutex);
            _gate->returned = true;
        }
        if (_b.failPrepare) error = "broken on purpose";
        return !_b.failPrepare;
    }
    bool open(render::Canvas&, std::string&) override {
        ++_c.opened;
        return true;
    }
    void start(core::SteadyMs now) override {
        ++_c.started;
        _c.startedAt = now;
        _startedAt = now;
    }
    void update(core::SteadyMs now) override { _now = now; }
    void draw(render::Canvas& canvas, const render::RectF& area, float, core::SteadyMs) override {
        canvas.fillRect(area, {10, 20, 30, 255});
        ++_c.drawn;
    }
    render::PresenterStatus status() const override {
        if (_b.selfTimedMs && _startedAt && _now >= *_startedAt + *_b.selfTimedMs) return render::PresenterStatus::Finished;
        return render::PresenterStatus::Playing;
    }
    std::optional<core::SteadyMs> nextChange(core::SteadyMs) const override {
        if (_b.selfTimedMs && _startedAt) return *_startedAt + *_b.selfTimedMs;
        return std::nullopt;
    }
    std::optional<core::Millis> naturalDuration() const override {
        if (_b.selfTimedMs) return core::Millis(*_b.selfTimedMs); // known once open, like a media file
        return std::nullopt;
    }
    void stop() override { ++_c.stopped; }

private:
    Behaviour _b;
    Counters& _c;
    const core::Clock* _clock;
    std::shared_ptr<ClockGates> _gates;
    std::shared_ptr<ClockGates::Gate> _gate; // null: not gated on the clock
    std::optional<core::SteadyMs> _startedAt;
    core::SteadyMs _now = 0;
};

} // namespace

Counters& FakeFactory::counters(const std::string& id) {
    std::lock_guard lock(_mutex);
    auto& c = _counters[id];
    if (!c) c = std::make_unique<Counters>();
    return *c;
}

std::unique_ptr<render::Presenter> FakeFactory::make(const content::Item& item, const content::Catalog&, std::string& error) {
    Behaviour b = behaviours.count(item.id) ? behaviours[item.id] : Behaviour{};
    if (b.refuse) {
        error = "cannot be presented";
        return nullptr;
    }
    std::shared_ptr<ClockGates::Gate> gate;
    if (b.prepareClockMs) {
        gate = std::make_shared<ClockGates::Gate>();
        gate->readyAt = clock->steadyNow() + *b.prepareClockMs;
        std::lock_guard lock(_gates->mutex);
        _gates->gates.push_back(gate);
    }
    return std::make_unique<FakePresenter>(b, counters(item.id), clock, _gates, std::move(gate));
}

std::unique_ptr<render::Presenter> FakeFactory::makeFallback() {
    return std::make_unique<FakePresenter>(Behaviour{}, counters("fallback"), clock, _gates, nullptr);
}

bool FakeFactory::waitingOnClock(core::SteadyMs now) {
    std::lock_guard lock(_gates->mutex);
    return std::any_of(_gates->gates.begin(), _gates->gates.end(),
                       [&](const auto& g) { return !g->returned && g->readyAt > now; });
}

void FakeFactory::releaseGates() { _gates->released = true; }

int RecordingObserver::count(const std::string& item, playback::PlayFacts::Outcome outcome) const {
    int n = 0;
    for (const auto& r : ended) n += r.item == item && r.outcome == outcome;
    return n;
}

std::shared_ptr<playback::LoadedContent> makeContent(const std::vector<std::pair<std::string, std::int64_t>>& items) {
    auto c = std::make_shared<playback::LoadedContent>();
    content::Playlist p;
    p.id = "main";
    for (const auto& [id, ms] : items) {
        content::Item item;
        item.id = id;
        item.type = ms > 0 ? content::ItemType::Image : content::ItemType::Video;
        if (ms > 0) item.duration = core::Millis(ms);
        p.items.push_back(item);
    }
    c->catalog.playlists["main"] = std::move(p);
    c->source = std::make_unique<playback::PlaylistCycle>(c->catalog.findPlaylist("main"));
    return c;
}

std::optional<playback::Cue> SteeredSource::next(core::WallMs) {
    ++nextCalls;
    if (!display) return std::nullopt;
    if (_alertPending && _alert) {
        _alertPending = false;
        return playback::Cue{_alert, nullptr, "alert", true};
    }
    if (!_playlist || _playlist->items.empty()) return std::nullopt;
    const content::Item& item = _playlist->items[_index++ % _playlist->items.size()];
    return playback::Cue{&item, _playlist, "", false};
}

bool SteeredSource::preempt(core::WallMs) {
    bool cut = false;
    if (interrupt) {
        interrupt = false;
        _alertPending = true;
        cut = true;
    }
    if (display != _wasDisplay) {
        _wasDisplay = display;
        cut = true;
    }
    return cut;
}

} // namespace signage::test
