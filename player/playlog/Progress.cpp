// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Progress.h"

#include <unistd.h>

#include <cstdio>

namespace signage::playlog {

TerminalProgress::TerminalProgress(std::string label) : _label(std::move(label)), _tty(::isatty(2) == 1) {}

TerminalProgress::~TerminalProgress() {
    if (_drawn) std::fputc('\n', stderr);
}

void TerminalProgress::update(std::int64_t done, std::int64_t total) {
    if (!_tty) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - _last < std::chrono::milliseconds(100)) return;
    _last = now;
    int pct = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    std::fprintf(stderr, "\r%s %3d%% (%lld/%lld)", _label.c_str(), pct, static_cast<long long>(done),
                 static_cast<long long>(total));
    std::fflush(stderr);
    _drawn = true;
}

} // namespace signage::playlog
