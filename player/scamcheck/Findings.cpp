// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Findings.h"

namespace signage::scamcheck {

void Findings::add(Signal s) {
    for (auto& existing : signals) {
        if (existing.id != s.id) continue;
        if (s.weight > existing.weight) existing = std::move(s);
        return;
    }
    signals.push_back(std::move(s));
}

} // namespace signage::scamcheck
