// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/ReconnectJitter.h"

#include <algorithm>

namespace signage::fleet {

ReconnectDelays jitteredReconnectDelays(int minSeconds, int maxSeconds, std::mt19937& rng) {
    ReconnectDelays d{minSeconds, maxSeconds};
    if (maxSeconds <= minSeconds) return d;
    const int spread = std::min(maxSeconds / 3, kReconnectJitterCapSeconds);
    d.maxSeconds = maxSeconds - std::uniform_int_distribution<int>(0, spread)(rng);
    if (std::uniform_int_distribution<int>(0, 1)(rng) == 1) d.minSeconds = 2 * minSeconds;
    d.maxSeconds = std::max(d.maxSeconds, minSeconds + 1);
    d.minSeconds = std::min(d.minSeconds, d.maxSeconds - 1);
    return d;
}

int reconnectDelaySeconds(const ReconnectDelays& d, int failures) {
    // libmosquitto 2.0 (loop_forever): reconnects starts at 0 and counts up while
    // min·reconnects² is below max; max from then on.
    if (d.maxSeconds <= d.minSeconds) return d.minSeconds;
    const long long n = std::max(failures, 0);
    const long long delay = static_cast<long long>(d.minSeconds) * n * n;
    return static_cast<int>(std::min<long long>(delay, d.maxSeconds));
}

} // namespace signage::fleet
