// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One seed for a randomised test, printed so a failure can be replayed: the seed comes
// from SIGNAGE_TEST_SEED when set, else from std::random_device. It is written to stdout
// (ctest --output-on-failure shows it) and recorded as the test's "seed" property.
namespace signage::test {

/// The seed this test should use; call once per test.
unsigned testSeed();

} // namespace signage::test
