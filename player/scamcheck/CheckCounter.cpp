// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/CheckCounter.h"

namespace signage::scamcheck {

void CheckCounter::record(const LogSummary& s) {
    std::lock_guard lock(_mutex);
    ++_counts.total;
    ++_counts.byVerdict[s.verdict];
    for (const auto& t : s.tactics) ++_counts.byTactic[t];
    _counts.dataVersion = s.dataVersion;
}

CheckCounter::Counts CheckCounter::snapshot() const {
    std::lock_guard lock(_mutex);
    return _counts;
}

CheckCounter::Counts CheckCounter::take() {
    std::lock_guard lock(_mutex);
    Counts out = std::move(_counts);
    _counts = {};
    return out;
}

} // namespace signage::scamcheck
