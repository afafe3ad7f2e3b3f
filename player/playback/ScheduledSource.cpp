// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/ScheduledSource.h"

#include "core/Lang.h"
#include "schedule/ScheduleLoader.h"

namespace signage::playback {

namespace {
constexpr core::SteadyMs kControlCheckRealMs = 500; // interrupts preempt within 1 s
} // namespace

ScheduledSource::ScheduledSource(std::unique_ptr<schedule::Scheduler> scheduler, const content::Catalog& catalog,
                                 std::filesystem::path dataDir, const core::Clock& clock)
    : _scheduler(std::move(scheduler)), _catalog(catalog), _control(std::move(dataDir)), _clock(clock) {
    for (const auto& w : _scheduler->warnings()) _log.warn(w);
}

void ScheduledSource::pollInterrupt() {
    const core::SteadyMs now = _clock.steadyNow();
    if (now < _nextControlCheck) return;
    _nextControlCheck = now + static_cast<core::SteadyMs>(kControlCheckRealMs * _clock.speed());
    auto change = _control.readIfChanged();
    if (!change.changed) return;
    if (change.interrupt) {
        std::string error;
        if (_scheduler->setInterrupt(*change.interrupt, &error))
            _log.warn(core::tr("phát khẩn cấp bắt đầu: ", "emergency interrupt started: ") + change.interrupt->target);
        else
            _log.error(core::tr("không phát khẩn cấp được: ", "interrupt refused: ") + error);
    } else if (_scheduler->interrupt()) {
        _scheduler->clearInterrupt();
        _log.info(core::tr("phát khẩn cấp kết thúc, lịch tiếp tục", "emergency interrupt stopped, schedule resumes"));
    }
}

std::optional<Cue> ScheduledSource::next(core::WallMs now) {
    pollInterrupt();
    schedule::Decision d = _scheduler->decide(now);
    _displayOn = d.displayOn;
    _playing.reset();
    if (d.playlist.empty()) return std::nullopt; // Off or Idle: the stage shows its fallback
    const content::Playlist* playlist = _catalog.findPlaylist(d.playlist);
    if (!playlist || d.item >= playlist->items.size()) return std::nullopt;
    _playing = d;
    _scheduler->prepare(); // builds tomorrow's plan now, while nothing is due
    return Cue{&playlist->items[d.item], playlist, d.rule, d.isInterrupt};
}

bool ScheduledSource::preempt(core::WallMs now) {
    pollInterrupt();
    if (!_playing && _displayOn && !_scheduler->interrupt()) return false;
    schedule::Decision next = _scheduler->decide(now);
    bool wasOn = _displayOn;
    _displayOn = next.displayOn;
    if (_playing) return schedule::Scheduler::shouldPreempt(*_playing, next);
    return wasOn != _displayOn || next.isInterrupt; // the fallback/blank gives way at once
}

void ScheduledSource::ended(const Cue& cue, core::WallMs start, core::WallMs end, Outcome outcome) {
    schedule::PlayOutcome o = outcome == Outcome::Completed   ? schedule::PlayOutcome::Completed
                              : outcome == Outcome::Failed    ? schedule::PlayOutcome::Failed
                                                              : schedule::PlayOutcome::Interrupted;
    if (_playing && cue.playlist && _playing->playlist == cue.playlist->id && cue.item &&
        _playing->itemId == cue.item->id) {
        _scheduler->notePlayed(*_playing, start, end, o);
    } else if (cue.playlist && cue.item) {
        for (std::size_t i = 0; i < cue.playlist->items.size(); ++i)
            if (&cue.playlist->items[i] == cue.item) _scheduler->notePlayed(cue.playlist->id, i, start, end, o);
    }
}

std::optional<core::SteadyMs> ScheduledSource::wakeAt(core::SteadyMs now) const {
    core::SteadyMs wake = now + static_cast<core::SteadyMs>(kControlCheckRealMs * _clock.speed());
    if (_playing && _playing->untilSteady > 0) wake = std::min(wake, std::max(now, _playing->untilSteady));
    return wake;
}

std::unique_ptr<ItemSource> makeItemSource(const content::Catalog& catalog, const std::filesystem::path& dataDir,
                                           const core::Clock& clock, bool once) {
    std::error_code ec;
    std::filesystem::path file = catalog.root / "schedule.toml";
    if (once || catalog.root.empty() || !std::filesystem::exists(file, ec))
        return std::make_unique<PlaylistCycle>(catalog.defaultPlaylist(), once);
    core::Logger log("schedule");
    core::Diagnostics diags;
    auto sched = schedule::loadSchedule(file, diags);
    for (const auto& d : diags.all()) log.warn(d.format());
    if (!sched) {
        log.error(core::tr("lịch hỏng, phát danh sách mặc định", "broken schedule: playing the default playlist"));
        return std::make_unique<PlaylistCycle>(catalog.defaultPlaylist(), once);
    }
    return std::make_unique<ScheduledSource>(std::make_unique<schedule::Scheduler>(std::move(*sched), catalog, clock),
                                             catalog, dataDir, clock);
}

} // namespace signage::playback
