// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/Stage.h"

#include <algorithm>

#include "core/Lang.h"

namespace signage::playback {

namespace {
// The next item is opened this long before the current one ends, so its first frame is
// ready at the boundary (no black frame between items).
constexpr core::Millis kPreopen{2000};
// How long the built-in hotline slide shows before the source is asked again.
constexpr core::Millis kFallbackFor{10000};
// Give up looking for a playable item after this many failures in a row (then fallback).
constexpr int kMaxAttempts = 16;
// Real-time interval between fade steps (~60 Hz).
constexpr double kFadeStepRealMs = 16.0;
// How long (real time) an item that is over stays up while its successor still prepares,
// and how long start-up waits for the first item, before the fallback slide shows.
constexpr core::SteadyMs kLateRealMs = 2000;

std::string typeName(content::ItemType t) {
    switch (t) {
    case content::ItemType::Image: return "image";
    case content::ItemType::Video: return "video";
    case content::ItemType::Audio: return "audio";
    case content::ItemType::Slide: return "slide";
    case content::ItemType::Plugin: return "plugin";
    }
    return "?";
}
} // namespace

Stage::Stage(std::shared_ptr<LoadedContent> content, PresenterFactory& factory, const core::Clock& clock,
             PlayObserver* observer, std::function<void()> wake, PrepareWorker::Options prepare)
    : _content(std::move(content)), _factory(factory), _clock(clock), _observer(observer),
      _worker(prepare, std::move(wake)) {}

Stage::~Stage() { stopAll("shutdown"); }

core::Millis Stage::fadeOf(const Slot& slot) {
    if (slot.fallback || !slot.cue.item) return core::Millis(0);
    const auto& t = slot.cue.item->transition;
    return t.kind == content::Transition::Kind::Fade ? t.duration : core::Millis(0);
}

void Stage::reportFailure(const Cue& cue, const std::string& label, const std::string& error) {
    ++_consecutiveFailures;
    _content->source->ended(cue, _clock.wallNow(), _clock.wallNow(), ItemSource::Outcome::Failed);
    const content::Item& item = *cue.item;
    std::string where = item.pos.file.empty() ? label : item.pos.file + ":" + std::to_string(item.pos.line);
    _log.warn(core::tr("bỏ qua mục ", "skipping item ") + label + " (" + typeName(item.type) + ", " + where + "): " + error);
    if (!_observer) return;
    PlayFacts facts = factsFor(cue);
    facts.plannedStart = facts.actualStart = facts.end = _clock.wallNow();
    facts.outcome = PlayFacts::Outcome::Failed;
    facts.reason = error;
    _observer->itemEnded(0, facts);
}

void Stage::reportSkippedAtLoad() {
    if (_skipsReported == _content.get()) return;
    _skipsReported = _content.get();
    if (!_observer) return;
    const core::WallMs now = _clock.wallNow();
    for (const auto& [id, playlist] : _content->catalog.playlists) {
        for (const auto& skip : playlist.skipped) {
            PlayFacts facts;
            facts.playlist = id;
            facts.item = skip.item;
            facts.plannedStart = facts.actualStart = facts.end = now;
            facts.outcome = PlayFacts::Outcome::Skipped;
            facts.reason = skip.reason;
            _observer->itemEnded(0, facts);
        }
    }
}

void Stage::requestNext(core::SteadyMs now) {
    // Items the factory refuses outright fail here, cheaply; the rest prepare off-thread.
    while (!_pending && _consecutiveFailures < kMaxAttempts) {
        auto cue = _content->source->next(_clock.wallNow());
        _sourceEmpty = !cue || !cue->item;
        if (_sourceEmpty) return;
        Slot slot;
        slot.cue = *cue;
        slot.source = _content->source.get();
        slot.label = cue->playlist ? cue->playlist->id + "/" + cue->item->id : cue->item->id;
        std::string error;
        auto presenter = _factory.make(*cue->item, _content->catalog, error);
        if (!presenter) {
            reportFailure(*cue, slot.label, error);
            continue;
        }
        std::erase_if(_stuck, [&](const auto& s) { return _worker.returned(s.second); });
        if (std::any_of(_stuck.begin(), _stuck.end(), [&](const auto& s) { return s.first == cue->item; })) {
            reportFailure(*cue, slot.label, core::tr("lần chuẩn bị trước vẫn treo", "its previous preparation is still stuck"));
            continue;
        }
        auto job = _worker.submit(std::move(presenter));
        if (!job) {
            // The queue is full of abandoned work (stuck prepares): the item is not shown.
            reportFailure(*cue, slot.label, core::tr("hàng chuẩn bị đầy", "the prepare queue is full"));
            return;
        }
        _pending = Pending{std::move(slot), std::move(job), now};
    }
}

void Stage::collectPending(render::Canvas& canvas, core::SteadyMs now) {
    while (_pending) {
        const auto state = _worker.poll(_pending->job);
        if (state == PrepareWorker::State::Waiting) return;
        Pending p = std::move(*_pending);
        _pending.reset();
        std::string error;
        if (state == PrepareWorker::State::Ready) {
            p.slot.presenter = _worker.take(p.job);
            if (p.slot.presenter && p.slot.presenter->open(canvas, error)) {
                _consecutiveFailures = 0;
                _next = std::move(p.slot);
                return;
            }
            if (p.slot.presenter) p.slot.presenter->stop();
        } else {
            error = _worker.error(p.job);
            if (!_worker.returned(p.job)) _stuck.emplace_back(p.slot.cue.item, p.job); // timed out
        }
        reportFailure(p.slot.cue, p.slot.label, error);
        requestNext(now);
    }
}

void Stage::dropAhead() {
    if (_next) {
        _next->presenter->stop();
        _next.reset();
    }
    if (_pending) {
        _worker.abandon(_pending->job); // its presenter goes once its prepare() returns
        _pending.reset();
    }
}

Stage::Slot Stage::openFallback(render::Canvas& canvas) {
    Slot slot;
    slot.presenter = _factory.makeFallback();
    slot.label = "fallback";
    slot.fallback = true;
    std::string error;
    // The fallback is built in (fonts already loaded): prepared here, it never waits on disk.
    if (!slot.presenter->prepare(error) || !slot.presenter->open(canvas, error)) _log.error("fallback slide: " + error);
    return slot;
}

void Stage::begin(Slot& slot, core::SteadyMs now) {
    slot.startedAt = now;
    slot.wallStart = _clock.wallNow();
    if (slot.fallback) {
        slot.endsAt = now + kFallbackFor.count();
        // During the night's display-off the screen is dark on purpose: nothing to warn about.
        // An item still preparing past the late limit (a slow disk, a hung mount) is not
        // "nothing playable": the staff would look for broken content that is not there.
        if (displayOn() && _pending)
            _log.warn(core::tr("mục ", "item ") + _pending->slot.label +
                      core::tr(" chưa sẵn sàng (vẫn đang chuẩn bị): tạm hiện trang đường dây nóng",
                               " not ready yet (still preparing): showing the hotline slide meanwhile"));
        else if (displayOn())
            _log.warn(core::tr("không có mục nào phát được: hiện trang đường dây nóng", "nothing playable: showing the hotline slide"));
    } else if (slot.cue.item->duration) {
        slot.endsAt = now + slot.cue.item->duration->count();
    } else if (auto natural = slot.presenter->naturalDuration(); natural && slot.cue.item->type != content::ItemType::Video &&
                                                                  slot.cue.item->type != content::ItemType::Audio) {
        slot.endsAt = now + natural->count();
    } else if (slot.cue.item->type == content::ItemType::Video || slot.cue.item->type == content::ItemType::Audio) {
        slot.endsAt.reset(); // ends when the media does
    } else {
        slot.endsAt = now + 10000; // a still item without a duration: validate warns about it
    }
    slot.presenter->start(now);
    slot.presenter->update(now);
    if (!slot.fallback) _log.info(core::tr("phát ", "playing ") + slot.label);
    if (_canvasForOverlays) syncOverlays(*_canvasForOverlays, slot.fallback ? nullptr : slot.cue.playlist);
    if (_observer && !slot.fallback) {
        PlayFacts facts = factsFor(slot.cue);
        facts.plannedStart = facts.actualStart = slot.wallStart;
        facts.planned = slot.endsAt ? core::Millis(*slot.endsAt - now) : slot.presenter->naturalDuration().value_or(core::Millis(0));
        slot.logToken = _observer->itemStarted(facts);
    }
}

void Stage::finish(Slot& slot, PlayFacts::Outcome outcome, const std::string& reason, core::SteadyMs now) {
    if (!slot.fallback) ++_finished;
    if (!slot.fallback && slot.cue.item && slot.source) {
        slot.source->ended(slot.cue, slot.wallStart, _clock.wallNow(),
                           outcome == PlayFacts::Outcome::Completed   ? ItemSource::Outcome::Completed
                           : outcome == PlayFacts::Outcome::Failed    ? ItemSource::Outcome::Failed
                                                                      : ItemSource::Outcome::Interrupted);
    }
    if (!_observer || slot.fallback || !slot.cue.item) return;
    PlayFacts facts = factsFor(slot.cue);
    facts.plannedStart = facts.actualStart = slot.wallStart;
    facts.end = _clock.wallNow();
    facts.played = core::Millis(now - slot.startedAt);
    facts.planned = slot.endsAt ? core::Millis(*slot.endsAt - slot.startedAt) : facts.played;
    facts.outcome = outcome;
    facts.reason = reason;
    _observer->itemEnded(slot.logToken, facts);
    slot.logToken = 0;
}

PlayFacts Stage::factsFor(const Cue& cue) const {
    PlayFacts facts;
    facts.playlist = cue.playlist ? cue.playlist->id : "";
    facts.item = cue.item->id;
    facts.rule = cue.rule;
    facts.type = cue.item->type;
    facts.interrupt = cue.interrupt;
    if (!cue.item->file.empty()) {
        facts.file = cue.item->file.string();
        for (const auto& f : _content->catalog.manifest.files)
            if (f.path == cue.item->file) facts.mediaHash = f.sha256;
    }
    return facts;
}

bool Stage::currentOver(core::SteadyMs now) const {
    if (!_current) return true;
    if (_current->cutShort) return true;
    if (_current->fallback && _next) return true; // a late item is ready: the hotline gives way
    auto status = _current->presenter->status();
    if (status != render::PresenterStatus::Playing) return true;
    return _current->endsAt && now >= *_current->endsAt;
}

core::SteadyMs Stage::lateLimit() const {
    // Prepares take real time whatever the player's clock does.
    return static_cast<core::SteadyMs>(static_cast<double>(kLateRealMs) * _clock.speed());
}

void Stage::prepareAhead(core::SteadyMs now) {
    // Prepare the next item ahead of time so its first frame is ready at the boundary.
    if (_next || _pending || _current->fallback || _current->cutShort) return;
    std::optional<core::SteadyMs> end = _current->endsAt;
    if (!end)
        if (auto natural = _current->presenter->naturalDuration()) end = _current->startedAt + natural->count();
    if (!end || now >= *end - kPreopen.count()) requestNext(now);
}

bool Stage::update(render::Canvas& canvas, core::SteadyMs now) {
    _worker.tidy();
    if (_suspended) return false;
    bool changed = false;
    _canvasForOverlays = &canvas;
    reportSkippedAtLoad();
    for (auto& o : _overlays) {
        o.presenter->update(now);
        if (auto change = o.presenter->nextChange(now); change && *change <= now) changed = true;
        if (o.presenter->status() == render::PresenterStatus::Failed) {
            _log.warn(core::tr("lớp phủ hỏng, bỏ: ", "overlay failed, removed: ") + o.zone.id + ": " + o.presenter->failureReason());
            o.presenter->stop();
            o.presenter.reset();
            changed = true;
        }
    }
    std::erase_if(_overlays, [](const Overlay& o) { return !o.presenter; });

    if (_outgoing && now - _fadeStart >= fadeOf(*_current).count()) {
        _outgoing->presenter->stop();
        _outgoing.reset();
        _retired.reset();
        changed = true;
    }
    if (_outgoing) _outgoing->presenter->update(now);
    if (_current) _current->presenter->update(now);

    if (_current && !_current->cutShort && _content->source->preempt(_clock.wallNow())) {
        // The plan changed (an interrupt, display on/off): what was prepared is for the
        // old plan. The item on screen is over (logged now) but stays up until its
        // successor is ready, so the switch shows no black frame.
        if (!_current->fallback) finish(*_current, PlayFacts::Outcome::Interrupted, "interrupt", now);
        _current->cutShort = true;
        dropAhead();
    }

    if (!_current) {
        // Start-up (or after a touch session): nothing on screen yet. The first item is
        // waited for (the loop presents nothing meanwhile) up to the late limit, then the
        // fallback shows.
        if (!_pending && !_next) requestNext(now);
        collectPending(canvas, now);
        if (_pending && !_next) {
            if (_waitingSince < 0) _waitingSince = now;
            if (now - _waitingSince < lateLimit()) return false;
        }
        _waitingSince = -1;
        if (_next) {
            _current = std::move(_next);
            _next.reset();
        } else {
            _current = openFallback(canvas);
        }
        begin(*_current, now);
        return true;
    }

    prepareAhead(now);
    collectPending(canvas, now);

    if (currentOver(now)) {
        if (_offered) {
            // Content swap at the boundary: what was prepared belongs to the old content.
            dropAhead();
            _retired = std::move(_content);
            _content = std::move(_offered);
            _consecutiveFailures = 0;
            _log.info(core::tr("chuyển sang nội dung mới", "switching to the new content"));
            reportSkippedAtLoad();
        }
        auto status = _current->presenter->status();
        bool failed = status == render::PresenterStatus::Failed;
        if (!_next && !_pending) {
            if (_current->fallback) _consecutiveFailures = 0; // the fallback's time is up: try the content again
            requestNext(now);
            collectPending(canvas, now);
        }
        if (!_next && _pending) {
            // The next item is still preparing (slow disk, hung mount): keep the current
            // picture on screen rather than cutting to black, up to the late limit; then
            // the fallback shows until the item is ready.
            if (_waitingSince < 0) _waitingSince = now;
            if (now - _waitingSince < lateLimit() || _current->fallback) return changed;
        }
        _waitingSince = -1;
        if (!_current->fallback && !_current->cutShort) {
            // A failure while playing is logged here once, with the item's name.
            if (failed) _log.warn(core::tr("mục hỏng khi đang phát: ", "item failed while playing: ") + _current->label + ": " +
                                  _current->presenter->failureReason());
            finish(*_current, failed ? PlayFacts::Outcome::Failed : PlayFacts::Outcome::Completed,
                   failed ? _current->presenter->failureReason() : "", now);
        }
        if (!_next && _current->fallback && !_current->cutShort && _sourceEmpty) {
            // Still nothing playable: the hotline slide carries on (no new warning).
            _current->startedAt = now;
            _current->endsAt = now + kFallbackFor.count();
            return changed;
        }
        Slot incoming = _next ? std::move(*_next) : openFallback(canvas);
        _next.reset();
        if (_outgoing) {
            _outgoing->presenter->stop();
            _outgoing.reset();
        }
        if (fadeOf(incoming).count() > 0 && !failed) {
            _outgoing = std::move(_current);
            _fadeStart = now;
        } else {
            _current->presenter->stop();
        }
        _current = std::move(incoming);
        begin(*_current, now);
        // An item shorter than kPreopen (a 400 ms slide): its successor starts preparing
        // now. A still item wakes the loop only at its end, so waiting for the next turn
        // started the prepare there and the boundary came late (issue 13's frame log).
        prepareAhead(now);
        return true;
    }

    if (_outgoing) changed = true;
    if (auto change = _current->presenter->nextChange(now); change && *change <= now) changed = true;
    return changed;
}

void Stage::syncOverlays(render::Canvas& canvas, const content::Playlist* playlist) {
    if (playlist == _overlaysFor) return;
    for (auto& o : _overlays) o.presenter->stop();
    _overlays.clear();
    _overlaysFor = playlist;
    _overlayContent = _content;
    if (!playlist) return;
    const core::SteadyMs now = _clock.steadyNow();
    for (const auto& zone : playlist->zones) {
        std::string error;
        auto presenter = _factory.makeZone(zone, _content->catalog, error);
        // Overlays are small plugins: prepared here, at the playlist change, not ahead.
        if (!presenter || !presenter->prepare(error) || !presenter->open(canvas, error)) {
            _log.warn(core::tr("bỏ lớp phủ ", "skipping overlay ") + zone.id + ": " + error);
            continue;
        }
        presenter->start(now);
        _overlays.push_back({zone, std::move(presenter)});
    }
}

void Stage::draw(render::Canvas& canvas, core::SteadyMs now) {
    auto size = canvas.size();
    render::RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
    canvas.clear(content::Color{0, 0, 0, 255});
    if (_suspended) return;
    if (_outgoing) {
        float t = std::clamp(static_cast<float>(now - _fadeStart) / static_cast<float>(std::max<long long>(1, fadeOf(*_current).count())), 0.0f, 1.0f);
        _outgoing->presenter->draw(canvas, area, 1.0f, now);
        if (_current) _current->presenter->draw(canvas, area, t, now);
    } else if (_current) {
        _current->presenter->draw(canvas, area, 1.0f, now);
    }
    for (auto& o : _overlays) {
        render::RectF r{o.zone.x * area.w, o.zone.y * area.h, o.zone.w * area.w, o.zone.h * area.h};
        canvas.setClip(r);
        o.presenter->draw(canvas, r, 1.0f, now);
        canvas.setClip(std::nullopt);
    }
}

core::SteadyMs Stage::nextDeadline(core::SteadyMs now) const {
    core::SteadyMs deadline = now + 60000;
    if (_suspended) {
        // Still ask the schedule now and then: an interrupt ends a touch session.
        if (auto wake = _content->source->wakeAt(now)) deadline = std::min(deadline, *wake);
        return std::max(deadline, now);
    }
    // Waiting for a prepare: the worker wakes the loop when it is done; look again
    // regardless now and then (the late limit, a stuck worker).
    const core::SteadyMs poll = now + std::max<core::SteadyMs>(1, static_cast<core::SteadyMs>(50 * _clock.speed()));
    if (!_current) return _pending ? std::min(deadline, poll) : now;
    // Over and waiting for a late successor: the past end time would make the loop spin
    // until it is ready; the worker's wake and the poll below are enough.
    if (_current->endsAt && _waitingSince < 0) deadline = std::min(deadline, *_current->endsAt);
    if (_pending || _waitingSince >= 0) deadline = std::min(deadline, poll);
    if (!_next && !_pending && !_current->fallback && !_current->cutShort && !_sourceEmpty) {
        std::optional<core::SteadyMs> end = _current->endsAt;
        if (!end)
            if (auto natural = _current->presenter->naturalDuration()) end = _current->startedAt + natural->count();
        // Only while the pre-open moment is ahead: once it passed (a play-once file has no
        // next item), a past deadline made the loop spin for the item's last 2 s.
        if (end && *end - kPreopen.count() > now) deadline = std::min(deadline, *end - kPreopen.count());
    }
    if (auto change = _current->presenter->nextChange(now)) deadline = std::min(deadline, *change);
    if (auto wake = _content->source->wakeAt(now)) deadline = std::min(deadline, *wake);
    for (const auto& o : _overlays)
        if (auto change = o.presenter->nextChange(now)) deadline = std::min(deadline, *change);
    if (_outgoing) {
        auto step = static_cast<core::SteadyMs>(kFadeStepRealMs * _clock.speed());
        deadline = std::min(deadline, now + std::max<core::SteadyMs>(1, step));
    }
    return std::max(deadline, now);
}

bool Stage::handleInput(const render::InputEvent& e) {
    return !_suspended && _current && _current->presenter->handleInput(e);
}

void Stage::stopAll(const std::string& reason) {
    const core::SteadyMs now = _clock.steadyNow();
    if (_current) {
        if (!_current->cutShort) finish(*_current, PlayFacts::Outcome::Interrupted, reason, now);
        _current->presenter->stop();
        _current.reset();
    }
    _waitingSince = -1;
    if (_pending) {
        _worker.abandon(_pending->job); // never waited for: it goes once its prepare() returns
        _pending.reset();
    }
    for (auto& o : _overlays) o.presenter->stop();
    _overlays.clear();
    _overlaysFor = nullptr;
    for (auto* slot : {&_outgoing, &_next}) {
        if (*slot) {
            (*slot)->presenter->stop();
            slot->reset();
        }
    }
}

bool Stage::scheduleNeedsScreen() { return _suspended && _content->source->preempt(_clock.wallNow()); }

void Stage::suspend(const std::string& reason) {
    stopAll(reason);
    _suspended = true;
}

std::string Stage::currentLabel() const { return _current ? _current->label : "none"; }

} // namespace signage::playback
