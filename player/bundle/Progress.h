// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress of a long bundle operation, reported through a callback on the thread doing
// the work (the import worker, or the CLI's main thread). Callbacks must be cheap:
// they run every few hundred kilobytes.
#include <cstdint>
#include <functional>
#include <string>

namespace signage::bundle {

enum class Phase {
    Hashing,   // create: reading the content files
    Writing,   // create: writing the archive
    Verifying, // checking the signature over the whole file
    Unpacking, // reading entries, checking hashes, writing to staging
    Syncing,   // fsync of staging
    Switching, // atomic switch of DATA_DIR/content
    Done,
};

struct Progress {
    Phase phase = Phase::Verifying;
    std::uint64_t done = 0;  // bytes (or steps) of this phase
    std::uint64_t total = 0; // 0 when unknown
    double fraction = 0;     // 0..1 over the whole operation
};

using ProgressFn = std::function<void(const Progress&)>;

/// "Đang kiểm tra chữ ký" / "Checking signature", in the run's language.
std::string phaseText(Phase phase);

} // namespace signage::bundle
