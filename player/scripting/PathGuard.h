// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps a plugin's file access inside its own folder.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace signage::scripting {

/// Resolves `relative` (a path a plugin gave, "/"-separated) inside `root`. Refuses empty,
/// absolute and ".." paths and NUL bytes; follows symlinks and refuses a result outside
/// `root`. Returns the resolved path, or nullopt with *error set (a person reads it).
std::optional<std::filesystem::path> resolveInside(const std::filesystem::path& root, std::string_view relative,
                                                   std::string* error);

} // namespace signage::scripting
