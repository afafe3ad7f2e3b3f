// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HeadlessEventSource.h"

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace signage::platform {

namespace {
std::atomic<int> gSignalPipe{-1}; // write end, for the async-signal-safe handler

void onSignal(int) {
    int fd = gSignalPipe.load();
    if (fd >= 0) {
        char q = 'q';
        [[maybe_unused]] auto n = ::write(fd, &q, 1);
    }
}
} // namespace

HeadlessEventSource::HeadlessEventSource() {
    if (::pipe2(_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        gSignalPipe = _pipe[1];
        struct sigaction sa{};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
}

HeadlessEventSource::~HeadlessEventSource() {
    gSignalPipe = -1;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (_pipe[0] >= 0) ::close(_pipe[0]);
    if (_pipe[1] >= 0) ::close(_pipe[1]);
}

bool HeadlessEventSource::wait(Event& out, int timeoutMs) {
    pollfd p{_pipe[0], POLLIN, 0};
    if (::poll(&p, 1, timeoutMs < 0 ? 0 : timeoutMs) <= 0) return false;
    char buf[64];
    ssize_t n = ::read(_pipe[0], buf, sizeof buf);
    out = Event{};
    out.kind = Event::Kind::Wake;
    for (ssize_t i = 0; i < n; ++i)
        if (buf[i] == 'q') out.kind = Event::Kind::Quit;
    return true;
}

void HeadlessEventSource::wake() {
    char w = 'w';
    [[maybe_unused]] auto n = ::write(_pipe[1], &w, 1);
}

} // namespace signage::platform
