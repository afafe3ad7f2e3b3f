// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small valid content directory in a temp dir that each test breaks in one place,
// plus helpers to load it and to spell the exact diagnostics expected.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "content/CatalogLoader.h"
#include "core/Lang.h"
#include "support/TempDir.h"

namespace signage::content::test {

inline constexpr const char* kManifest = R"(id = "demo"
name = "Nội dung mẫu"
version = "1.0.0"
default_playlist = "main"
)";

// Four lines, so the first line of items written after it is line 5.
inline constexpr const char* kPlaylistHead = R"(name = "Chương trình chính"
[defaults]
duration = "12s"

)";
inline constexpr const char* kPlaylistItems = R"([[items]]
id = "intro"
type = "slide"
slide = "intro"
)";

inline constexpr const char* kSlide = R"(title = "Không chuyển khoản"
footer = "Gọi 113"
)";

class ContentTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        dir.write("manifest.toml", kManifest);
        dir.write("playlists/main.toml", std::string(kPlaylistHead) + kPlaylistItems);
        dir.write("slides/intro.toml", kSlide);
        dir.write("media/poster.png", "not really a png");
    }
    void TearDown() override { core::setLang(core::Lang::Vi); }

    /// Writes a file of the content dir (relative path).
    void write(const std::string& relative, const std::string& text) { dir.write(relative, text); }
    /// Replaces the playlist's items with `items` (keeps name and [defaults]: items start on line 5).
    void writeItems(const std::string& items) { write("playlists/main.toml", std::string(kPlaylistHead) + items); }

    Catalog load() {
        diags = core::Diagnostics{};
        return loadCatalog(dir.path(), diags);
    }
    /// Loads and returns every diagnostic, formatted.
    std::vector<std::string> problems() {
        load();
        return lines(diags);
    }
    static std::vector<std::string> lines(const core::Diagnostics& d) {
        std::vector<std::string> out;
        for (const auto& x : d.all()) out.push_back(x.format());
        return out;
    }
    /// "<dir>/<relative>:<line>:<col>: <message>"
    std::string at(const std::string& relative, int line, int col, const std::string& message) const {
        return (dir.path() / relative).string() + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
    }
    std::vector<std::string> one(const std::string& relative, int line, int col, const std::string& message) const {
        return {at(relative, line, col, message)};
    }

    signage::test::TempDir dir;
    core::Diagnostics diags;
};

} // namespace signage::content::test
