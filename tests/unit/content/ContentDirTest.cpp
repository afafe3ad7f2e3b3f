#include <gtest/gtest.h>

#include "content/ContentDir.h"
#include "content/ContentLayout.h"
#include "support/TempDir.h"

namespace signage::content {
namespace {

namespace fs = std::filesystem;

TEST(ContentDir, ResolvesFilesInside) {
    test::TempDir tmp;
    tmp.write("media/a.png", "x");
    ContentDir dir(tmp.path());
    auto r = dir.resolveFile("media/a.png");
    EXPECT_EQ(r.problem, ContentDir::Problem::None);
    EXPECT_EQ(r.absolute, tmp.path() / "media/a.png");
    EXPECT_EQ(dir.resolveFile("./media/../media/a.png").problem, ContentDir::Problem::None);
    EXPECT_EQ(dir.resolveFile("media/b.png").problem, ContentDir::Problem::Missing);
    EXPECT_EQ(dir.resolveFile("media").problem, ContentDir::Problem::NotAFile);
}

TEST(ContentDir, RefusesPathsLeavingTheDirectory) {
    test::TempDir tmp;
    tmp.write("inner/media/a.png", "x");
    tmp.write("secret.txt", "x");
    ContentDir dir(tmp.path() / "inner");
    EXPECT_EQ(dir.resolveFile("../secret.txt").problem, ContentDir::Problem::Outside);
    EXPECT_EQ(dir.resolveFile("media/../../secret.txt").problem, ContentDir::Problem::Outside);
    EXPECT_EQ(dir.resolveFile((tmp.path() / "secret.txt").string()).problem, ContentDir::Problem::Outside);
    EXPECT_EQ(dir.resolveFile("").problem, ContentDir::Problem::Outside);
    EXPECT_EQ(dir.resolveFile(".").problem, ContentDir::Problem::Outside);
}

TEST(ContentDir, DisplayFollowsHowTheDirectoryWasTyped) {
    ContentDir rel("demo/");
    EXPECT_EQ(rel.display(rel.root() / "slides/a.toml"), "demo/slides/a.toml");
    ContentDir dot(".");
    EXPECT_EQ(dot.display(dot.root() / "slides/a.toml"), "slides/a.toml");
    EXPECT_TRUE(rel.root().is_absolute());
    EXPECT_EQ(rel.root().filename(), "demo");
}

TEST(ContentDir, IdsListsTomlStems) {
    test::TempDir tmp;
    tmp.write("slides/b.toml", "");
    tmp.write("slides/a.toml", "");
    tmp.write("slides/.hidden.toml", "");
    tmp.write("slides/readme.md", "");
    ContentDir dir(tmp.path());
    EXPECT_EQ(dir.ids("slides"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(dir.ids("nope"), std::vector<std::string>{});
    EXPECT_TRUE(dir.hasId("slides", "a"));
    EXPECT_FALSE(dir.hasId("slides", "c"));
    EXPECT_FALSE(dir.hasId("slides", "../slides/a"));
}

TEST(ContentLayout, ClassifiesByNameAndFolder) {
    auto slide = locateContentFile("demo/slides/intro.toml");
    EXPECT_EQ(slide.kind, FileKind::Slide);
    EXPECT_EQ(slide.contentDir, "demo");
    EXPECT_TRUE(slide.absolute.is_absolute());
    auto playlist = locateContentFile("playlists/main.toml");
    EXPECT_EQ(playlist.kind, FileKind::Playlist);
    EXPECT_EQ(playlist.contentDir, ".");
    auto manifest = locateContentFile("manifest.toml");
    EXPECT_EQ(manifest.kind, FileKind::Manifest);
    EXPECT_EQ(manifest.contentDir, ".");
    EXPECT_EQ(locateContentFile("x/schedule.toml").kind, FileKind::Schedule);
    auto loose = locateContentFile("intro.toml");
    EXPECT_EQ(loose.kind, FileKind::Unknown);
    EXPECT_EQ(loose.contentDir, ".");
    // Typed absolute: stays absolute.
    auto inside = locateContentFile(fs::current_path() / "slides/x.toml");
    EXPECT_EQ(inside.contentDir, fs::current_path());
}

} // namespace
} // namespace signage::content
