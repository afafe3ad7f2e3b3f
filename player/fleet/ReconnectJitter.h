// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reconnect back-off each MQTT client hands libmosquitto. libmosquitto's own back-off
// (mosquitto_reconnect_delay_set with exponential = true) waits min·n² seconds after the
// n-th failed attempt in a row (0, min, 4·min, 9·min...), capped at max, and draws nothing at random: every client cut off by the
// same outage would retry in the same second, forever. It only takes whole seconds and
// exposes no per-attempt hook, so the jitter is drawn once per client:
//   - half the clients start at 2× the minimum (the early steps are spread in proportion
//     to their length: 1, 4, 9... s against 2, 8, 18... s);
//   - each client's cap is the configured maximum minus up to a third of it, at most 10 s
//     (30 s gives 20-30 s in whole seconds).
// The configured maximum stays the longest any client waits, so after a long outage every
// client is back within `max` of the broker's return (the spread added on top, as before
// 2026-12-07 17:00, made a box wait up to 45 s and the drill's catch-up 60 s).
#include <random>

namespace signage::fleet {

struct ReconnectDelays {
    int minSeconds = 1, maxSeconds = 30;
};

/// The longest downward spread of the cap: 10 s.
inline constexpr int kReconnectJitterCapSeconds = 10;

/// One client's bounds from the configured ones; min == max (tests) is kept as given.
ReconnectDelays jitteredReconnectDelays(int minSeconds, int maxSeconds, std::mt19937& rng);
/// The wait libmosquitto makes from `d` after `failures` failed attempts in a row (0: the
/// connection was just lost, it retries at once).
int reconnectDelaySeconds(const ReconnectDelays& d, int failures);

} // namespace signage::fleet
