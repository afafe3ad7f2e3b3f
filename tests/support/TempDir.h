// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fresh directory under the system temp dir, removed with everything in it at scope end.
#include <filesystem>
#include <string>

namespace signage::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return _path; }
    /// Writes `text` to path()/relative (creating parent folders); returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& text) const;

private:
    std::filesystem::path _path;
};

/// Points TMPDIR at `dir` (created) until scope end; children started meanwhile inherit it.
/// For tests that SIGKILL a child: a temp file SQLite had open in that instant (etilqs_*,
/// e.g. a statement journal spilled during a merge) outlives the process, and it must go
/// with the test's own folder instead of staying in the shared TMPDIR of all tests.
class ScopedTmpdir {
public:
    explicit ScopedTmpdir(const std::filesystem::path& dir);
    ~ScopedTmpdir();
    ScopedTmpdir(const ScopedTmpdir&) = delete;
    ScopedTmpdir& operator=(const ScopedTmpdir&) = delete;

private:
    bool _had = false;
    std::string _before;
};

} // namespace signage::test
