// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>

#include "app/StickReport.h"
#include "bundle/Importer.h"
#include "core/Lang.h"
#include "playlog/PlayLog.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;

TEST(StickReport, WritesAVerifiableSignedExportAndAHealthReport) {
    core::setLang(core::Lang::En);
    test::TempDir data, stick;
    {
        playlog::PlayLogOptions o;
        o.dataDir = data.path();
        playlog::PlayLog log(o);
        playlog::PlayStart s;
        s.playlist = "main";
        s.item = "intro";
        log.playEnded(log.playStarted(s), {playlog::Outcome::Completed});
    }
    bundle::ImportResult result;
    result.status = bundle::ImportResult::Status::Installed;
    result.manifest.id = "demo";
    result.manifest.version = "9.0.0";
    std::string summary = app::writeStickReport(data.path(), stick.path(), result, 1754089200000);
    EXPECT_NE(summary.find("exported"), std::string::npos) << summary;
    std::filesystem::path exportFile, healthFile;
    for (const auto& e : std::filesystem::directory_iterator(stick.path() / "SIGNAGE-LOGS")) {
        if (e.path().extension() == ".signage-log") exportFile = e.path();
        if (e.path().extension() == ".json") healthFile = e.path();
    }
    ASSERT_FALSE(exportFile.empty());
    ASSERT_FALSE(healthFile.empty());
    std::ifstream in(healthFile);
    std::string health((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(health.find("\"bundle\": \"demo@9.0.0\""), std::string::npos) << health;
    // The ward office's side: the export verifies with the standard audit command.
    auto verify = test::runSignage({"audit", "verify", exportFile.string(), "--lang", "en"});
    EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
}

TEST(StickReport, AReadOnlyStickIsReportedNotFatal) {
    core::setLang(core::Lang::En);
    test::TempDir data;
    bundle::ImportResult result;
    std::string summary = app::writeStickReport(data.path(), "/proc/signage-no-such-stick", result, 0);
    EXPECT_NE(summary.find("cannot write to the stick"), std::string::npos) << summary;
}

// The kiosk mounts sticks read-only and the player cannot remount: the report waits in
// the data dir with a marker for the root helper (packaging/libexec/stick-export), which
// kiosk.stick-export and the qemu image test exercise on a real read-only mount.
TEST(StickReport, AStickThePlayerCannotWriteGetsItsReportStagedForTheHelper) {
    core::setLang(core::Lang::En);
    test::TempDir data, media;
    {
        playlog::PlayLogOptions o;
        o.dataDir = data.path();
        playlog::PlayLog log(o);
        playlog::PlayStart s;
        s.item = "intro";
        log.playEnded(log.playStarted(s), {playlog::Outcome::Completed});
    }
    // Not writable even for root: SIGNAGE-LOGS is a file, so the folder cannot be made.
    const auto stick = media.path() / "usb-sdz1";
    media.write("usb-sdz1/SIGNAGE-LOGS", "not a folder");
    bundle::ImportResult result;
    result.status = bundle::ImportResult::Status::Installed;
    std::string summary = app::writeStickReport(data.path(), stick, result, 1754089200000);
    EXPECT_NE(summary.find("cannot write to the stick"), std::string::npos) << summary;
    EXPECT_NE(summary.find("staged in"), std::string::npos) << summary;
    const auto outbox = app::stickOutboxDir(data.path());
    ASSERT_TRUE(std::filesystem::exists(outbox / "usb-sdz1.ready")) << summary;
    std::ifstream marker(outbox / "usb-sdz1.ready");
    std::string root;
    std::getline(marker, root);
    EXPECT_EQ(root, stick.string());
    int exports = 0, health = 0;
    for (const auto& e : std::filesystem::directory_iterator(outbox / "usb-sdz1" / "SIGNAGE-LOGS")) {
        exports += e.path().extension() == ".signage-log";
        health += e.path().extension() == ".json";
    }
    EXPECT_EQ(exports, 1);
    EXPECT_EQ(health, 1);
    EXPECT_FALSE(std::filesystem::exists(outbox / "usb-sdz1" / "SIGNAGE-LOGS" / ".signage-write-test"));

    // The next visit replaces what the helper did not copy: never two reports piling up.
    app::writeStickReport(data.path(), stick, result, 1754089300000);
    int after = 0;
    for (const auto& e : std::filesystem::directory_iterator(outbox / "usb-sdz1" / "SIGNAGE-LOGS")) after += e.path().extension() == ".json";
    EXPECT_EQ(after, 1);
}
