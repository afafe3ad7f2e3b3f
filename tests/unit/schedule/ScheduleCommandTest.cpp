// SPDX-License-Identifier: GPL-3.0-or-later
// The commands through the real binary: schedule preview and interrupt start/stop.
#include <fstream>
#include <gtest/gtest.h>

#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::schedule {
namespace {

using signage::test::runSignage;

const std::string kExample = std::string(SIGNAGE_SOURCE_DIR) + "/playlists/examples/hong-an-campaign";

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

TEST(ScheduleCommand, PreviewJson) {
    auto r = runSignage({"schedule", "preview", kExample, "--from", "2025-08-02", "--to", "2025-08-02", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_GT(r.out.size(), 2u);
    EXPECT_EQ(r.out.front(), '[');
    // The screen comes on at 05:00; the first play is the campaign's first item.
    EXPECT_EQ(r.out.find("{\"start\": \"2025-08-02T05:00:00+07:00\", \"end\": \"2025-08-02T05:00:20+07:00\", "
                         "\"playlist\": \"cao-diem\", \"item\": \"cao-diem\", \"rule\": \"cao-diem\"}"),
              4u)
        << r.out.substr(0, 300);
    EXPECT_NE(r.out.find("\"start\": \"2025-08-02T05:30:"), std::string::npos);
    EXPECT_EQ(count(r.out, "\"rule\": \"5k2p-sang-som\""), 7u);
    EXPECT_EQ(count(r.out, "\"rule\": \"5k2p-chieu-toi\""), 7u);
    EXPECT_EQ(count(r.out, "\"rule\": \"khong-chuyen-khoan-trua\""), 3u);
    EXPECT_EQ(r.out.find("T23:"), std::string::npos); // screen off at night
}

TEST(ScheduleCommand, PreviewTextAndHtml) {
    auto r = runSignage({"--lang", "en", "schedule", "preview", kExample, "--from", "2025-08-01", "--to", "2025-08-03"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Friday 2025-08-01"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("00:00-05:00  screen off"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Target 5k2p-sang-som 05:30-07:30: 1/1 met"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("MISSED"), std::string::npos) << r.out;

    signage::test::TempDir dir;
    auto html = dir.path() / "lich.html";
    r = runSignage({"schedule", "preview", kExample, "--from", "2025-08-01", "--to", "2025-08-15", "--format", "html",
                    "--out", html.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(html);
    std::string page((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(count(page, "<div class=\"day\">"), 15u);
    EXPECT_NE(page.find("Thứ Bảy 02/08/2025"), std::string::npos);
    EXPECT_EQ(page.find("<script"), std::string::npos);
    EXPECT_EQ(page.find("http"), std::string::npos); // nothing fetched from outside
}

TEST(ScheduleCommand, PreviewBadArguments) {
    EXPECT_EQ(runSignage({"schedule", "preview", kExample, "--from", "02/08/2025"}).exitCode, 2);
    EXPECT_EQ(runSignage({"schedule", "preview", kExample, "--from", "2025-08-05", "--to", "2025-08-01"}).exitCode, 2);
    EXPECT_EQ(runSignage({"schedule", "preview", "/nonexistent"}).exitCode, 2);
    EXPECT_EQ(runSignage({"schedule", "preview", kExample, "--format", "pdf"}).exitCode, 2);
}

TEST(ScheduleCommand, PreviewReportsScheduleErrorsAndStillPreviews) {
    signage::test::TempDir dir;
    dir.write("playlists/main.toml", "[[items]]\ntype = \"video\"\nfile = \"media/a.mp4\"\n");
    dir.write("schedule.toml", "[[rules]]\nplaylist = \"main\"\npriorty = 2\n");
    auto r = runSignage({"--lang", "en", "schedule", "preview", dir.path().string(), "--from", "2025-08-02", "--to", "2025-08-02"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("schedule.toml:3:1: unknown key \"priorty\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("assumed to last 30s"), std::string::npos) << r.err;
    // The rule with the misspelt key is left out: the default playlist plays all day.
    EXPECT_NE(r.out.find("00:00-24:00  main  (default), 2880 items"), std::string::npos) << r.out;
}

TEST(ScheduleCommand, PreviewWarnsOfAMistypedPlaylistValueAtItsPosition) {
    signage::test::TempDir dir;
    auto file = dir.write("playlists/main.toml", "[[items]]\ntype = \"slide\"\nslide = \"a\"\nduration = 15\n");
    auto r = runSignage(
        {"--lang", "en", "schedule", "preview", dir.path().string(), "--from", "2025-08-02", "--to", "2025-08-02"});
    EXPECT_NE(r.err.find(file.string() + ":4:12: warning: duration: expected a string"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("main"), std::string::npos) << r.out; // still previewed (lenient)
}

TEST(InterruptCommand, StartStatusStop) {
    signage::test::TempDir dir;
    auto data = dir.path().string();
    auto r = runSignage({"interrupt", "start", "khan-cap", "--until", "30m", "--data-dir", data, "--content", kExample});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto file = dir.path() / "control" / "interrupt.toml";
    ASSERT_TRUE(std::filesystem::exists(file));
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(text.find("target = \"khan-cap\""), std::string::npos) << text;
    EXPECT_NE(text.find("until = "), std::string::npos) << text;
    r = runSignage({"interrupt", "status", "--json", "--data-dir", data});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("\"active\": true, \"target\": \"khan-cap\""), std::string::npos) << r.out;
    r = runSignage({"interrupt", "stop", "--data-dir", data});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(std::filesystem::exists(file));
    r = runSignage({"interrupt", "status", "--json", "--data-dir", data});
    EXPECT_NE(r.out.find("\"active\": false"), std::string::npos) << r.out;
}

TEST(InterruptCommand, RefusesUnknownTargetsAndBadTimes) {
    signage::test::TempDir dir;
    auto data = dir.path().string();
    auto r = runSignage({"--lang", "en", "interrupt", "start", "khan-capp", "--data-dir", data, "--content", kExample});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("did you mean \"khan-cap\""), std::string::npos) << r.err;
    EXPECT_EQ(runSignage({"interrupt", "start", "khan-cap", "--until", "soon", "--data-dir", data}).exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "control" / "interrupt.toml"));
    EXPECT_EQ(runSignage({"interrupt"}).exitCode, 2);
}

} // namespace
} // namespace signage::schedule
