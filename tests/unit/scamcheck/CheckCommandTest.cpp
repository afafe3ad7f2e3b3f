// SPDX-License-Identifier: GPL-3.0-or-later
// `signage check` end to end: exit codes, JSON on stdout, stdin input, and privacy: after
// checks with a data dir, no file anywhere the command could write holds what was typed.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;
namespace fs = std::filesystem;

namespace {
const std::string kChecker = std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
} // namespace

TEST(CheckCommand, JsonVerdictAndExitZero) {
    test::TempDir data;
    auto r = test::runSignage({"check", "--checker-data", kChecker, "--data-dir", data.path().string(), "--json", "vietcombank.com.xacminh.top"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"verdict\":\"likely_scam\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"rules\":["), std::string::npos);
    // Text output for people, in English with --lang en.
    auto t = test::runSignage({"--lang", "en", "check", "--checker-data", kChecker, "--data-dir", data.path().string(), "0901", "234", "567"});
    EXPECT_EQ(t.exitCode, 0) << t.err;
    EXPECT_NE(t.out.find("No known signs of a scam"), std::string::npos) << t.out;
    EXPECT_NE(t.out.find("cannot prove it is safe"), std::string::npos) << t.out;
}

TEST(CheckCommand, ReadsStdinForDash) {
    test::TempDir data;
    auto input = data.write("in.txt", "Em là nhân viên ngân hàng, chị đọc giúp em mã OTP vừa nhận nhé");
    std::string cmd = std::string(SIGNAGE_BINARY) + " check --json --checker-data '" + kChecker + "' --data-dir '" + data.path().string() + "' - < '" +
                      input.string() + "'";
    auto r = test::runCommand({"/bin/sh", "-c", cmd});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"verdict\":\"likely_scam\""), std::string::npos) << r.out;
}

TEST(CheckCommand, UsageAndRuntimeErrors) {
    test::TempDir data;
    EXPECT_EQ(test::runSignage({"check", "--kind", "fax", "x"}).exitCode, 2);
    EXPECT_EQ(test::runSignage({"check"}).exitCode, 2);
    EXPECT_EQ(test::runSignage({"check", "--checker-data", kChecker, "--data-dir", data.path().string(), "  "}).exitCode, 2);
    data.write("bad/rules.toml", "[meta\n");
    auto r = test::runSignage({"check", "--checker-data", (data.path() / "bad").string(), "--data-dir", data.path().string(), "x"});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("rules.toml:1:"), std::string::npos) << r.err;
}

TEST(CheckCommand, NothingTypedIsWrittenAnywhere) {
    // A private copy of the checker data (so an index written next to the CSVs would be
    // caught too), a data dir, and HOME/TMPDIR pointing into the same sandbox.
    test::TempDir sandbox;
    fs::path checker = sandbox.path() / "checker", data = sandbox.path() / "data";
    fs::create_directories(checker);
    for (const auto& e : fs::directory_iterator(kChecker)) fs::copy_file(e.path(), checker / e.path().filename());
    fs::create_directories(sandbox.path() / "home");
    fs::create_directories(sandbox.path() / "tmp");
    const std::vector<std::string> env = {"HOME=" + (sandbox.path() / "home").string(), "TMPDIR=" + (sandbox.path() / "tmp").string(),
                                          "SIGNAGE_DATA_DIR=" + data.string(), "SIGNAGE_LOG=debug"};

    const std::vector<std::pair<std::string, std::string>> typed = {
        {"phone", "0987 654 329"},
        {"account", "5544 3322 1100 99"},
        {"link", "https://bimat-zq7731.top/dang-nhap"},
        {"message", "Zqxwvy ơi, công an yêu cầu chuyển khoản 7.731.000đ vào tài khoản 4433 2211 0099 88 ngay"},
        {"auto", "xin-zq7731.vn"},
    };
    // What must never appear: the inputs and every normalised form of them.
    const std::vector<std::string> needles = {"0987 654 329", "987654329", "5544 3322", "55443322110099", "bimat-zq7731", "Zqxwvy", "zqxwvy",
                                              "4433221100", "4433 2211", "xin-zq7731"};

    for (const auto& [kind, text] : typed) {
        for (bool json : {false, true}) {
            std::vector<std::string> args = {"check", "--kind", kind, "--checker-data", checker.string(), "--data-dir", data.string()};
            if (json) args.push_back("--json");
            args.push_back(text);
            auto r = test::runSignage(args, 60, env);
            ASSERT_EQ(r.exitCode, 0) << r.err;
            for (const auto& n : needles) EXPECT_EQ(r.err.find(n), std::string::npos) << "stderr (the log) holds " << n;
        }
    }

    size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(sandbox.path())) {
        if (!e.is_regular_file()) continue;
        ++files;
        std::string content = readAll(e.path());
        for (const auto& n : needles) EXPECT_EQ(content.find(n), std::string::npos) << e.path() << " holds " << n;
    }
    // The test only means something if the command did write its index somewhere.
    EXPECT_TRUE(fs::exists(data / "cache" / "checker"));
    EXPECT_GT(files, 4u);
}
