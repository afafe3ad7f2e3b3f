// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/PrepareWorker.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/BoundedQueue.h"
#include "core/Lang.h"
#include "core/Log.h"

namespace signage::playback {

namespace {
const core::Logger kLog("prepare");
// How long the destructor waits for the live worker to finish its job and leave.
constexpr auto kExitGrace = std::chrono::milliseconds(500);
using SteadyTime = std::chrono::steady_clock::time_point;
} // namespace

struct PrepareJob {
    enum class Phase { Queued, Running, Done };
    // All fields guarded by PrepareHub::mutex. The presenter itself is touched by the
    // worker only while Running, and by the render thread only once Done (or never run).
    std::unique_ptr<render::Presenter> presenter;
    Phase phase = Phase::Queued;
    bool ok = false;
    bool abandoned = false; // the render thread lost interest
    bool timedOut = false;  // given up as stuck: reports Failed whatever prepare() says later
    std::string error;
};

/// One worker thread's view: the job it runs, and whether it was retired as stuck.
struct WorkerState {
    PrepareWorker::Job running; // guarded by the hub's mutex
    SteadyTime since{};
    bool retired = false;
};

struct PrepareHub {
    explicit PrepareHub(std::size_t capacity) : queue(capacity) {}
    std::mutex mutex;                   // guards everything below and every job's fields
    std::function<void()> wake;         // cleared by ~PrepareWorker; called with the lock held
    core::BoundedQueue<PrepareWorker::Job> queue;
    std::shared_ptr<WorkerState> current; // the worker taking jobs (null: none running)
    int liveThreads = 0;                // threads not yet returned, stuck ones included
    int stuckThreads = 0;
    std::condition_variable exited;     // a thread left
};

namespace {

void workerMain(std::shared_ptr<PrepareHub> hub, std::shared_ptr<WorkerState> me) {
    for (;;) {
        auto job = hub->queue.pop(); // nullopt once closed and drained
        if (!job) break;
        render::Presenter* presenter = nullptr;
        {
            std::lock_guard lock(hub->mutex);
            if ((*job)->abandoned) {
                (*job)->phase = PrepareJob::Phase::Done; // never prepared; the render thread drops it
                continue;
            }
            (*job)->phase = PrepareJob::Phase::Running;
            me->running = *job;
            me->since = std::chrono::steady_clock::now();
            presenter = (*job)->presenter.get();
        }
        std::string why;
        bool ok = false;
        try {
            ok = presenter->prepare(why);
        } catch (const std::exception& e) {
            why = e.what();
        } catch (...) {
            why = "unknown exception";
        }
        std::unique_ptr<render::Presenter> failed;
        bool retired = false;
        {
            std::lock_guard lock(hub->mutex);
            PrepareJob& j = **job;
            me->running.reset();
            j.phase = PrepareJob::Phase::Done;
            if (!j.timedOut) {
                j.ok = ok;
                j.error = why;
                if (!ok && !j.abandoned) failed = std::move(j.presenter);
            }
            retired = me->retired;
            if (hub->wake && !retired) hub->wake();
        }
        if (failed) {
            failed->stop(); // never opened: nothing of the canvas to free
            failed.reset();
        }
        if (retired) break; // a fresh worker took the queue meanwhile
    }
    std::lock_guard lock(hub->mutex);
    --hub->liveThreads;
    if (me->retired) --hub->stuckThreads;
    hub->exited.notify_all();
}

} // namespace

PrepareWorker::PrepareWorker(Options options, std::function<void()> wake)
    : _options(options), _hub(std::make_shared<PrepareHub>(std::max<std::size_t>(1, options.queue))) {
    _hub->wake = std::move(wake);
    std::lock_guard lock(_hub->mutex);
    startWorker();
}

PrepareWorker::~PrepareWorker() {
    _hub->queue.close();
    std::unique_lock lock(_hub->mutex);
    _hub->wake = nullptr;
    // The live worker drains the (abandoned) queue and leaves; one busy in a slow prepare
    // is left to return on its own: it holds the hub, not this object.
    _hub->exited.wait_for(lock, kExitGrace, [&] { return _hub->liveThreads - _hub->stuckThreads <= 0; });
    lock.unlock();
    tidy();
}

void PrepareWorker::startWorker() { // hub mutex held
    auto state = std::make_shared<WorkerState>();
    _hub->current = state;
    ++_hub->liveThreads;
    std::thread(workerMain, _hub, state).detach(); // lifetime tracked by liveThreads
}

PrepareWorker::Job PrepareWorker::submit(std::unique_ptr<render::Presenter> presenter) {
    auto job = std::make_shared<PrepareJob>();
    job->presenter = std::move(presenter);
    if (!_hub->queue.tryPush(job)) return nullptr;
    return job;
}

PrepareWorker::State PrepareWorker::poll(const Job& job) {
    tidy();
    std::lock_guard lock(_hub->mutex);
    if (job->timedOut) return State::Failed;
    if (job->phase != PrepareJob::Phase::Done) return State::Waiting;
    return job->ok ? State::Ready : State::Failed;
}

std::unique_ptr<render::Presenter> PrepareWorker::take(const Job& job) {
    std::lock_guard lock(_hub->mutex);
    if (job->phase != PrepareJob::Phase::Done || job->timedOut || !job->ok) return nullptr;
    return std::move(job->presenter);
}

bool PrepareWorker::returned(const Job& job) const {
    std::lock_guard lock(_hub->mutex);
    return job->phase == PrepareJob::Phase::Done;
}

std::string PrepareWorker::error(const Job& job) const {
    std::lock_guard lock(_hub->mutex);
    return job->error;
}

void PrepareWorker::abandon(const Job& job) {
    if (!job) return;
    {
        std::lock_guard lock(_hub->mutex);
        job->abandoned = true;
    }
    _abandoned.push_back(job);
}

void PrepareWorker::tidy() {
    std::vector<std::unique_ptr<render::Presenter>> drop;
    {
        std::lock_guard lock(_hub->mutex);
        auto& cur = _hub->current;
        if (cur && cur->running && std::chrono::steady_clock::now() - cur->since >= _options.stuckAfter) {
            // Stuck in a read the kernel does not interrupt: retire the thread, fail its job.
            PrepareJob& j = *cur->running;
            j.timedOut = true;
            j.error = core::tr("chuẩn bị quá lâu (", "preparing took too long (") + std::to_string(_options.stuckAfter.count()) +
                      core::tr(" ms): tệp không trả lời (FIFO hay ổ treo?)", " ms): the file does not answer (a FIFO or a hung mount?)");
            _abandoned.push_back(cur->running);
            cur->retired = true;
            ++_hub->stuckThreads;
            cur.reset();
            kLog.warn(j.error);
        }
        if (!cur && _hub->stuckThreads < _options.maxStuck && !_hub->queue.closed()) startWorker();
        std::erase_if(_abandoned, [&](const Job& job) {
            if (job->phase != PrepareJob::Phase::Done) return false;
            if (job->presenter) drop.push_back(std::move(job->presenter));
            return true;
        });
    }
    for (auto& p : drop) p->stop(); // render thread, outside the lock
}

int PrepareWorker::threadCount() const {
    std::lock_guard lock(_hub->mutex);
    return _hub->liveThreads;
}

} // namespace signage::playback
