// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage selftest`: everything a box needs before it can play, checked in one go at
// boot (signage-selftest.service) or by a technician. Runs on the calling thread; the
// video and audio probes start and stop SDL subsystems, so never call it while this
// process has a Display open.
#include <filesystem>
#include <string>
#include <vector>

#include "app/SelftestChecks.h"

namespace signage::app {

struct SelftestOptions {
    std::filesystem::path dataDir;
    std::filesystem::path trustedKeys;
    bool video = true;  // --skip video: e.g. a technician's check while the player holds the screen
    bool audio = true;
};

struct SelftestReport {
    std::vector<CheckResult> checks;
    int count(CheckStatus status) const;
    bool ok() const { return count(CheckStatus::Fail) == 0; }
};

SelftestReport runSelftest(const SelftestOptions& options);

/// One line per check, then a summary that lists what is wrong (stderr text).
std::string formatReport(const SelftestReport& report);
/// {"ok": bool, "failed": n, "warnings": n, "checks": [{"id", "title", "status", "detail"}]}
std::string formatReportJson(const SelftestReport& report);

/// $SIGNAGE_TRUSTED_KEYS when set, else /etc/signage/keys (as `signage bundle import`).
std::filesystem::path defaultTrustedKeysDir();

} // namespace signage::app
