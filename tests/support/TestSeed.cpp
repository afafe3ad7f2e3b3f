// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSeed.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace signage::test {

unsigned testSeed() {
    unsigned seed = 0;
    if (const char* fixed = std::getenv("SIGNAGE_TEST_SEED"); fixed && *fixed)
        seed = static_cast<unsigned>(std::strtoul(fixed, nullptr, 10));
    else
        seed = std::random_device{}();
    std::printf("random seed %u (replay with SIGNAGE_TEST_SEED=%u)\n", seed, seed);
    std::fflush(stdout);
    ::testing::Test::RecordProperty("seed", std::to_string(seed));
    return seed;
}

} // namespace signage::test
