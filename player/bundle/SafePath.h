// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entry paths inside a bundle. A hostile archive must not write outside the staging
// directory, so every path is checked before anything is created.
#include <string>
#include <string_view>

namespace signage::bundle {

struct PathLimits {
    size_t maxBytes = 1024; // whole path
    size_t maxDepth = 32;   // components
};

/// Checks an archive entry path and returns it normalised ("./media/a.png" and
/// "media/a.png/" both give "media/a.png"; "./" gives ""). Refuses with
/// BundleError(PathTraversal) absolute paths, "..", empty or "." components inside,
/// backslashes, control characters, invalid UTF-8, and paths over the limits.
std::string checkEntryPath(std::string_view raw, const PathLimits& limits = {});

} // namespace signage::bundle
