// SPDX-License-Identifier: GPL-3.0-or-later
// Every folder of tests/data/broken/ loads with exactly the diagnostics its expected.txt
// lists (the integration test checks the same through the real binary).
#include <gtest/gtest.h>

#include <fstream>

#include "content/CatalogLoader.h"
#include "core/Lang.h"

namespace signage::content {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> readLines(const fs::path& file) {
    std::vector<std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

TEST(BrokenFixtures, EachFolderHasExactlyItsExpectedProblems) {
    core::setLang(core::Lang::En);
    const fs::path root = fs::path(SIGNAGE_TEST_DATA_DIR) / "broken";
    size_t folders = 0;
    for (const auto& entry : fs::directory_iterator(root)) {
        if (!entry.is_directory()) continue;
        ++folders;
        SCOPED_TRACE(entry.path().filename().string());
        core::Diagnostics d;
        loadCatalog(entry.path(), d);
        std::vector<std::string> got;
        const std::string prefix = entry.path().string() + "/";
        for (const auto& x : d.all()) {
            std::string line = x.format();
            EXPECT_EQ(line.rfind(prefix, 0), 0u) << line;
            got.push_back(line.substr(line.rfind(prefix, 0) == 0 ? prefix.size() : 0));
        }
        EXPECT_EQ(got, readLines(entry.path() / "expected.txt"));
        if (entry.path().filename() != "clean") {
            EXPECT_FALSE(got.empty());
        }
    }
    EXPECT_GE(folders, 15u);
    core::setLang(core::Lang::Vi);
}

} // namespace
} // namespace signage::content
