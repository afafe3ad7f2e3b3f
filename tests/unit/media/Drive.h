// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a presenter the way the player loop does, on a manual clock: wait until the
// decoders have what the next step needs (tests only), move the clock, let the null audio
// output take its samples, draw, look at the status.
#include <chrono>

#include "FakeCanvas.h"
#include "audio/NullAudioOutput.h"
#include "core/Clock.h"
#include "render/Presenter.h"

namespace signage::test {

struct Driven {
    render::PresenterStatus status = render::PresenterStatus::Playing;
    long long at = 0; // clock time the status changed (or the loop stopped)
};

inline const render::RectF kArea{0, 0, 1280, 720};

/// Opens nothing: `p` must be open and started at clock.steadyNow().
template <typename P>
Driven drive(P& p, FakeCanvas& canvas, core::ManualClock& clock, audio::NullAudioOutput* out, int stepMs,
             long long untilMs) {
    while (clock.steadyNow() < untilMs) {
        p.waitBuffered(std::chrono::milliseconds(2000));
        clock.advance(stepMs);
        if (out) out->pump();
        canvas.now = clock.steadyNow();
        p.draw(canvas, kArea, 1.0f, canvas.now);
        const auto st = p.status();
        if (st != render::PresenterStatus::Playing) return {st, canvas.now};
    }
    return {render::PresenterStatus::Playing, clock.steadyNow()};
}

/// open + start at the clock's time + first draw. Returns open()'s result.
template <typename P>
bool openAndStart(P& p, FakeCanvas& canvas, core::ManualClock& clock, audio::NullAudioOutput* out, std::string& error) {
    if (!p.open(canvas, error)) return false;
    canvas.now = clock.steadyNow();
    p.start(canvas.now);
    if (out) out->pump(); // the first pump starts the null device's clock
    p.draw(canvas, kArea, 1.0f, canvas.now);
    return true;
}

} // namespace signage::test
