// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checks `signage selftest` runs, one function each, so tests can feed them any
// situation (a clock in 1970, an unwritable data dir, a keys dir with a broken key).
// Messages are in the current language (core::tr), Vietnamese first.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/LibraryInfo.h"
#include "platform/Probe.h"

namespace signage::app {

enum class CheckStatus { Ok, Warn, Fail };

struct CheckResult {
    std::string id;       // stable, for --json and scripts: "libraries", "fonts", "video", ...
    std::string title;    // "thư viện" / "libraries"
    CheckStatus status = CheckStatus::Ok;
    std::string detail;   // what was found, or what is wrong and what to do about it
};

CheckResult checkLibraries(const core::LibraryInfos& libraries);
CheckResult checkFonts();
CheckResult checkVideo(const platform::VideoProbe& probe);
CheckResult checkAudio(const platform::AudioProbe& probe);
/// Creates `dir` when missing, writes, fsyncs and removes a probe file; warns when less
/// than kLowSpaceBytes are free.
CheckResult checkDataDir(const std::filesystem::path& dir);
/// `synchronised`: the kernel's or timesyncd's view (nullopt when unknown). A clock
/// before 2024 is a warning, not a failure: a box without a battery boots in the past
/// and catches up once the network is there.
CheckResult checkClock(core::WallMs now, std::optional<bool> synchronised);
/// Needs at least one minisign public key (*.pub) in `dir`.
CheckResult checkTrustedKeys(const std::filesystem::path& dir);

/// True/false from adjtimex(2) and /run/systemd/timesync/synchronized; nullopt if unknown.
std::optional<bool> clockSynchronised();

constexpr std::uintmax_t kLowSpaceBytes = 100ull << 20;
constexpr int kSaneYear = 2024;

} // namespace signage::app
