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

} // namespace signage::test
