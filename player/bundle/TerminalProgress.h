// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A progress bar on the terminal for `bundle create|verify|import`, drawn on stderr only
// when stderr is a terminal (never into logs or pipes), at most ten times a second.
#include <chrono>
#include <string>

#include "bundle/Progress.h"

namespace signage::bundle {

class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress() { finish(); }
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    void update(const Progress& p);
    /// Clears the bar's line (the caller then prints the outcome).
    void finish();
    /// A callback for the bundle functions, or an empty one when not on a terminal.
    ProgressFn callback();
    bool enabled() const { return _enabled; }

private:
    bool _enabled;
    bool _drawn = false;
    std::chrono::steady_clock::time_point _last{};
};

} // namespace signage::bundle
