// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessInfo.h"

#include <ctime>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace signage::core {

std::int64_t processAgeMs() {
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot;
    // CLOCK_BOOTTIME is the same time base.
    std::ifstream in("/proc/self/stat");
    std::string line;
    if (!std::getline(in, line)) return -1;
    auto close = line.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
        if (i == 22) {
            long long ticks = std::stoll(field);
            timespec ts{};
            clock_gettime(CLOCK_BOOTTIME, &ts);
            long long nowMs = static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
            return nowMs - ticks * 1000 / sysconf(_SC_CLK_TCK);
        }
    }
    return -1;
}

long peakRssKb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

void returnLargeAllocationsToSystem(std::size_t bytes) {
#if defined(__GLIBC__)
    // A fixed threshold also turns off glibc's sliding one (mallopt(3)).
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(bytes));
#else
    (void)bytes;
#endif
}

} // namespace signage::core
