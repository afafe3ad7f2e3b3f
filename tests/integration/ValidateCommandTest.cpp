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
