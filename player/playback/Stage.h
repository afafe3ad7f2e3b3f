// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main zone: the item on screen, the item being faded out, and the next item
// opened ahead of time so the switch is instant (gapless). Presenters are prepared on the
// PrepareWorker; the Stage polls it and never waits, so a prepare that hangs (a FIFO, a
// hung mount) costs a late item, not a frozen loop: the item on screen stays up (or the
// fallback slide shows) until the next one is ready. Render thread only.
#include <functional>
#include <memory>
#include <optional>
#include <vector>
#include <string>

#include "playback/ContentSource.h"
#include "playback/ItemSource.h"
#include "playback/PlayObserver.h"
#include "playback/PrepareWorker.h"
#include "playback/PresenterFactory.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "render/Presenter.h"

namespace signage::playback {

class Stage {
public:
    /// `wake` is called from the prepare worker when a prepared item is ready (it must make
    /// the loop call update() soon, e.g. EventSource::wake).
    Stage(std::shared_ptr<LoadedContent> content, PresenterFactory& factory, const core::Clock& clock,
          PlayObserver* observer, std::function<void()> wake, PrepareWorker::Options prepare = {});
    ~Stage();

    /// New content (an imported bundle): it takes over at the next item boundary, never
    /// mid-item; the old content stays alive until its items have left the screen.
    void offerContent(std::shared_ptr<LoadedContent> content) { _offered = std::move(content); }
    bool contentPending() const { return _offered != nullptr; }
    /// False while the schedule keeps the screen off.
    bool displayOn() const { return _content->source->displayOn(); }
    /// Starts preparing the first item (before the display is even open).
    void prefetch() { requestNext(_clock.steadyNow()); }
    /// Advances item changes, fades and the presenters (Presenter::update) to `now`;
    /// true when the picture changed. Never waits for a prepare.
    bool update(render::Canvas& canvas, core::SteadyMs now);
    /// False before anything could be put on screen (start-up, the first item preparing):
    /// the loop then presents nothing yet rather than a black frame.
    bool hasPicture() const { return _suspended || _current.has_value(); }
    void draw(render::Canvas& canvas, core::SteadyMs now);
    /// The next steady time at which update() has work (item end, pre-open, fade step,
    /// video frame). The loop sleeps until then.
    core::SteadyMs nextDeadline(core::SteadyMs now) const;
    /// Forwards touch/keys to the item on screen.
    bool handleInput(const render::InputEvent& e);
    /// Ends the current item now (shutdown or content swap); logged as interrupted.
    void stopAll(const std::string& reason);
    /// A touch session took the screen: the item on screen ends (logged as interrupted
    /// with `reason`, its sound stops) and nothing plays until resume(). The screen under
    /// the session is the session's to paint.
    void suspend(const std::string& reason);
    /// The session is over: the next item starts at the next update().
    void resume() { _suspended = false; }
    bool suspended() const { return _suspended; }
    /// While suspended: true when the schedule must take the screen back now (an
    /// interrupt started, or the display-off window began), ending the touch session.
    bool scheduleNeedsScreen();
    /// Items the content loader left out (broken at load): logged as skipped, once per
    /// content, so the audit shows them. Called at start and at each content swap.
    void reportSkippedAtLoad();
    /// The prepare worker (tests: thread counts).
    const PrepareWorker& prepareWorker() const { return _worker; }
    /// The next item is being prepared / is prepared and open (tests).
    bool preparing() const { return _pending.has_value(); }
    bool nextReady() const { return _next.has_value(); }
    /// Items that ended (completed, failed or interrupted) since start.
    int finishedCount() const { return _finished; }
    /// Short description of what is on screen (for screenshot names and logs).
    std::string currentLabel() const;

private:
    struct Slot {
        std::unique_ptr<render::Presenter> presenter;
        Cue cue;
        std::string label;
        core::SteadyMs startedAt = 0;
        core::WallMs wallStart = 0;
        std::optional<core::SteadyMs> endsAt; // nullopt: self-timed (video/audio until it finishes)
        bool fallback = false;
        std::uint64_t logToken = 0; // from PlayObserver::itemStarted
        ItemSource* source = nullptr; // the source that handed it out (content may swap meanwhile)
        bool cutShort = false;        // preempted: logged as interrupted, stays up until the next is ready
    };

    /// A slot whose presenter is being prepared on the worker (slot.presenter is null
    /// until the job is collected).
    struct Pending {
        Slot slot;
        PrepareWorker::Job job;
        core::SteadyMs since = 0;
    };

    /// Asks the source for the next item and queues its preparation on the worker.
    void requestNext(core::SteadyMs now);
    /// requestNext() once the current item's pre-open moment (kPreopen before its end) came.
    void prepareAhead(core::SteadyMs now);
    /// Collects a finished preparation: opens it into _next, or logs the failure and
    /// requests another item. Never waits.
    void collectPending(render::Canvas& canvas, core::SteadyMs now);
    /// Drops what was prepared ahead (the plan changed): _next stops, _pending is abandoned.
    void dropAhead();
    void reportFailure(const Cue& cue, const std::string& label, const std::string& error);
    Slot openFallback(render::Canvas& canvas);
    void begin(Slot& slot, core::SteadyMs now);
    void finish(Slot& slot, PlayFacts::Outcome outcome, const std::string& reason, core::SteadyMs now);
    PlayFacts factsFor(const Cue& cue) const;
    bool currentOver(core::SteadyMs now) const;
    core::SteadyMs lateLimit() const; // clock ms for kLateRealMs of real time
    static core::Millis fadeOf(const Slot& slot);

    std::shared_ptr<LoadedContent> _content;   // what plays now
    std::shared_ptr<LoadedContent> _offered;   // takes over at the next boundary
    std::shared_ptr<LoadedContent> _retired;   // the previous content, while its last item fades out
    PresenterFactory& _factory;
    const core::Clock& _clock;
    PlayObserver* _observer; // may be null
    core::Logger _log{"stage"};

    /// Overlays of the playing playlist ([[zones]]: a ticker, a corner clock), rebuilt when
    /// the playlist changes. Drawn over the main zone.
    struct Overlay {
        content::Zone zone;
        std::unique_ptr<render::Presenter> presenter;
    };
    void syncOverlays(render::Canvas& canvas, const content::Playlist* playlist);
    std::vector<Overlay> _overlays;
    render::Canvas* _canvasForOverlays = nullptr; // the canvas update() draws for (render thread)
    const content::Playlist* _overlaysFor = nullptr;
    std::shared_ptr<LoadedContent> _overlayContent; // keeps the zones' playlist alive

    PrepareWorker _worker;
    std::optional<Slot> _current, _outgoing, _next;
    std::optional<Pending> _pending;
    const LoadedContent* _skipsReported = nullptr; // the content whose load-time skips are logged
    /// Items whose prepare() timed out and has not returned yet: not tried again meanwhile,
    /// so a FIFO in a looping playlist holds one stuck thread, not one per loop.
    std::vector<std::pair<const content::Item*, PrepareWorker::Job>> _stuck;
    bool _sourceEmpty = false;                // the source had nothing at the last request
    core::SteadyMs _waitingSince = -1;        // current is over but the next is still preparing
    core::SteadyMs _fadeStart = 0;
    int _consecutiveFailures = 0;
    int _finished = 0;
    bool _suspended = false;                  // a touch session holds the screen
};

} // namespace signage::playback
