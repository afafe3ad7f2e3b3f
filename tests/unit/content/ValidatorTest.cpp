// SPDX-License-Identifier: GPL-3.0-or-later
// validatePaths: directories, single files in their directory's context, loose files,
// and the extra checks other modules register.
#include <gtest/gtest.h>

#include <stdexcept>

#include "ContentTest.h"
#include "content/ExtraChecks.h"
#include "content/Validator.h"

namespace signage::content::test {
namespace {

namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

class ValidatorTest : public ContentTest {
protected:
    void TearDown() override {
        clearExtraChecks();
        ContentTest::TearDown();
    }
    Lines run(const std::vector<fs::path>& paths) {
        report = validatePaths(paths);
        return lines(report.diagnostics);
    }
    ValidationReport report;
};

TEST_F(ValidatorTest, CleanDirectory) {
    EXPECT_EQ(run({dir.path()}), Lines{});
    EXPECT_EQ(report.filesChecked, 3u);
}

TEST_F(ValidatorTest, SingleFileReportsOnlyItsOwnProblemsNamedAsTyped) {
    write("slides/intro.toml", "title = 5\n");
    write("slides/other.toml", "title = 6\n");
    fs::path typed = dir.path() / "slides/../slides/intro.toml";
    EXPECT_EQ(run({typed}), Lines{typed.string() + ":1:9: title: expected a string, found an integer"});
    EXPECT_EQ(report.filesChecked, 1u);
}

TEST_F(ValidatorTest, SingleFileSeesItsDirectory) {
    // The playlist's slide reference resolves against the content dir it sits in.
    EXPECT_EQ(run({dir.path() / "playlists/main.toml"}), Lines{});
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"farewell\"\n");
    EXPECT_EQ(run({dir.path() / "playlists/main.toml"}),
              one("playlists/main.toml", 7, 9, "slide: unknown slide \"farewell\" (no file slides/farewell.toml)"));
}

TEST_F(ValidatorTest, SingleFileOfADirectoryWithoutManifest) {
    fs::remove(dir.path() / "manifest.toml");
    EXPECT_EQ(run({dir.path() / "slides/intro.toml"}), Lines{}); // the missing manifest is not this file's problem
    EXPECT_EQ(run({dir.path()}).size(), 1u);
}

TEST_F(ValidatorTest, LooseFileIsGuessedFromItsKeys) {
    write("elsewhere/card.toml", "title = \"A\"\nfoooter = \"x\"\n");
    EXPECT_EQ(run({dir.path() / "elsewhere/card.toml"}),
              one("elsewhere/card.toml", 2, 1, "unknown key \"foooter\" (did you mean \"footer\"?)"));
    write("elsewhere/list.toml", "[[items]]\ntype = \"slide\"\nslide = \"intro\"\nduration = \"5s\"\n");
    EXPECT_EQ(run({dir.path() / "elsewhere/list.toml"}),
              one("elsewhere/list.toml", 3, 9, "slide: unknown slide \"intro\" (no file slides/intro.toml)"));
}

TEST_F(ValidatorTest, UnknownKindOfFile) {
    write("elsewhere/what.toml", "colour = 1\n");
    EXPECT_EQ(run({dir.path() / "elsewhere/what.toml"}),
              Lines{(dir.path() / "elsewhere/what.toml").string() +
                    ": cannot tell what kind of file this is (expected manifest.toml, playlists/*.toml or slides/*.toml)"});
    EXPECT_EQ(run({dir.path() / "media/poster.png"}).size(), 1u);
}

TEST_F(ValidatorTest, MissingPath) {
    EXPECT_EQ(run({dir.path() / "nope"}), Lines{(dir.path() / "nope").string() + ": no such file or directory"});
}

TEST_F(ValidatorTest, SeveralPathsAddUp) {
    write("slides/intro.toml", "title = 5\n");
    run({dir.path(), dir.path() / "slides/intro.toml"});
    EXPECT_EQ(report.diagnostics.errorCount(), 2u);
    EXPECT_EQ(report.filesChecked, 4u);
}

TEST_F(ValidatorTest, ExtraChecksRunAfterLoading) {
    size_t slidesSeen = 0;
    registerExtraCheck("text-fit", [&](const Catalog& c, core::Diagnostics& d) {
        slidesSeen = c.slides.size();
        for (const auto& [id, s] : c.slides) d.warning({s.pos.file, 1, 9}, "title too long");
    });
    EXPECT_EQ(run({dir.path()}), one("slides/intro.toml", 1, 9, "warning: title too long"));
    EXPECT_EQ(slidesSeen, 1u);
    EXPECT_FALSE(report.diagnostics.hasErrors());
}

TEST_F(ValidatorTest, ExtraCheckResultsAreFilteredToTheNamedFile) {
    write("schedule.toml", "x = 1\n");
    registerExtraCheck("schedule", [](const Catalog& c, core::Diagnostics& d) {
        d.error({(c.displayRoot / "schedule.toml").string(), 1, 1}, "bad schedule");
    });
    EXPECT_EQ(run({dir.path() / "slides/intro.toml"}), Lines{});
    fs::path typed = dir.path() / "schedule.toml";
    EXPECT_EQ(run({typed}), Lines{typed.string() + ":1:1: bad schedule"});
}

TEST_F(ValidatorTest, ThrowingExtraCheckIsReported) {
    registerExtraCheck("boom", [](const Catalog&, core::Diagnostics&) { throw std::runtime_error("font missing"); });
    EXPECT_EQ(run({dir.path()}), Lines{dir.path().string() + ": check boom failed: font missing"});
}

TEST_F(ValidatorTest, ClearExtraChecks) {
    int calls = 0;
    registerExtraCheck("count", [&](const Catalog&, core::Diagnostics&) { ++calls; });
    run({dir.path()});
    clearExtraChecks();
    run({dir.path()});
    EXPECT_EQ(calls, 1);
}

} // namespace
} // namespace signage::content::test
