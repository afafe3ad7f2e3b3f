// SPDX-License-Identifier: GPL-3.0-or-later
// `signage validate` through the real binary: exit codes, stderr lines, --json, language.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

namespace fs = std::filesystem;

const fs::path kBroken = fs::path(SIGNAGE_TEST_DATA_DIR) / "broken";
const std::vector<std::string> kEnglish{"SIGNAGE_LANG=en"};

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

/// expected.txt of a fixture, with each line prefixed by the fixture folder as typed.
std::vector<std::string> expectedLines(const fs::path& fixture) {
    std::ifstream in(fixture / "expected.txt");
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(fixture.string() + "/" + line);
    return out;
}

/// A copy of the clean fixture whose playlist also names `items` (TOML, after line 23).
fs::path cleanCopyWith(const TempDir& tmp, const std::string& items) {
    fs::copy(kBroken / "clean", tmp.path() / "c", fs::copy_options::recursive);
    std::ofstream(tmp.path() / "c/playlists/main.toml", std::ios::app) << items;
    return tmp.path() / "c";
}

std::string pngHeader(std::uint32_t w, std::uint32_t h) {
    std::string d("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (std::uint32_t v : {w, h})
        for (int shift = 24; shift >= 0; shift -= 8) d += static_cast<char>((v >> shift) & 0xff);
    d += std::string("\x08\x02\0\0\0", 5);
    return d + std::string(4, '\0'); // CRC (wrong, and no IDAT: cut short)
}

// Issue 18: broken media passed validate (the player then skipped it on the box).
TEST(ValidateCommand, BrokenMediaIsReported) {
    TempDir tmp;
    fs::path c = cleanCopyWith(tmp, "\n[[items]]\ntype = \"video\"\nfile = \"media/empty.mp4\"\n"
                                    "\n[[items]]\ntype = \"video\"\nfile = \"media/notes.mp4\"\n"
                                    "\n[[items]]\ntype = \"image\"\nfile = \"media/huge.png\"\n"
                                    "\n[[items]]\ntype = \"image\"\nfile = \"media/cut.png\"\n");
    std::ofstream(c / "media/empty.mp4").flush();
    std::ofstream(c / "media/notes.mp4") << "these are my notes, not a video\n";
    std::ofstream(c / "media/huge.png", std::ios::binary) << pngHeader(60000, 60000);
    {
        // The first 40 bytes of a real PNG: a sane header, then nothing.
        std::ifstream in(c / "media/poster.png", std::ios::binary);
        std::string head(40, '\0');
        in.read(head.data(), 40);
        std::ofstream(c / "media/cut.png", std::ios::binary) << head;
    }
    auto r = runSignage({"validate", c.string()}, 60, kEnglish);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    auto lines = splitLines(r.err);
    // libpng writes its own "libpng error: ..." line to stderr while SDL_image decodes the
    // cut PNG (render/'s decoder, the player's too): not ours to word, left for the log work.
    std::erase_if(lines, [](const std::string& l) { return l.rfind("libpng ", 0) == 0; });
    ASSERT_EQ(lines.size(), 5u) << r.err;
    const std::string pl = c.string() + "/playlists/main.toml:";
    EXPECT_EQ(lines[0], pl + "26:8: file: \"media/empty.mp4\": empty file (0 bytes)");
    EXPECT_EQ(lines[1].rfind(pl + "30:8: file: \"media/notes.mp4\": not a media file, or the file is damaged", 0), 0u) << lines[1];
    EXPECT_EQ(lines[2], pl + "34:8: file: \"media/huge.png\": image too large (60000x60000), at most 8K (7680x4320)");
    EXPECT_EQ(lines[3].rfind(pl + "38:8: file: \"media/cut.png\": broken image", 0), 0u) << lines[3];
    EXPECT_EQ(lines[4], "checked 4 files: 4 errors");
}

TEST(ValidateCommand, BrokenMediaInVietnamese) {
    TempDir tmp;
    fs::path c = cleanCopyWith(tmp, "\n[[items]]\ntype = \"audio\"\nfile = \"media/trống.mp3\"\n");
    std::ofstream(c / "media/trống.mp3").flush();
    auto r = runCommand({"env", "-u", "SIGNAGE_LANG", SIGNAGE_BINARY, "validate", c.string()}, 60);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    auto lines = splitLines(r.err);
    ASSERT_EQ(lines.size(), 2u) << r.err;
    EXPECT_EQ(lines[0], c.string() + "/playlists/main.toml:26:8: file: \"media/trống.mp3\": tệp rỗng (0 byte)");
}

// Issue 18: a link out of the content directory was followed and validate was silent.
TEST(ValidateCommand, SymlinkOutOfTheContentIsReported) {
    TempDir tmp;
    fs::path c = cleanCopyWith(tmp, "\n[[items]]\ntype = \"image\"\nfile = \"media/link.png\"\n");
    fs::copy_file(c / "media/poster.png", tmp.path() / "outside.png");
    fs::create_symlink(tmp.path() / "outside.png", c / "media/link.png");
    auto r = runSignage({"validate", c.string()}, 60, kEnglish);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(splitLines(r.err).at(0), c.string() + "/playlists/main.toml:26:8: file: \"media/link.png\" is a symbolic "
                                                     "link that leads outside the content directory");
}

// Issue 18: `bundle create` signed content that validate rejects.
TEST(ValidateCommand, BundleCreateRefusesContentValidateRejects) {
    TempDir tmp;
    ASSERT_EQ(runSignage({"bundle", "keygen", "--out", (tmp.path() / "ward").string()}).exitCode, 0);
    auto r = runSignage({"bundle", "create", (kBroken / "unknown-key").string(), "--key", (tmp.path() / "ward.key").string(),
                         "--out", (tmp.path() / "b.tar").string()}, 60, kEnglish);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find((kBroken / "unknown-key").string() + "/slides/intro.toml:3:1: unknown key \"foooter\""),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Not making the bundle: the content has 1 error(s)"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(tmp.path() / "b.tar"));
    EXPECT_FALSE(fs::exists(tmp.path() / "b.tar.minisig"));
    // Clean content is still packed and signed.
    fs::copy(kBroken / "clean", tmp.path() / "clean", fs::copy_options::recursive);
    r = runSignage({"bundle", "create", (tmp.path() / "clean").string(), "--key", (tmp.path() / "ward.key").string(),
                    "--out", (tmp.path() / "ok.tar").string()}, 60, kEnglish);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(fs::exists(tmp.path() / "ok.tar.minisig"));
}

TEST(ValidateCommand, CleanContentExitsZero) {
    auto r = runSignage({"validate", (kBroken / "clean").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(splitLines(r.err), std::vector<std::string>{"checked 4 files: no problems found"});
    EXPECT_EQ(r.out, "");
}

TEST(ValidateCommand, EveryBrokenFixturePrintsItsDiagnostics) {
    size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(kBroken)) {
        if (!entry.is_directory() || entry.path().filename() == "clean") continue;
        SCOPED_TRACE(entry.path().filename().string());
        auto expected = expectedLines(entry.path());
        auto r = runSignage({"validate", entry.path().string()}, 30, kEnglish);
        auto got = splitLines(r.err);
        ASSERT_FALSE(got.empty());
        std::string summary = got.back();
        got.pop_back();
        EXPECT_EQ(got, expected);
        bool warningsOnly = expected.size() == 1 && expected[0].find(": warning: ") != std::string::npos;
        EXPECT_EQ(r.exitCode, warningsOnly ? 0 : 1) << summary;
        EXPECT_EQ(summary.rfind("checked ", 0), 0u) << summary;
        ++checked;
    }
    EXPECT_GE(checked, 14u);
}

TEST(ValidateCommand, WarningsAloneExitZero) {
    auto r = runSignage({"validate", (kBroken / "too-many-bullets").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(splitLines(r.err).back(), "checked 4 files: 1 warning");
}

TEST(ValidateCommand, ErrorsExitOneWithSummary) {
    auto r = runSignage({"validate", (kBroken / "unknown-key").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 1);
    auto lines = splitLines(r.err);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], (kBroken / "unknown-key").string() + "/slides/intro.toml:3:1: unknown key \"foooter\" (did you mean \"footer\"?)");
    EXPECT_EQ(lines[1], "checked 4 files: 1 error");
}

TEST(ValidateCommand, SingleFileAndSeveralPaths) {
    fs::path slide = kBroken / "unknown-key/slides/intro.toml";
    auto r = runSignage({"validate", slide.string(), (kBroken / "clean").string(), (kBroken / "bad-enum").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 1);
    auto lines = splitLines(r.err);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], slide.string() + ":3:1: unknown key \"foooter\" (did you mean \"footer\"?)");
    EXPECT_EQ(lines[1], (kBroken / "bad-enum").string() +
                            "/playlists/main.toml:16:7: fit: \"stretch\" is not valid (expected one of: contain, cover)");
    EXPECT_EQ(lines[2], "checked 9 files: 2 errors");
}

TEST(ValidateCommand, JsonOnStdout) {
    auto r = runSignage({"validate", "--json", (kBroken / "too-many-bullets").string(), (kBroken / "bad-colour").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 1);
    const std::string a = (kBroken / "too-many-bullets").string(), b = (kBroken / "bad-colour").string();
    EXPECT_EQ(r.out, "[\n"
                     "  {\"file\": \"" + a + "/slides/khong_chuyen_khoan.toml\", \"line\": 4, \"column\": 3, \"severity\": \"warning\", "
                     "\"message\": \"bullets: 7 bullets, more than 6 fit on a slide\"},\n"
                     "  {\"file\": \"" + b + "/slides/khong_chuyen_khoan.toml\", \"line\": 11, \"column\": 10, \"severity\": \"error\", "
                     "\"message\": \"theme.accent: \\\"#ffc82\\\" is not a valid colour (write \\\"#rrggbb\\\", e.g. \\\"#0b2e59\\\")\"}\n"
                     "]\n");
    EXPECT_EQ(splitLines(r.err).size(), 3u); // the two diagnostics and the summary still go to stderr
}

TEST(ValidateCommand, JsonOfCleanContentIsAnEmptyArray) {
    auto r = runSignage({"validate", "--json", (kBroken / "clean").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "[]\n");
}

TEST(ValidateCommand, VietnameseByDefault) {
    // CTest sets SIGNAGE_LANG=en for every test: run without it.
    auto r = runCommand({"env", "-u", "SIGNAGE_LANG", SIGNAGE_BINARY, "validate", (kBroken / "wrong-type").string()}, 30);
    EXPECT_EQ(r.exitCode, 1);
    auto lines = splitLines(r.err);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], (kBroken / "wrong-type").string() + "/playlists/main.toml:22:12: duration: cần một chuỗi, nhưng gặp một số nguyên");
    EXPECT_EQ(lines[1], "đã kiểm tra 4 tệp: 1 lỗi");
}

TEST(ValidateCommand, LangOptionWins) {
    auto r = runSignage({"--lang", "en", "validate", (kBroken / "clean").string()}, 30, {"SIGNAGE_LANG=vi"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(splitLines(r.err), std::vector<std::string>{"checked 4 files: no problems found"});
}

TEST(ValidateCommand, NoPathIsAUsageError) {
    auto r = runSignage({"validate"}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("PATH"), std::string::npos) << r.err;
}

TEST(ValidateCommand, MissingPathIsAUsageError) {
    TempDir tmp;
    auto r = runSignage({"validate", (tmp.path() / "nope").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(splitLines(r.err), std::vector<std::string>{(tmp.path() / "nope").string() + ": no such file or directory"});
}

TEST(ValidateCommand, UnknownOptionIsAUsageError) {
    auto r = runSignage({"validate", "--frobnicate", (kBroken / "clean").string()}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 2);
}

TEST(ValidateCommand, RelativePathsAreKeptInMessages) {
    // Diagnostics name files the way the user typed the directory.
    TempDir tmp;
    tmp.write("c/manifest.toml", "id = \"x\"\nname = \"x\"\nversion = \"1\"\n");
    tmp.write("c/playlists/p.toml", "[[items]]\ntype = \"image\"\nfile = \"nope.png\"\nduration = \"5s\"\n");
    auto r = runCommand({"/bin/sh", "-c", "cd '" + tmp.path().string() + "' && exec '" SIGNAGE_BINARY "' validate c"}, 30, kEnglish);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(splitLines(r.err).at(0), "c/playlists/p.toml:3:8: file: \"nope.png\" does not exist");
}

} // namespace
} // namespace signage::test
