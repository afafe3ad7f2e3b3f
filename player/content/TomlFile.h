// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading one TOML file of a content directory, with diagnostics located in it: the
// core reader's file functions (core/TomlTable.h) under the names the content loaders use.
#include "core/TomlTable.h"

namespace signage::content {

/// A file being loaded: where it is (absolute) and how diagnostics name it (see ContentDir::display).
using SourceFile = core::TomlSource;

using core::appendSorted;
using core::kMaxTomlBytes;
/// parseTomlFile(file, diags) reads and parses a TOML file (at most kMaxTomlBytes). On
/// failure it reports the problem (a syntax error at its line and column, or why the file
/// could not be read) and returns nullopt.
using core::parseTomlFile;

} // namespace signage::content
