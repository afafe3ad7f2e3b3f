// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading one TOML file of a content directory, with diagnostics located in it.
#include <filesystem>
#include <optional>
#include <string>

#include <toml++/toml.h>

#include "core/Diagnostic.h"

namespace signage::content {

/// A file being loaded: where it is and how diagnostics name it.
struct SourceFile {
    std::filesystem::path path; // absolute
    std::string display;        // as the user would type it (see ContentDir::display)

    core::SourcePos at(const toml::source_position& p) const { return {display, static_cast<int>(p.line), static_cast<int>(p.column)}; }
    core::SourcePos start() const { return {display, 1, 1}; }
    /// For problems with the file as a whole (no line).
    core::SourcePos whole() const { return {display, 0, 0}; }
};

/// Content files are small; a bigger one is refused rather than parsed (a bundle may be hostile).
inline constexpr std::uintmax_t kMaxTomlBytes = 4u << 20;

/// Reads and parses a TOML file. On failure reports the problem (a syntax error at its
/// line and column, or why the file could not be read) and returns nullopt.
std::optional<toml::table> parseTomlFile(const SourceFile& file, core::Diagnostics& diags);

/// Appends `from` (diagnostics about one file) to `to` ordered by line and column (loaders find problems key by key,
/// in toml++'s key order; people read a file top to bottom).
void appendSorted(const core::Diagnostics& from, core::Diagnostics& to);

} // namespace signage::content
