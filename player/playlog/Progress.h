// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress for long merges, verifications and reports: a callback the library calls
// (done, total), and a terminal implementation that redraws one stderr line, only when
// stderr is a terminal, at most ten times a second.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace signage::playlog {

using ProgressFn = std::function<void(std::int64_t done, std::int64_t total)>;

class TerminalProgress {
public:
    explicit TerminalProgress(std::string label);
    ~TerminalProgress(); // ends the line if one was drawn
    void update(std::int64_t done, std::int64_t total);
    ProgressFn fn() {
        return [this](std::int64_t d, std::int64_t t) { update(d, t); };
    }

private:
    std::string _label;
    bool _tty;
    bool _drawn = false;
    std::chrono::steady_clock::time_point _last{};
};

} // namespace signage::playlog
