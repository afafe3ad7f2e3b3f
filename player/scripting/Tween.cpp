// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/Tween.h"

#include <algorithm>
#include <cmath>

namespace signage::scripting {

const std::vector<const char*>& easingNames() {
    static const std::vector<const char*> kNames = {"linear",   "inQuad", "outQuad", "inOutQuad", "inCubic", "outCubic",
                                                    "inOutCubic", "inSine", "outSine", "inOutSine", "outBack"};
    return kNames;
}

const std::vector<const char*>& repeatNames() {
    static const std::vector<const char*> kNames = {"once", "loop", "pingpong"};
    return kNames;
}

double ease(Easing e, double x) {
    constexpr double kPi = 3.14159265358979323846;
    x = std::clamp(x, 0.0, 1.0);
    switch (e) {
    case Easing::Linear: return x;
    case Easing::InQuad: return x * x;
    case Easing::OutQuad: return 1 - (1 - x) * (1 - x);
    case Easing::InOutQuad: return x < 0.5 ? 2 * x * x : 1 - std::pow(-2 * x + 2, 2) / 2;
    case Easing::InCubic: return x * x * x;
    case Easing::OutCubic: return 1 - std::pow(1 - x, 3);
    case Easing::InOutCubic: return x < 0.5 ? 4 * x * x * x : 1 - std::pow(-2 * x + 2, 3) / 2;
    case Easing::InSine: return 1 - std::cos(x * kPi / 2);
    case Easing::OutSine: return std::sin(x * kPi / 2);
    case Easing::InOutSine: return -(std::cos(kPi * x) - 1) / 2;
    case Easing::OutBack: {
        // Penner's back easing: overshoots by about 10 % before settling.
        constexpr double kOvershoot = 1.70158;
        constexpr double kCubic = kOvershoot + 1;
        return 1 + kCubic * std::pow(x - 1, 3) + kOvershoot * std::pow(x - 1, 2);
    }
    }
    return x;
}

double Tween::valueAt(core::SteadyMs now) const {
    double t = seconds > 0 ? static_cast<double>(now - start) / (seconds * 1000.0) : 1.0;
    if (t < 0) t = 0;
    switch (repeat) {
    case TweenRepeat::Once: t = std::min(t, 1.0); break;
    case TweenRepeat::Loop: t = t - std::floor(t); break;
    case TweenRepeat::PingPong: {
        double cycle = std::fmod(t, 2.0);
        t = cycle <= 1.0 ? cycle : 2.0 - cycle;
        break;
    }
    }
    return from + (to - from) * ease(easing, t);
}

bool Tween::doneAt(core::SteadyMs now) const {
    return repeat == TweenRepeat::Once && static_cast<double>(now - start) >= seconds * 1000.0;
}

} // namespace signage::scripting
