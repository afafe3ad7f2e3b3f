// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs Presenter::prepare() (file reads, image decode, demuxer open, first frame) off the
// render thread. One worker thread takes jobs from a bounded queue (core::BoundedQueue);
// the render thread submits and polls and never waits for a job.
//
// A job can be abandoned (a preemption, a content swap, shutdown): the render thread
// drops its interest, and the presenter is destroyed later on the render thread once its
// prepare() has returned (a presenter may own render-thread state, e.g. a Lua plugin).
// A prepare() that fails is stopped and destroyed on the worker: it never reached the
// canvas, and a media presenter's teardown may wait for its own threads.
//
// A prepare() that does not return within `stuckAfter` real time (a FIFO, a hung mount)
// is given up: its job reports Failed, the stuck thread is left to return on its own (it
// holds only shared state), and a fresh worker takes the queue. At most `maxStuck` stuck
// threads exist at once; past that no new worker starts until one returns, so the
// threads stay bounded (1 + maxStuck) however many loops the playlist makes.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "render/Presenter.h"

namespace signage::playback {

struct PrepareHub; // state shared with the worker threads (PrepareWorker.cpp)
struct PrepareJob; // one presenter being prepared

class PrepareWorker {
public:
    struct Options {
        std::size_t queue = 4;                     // jobs waiting; submit() refuses past it
        std::chrono::milliseconds stuckAfter{8000}; // real time; then the job fails
        int maxStuck = 2;                          // stuck threads tolerated at once
    };
    enum class State { Waiting, Ready, Failed };
    using Job = std::shared_ptr<PrepareJob>;

    /// `wake` is called on the worker thread when a job finishes (it must make the loop
    /// poll soon, e.g. EventSource::wake). It is never called after the destructor began.
    PrepareWorker(Options options, std::function<void()> wake);
    /// Abandons every job; waits briefly for an idle worker, leaves a busy one running.
    ~PrepareWorker();
    PrepareWorker(const PrepareWorker&) = delete;
    PrepareWorker& operator=(const PrepareWorker&) = delete;

    /// Render thread: queues `presenter` for prepare(). nullptr when the queue is full
    /// (the presenter is then destroyed; the caller tries again later).
    Job submit(std::unique_ptr<render::Presenter> presenter);
    /// Render thread: the job's state now, without waiting. Also notices a stuck worker.
    State poll(const Job& job);
    /// Render thread, once poll() says Ready: the prepared presenter.
    std::unique_ptr<render::Presenter> take(const Job& job);
    /// True once the job's prepare() returned (or it never ran), even after a time-out.
    bool returned(const Job& job) const;
    /// Why the job failed (prepare()'s reason, or the time-out).
    std::string error(const Job& job) const;
    /// Render thread: the caller no longer wants `job`; its presenter is dropped later.
    void abandon(const Job& job);
    /// Render thread, once per loop turn: destroys presenters of abandoned jobs that have
    /// returned, replaces a stuck worker (within maxStuck).
    void tidy();

    /// Threads this worker has running now, stuck ones included (tests, diagnostics).
    int threadCount() const;

private:
    void startWorker();

    Options _options;
    std::shared_ptr<PrepareHub> _hub;
    std::vector<Job> _abandoned; // render thread only: waiting for their prepare() to return
};

} // namespace signage::playback
