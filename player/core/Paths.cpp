// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Paths.h"

#include <cstdlib>

#ifndef SIGNAGE_SOURCE_DIR
#define SIGNAGE_SOURCE_DIR ""
#endif

namespace signage::core {

namespace fs = std::filesystem;

bool runningFromCheckout() {
    std::error_code ec;
    fs::path src = SIGNAGE_SOURCE_DIR;
    return !src.empty() && fs::exists(src / "player" / "core" / "Paths.cpp", ec);
}

fs::path shareDir() {
    if (const char* env = std::getenv("SIGNAGE_SHARE_DIR"); env && *env) return env;
    if (runningFromCheckout()) return SIGNAGE_SOURCE_DIR;
    return "/usr/share/signage";
}

fs::path defaultDataDir() {
    if (const char* env = std::getenv("SIGNAGE_DATA_DIR"); env && *env) return env;
    if (runningFromCheckout()) return fs::path(SIGNAGE_SOURCE_DIR) / "var";
    return "/var/lib/signage";
}

} // namespace signage::core
