// SPDX-License-Identifier: GPL-3.0-or-later
// One test per validation message: the exact "file:line:col: message" text (English;
// a few in Vietnamese at the end). Columns count code points, as editors do.
#include <gtest/gtest.h>

#include <fstream>

#include "ContentTest.h"
#include "content/ManifestLoader.h"
#include "content/TomlFile.h"

namespace signage::content::test {
namespace {

using Lines = std::vector<std::string>;
const char* kSlideFile = "slides/intro.toml";
const char* kPlaylistFile = "playlists/main.toml";

TEST_F(ContentTest, CleanDirectoryHasNoProblems) { EXPECT_EQ(problems(), Lines{}); }

// --- TOML syntax -----------------------------------------------------------------------

TEST_F(ContentTest, SyntaxErrorAtItsColumn) {
    write(kSlideFile, "title = \"Không\"\nfooter = \"Gọi 113\" x = 1\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 20, "TOML syntax error: Error while parsing key-value pair: "
                                                 "expected a comment or whitespace, saw 'x'"));
}

TEST_F(ContentTest, SyntaxErrorDuplicateKey) {
    write(kSlideFile, "title = \"A\"\ntitle = \"B\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 9, "TOML syntax error: Error while parsing key-value pair: "
                                                "cannot redefine existing string 'title'"));
}

TEST_F(ContentTest, InvalidUtf8IsASyntaxError) {
    write(kSlideFile, "title = \"Kh\xff\"\n");
    // toml++ points at the last good character before the bad byte.
    EXPECT_EQ(problems(), one(kSlideFile, 1, 11, "TOML syntax error: Encountered invalid utf-8 sequence"));
}

TEST_F(ContentTest, FileTooLarge) {
    write(kSlideFile, "title = \"x\"\n" + std::string(kMaxTomlBytes, '#'));
    EXPECT_EQ(problems(), Lines{(dir.path() / kSlideFile).string() + ": file too large (at most 4096 KiB)"});
}

// --- unknown keys ----------------------------------------------------------------------

TEST_F(ContentTest, UnknownKeySuggestsTheClosest) {
    write(kSlideFile, "title = \"A\"\nfoooter = \"Gọi 113\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 1, "unknown key \"foooter\" (did you mean \"footer\"?)"));
}

TEST_F(ContentTest, UnknownKeyWithoutSuggestionListsAllowedKeys) {
    write(kSlideFile, "title = \"A\"\nspeaker = \"loa\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 1,
                              "unknown key \"speaker\" (allowed keys: title, bullets, paragraph, image, footer, rule, theme)"));
}

TEST_F(ContentTest, UnknownKeyInSubTableNamesTheTable) {
    write(kSlideFile, "title = \"A\"\n[theme]\n  backgound = \"#000000\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 3, 3, "unknown key \"backgound\" in [theme] (did you mean \"background\"?)"));
}

TEST_F(ContentTest, UnknownKeyInItem) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\ndurration = \"3s\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 1, "unknown key \"durration\" (did you mean \"duration\"?)"));
}

TEST_F(ContentTest, KeyOfAnotherItemType) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\nfile = \"media/poster.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 1, "key \"file\" does not apply to items of type \"slide\""));
}

TEST_F(ContentTest, UnknownManifestKey) {
    write("manifest.toml", std::string(kManifest) + "singer = \"UBND\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 5, 1, "unknown key \"singer\" (did you mean \"signer\"?)"));
}

// --- wrong types -----------------------------------------------------------------------

TEST_F(ContentTest, WrongTypeStringExpected) {
    write(kSlideFile, "title = 5\n");
    EXPECT_EQ(problems(), one(kSlideFile, 1, 9, "title: expected a string, found an integer"));
}

TEST_F(ContentTest, WrongTypeNumberExpected) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/poster.png\"\nvolume = \"loud\"\n");
    EXPECT_EQ(problems(), Lines{at(kPlaylistFile, 8, 1, "key \"volume\" does not apply to items of type \"image\"")});
    writeItems("[[items]]\ntype = \"video\"\nfile = \"media/poster.png\"\nvolume = \"loud\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 10, "volume: expected a number, found a string"));
}

TEST_F(ContentTest, WrongTypeOfArrayElement) {
    write(kSlideFile, "title = \"A\"\nbullets = [\"a\", 2]\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 17, "bullets[2]: expected a string, found an integer"));
}

TEST_F(ContentTest, WrongTypeTableExpected) {
    write(kSlideFile, "title = \"A\"\ntheme = \"dark\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 9, "theme: expected a table, found a string"));
}

TEST_F(ContentTest, WrongTypeItemsNotTables) {
    write(kPlaylistFile, "items = [1]\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 1, 10, "items[1]: expected a table, found an integer"));
}

TEST_F(ContentTest, WrongTypeDateTime) {
    write(kSlideFile, "title = 2025-08-01T08:00:00+07:00\n");
    EXPECT_EQ(problems(), one(kSlideFile, 1, 9, "title: expected a string, found a date-time"));
}

// --- missing and empty -----------------------------------------------------------------

TEST_F(ContentTest, MissingRequiredKeyAtTopOfFile) {
    write(kSlideFile, "footer = \"Gọi 113\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 1, 1, "missing required key \"title\""));
}

TEST_F(ContentTest, MissingRequiredKeyAtItemHeader) {
    writeItems("[[items]]\nid = \"a\"\nslide = \"intro\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 5, 1, "missing required key \"type\""));
}

TEST_F(ContentTest, MissingFileOfImageItem) {
    writeItems("[[items]]\ntype = \"image\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 5, 1, "missing required key \"file\""));
}

TEST_F(ContentTest, MissingDurationWithoutDefaults) {
    write(kPlaylistFile, "[[items]]\ntype = \"slide\"\nslide = \"intro\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 1, 1, "missing required key \"duration\""));
}

TEST_F(ContentTest, MissingManifestKeys) {
    write("manifest.toml", "id = \"demo\"\n");
    EXPECT_EQ(problems(), (Lines{at("manifest.toml", 1, 1, "missing required key \"name\""),
                                 at("manifest.toml", 1, 1, "missing required key \"version\"")}));
}

TEST_F(ContentTest, MissingZoneRect) {
    write(kPlaylistFile, std::string(kPlaylistHead) + kPlaylistItems + "[[zones]]\nid = \"ticker\"\nplugin = \"ticker\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 9, 1, "missing required key \"rect\""));
}

TEST_F(ContentTest, EmptyRequiredString) {
    write(kSlideFile, "title = \"\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 1, 9, "title: must not be empty"));
}

// --- files -----------------------------------------------------------------------------

TEST_F(ContentTest, MediaFileDoesNotExist) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/nope.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8, "file: \"media/nope.png\" does not exist"));
}

TEST_F(ContentTest, SlideImageDoesNotExist) {
    write(kSlideFile, "title = \"A\"\nimage = \"media/icon.png\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 9, "image: \"media/icon.png\" does not exist"));
}

TEST_F(ContentTest, PathClimbingOutIsRefused) {
    // It exists, but outside the content dir (in a temp dir of its own: issue 18 found the
    // old test leaving /tmp/outside.png behind).
    signage::test::TempDir other;
    other.write("outside.png", "x");
    const std::string climb = "media/../../" + other.path().filename().string() + "/outside.png";
    writeItems("[[items]]\ntype = \"image\"\nfile = \"" + climb + "\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"" + climb + "\" is outside the content directory (use a relative path inside it)"));
}

// Issue 18: the loader (and so validate) followed a link out of the content directory.
TEST_F(ContentTest, SymlinkLeavingTheDirectoryIsRefused) {
    signage::test::TempDir other;
    auto target = other.write("secret.png", "x");
    std::filesystem::create_symlink(target, dir.path() / "media/evil.png");
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/evil.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/evil.png\" is a symbolic link that leads outside the content directory"));
    EXPECT_TRUE(load().playlists.at("main").items.empty());
}

TEST_F(ContentTest, SymlinkLeavingTheDirectoryInVietnamese) {
    core::setLang(core::Lang::Vi);
    signage::test::TempDir other;
    std::filesystem::create_symlink(other.write("b.png", "x"), dir.path() / "media/b.png");
    write(kSlideFile, "title = \"A\"\nimage = \"media/b.png\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 9,
                              "image: \"media/b.png\" là liên kết tượng trưng trỏ ra ngoài thư mục nội dung"));
}

// Issue 18: "\u0000" cut the path at the NUL: media/poster.png was opened instead.
TEST_F(ContentTest, ControlCharacterInPathIsRefused) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/poster.png\\u0000.mp4\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/poster.png\\x00.mp4\" contains a control character (\\x00), "
                              "which a file name must not have"));
    EXPECT_TRUE(load().playlists.at("main").items.empty());
    // A tab is legal inside a TOML string, not inside a file name.
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/poster.png\t\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/poster.png\\x09\" contains a control character (\\x09), "
                              "which a file name must not have"));
}

TEST_F(ContentTest, ControlCharacterInPathInVietnamese) {
    core::setLang(core::Lang::Vi);
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/poster.png\\u001b.mp4\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/poster.png\\x1b.mp4\" chứa ký tự điều khiển (\\x1b), "
                              "tên tệp không được có ký tự này"));
}

// Issue 18: a URL was reported as "does not exist".
TEST_F(ContentTest, UrlIsNamedAsAUrl) {
    writeItems("[[items]]\ntype = \"video\"\nfile = \"http://example.com/a.mp4\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"http://example.com/a.mp4\" is a web address (URL); the player plays only files "
                              "inside the content directory (download it into media/)"));
    core::setLang(core::Lang::Vi);
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"http://example.com/a.mp4\" là địa chỉ web (URL); máy chỉ phát tệp nằm trong "
                              "thư mục nội dung (hãy tải tệp về thư mục media/)"));
}

// Issue 18: encoded traversal was reported as "does not exist".
TEST_F(ContentTest, PercentEncodedTraversalIsNamed) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/%2e%2e/%2e%2e/secret.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/%2e%2e/%2e%2e/secret.png\" is percent-encoded (%2e is \".\", %2f is \"/\"); "
                              "write the path plainly, inside the content directory"));
    core::setLang(core::Lang::Vi);
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"media/%2e%2e/%2e%2e/secret.png\" được mã hóa phần trăm (%2e là \".\", %2f là \"/\"); "
                              "hãy viết đường dẫn bình thường, bên trong thư mục nội dung"));
}

TEST_F(ContentTest, AbsolutePathIsRefused) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"/etc/hostname\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8,
                              "file: \"/etc/hostname\" is outside the content directory (use a relative path inside it)"));
}

TEST_F(ContentTest, DirectoryIsNotAFile) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8, "file: \"media\" is not a file"));
}

TEST_F(ContentTest, MissingManifestFile) {
    std::filesystem::remove(dir.path() / "manifest.toml");
    EXPECT_EQ(problems(), Lines{(dir.path() / "manifest.toml").string() +
                                ": file missing (every content directory needs a manifest.toml)"});
}

TEST_F(ContentTest, NoPlaylists) {
    std::filesystem::remove_all(dir.path() / "playlists");
    write("manifest.toml", "id = \"demo\"\nname = \"x\"\nversion = \"1\"\n");
    EXPECT_EQ(problems(), Lines{(dir.path() / "playlists").string() + ": no playlists (need at least one playlists/*.toml)"});
}

TEST_F(ContentTest, MissingContentDirectory) {
    diags = {};
    loadCatalog(dir.path() / "nope", diags);
    EXPECT_EQ(lines(diags), Lines{(dir.path() / "nope").string() + ": no such file or directory"});
}

// --- values ----------------------------------------------------------------------------

TEST_F(ContentTest, BadDuration) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\nduration = \"15x\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 12, "duration: \"15x\" is not a valid duration: unknown unit \"x\" (use h, m, s or ms)"));
}

TEST_F(ContentTest, ZeroDuration) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\nduration = \"0s\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 12, "duration: \"0s\" must be longer than zero"));
}

TEST_F(ContentTest, BadDefaultDurationIsReportedOnce) {
    const std::string item = "[[items]]\ntype = \"slide\"\nslide = \"intro\"\n";
    write(kPlaylistFile, "[defaults]\nduration = \"abc\"\n\n" + item + item);
    EXPECT_EQ(problems(), one(kPlaylistFile, 2, 12,
                              "defaults.duration: \"abc\" is not a valid duration: expected a number at \"abc\" "
                              "(write e.g. \"15s\", \"2m\", \"1h30m\")"));
}

TEST_F(ContentTest, BadColour) {
    write(kSlideFile, "title = \"A\"\n[theme]\nbackground = \"#12345\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 3, 14, "theme.background: \"#12345\" is not a valid colour (write \"#rrggbb\", e.g. \"#0b2e59\")"));
}

TEST_F(ContentTest, ThemeColourTakesNoAlpha) {
    write(kSlideFile, "title = \"A\"\n[theme]\ntitle = \"#ffffff80\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 3, 9, "theme.title: \"#ffffff80\" is not a valid colour (write \"#rrggbb\", e.g. \"#0b2e59\")"));
}

TEST_F(ContentTest, BadLetterboxColourMentionsAlpha) {
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/poster.png\"\nletterbox = \"black\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 13,
                              "letterbox: \"black\" is not a valid colour (write \"#rrggbb\" or \"#rrggbbaa\", e.g. \"#0b2e59\")"));
}

TEST_F(ContentTest, BadEnumWithSuggestion) {
    writeItems("[[items]]\ntype = \"slid\"\nslide = \"intro\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 6, 8,
                              "type: \"slid\" is not valid (expected one of: image, video, audio, slide, plugin); did you mean \"slide\"?"));
}

TEST_F(ContentTest, BadEnumListsValidValues) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intro\"\ntransition = \"wipe\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 14, "transition: \"wipe\" is not valid (expected one of: cut, fade)"));
}

TEST_F(ContentTest, BadFitInDefaults) {
    write(kPlaylistFile, "[defaults]\nduration = \"5s\"\nfit = \"fill\"\n\n" + std::string(kPlaylistItems));
    EXPECT_EQ(problems(), one(kPlaylistFile, 3, 7, "defaults.fit: \"fill\" is not valid (expected one of: contain, cover)"));
}

TEST_F(ContentTest, BadRuleId) {
    write(kSlideFile, "title = \"A\"\nrule = \"khong_chuyen_khoang\"\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 8,
                              "rule: \"khong_chuyen_khoang\" is not valid (expected one of: khong_thuc_hien, khong_tham_lam, "
                              "khong_ket_ban, khong_chuyen_khoan, khong_dau_tu, phai_canh_giac, phai_to_giac); "
                              "did you mean \"khong_chuyen_khoan\"?"));
}

TEST_F(ContentTest, VolumeOutOfRange) {
    writeItems("[[items]]\ntype = \"video\"\nfile = \"media/poster.png\"\nvolume = 1.5\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 10, "volume: 1.5 is out of range 0..1"));
}

TEST_F(ContentTest, BadPluginName) {
    writeItems("[[items]]\ntype = \"plugin\"\nplugin = \"../clock\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 10, "plugin: \"../clock\" is not a valid plugin name (use only a-z, 0-9, _ and -)"));
}

TEST_F(ContentTest, PluginOptionMustBeScalar) {
    writeItems("[[items]]\ntype = \"plugin\"\nplugin = \"clock\"\n[items.options]\ncity = [\"Mỹ Tho\"]\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 9, 8, "options.city: expected a string, number or boolean, found an array"));
}

TEST_F(ContentTest, BadZoneRect) {
    write(kPlaylistFile, std::string(kPlaylistHead) + kPlaylistItems +
                             "[[zones]]\nid = \"t\"\nplugin = \"ticker\"\nrect = [0.0, 0.9, 1.0]\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 12, 8, "rect: expected 4 numbers [x, y, w, h] between 0 and 1"));
}

TEST_F(ContentTest, ZoneLeavingTheScreen) {
    write(kPlaylistFile, std::string(kPlaylistHead) + kPlaylistItems +
                             "[[zones]]\nid = \"t\"\nplugin = \"ticker\"\nrect = [0.0, 0.9, 1.0, 0.2]\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 12, 8,
                              "rect: the zone leaves the screen (x + w and y + h at most 1, w and h above 0)"));
}

TEST_F(ContentTest, BackgroundSlideAndImageConflict) {
    write("media/a.mp3", "x");
    writeItems("[[items]]\ntype = \"audio\"\nfile = \"media/a.mp3\"\nbackground_slide = \"intro\"\nbackground_image = \"media/poster.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 9, 1, "use only one of \"background_slide\" and \"background_image\""));
}

// --- ids and references ----------------------------------------------------------------

TEST_F(ContentTest, DuplicateItemId) {
    writeItems(std::string(kPlaylistItems) + kPlaylistItems);
    EXPECT_EQ(problems(), one(kPlaylistFile, 10, 6, "id: duplicate id \"intro\" (already used on line 6)"));
}

TEST_F(ContentTest, DuplicateZoneId) {
    std::string zone = "[[zones]]\nid = \"t\"\nplugin = \"ticker\"\nrect = [0.0, 0.9, 1.0, 0.1]\n";
    write(kPlaylistFile, std::string(kPlaylistHead) + kPlaylistItems + zone + zone);
    EXPECT_EQ(problems(), one(kPlaylistFile, 14, 6, "id: duplicate id \"t\" (already used on line 10)"));
}

TEST_F(ContentTest, UnknownSlideWithSuggestion) {
    writeItems("[[items]]\ntype = \"slide\"\nslide = \"intr\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 9, "slide: unknown slide \"intr\" (no file slides/intr.toml; did you mean \"intro\"?)"));
}

TEST_F(ContentTest, UnknownBackgroundSlide) {
    write("media/a.mp3", "x");
    writeItems("[[items]]\ntype = \"audio\"\nfile = \"media/a.mp3\"\nbackground_slide = \"outro_police\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 8, 20, "background_slide: unknown slide \"outro_police\" (no file slides/outro_police.toml)"));
}

TEST_F(ContentTest, UnknownDefaultPlaylist) {
    write("manifest.toml", "id = \"demo\"\nname = \"x\"\nversion = \"1.0\"\ndefault_playlist = \"mian\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 4, 20,
                              "default_playlist: unknown playlist \"mian\" (no file playlists/mian.toml; did you mean \"main\"?)"));
}

TEST_F(ContentTest, TooManyBulletsIsAWarningAtTheSeventh) {
    write(kSlideFile, "title = \"A\"\nbullets = [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]\n");
    EXPECT_EQ(problems(), one(kSlideFile, 2, 42, "warning: bullets: 7 bullets, more than 6 fit on a slide"));
    EXPECT_FALSE(diags.hasErrors());
}

TEST_F(ContentTest, EmptyPlaylistIsAWarning) {
    write(kPlaylistFile, "name = \"Trống\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 1, 1, "warning: the playlist has no items ([[items]])"));
}

// --- manifest values -------------------------------------------------------------------

TEST_F(ContentTest, BadManifestId) {
    write("manifest.toml", "id = \"Nội dung\"\nname = \"x\"\nversion = \"1.0.0\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 1, 6, "id: \"Nội dung\" is not valid (use only a-z, 0-9, _ and -)"));
}

TEST_F(ContentTest, BadVersion) {
    write("manifest.toml", "id = \"demo\"\nname = \"x\"\nversion = \"v1\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 3, 11, "version: \"v1\" is not a version (write e.g. \"1.0.0\")"));
}

TEST_F(ContentTest, BadCreatedTime) {
    write("manifest.toml", std::string(kManifest) + "created = \"hôm qua\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 5, 11,
                              "created: \"hôm qua\" is not an ISO-8601 time (write e.g. \"2025-08-01T08:00:00+07:00\")"));
}

TEST_F(ContentTest, ContentNeedsANewerPlayer) {
    write("manifest.toml", std::string(kManifest) + "min_player_version = \"99.0\"\n");
    EXPECT_EQ(problems(), one("manifest.toml", 5, 22,
                              std::string("min_player_version: the content needs player version 99.0 or newer (this is ") +
                                  playerVersion() + ")"));
}

TEST_F(ContentTest, ManifestFileEntries) {
    std::string sha(64, 'a');
    write("manifest.toml", std::string(kManifest) +                                                   // lines 1-4
                               "[[files]]\npath = \"media/poster.png\"\nsha256 = \"" + sha + "\"\nsize = 16\n" // 5-8: fine
                               "[[files]]\npath = \"media/poster.png\"\nsha256 = \"xyz\"\nsize = 3\n"        // 9-12
                               "[[files]]\npath = \"media/x.png\"\nsha256 = \"" + sha + "\"\nsize = -1\n");  // 13-16
    EXPECT_EQ(problems(), (Lines{at("manifest.toml", 10, 8, "path: file \"media/poster.png\" listed twice (first on line 6)"),
                                 at("manifest.toml", 11, 10, "sha256: \"xyz\" is not a SHA-256 (64 hex digits)"),
                                 at("manifest.toml", 14, 8, "path: \"media/x.png\" does not exist"),
                                 at("manifest.toml", 16, 8, "size: must not be negative")}));
}

TEST_F(ContentTest, ManifestFileSizeMismatch) {
    write("manifest.toml", std::string(kManifest) + "[[files]]\npath = \"media/poster.png\"\nsha256 = \"" +
                               std::string(64, 'A') + "\"\nsize = 17\n");
    EXPECT_EQ(problems(), one("manifest.toml", 8, 8, "size: the file has 16 bytes, the manifest says 17"));
}

// --- order and language ----------------------------------------------------------------

TEST_F(ContentTest, ProblemsOfAFileComeInLineOrder) {
    write(kSlideFile, "zzz = 1\ntitle = 5\n[theme]\naccent = \"#12\"\n");
    EXPECT_EQ(problems(), (Lines{at(kSlideFile, 1, 1, "unknown key \"zzz\" (allowed keys: title, bullets, paragraph, image, footer, rule, theme)"),
                                 at(kSlideFile, 2, 9, "title: expected a string, found an integer"),
                                 at(kSlideFile, 4, 10, "theme.accent: \"#12\" is not a valid colour (write \"#rrggbb\", e.g. \"#0b2e59\")")}));
}

TEST_F(ContentTest, MessagesInVietnamese) {
    core::setLang(core::Lang::Vi);
    write(kSlideFile, "title = 5\nfoooter = \"x\"\nbullets = [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]\n");
    EXPECT_EQ(problems(), (Lines{at(kSlideFile, 1, 9, "title: cần một chuỗi, nhưng gặp một số nguyên"),
                                 at(kSlideFile, 2, 1, "khóa không hợp lệ \"foooter\" (ý bạn là \"footer\"?)"),
                                 at(kSlideFile, 3, 42, "cảnh báo: bullets: 7 ý, nhiều hơn 6 ý vừa một trang chiếu")}));
}

TEST_F(ContentTest, MissingFileInVietnamese) {
    core::setLang(core::Lang::Vi);
    writeItems("[[items]]\ntype = \"image\"\nfile = \"media/áp phích.png\"\n");
    EXPECT_EQ(problems(), one(kPlaylistFile, 7, 8, "file: tệp \"media/áp phích.png\" không tồn tại"));
}

} // namespace
} // namespace signage::content::test
