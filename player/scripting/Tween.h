// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Simple tweens: a number moving from `from` to `to` over a duration with an easing, once,
// looping or ping-ponging. Timed on the plugin's frame clock (core::Clock steady time, so
// a virtual clock speeds them up too). Render thread only.
#include <vector>

#include "core/Clock.h"

namespace signage::scripting {

enum class Easing { Linear, InQuad, OutQuad, InOutQuad, InCubic, OutCubic, InOutCubic, InSine, OutSine, InOutSine, OutBack };
/// Lua names, in Easing order ("linear", "inQuad", …).
const std::vector<const char*>& easingNames();
/// Eases x in [0, 1] (clamped).
double ease(Easing e, double x);

enum class TweenRepeat { Once, Loop, PingPong };
const std::vector<const char*>& repeatNames();

struct Tween {
    double from = 0, to = 1;
    core::SteadyMs start = 0;
    double seconds = 1;
    Easing easing = Easing::Linear;
    TweenRepeat repeat = TweenRepeat::Once;

    double valueAt(core::SteadyMs now) const;
    bool doneAt(core::SteadyMs now) const;
};

} // namespace signage::scripting
