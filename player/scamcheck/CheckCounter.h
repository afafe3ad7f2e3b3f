// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts of checks by verdict and by tactic, for the play log and reports. This is all
// that is kept of a visitor's check (issue 7, privacy): no text, no numbers, no links.
// Thread-safe (one mutex); record() from whichever thread ran the check.
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

class CheckCounter {
public:
    struct Counts {
        std::uint64_t total = 0;
        std::map<std::string, std::uint64_t> byVerdict; // "likely_scam" → n
        std::map<std::string, std::uint64_t> byTactic;  // "fake_authority" → n
        std::string dataVersion;                        // of the latest check
    };
    void record(const LogSummary& summary);
    Counts snapshot() const;
    /// The counts so far, then zero (for periodic flushes to the play log).
    Counts take();

private:
    mutable std::mutex _mutex; // guards _counts
    Counts _counts;
};

} // namespace signage::scamcheck
