// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

namespace signage::bundle {

TerminalProgress::TerminalProgress() : _enabled(::isatty(STDERR_FILENO) == 1) {}

void TerminalProgress::update(const Progress& p) {
    if (!_enabled) return;
    auto now = std::chrono::steady_clock::now();
    if (p.phase != Phase::Done && _drawn && now - _last < std::chrono::milliseconds(100)) return;
    _last = now;
    constexpr int kWidth = 30;
    double f = p.fraction < 0 ? 0 : p.fraction > 1 ? 1 : p.fraction;
    int filled = static_cast<int>(f * kWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.append(static_cast<size_t>(kWidth - filled), '.');
    std::string label = phaseText(p.phase);
    std::string bytes;
    if (p.total > (1u << 20)) bytes = "  " + std::to_string(p.done >> 20) + "/" + std::to_string(p.total >> 20) + " MB";
    std::fprintf(stderr, "\r\033[K%s [%s] %3d%%%s", label.c_str(), bar.c_str(), static_cast<int>(f * 100), bytes.c_str());
    std::fflush(stderr);
    _drawn = true;
}

void TerminalProgress::finish() {
    if (!_enabled || !_drawn) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    _drawn = false;
}

ProgressFn TerminalProgress::callback() {
    if (!_enabled) return {};
    return [this](const Progress& p) { update(p); };
}

} // namespace signage::bundle
