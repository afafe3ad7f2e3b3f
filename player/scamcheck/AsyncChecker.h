// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checker for a touch screen: loads the checker data and runs every check on one
// worker thread it owns, so the render thread never waits on the SQLite list lookups or
// on a large CSV being indexed at start-up. Results come back through a callback that
// runs on the worker: it must only hand the verdict over (e.g. to a mailbox) and wake
// the render loop.
//
// Privacy: the text of a check lives only in the job; it is wiped (explicit_bzero) as
// soon as the check is done, and never logged.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "scamcheck/Checker.h"

namespace signage::scamcheck {

class AsyncChecker {
public:
    using Done = std::function<void(Verdict)>;
    /// Called on the worker once the data is loaded (or failed: `checker` null, `error` set).
    using Loaded = std::function<void(const Checker* checker, const std::string& error)>;

    AsyncChecker();
    /// Stops the worker after the job it is running (queued checks are dropped).
    ~AsyncChecker();
    AsyncChecker(const AsyncChecker&) = delete;
    AsyncChecker& operator=(const AsyncChecker&) = delete;

    /// Queues loading `checkerDir` (replacing any data loaded before once it succeeds).
    void load(std::filesystem::path checkerDir, Checker::Options options, Loaded loaded = {});
    /// True once some checker data is loaded. Any thread.
    bool ready() const;
    /// Queues a check; `done` runs on the worker with the verdict. False (and `done` never
    /// runs) when no data is loaded yet or too many checks are queued.
    bool submit(std::string text, Kind kind, Done done);
    /// Blocks until every job queued before the call has run (tests, shutdown reports).
    void drain();

private:
    void run();

    mutable std::mutex _mutex; // guards everything below
    std::condition_variable _wakeWorker, _idle;
    std::deque<std::function<void()>> _jobs;
    bool _busy = false;
    bool _stopping = false;
    std::shared_ptr<const Checker> _checker; // replaced whole by load(); jobs hold their own reference
    std::thread _worker;                     // last: starts after the members it uses exist
};

} // namespace signage::scamcheck
