// SPDX-License-Identifier: GPL-3.0-or-later
// The command line speaks one language per run (issue 18): Vietnamese by default,
// English with --lang en or SIGNAGE_LANG=en, CLI11's own words included; errors are ours
// with the library's text as the detail; --version; journal priorities.
#include <gtest/gtest.h>

#include <sstream>

#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

bool hasNonAscii(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return true;
    return false;
}

// The subcommands `signage --help --lang en` lists.
std::vector<std::string> subcommands() {
    auto r = runSignage({"--help", "--lang", "en"});
    std::vector<std::string> out;
    std::istringstream in(r.out);
    std::string line;
    bool on = false;
    while (std::getline(in, line)) {
        if (line == "Subcommands:") { on = true; continue; }
        if (on && line.rfind("  ", 0) == 0) out.push_back(line.substr(2, line.find(' ', 2) - 2));
        else if (on) break;
    }
    return out;
}

TEST(CommandLine, HelpIsVietnameseByDefaultCli11WordsIncluded) {
    auto r = runSignage({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Cách dùng: signage [TÙY_CHỌN] LỆNH"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\nTùy chọn:\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\nLệnh:\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("In trợ giúp này rồi thoát"), std::string::npos) << r.out;
    for (const char* english : {"Usage", "Options:", "Subcommands:", "Print this help", "OPTIONS", " TEXT"})
        EXPECT_EQ(r.out.find(english), std::string::npos) << english << " in\n" << r.out;
}

TEST(CommandLine, EveryCommandsHelpIsInOneLanguage) {
    const auto commands = subcommands();
    ASSERT_GE(commands.size(), 9u);
    for (const auto& cmd : commands) {
        auto en = runSignage({cmd, "--help", "--lang", "en"});
        EXPECT_EQ(en.exitCode, 0) << cmd;
        EXPECT_NE(en.out.find("Usage: signage " + cmd), std::string::npos) << en.out;
        EXPECT_FALSE(hasNonAscii(en.out)) << "Vietnamese in the English help of " << cmd << ":\n" << en.out;

        auto vi = runSignage({cmd, "--help"});
        EXPECT_NE(vi.out.find("Cách dùng: signage " + cmd), std::string::npos) << vi.out;
        for (const char* english : {"Usage:", "Options:", "Subcommands:", "Positionals:", "Print this help", "REQUIRED", " TEXT"})
            EXPECT_EQ(vi.out.find(english), std::string::npos) << english << " in the Vietnamese help of " << cmd << ":\n" << vi.out;
    }
}

TEST(CommandLine, EnglishFromEveryPlaceTheLanguageIsGiven) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--lang", "en", "render", "--help"}, {"--lang=en", "render", "--help"}, {"render", "--help", "--lang", "en"}}) {
        auto r = runSignage(args);
        EXPECT_NE(r.out.find("Usage: signage render"), std::string::npos) << args[0] << "\n" << r.out;
    }
    auto env = runSignage({"render", "--help"}, 60, {"SIGNAGE_LANG=en"});
    EXPECT_NE(env.out.find("Usage: signage render"), std::string::npos) << env.out;
    // The command line wins over the environment.
    auto both = runSignage({"render", "--help", "--lang", "vi"}, 60, {"SIGNAGE_LANG=en"});
    EXPECT_NE(both.out.find("Cách dùng: signage render"), std::string::npos) << both.out;
}

TEST(CommandLine, VersionNamesTheProgramAndTheLicence) {
    auto r = runSignage({"--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.rfind("signage (canhbao-signage) ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("GPL-3.0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("KHÔNG CÓ BẢO HÀNH"), std::string::npos) << r.out;
    auto en = runSignage({"--version", "--lang", "en"});
    EXPECT_NE(en.out.find("There is NO WARRANTY"), std::string::npos) << en.out;
}

TEST(CommandLine, ParseErrorsAreOursWithCli11sTextAsDetail) {
    auto vi = runSignage({"render", "--out", "x.png"});
    EXPECT_EQ(vi.exitCode, 2);
    EXPECT_NE(vi.err.find("lỗi dòng lệnh: thiếu tùy chọn, đối số hoặc lệnh bắt buộc (chi tiết: item is required)"), std::string::npos) << vi.err;
    EXPECT_NE(vi.err.find("signage LỆNH --help"), std::string::npos) << vi.err;

    auto en = runSignage({"render", "--out", "x.png", "--lang", "en"});
    EXPECT_EQ(en.exitCode, 2);
    EXPECT_NE(en.err.find("command line error: a required option, argument or subcommand is missing (detail: item is required)"), std::string::npos) << en.err;
    EXPECT_FALSE(hasNonAscii(en.err)) << en.err;

    auto unknown = runSignage({"nosuchcommand"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("lỗi dòng lệnh: có đối số không dùng được"), std::string::npos) << unknown.err;

    auto bad = runSignage({"render", "item.toml", "--out", "x.png", "--fit", "stretch", "--lang", "en"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("command line error: invalid value (detail: "), std::string::npos) << bad.err;
}

TEST(CommandLine, TomlErrorsKeepTheLibraryTextAsDetail) {
    TempDir dir;
    dir.write("slides/broken.toml", "title = \"unterminated\n");
    auto vi = runSignage({"validate", (dir.path() / "slides/broken.toml").string()});
    EXPECT_EQ(vi.exitCode, 1);
    EXPECT_NE(vi.err.find("lỗi cú pháp TOML (chi tiết từ toml++: "), std::string::npos) << vi.err;
    auto en = runSignage({"validate", (dir.path() / "slides/broken.toml").string(), "--lang", "en"});
    EXPECT_NE(en.err.find("TOML syntax error: "), std::string::npos) << en.err;
}

// Under systemd, stderr is the journal: each line starts with its syslog priority.
TEST(CommandLine, LogLinesCarryJournalPrioritiesWhenStderrIsTheJournal) {
    const std::string cmd = std::string("JOURNAL_STREAM=$(stat -L -c %d:%i /proc/self/fd/2) exec ") + SIGNAGE_BINARY +
                            " play --headless --exit-after 1s --lang en";
    auto journal = runCommand({"sh", "-c", cmd}, 60, {"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy"});
    EXPECT_EQ(journal.exitCode, 0) << journal.err;
    EXPECT_NE(journal.err.find("<6>[info] "), std::string::npos) << journal.err;
    EXPECT_EQ(journal.err.find("\n[info] "), std::string::npos) << journal.err;

    // A JOURNAL_STREAM inherited from elsewhere (stderr redirected by the service) is ignored.
    auto redirected = runCommand({"sh", "-c", std::string("JOURNAL_STREAM=1:2 exec ") + SIGNAGE_BINARY + " play --headless --exit-after 1s --lang en"},
                                 60, {"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy"});
    EXPECT_EQ(redirected.err.find("<6>"), std::string::npos) << redirected.err;
    EXPECT_NE(redirected.err.find("[info] "), std::string::npos) << redirected.err;
}

} // namespace
} // namespace signage::test
