// SPDX-License-Identifier: GPL-3.0-or-later
// Runs this suite's temp dirs on /dev/shm when it is there. The importer syncs its staging
// directory to disk like the box does (syncfs, fsync); on a CI disk shared with parallel
// builds each sync waits for everyone else's writes (~200 ms per import measured), which
// would make the suite take half a minute. Every code path still runs on tmpfs; only the
// durability wait is skipped. bench/bundle/ measures imports on a real disk.
#include <cstdlib>
#include <unistd.h>

namespace {
const bool kUseTmpfs = [] {
    if (std::getenv("SIGNAGE_TEST_REAL_DISK")) return false;
    if (::access("/dev/shm", W_OK) != 0) return false;
    return ::setenv("TMPDIR", "/dev/shm", 1) == 0;
}();
} // namespace
