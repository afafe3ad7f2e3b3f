// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/AsyncChecker.h"

#include "core/WipeOnFree.h"
#include "scamcheck/Wipe.h"

namespace signage::scamcheck {

namespace {
// A visitor types one thing at a time; more than this queued means something is wrong.
constexpr std::size_t kMaxQueuedJobs = 16;
} // namespace

AsyncChecker::AsyncChecker() : _worker([this] { run(); }) {}

AsyncChecker::~AsyncChecker() {
    {
        std::lock_guard lock(_mutex);
        _stopping = true;
        _jobs.clear();
    }
    _wakeWorker.notify_all();
    _worker.join();
}

void AsyncChecker::load(std::filesystem::path checkerDir, Checker::Options options, Loaded loaded) {
    auto job = [this, dir = std::move(checkerDir), options = std::move(options), loaded = std::move(loaded)] {
        std::shared_ptr<const Checker> fresh;
        std::string error;
        try {
            fresh = std::make_shared<const Checker>(dir, options);
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (fresh) {
            std::lock_guard lock(_mutex);
            _checker = fresh;
        }
        if (loaded) loaded(fresh.get(), error);
    };
    {
        std::lock_guard lock(_mutex);
        _jobs.push_back(std::move(job));
    }
    _wakeWorker.notify_one();
}

bool AsyncChecker::ready() const {
    std::lock_guard lock(_mutex);
    return _checker != nullptr;
}

bool AsyncChecker::submit(std::string text, Kind kind, Done done) {
    std::unique_lock lock(_mutex);
    if (!_checker || _jobs.size() >= kMaxQueuedJobs) {
        lock.unlock();
        wipeString(text);
        return false;
    }
    _jobs.push_back([checker = _checker, text = std::move(text), kind, done = std::move(done)]() mutable {
        Verdict v = checker->check(text, kind);
        wipeString(text);
        if (done) done(std::move(v));
    });
    lock.unlock();
    _wakeWorker.notify_one();
    return true;
}

void AsyncChecker::drain() {
    std::unique_lock lock(_mutex);
    _idle.wait(lock, [this] { return (_jobs.empty() && !_busy) || _stopping; });
}

void AsyncChecker::run() {
    // Every C++ block this thread frees is zeroed: the engine's temporary copies of what
    // a visitor typed do not outlive the check in freed heap (core/WipeOnFree.h).
    core::setWipeOnFree(true);
    std::unique_lock lock(_mutex);
    for (;;) {
        _wakeWorker.wait(lock, [this] { return _stopping || !_jobs.empty(); });
        if (_stopping) break;
        std::function<void()> job = std::move(_jobs.front());
        _jobs.pop_front();
        _busy = true;
        lock.unlock();
        job();
        job = nullptr; // the job's captured text is already wiped; release it outside the lock
        lock.lock();
        _busy = false;
        if (_jobs.empty()) _idle.notify_all();
    }
    _idle.notify_all();
}

} // namespace signage::scamcheck
