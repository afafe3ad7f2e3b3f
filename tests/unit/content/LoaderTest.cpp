// SPDX-License-Identifier: GPL-3.0-or-later
// What the loaders build: values, defaults, absolute paths, NFC text, and what is left
// out when something is broken.
#include <gtest/gtest.h>

#include "ContentTest.h"
#include "content/SlideLoader.h"
#include "core/Utf8.h"

namespace signage::content::test {
namespace {

using namespace std::chrono_literals;

TEST_F(ContentTest, LoadsAFullPlaylist) {
    write("media/clip.mp4", "v");
    write("media/announce.mp3", "a");
    write("playlists/main.toml", R"(name = "Chương trình chính"
[defaults]
duration = "12s"
transition = "fade"
transition_duration = "1s"
fit = "cover"
letterbox = "#10203040"
volume = 0.5

[[items]]
id = "intro"
type = "slide"
slide = "intro"
duration = "15s"
transition = "cut"

[[items]]
type = "image"
file = "media/poster.png"
fit = "contain"

[[items]]
type = "video"
file = "media/clip.mp4"
volume = 1

[[items]]
type = "audio"
file = "media/announce.mp3"
background_slide = "intro"

[[items]]
type = "plugin"
plugin = "clock"
[items.options]
city = "Mỹ Tho"
size = 3
scale = 1.5
seconds = true

[[zones]]
id = "ticker"
plugin = "ticker"
rect = [0, 0.9, 1, 0.1]
[zones.options]
speed = 120
)");
    Catalog c = load();
    ASSERT_EQ(lines(diags), std::vector<std::string>{});
    const Playlist* p = c.findPlaylist("main");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->name, "Chương trình chính");
    ASSERT_EQ(p->items.size(), 5u);

    const Item& slide = p->items[0];
    EXPECT_EQ(slide.id, "intro");
    EXPECT_EQ(slide.type, ItemType::Slide);
    EXPECT_EQ(slide.slide, "intro");
    EXPECT_EQ(slide.duration, Millis(15000));
    EXPECT_EQ(slide.transition.kind, Transition::Kind::Cut);
    EXPECT_EQ(slide.transition.duration, Millis(0));
    EXPECT_EQ(slide.pos.line, 10);

    const Item& image = p->items[1];
    EXPECT_EQ(image.id, "item-2"); // no id: its position in the file
    EXPECT_EQ(image.file, dir.path() / "media/poster.png");
    EXPECT_TRUE(image.file.is_absolute());
    EXPECT_EQ(image.duration, Millis(12000)); // from [defaults]
    EXPECT_EQ(image.transition.kind, Transition::Kind::Fade);
    EXPECT_EQ(image.transition.duration, Millis(1000));
    EXPECT_EQ(image.fit, Fit::Contain);
    EXPECT_EQ(image.letterbox, (Color{0x10, 0x20, 0x30, 0x40}));

    const Item& video = p->items[2];
    EXPECT_EQ(video.type, ItemType::Video);
    EXPECT_FALSE(video.duration.has_value()); // plays to its end: [defaults] duration is not for media
    EXPECT_EQ(video.fit, Fit::Cover);
    EXPECT_DOUBLE_EQ(video.volume, 1.0);

    const Item& audio = p->items[3];
    EXPECT_EQ(audio.slide, "intro");
    EXPECT_DOUBLE_EQ(audio.volume, 0.5);

    const Item& plugin = p->items[4];
    EXPECT_EQ(plugin.plugin, "clock");
    EXPECT_EQ(plugin.options, (std::map<std::string, std::string>{{"city", "Mỹ Tho"}, {"size", "3"}, {"scale", "1.5"}, {"seconds", "true"}}));

    ASSERT_EQ(p->zones.size(), 1u);
    EXPECT_EQ(p->zones[0].id, "ticker");
    EXPECT_FLOAT_EQ(p->zones[0].y, 0.9f);
    EXPECT_FLOAT_EQ(p->zones[0].h, 0.1f);
    EXPECT_EQ(p->zones[0].options.at("speed"), "120");
}

TEST_F(ContentTest, FadeWithoutDurationLastsEightHundredMs) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\ntransition = \"fade\"\n");
    Catalog c = load();
    EXPECT_EQ(c.findPlaylist("main")->items.at(0).transition.duration, Millis(800));
    EXPECT_EQ(c.findPlaylist("main")->items.at(0).transition.kind, Transition::Kind::Fade);
}

TEST_F(ContentTest, LoadsSlideAndManifest) {
    write("slides/intro.toml", R"(title = "Không chuyển khoản"
bullets = ["Một", "Hai"]
paragraph = "Đoạn văn"
image = "media/poster.png"
footer = "Gọi 113"
rule = "khong_chuyen_khoan"
[theme]
background = "#000000"
footer_text = "#FFFFFF"
)");
    write("manifest.toml", R"(id = "demo"
name = "Nội dung mẫu"
version = "1.0.0"
created = 2025-08-01T08:00:00+07:00
signer = "UBND phường Hồng An"
default_playlist = "main"
min_player_version = "0.1"
[target]
sites = ["ben-xe-my-tho"]
boxes = ["box-001", "box-002"]
)");
    Catalog c = load();
    ASSERT_EQ(lines(diags), std::vector<std::string>{});
    const Slide* s = c.findSlide("intro");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->title, "Không chuyển khoản");
    EXPECT_EQ(s->bullets, (std::vector<std::string>{"Một", "Hai"}));
    EXPECT_EQ(s->paragraph, "Đoạn văn");
    EXPECT_EQ(s->image, dir.path() / "media/poster.png");
    EXPECT_EQ(s->footer, "Gọi 113");
    EXPECT_EQ(s->rule, "khong_chuyen_khoan");
    EXPECT_EQ(s->theme.background, (Color{0, 0, 0, 255}));
    EXPECT_EQ(s->theme.footerText, (Color{255, 255, 255, 255}));
    EXPECT_EQ(s->theme.accent, Theme{}.accent); // not given: default
    EXPECT_EQ(s->file, dir.path() / "slides/intro.toml");

    EXPECT_EQ(c.manifest.id, "demo");
    EXPECT_EQ(c.manifest.created, "2025-08-01T08:00:00+07:00"); // a TOML date-time is accepted
    EXPECT_EQ(c.manifest.signer, "UBND phường Hồng An");
    EXPECT_EQ(c.manifest.minPlayerVersion, "0.1");
    EXPECT_EQ(c.manifest.targetBoxes, (std::vector<std::string>{"box-001", "box-002"}));
    EXPECT_EQ(c.defaultPlaylist(), c.findPlaylist("main"));
    EXPECT_EQ(c.root, dir.path());
}

TEST_F(ContentTest, NfdTextLoadsAsNfc) {
    const std::string nfc = "Không chuyển khoản";
    const std::string nfd = "Kho\xcc\x82ng chuye\xcc\x82\xcc\x89n khoa\xcc\x89n"; // o + U+0302, e + U+0302 + U+0309, …
    ASSERT_NE(nfd, nfc);
    ASSERT_EQ(core::toNfc(nfd), nfc);
    write("slides/intro.toml", "title = \"" + nfd + "\"\nbullets = [\"" + nfd + "\"]\nfooter = \"" + nfd + "\"\n");
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\n[[items]]\ntype = \"plugin\"\nplugin = \"ticker\"\n"
               "[items.options]\ntext = \"" + nfd + "\"\n");
    Catalog c = load();
    ASSERT_EQ(lines(diags), std::vector<std::string>{});
    const Slide* s = c.findSlide("intro");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->title, nfc);
    EXPECT_EQ(s->bullets.at(0), nfc);
    EXPECT_EQ(s->footer, nfc);
    EXPECT_EQ(c.findPlaylist("main")->items.at(1).options.at("text"), nfc);
}

TEST_F(ContentTest, NfdAndNfcInputLoadTheSameSlide) {
    write("slides/intro.toml", "title = \"Phải cảnh giác\"\n");
    Slide a = *load().findSlide("intro");
    write("slides/intro.toml", "title = \"Pha\xcc\x89i ca\xcc\x89nh gia\xcc\x81\x63\"\n");
    Slide b = *load().findSlide("intro");
    EXPECT_EQ(a.title, b.title);
}

TEST_F(ContentTest, FileNamedInNfdFoundWhenDiskHasNfc) {
    write("media/áp.png", "x"); // NFC on disk
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/a\xcc\x81p.png\"\n"); // NFD in the playlist
    Catalog c = load();
    ASSERT_EQ(lines(diags), std::vector<std::string>{});
    EXPECT_EQ(c.findPlaylist("main")->items.at(0).file, dir.path() / "media/áp.png");
}

TEST_F(ContentTest, BrokenItemsAreLeftOutAndTheRestPlays) {
    writeItems(std::string(kPlaylistItems) +
               "[[items]]\ntype = \"image\"\nfile = \"media/nope.png\"\n"
               "[[items]]\ntype = \"image\"\nfile = \"media/poster.png\"\n");
    Catalog c = load();
    EXPECT_EQ(diags.errorCount(), 1u);
    const auto& items = c.findPlaylist("main")->items;
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].id, "intro");
    EXPECT_EQ(items[1].id, "item-3");
}

TEST_F(ContentTest, BrokenSlideIsLeftOutWithItsItems) {
    write("slides/bad.toml", "title = 1\n");
    write("media/a.mp3", "a");
    writeItems(std::string(kPlaylistItems) + "[[items]]\ntype = \"slide\"\nslide = \"bad\"\n" +
               "[[items]]\ntype = \"audio\"\nfile = \"media/a.mp3\"\nbackground_slide = \"bad\"\n");
    Catalog c = load();
    EXPECT_EQ(lines(diags), one("slides/bad.toml", 1, 9, "title: expected a string, found an integer"));
    EXPECT_EQ(c.findSlide("bad"), nullptr);
    const auto& items = c.findPlaylist("main")->items;
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].slide, "intro");
    EXPECT_EQ(items[1].type, ItemType::Audio); // still plays, without the broken background
    EXPECT_EQ(items[1].slide, "");
}

TEST_F(ContentTest, PlaylistThatIsNotTomlIsLeftOut) {
    write("playlists/other.toml", "[[items]\n");
    Catalog c = load();
    EXPECT_EQ(diags.errorCount(), 1u);
    EXPECT_EQ(c.findPlaylist("other"), nullptr);
    EXPECT_NE(c.findPlaylist("main"), nullptr);
}

TEST_F(ContentTest, DefaultPlaylistFallsBackToFirstById) {
    write("manifest.toml", "id = \"demo\"\nname = \"x\"\nversion = \"1\"\n");
    write("playlists/aaa.toml", std::string(kPlaylistHead) + kPlaylistItems);
    Catalog c = load();
    EXPECT_EQ(c.defaultPlaylist(), c.findPlaylist("aaa"));
}

TEST_F(ContentTest, ExplicitIdsAreNotTakenByGeneratedOnes) {
    writeItems("[[items]]\nid = \"item-2\"\ntype = \"slide\"\nslide = \"intro\"\n[[items]]\ntype = \"slide\"\nslide = \"intro\"\n");
    Catalog c = load();
    const auto& items = c.findPlaylist("main")->items;
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].id, "item-2");
    EXPECT_NE(items[1].id, "item-2");
}

TEST_F(ContentTest, DiagnosticsNameFilesAsTheDirectoryWasGiven) {
    write("slides/intro.toml", "title = 5\n");
    std::filesystem::path relative = std::filesystem::relative(dir.path());
    core::Diagnostics d;
    Catalog c = loadCatalog(relative, d);
    ASSERT_EQ(d.all().size(), 1u);
    EXPECT_EQ(d.all()[0].pos.file, (relative / "slides/intro.toml").string());
    EXPECT_TRUE(c.root.is_absolute());
    EXPECT_TRUE(c.findPlaylist("main")->file.is_absolute());
}

TEST_F(ContentTest, HiddenAndNonTomlFilesAreIgnored) {
    write("slides/.intro.toml.swp", "garbage");
    write("slides/._x.toml", "garbage"); // macOS resource fork
    write("slides/notes.txt", "garbage");
    write("schedule.toml", "not = [toml"); // the scheduler's file
    EXPECT_EQ(problems(), std::vector<std::string>{});
}

TEST_F(ContentTest, LoadSlideFileFindsItsContentDir) {
    write("slides/intro.toml", "title = \"A\"\nimage = \"media/poster.png\"\n");
    core::Diagnostics d;
    auto s = loadSlideFile(dir.path() / "slides/intro.toml", d);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->image, dir.path() / "media/poster.png");
    EXPECT_EQ(s->id, "intro");
}

TEST_F(ContentTest, LoadSlideFileOutsideASlidesFolder) {
    write("loose/card.toml", "title = \"A\"\nimage = \"pic.png\"\n");
    write("loose/pic.png", "x");
    core::Diagnostics d;
    auto s = loadSlideFile(dir.path() / "loose/card.toml", d);
    ASSERT_TRUE(s.has_value()) << (d.all().empty() ? "" : d.all()[0].format());
    EXPECT_EQ(s->image, dir.path() / "loose/pic.png");
}

} // namespace
} // namespace signage::content::test
