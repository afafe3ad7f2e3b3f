// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How many threads this process runs, for tests that check a worker was not left behind.
#include <chrono>

namespace signage::test {

/// Threads of this process now (/proc/self/task).
int processThreads();

/// Waits until at most `count` threads run (polling every 10 ms, up to `limit`); false if
/// some thread is still there then.
bool waitForProcessThreads(int count, std::chrono::milliseconds limit = std::chrono::seconds(10));

} // namespace signage::test
