// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The event source of --headless runs: no SDL at all. Sleeps in poll(2) on a self-pipe
// until the timeout, a wake() from another thread, or SIGINT/SIGTERM (which become Quit).
#include "platform/Event.h"

namespace signage::platform {

class HeadlessEventSource final : public EventSource {
public:
    HeadlessEventSource();  // installs SIGINT/SIGTERM handlers for this process
    ~HeadlessEventSource() override;
    HeadlessEventSource(const HeadlessEventSource&) = delete;
    HeadlessEventSource& operator=(const HeadlessEventSource&) = delete;
    bool wait(Event& out, int timeoutMs) override;
    bool poll(Event& out) override { return wait(out, 0); }
    void wake() override;

private:
    int _pipe[2] = {-1, -1};
};

} // namespace signage::platform
