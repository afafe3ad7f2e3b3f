// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: schedule.toml (campaigns, dayparts, targets, interrupts) from text.
#include <cstdint>
#include <string_view>

#include "core/Diagnostic.h"
#include "schedule/ScheduleLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    signage::core::Diagnostics diags;
    (void)signage::schedule::parseSchedule(text, "schedule.toml", diags);
    return 0;
}
