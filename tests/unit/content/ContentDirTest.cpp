// SPDX-License-Identifier: GPL-3.0-or-later
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

// Issue 18: a symbolic link inside media/ that leads out of the content directory was
// followed (lexical check only); the target was opened and played.
TEST(ContentDir, RefusesSymlinksLeadingOutside) {
    test::TempDir tmp;
    tmp.write("inner/media/a.png", "x");
    tmp.write("outside.png", "x");
    fs::create_symlink(tmp.path() / "outside.png", tmp.path() / "inner/media/evil.png");
    fs::create_symlink("../../outside.png", tmp.path() / "inner/media/evil-rel.png");
    fs::create_symlink("a.png", tmp.path() / "inner/media/alias.png");
    fs::create_directories(tmp.path() / "elsewhere");
    tmp.write("elsewhere/b.png", "x");
    fs::create_symlink(tmp.path() / "elsewhere", tmp.path() / "inner/linked");
    ContentDir dir(tmp.path() / "inner");
    EXPECT_EQ(dir.resolveFile("media/evil.png").problem, ContentDir::Problem::LinkOutside);
    EXPECT_EQ(dir.resolveFile("media/evil-rel.png").problem, ContentDir::Problem::LinkOutside);
    EXPECT_EQ(dir.resolveFile("linked/b.png").problem, ContentDir::Problem::LinkOutside);
    // A link that stays inside is fine.
    EXPECT_EQ(dir.resolveFile("media/alias.png").problem, ContentDir::Problem::None);
}

TEST(ContentDir, RefusesSymlinkedContentRootOnlyWhenItLeaves) {
    // The content directory itself may be reached through a link (/var/lib -> /data).
    test::TempDir tmp;
    tmp.write("real/media/a.png", "x");
    fs::create_symlink(tmp.path() / "real", tmp.path() / "via");
    ContentDir dir(tmp.path() / "via");
    EXPECT_EQ(dir.resolveFile("media/a.png").problem, ContentDir::Problem::None);
}

// Issue 18: "media/a.png\0.mp4" reached the OS as "media/a.png" (another file opened).
TEST(ContentDir, RefusesControlCharacters) {
    test::TempDir tmp;
    tmp.write("media/a.png", "x");
    ContentDir dir(tmp.path());
    EXPECT_EQ(dir.resolveFile(std::string("media/a.png\0.mp4", 16)).problem, ContentDir::Problem::ControlChar);
    EXPECT_EQ(dir.resolveFile("media/a.png\n").problem, ContentDir::Problem::ControlChar);
    EXPECT_EQ(dir.resolveFile("media/\x1b[2Ja.png").problem, ContentDir::Problem::ControlChar);
    EXPECT_EQ(dir.resolveFile("media/a\x7f.png").problem, ContentDir::Problem::ControlChar);
    EXPECT_EQ(dir.resolveFile("media/a\xc2\x85.png").problem, ContentDir::Problem::ControlChar); // U+0085 NEL
    EXPECT_FALSE(dir.hasId("slides", std::string("a\0b", 3)));
}

// Issue 18: URLs and percent-encoded traversal were reported as "does not exist".
TEST(ContentDir, NamesUrlsAndEncodedTraversal) {
    test::TempDir tmp;
    tmp.write("media/a.png", "x");
    ContentDir dir(tmp.path());
    EXPECT_EQ(dir.resolveFile("http://example.com/a.mp4").problem, ContentDir::Problem::Url);
    EXPECT_EQ(dir.resolveFile("HTTPS://example.com/a.mp4").problem, ContentDir::Problem::Url);
    EXPECT_EQ(dir.resolveFile("file:///etc/passwd").problem, ContentDir::Problem::Url);
    EXPECT_EQ(dir.resolveFile("%2e%2e/%2e%2e/etc/passwd").problem, ContentDir::Problem::EncodedPath);
    EXPECT_EQ(dir.resolveFile("media/%2E%2E%2Fa.png").problem, ContentDir::Problem::EncodedPath);
    EXPECT_EQ(dir.resolveFile("media%2fa.png").problem, ContentDir::Problem::EncodedPath);
    // A plain name with a percent sign is only a name.
    tmp.write("media/50%.png", "x");
    EXPECT_EQ(dir.resolveFile("media/50%.png").problem, ContentDir::Problem::None);
    // "C:" is not a URL scheme worth naming; it is simply missing.
    EXPECT_EQ(dir.resolveFile("media/b.png").problem, ContentDir::Problem::Missing);
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
