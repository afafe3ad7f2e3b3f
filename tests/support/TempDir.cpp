// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TempDir.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace signage::test {

TempDir::TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "signage-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    _path = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(_path, ec);
}

std::filesystem::path TempDir::write(const std::string& relative, const std::string& text) const {
    auto p = _path / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

ScopedTmpdir::ScopedTmpdir(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    if (const char* before = std::getenv("TMPDIR")) {
        _had = true;
        _before = before;
    }
    ::setenv("TMPDIR", dir.c_str(), 1);
}

ScopedTmpdir::~ScopedTmpdir() {
    if (_had) ::setenv("TMPDIR", _before.c_str(), 1);
    else ::unsetenv("TMPDIR");
}

} // namespace signage::test
