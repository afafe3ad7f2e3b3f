// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Player on a ManualClock, a NullCanvas and the FakeFactory, with helpers that step it
// the way app/RunPlayer does: at each deadline, giving the prepare worker real time.
#include <gtest/gtest.h>

#include <thread>

#include "FakePresenters.h"
#include "core/Lang.h"
#include "render/NullCanvas.h"

namespace signage::test {

class PlayerFixture : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override {
        factory.releaseGates();
        player.reset();
    }

    void start(std::shared_ptr<playback::LoadedContent> c, playback::PrepareWorker::Options o = {}, bool exitWhenDone = false) {
        content = c;
        factory.clock = &clock;
        playback::PlayerSetup s;
        s.content = std::move(c);
        s.factory = &factory;
        s.clock = &clock;
        s.observer = &observer;
        s.prepare = o;
        s.exitWhenDone = exitWhenDone;
        player = std::make_unique<playback::Player>(std::move(s));
        player->attach(canvas);
    }

    core::SteadyMs now() const { return clock.steadyNow(); }
    std::string label() const { return player->currentLabel(); }

    /// One step at the clock's now; counts it.
    core::SteadyMs step() {
        ++steps;
        return player->step(now());
    }

    /// Waits (real time, ≤ 3 s) for a preparation under way to finish, stepping meanwhile
    /// without moving the clock (these steps stand for the worker's wake: not counted).
    /// A prepare gated on a later clock time (Behaviour::prepareClockMs) is not waited for.
    void letPrepare() {
        for (int i = 0; i < 3000 && player->stage().preparing() && !factory.waitingOnClock(now()); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            player->step(now());
        }
    }

    /// Moves the clock to `t`, stepping at every deadline on the way (a preparation is
    /// given real time to finish before the clock moves on, as on a real box).
    void runTo(core::SteadyMs t) {
        for (int guard = 0; guard < 100000; ++guard) {
            core::SteadyMs d = step();
            if (player->finished()) return;
            letPrepare();
            if (now() >= t) return;
            d = std::min(d, t);
            if (d > now()) clock.advance(d - now());
        }
        ADD_FAILURE() << "runTo(" << t << ") did not get there";
    }

    core::ManualClock clock{1'780'000'000'000};
    render::NullCanvas canvas{render::Size{1280, 720}};
    FakeFactory factory;
    RecordingObserver observer;
    std::shared_ptr<playback::LoadedContent> content;
    std::unique_ptr<playback::Player> player;
    int steps = 0;
};

} // namespace signage::test
