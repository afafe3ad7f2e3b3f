// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the player's play log (SQLite) in integration tests, so they assert on what was
// recorded (plays, events) rather than on log wording.
#include <filesystem>
#include <string>
#include <vector>

namespace signage::test {

/// The first column of every row `sql` returns from the SQLite file (read-only).
std::vector<std::string> queryColumn(const std::filesystem::path& dbFile, const std::string& sql);

/// The play log a `signage play --data-dir DIR` wrote.
inline std::filesystem::path playLogIn(const std::filesystem::path& dataDir) { return dataDir / "playlog.sqlite"; }

} // namespace signage::test
