// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `signage validate PATH...` does, as a library call (the command only prints).
#include <filesystem>
#include <vector>

#include "core/Diagnostic.h"

namespace signage::content {

struct ValidationReport {
    core::Diagnostics diagnostics;
    size_t filesChecked = 0; // TOML files read (for the summary line)
};

/// Validates each path: a content directory (everything in it, then the extra checks),
/// or a single file. A single file that sits in a content directory (manifest.toml,
/// playlists/<id>.toml, slides/<id>.toml, schedule.toml) is checked in its directory's
/// context (references to other files resolve) but only its own problems are reported,
/// named as typed. Any other .toml file is read on its own as the kind its keys suggest.
ValidationReport validatePaths(const std::vector<std::filesystem::path>& paths);

} // namespace signage::content
