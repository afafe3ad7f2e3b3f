// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/PlayLog.h"

#include <unistd.h>

#include <stdexcept>

#include "playlog/PlayLogShared.h"

namespace signage::playlog {

PlayLog::PlayLog(PlayLogOptions options) {
    if (options.dataDir.empty()) throw std::invalid_argument("PlayLog: dataDir is required");
    _untrusted = options.untrusted;
    _shared = std::make_shared<Shared>(std::move(options));
    auto& s = *_shared;
    s.maxPageCount = s.options.maxPageCount;
    if (s.options.time) {
        s.time = s.options.time;
    } else {
        const core::Clock* clock = s.options.clock;
        if (!clock) {
            s.ownedClock = std::make_unique<core::RealClock>();
            clock = s.ownedClock.get();
        }
        s.time = std::make_shared<SystemTimeSource>(*clock);
    }
#ifdef SIGNAGE_VERSION
    const char* version = SIGNAGE_VERSION;
#else
    const char* version = "?";
#endif
    event(EventKind::Startup, std::string("signage ") + version + " pid " + std::to_string(::getpid()));
    _writer = std::thread(runPlayLogWriter, _shared);
}

PlayLog::~PlayLog() { close(); }

TimeSample PlayLog::now() const { return _shared->time->now(); }

bool PlayLog::enqueue(QueuedRecord&& rec) {
    auto& s = *_shared;
    if (s.queue.tryPush(std::move(rec))) {
        s.queued.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    // Full (storage has been failing for a while) or closed: count it; the writer
    // records the loss as a queue_overflow event once it can write again.
    s.dropped.fetch_add(1, std::memory_order_relaxed);
    s.unloggedDrops.fetch_add(1, std::memory_order_relaxed);
    return false;
}

PlayToken PlayLog::playStarted(PlayStart start) {
    PlayToken token = _nextToken.fetch_add(1, std::memory_order_relaxed);
    start.untrusted |= _untrusted;
    return enqueue(QueuedRecord{now(), StartRec{token, std::move(start)}}) ? token : 0;
}

void PlayLog::playEnded(PlayToken token, PlayEnd end) {
    if (token == 0) return;
    enqueue(QueuedRecord{now(), EndRec{token, std::move(end)}});
}

void PlayLog::playNotShown(PlayStart start, Outcome outcome, std::string reason) {
    start.untrusted |= _untrusted;
    enqueue(QueuedRecord{now(), NotShownRec{std::move(start), outcome, std::move(reason)}});
}

void PlayLog::event(EventKind kind, std::string detail, std::int64_t value) {
    enqueue(QueuedRecord{now(), EventRec{kind, std::move(detail), value}});
}

void PlayLog::touchCheck(TouchCheck check) { enqueue(QueuedRecord{now(), TouchRec{std::move(check)}}); }

bool PlayLog::flush(std::chrono::milliseconds timeout) {
    auto& s = *_shared;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    std::uint64_t ticket;
    {
        std::lock_guard lock(s.mutex);
        ticket = s.nextTicket++;
    }
    // The marker itself must not be dropped: retry while the queue is full.
    while (!s.queue.tryPush(QueuedRecord{now(), FlushRec{ticket}})) {
        if (s.queue.closed() || std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::unique_lock lock(s.mutex);
    return s.cv.wait_until(lock, deadline, [&] { return s.flushedTicket >= ticket; });
}

void PlayLog::close(std::chrono::milliseconds timeout) {
    if (_closed) return;
    _closed = true;
    event(EventKind::Shutdown);
    auto& s = *_shared;
    s.queue.close();
    // Wait for the writer to drain; if storage keeps failing, tell it to give up.
    {
        std::unique_lock lock(s.mutex);
        s.cv.wait_for(lock, timeout, [&] { return s.finished; });
        s.abandon = true;
    }
    s.cv.notify_all();
    if (_writer.joinable()) _writer.join();
}

PlayLogStats PlayLog::stats() const {
    const auto& s = *_shared;
    PlayLogStats st;
    st.queued = s.queued.load();
    st.dropped = s.dropped.load();
    st.written = s.written.load();
    st.commits = s.commits.load();
    st.failedCommits = s.failedCommits.load();
    st.storageOk = s.storageOk.load();
    st.open = s.open.load();
    st.queueDepth = s.queue.size();
    return st;
}

void PlayLog::setMaxPageCount(std::int64_t pages) { _shared->maxPageCount = pages; }

std::filesystem::path PlayLog::databasePath() const { return _shared->options.dataDir / "playlog.sqlite"; }

} // namespace signage::playlog
