// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to PlayLog.cpp and PlayLogWriter.cpp: the records in the queue and the state
// the render-side object shares with its writer thread.
#include <variant>

#include "playlog/PlayLog.h"

namespace signage::playlog {

struct StartRec {
    PlayToken token;
    PlayStart play;
};
struct EndRec {
    PlayToken token;
    PlayEnd end;
};
struct NotShownRec {
    PlayStart play;
    Outcome outcome;
    std::string reason;
};
struct EventRec {
    EventKind kind;
    std::string detail;
    std::int64_t value;
};
struct TouchRec {
    TouchCheck check;
};
struct FlushRec {
    std::uint64_t ticket;
};
/// Made by the writer itself on idle ticks: only checks the clocks.
struct TimeCheckRec {};

struct QueuedRecord {
    TimeSample at; // sampled by the thread that made the call
    std::variant<StartRec, EndRec, NotShownRec, EventRec, TouchRec, FlushRec, TimeCheckRec> body;
};

struct PlayLog::Shared {
    explicit Shared(PlayLogOptions o) : options(std::move(o)), queue(options.queueCapacity) {}

    const PlayLogOptions options;
    std::unique_ptr<core::Clock> ownedClock; // the real clock when options.clock was null
    std::shared_ptr<TimeSource> time;        // thread-safe
    core::BoundedQueue<QueuedRecord> queue;

    // Counters: written by either side, read by stats().
    std::atomic<std::uint64_t> queued{0}, dropped{0}, written{0}, commits{0}, failedCommits{0};
    std::atomic<std::uint64_t> unloggedDrops{0}; // drops not yet recorded as a queue_overflow event
    std::atomic<bool> storageOk{true}, open{false};
    std::atomic<std::int64_t> maxPageCount{0};

    std::mutex mutex;               // guards the four fields below
    std::condition_variable cv;     // flush progress, abandon
    std::uint64_t nextTicket = 1;
    std::uint64_t flushedTicket = 0;
    bool abandon = false;           // close() timed out: the writer gives up retrying
    bool finished = false;          // the writer thread has stopped
};

/// The writer thread's body (PlayLogWriter.cpp).
void runPlayLogWriter(std::shared_ptr<PlayLog::Shared> shared);

} // namespace signage::playlog
