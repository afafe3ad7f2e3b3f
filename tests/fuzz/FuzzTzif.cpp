// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TZif zone files and POSIX TZ strings (the box's time zone).
#include <cstdint>
#include <string>
#include <string_view>

#include "schedule/TimeZone.h"

using namespace signage::schedule;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string error;
    if (auto zone = TimeZone::fromTzif(bytes, "fuzz", &error)) {
        // Milliseconds since 1970: then, 2026, 1900, 2100.
        for (WallMs t : {WallMs{0}, WallMs{1767225600000}, WallMs{-2208988800000}, WallMs{4102444800000}})
            (void)zone->offsetAt(t);
    }
    PosixTzRule rule;
    if (PosixTzRule::parse(bytes, rule)) (void)rule.offsetAt(1767225600);
    return 0;
}
