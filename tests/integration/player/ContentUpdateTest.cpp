// SPDX-License-Identifier: GPL-3.0-or-later
// A box playing its installed content takes a signed bundle dropped in its inbox, shows
// the import on screen, swaps at an item boundary and logs it; an unsigned one is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/PlayLogQuery.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage::test;

namespace {
const std::string kDemo = std::string(SIGNAGE_SOURCE_DIR) + "/playlists/demo";

// Starts `signage play` in the background, runs `during` while it plays, returns its stderr
// (for failure messages; tests assert on the play log in dir/data).
std::string playWhile(const TempDir& dir, const std::string& extraEnv, const std::string& during,
                      const std::string& extraArgs = "") {
    std::string script = "SIGNAGE_TRUSTED_KEYS=" + (dir.path() / "keys").string() + " " + extraEnv + " " +
                         SIGNAGE_BINARY + " play --data-dir " + (dir.path() / "data").string() +
                         " --window 640x360 --clock-speed 4 --exit-after 28s --lang en " + extraArgs + " 2>" + (dir.path() / "log").string() +
                         " & pid=$!; sleep 1.5; " + during + "; wait $pid; cat " + (dir.path() / "log").string();
    return runCommand({"bash", "-c", script}, 60, {"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy"}).out;
}

// The first column of `sql` over the play log of the box in `dir` (as one line per row).
std::vector<std::string> playLog(const TempDir& dir, const std::string& sql) {
    return queryColumn(playLogIn(dir.path() / "data"), sql);
}

const std::string kImports = "SELECT detail FROM events WHERE kind = 'content_import'";
// Plays by the bundle they belong to ("id@version").
const std::string kPlaysOf = "SELECT count(*) FROM plays p JOIN names n ON n.id = p.bundle WHERE n.text = ";
} // namespace

TEST(ContentUpdate, SignedBundleInTheInboxIsImportedShownAndSwappedIn) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "keys");
    ASSERT_EQ(runSignage({"bundle", "keygen", "--out", (dir.path() / "keys" / "ward").string()}).exitCode, 0);
    ASSERT_EQ(runCommand({"cp", "-r", kDemo, (dir.path() / "c").string()}).exitCode, 0);
    ASSERT_EQ(runCommand({"sed", "-i", "s/^version = .*/version = \"9.0.0\"/", (dir.path() / "c" / "manifest.toml").string()}).exitCode, 0);
    auto created = runSignage({"bundle", "create", (dir.path() / "c").string(), "--key", (dir.path() / "keys" / "ward.key").string(),
                               "--out", (dir.path() / "b.tar").string()});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    std::string inbox = (dir.path() / "data" / "inbox").string();
    std::string log = playWhile(dir, "", "mkdir -p " + inbox + " && cp " + (dir.path() / "b.tar.minisig").string() + " " +
                                             (dir.path() / "b.tar").string() + " " + inbox + "/");
    EXPECT_EQ(playLog(dir, kImports).size(), 1u) << "the import is in the play log: " << log;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "data" / "content" / "manifest.toml")) << "installed: " << log;
    EXPECT_NE(playLog(dir, kPlaysOf + "'demo@9.0.0'").at(0), "0") << "9.0.0 was swapped in and played: " << log;
    EXPECT_NE(playLog(dir, kPlaysOf + "'demo@1.0.0'").at(0), "0") << "the built-in content played before it: " << log;
    auto report = runSignage({"audit", "summary", "--json", "--data-dir", (dir.path() / "data").string()});
    EXPECT_NE(report.out.find("\"content_import\":1"), std::string::npos) << report.out << report.err;
}

TEST(ContentUpdate, UnsignedBundleIsRefusedAndThePictureStays) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "keys");
    ASSERT_EQ(runSignage({"bundle", "keygen", "--out", (dir.path() / "keys" / "ward").string()}).exitCode, 0);
    ASSERT_EQ(runSignage({"bundle", "create", kDemo, "--key", (dir.path() / "keys" / "ward.key").string(), "--out",
                          (dir.path() / "b.bundle").string()}).exitCode, 0);
    std::string inbox = (dir.path() / "data" / "inbox").string();
    std::string log = playWhile(dir, "", "mkdir -p " + inbox + " && cp " + (dir.path() / "b.bundle").string() + " " + inbox + "/");
    EXPECT_EQ(playLog(dir, kImports).size(), 1u) << "the refusal is in the play log: " << log;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "data" / "content")) << "nothing installed: " << log;
    EXPECT_EQ(playLog(dir, "SELECT count(*) FROM plays WHERE outcome = 2 AND reason <> 'shutdown'").at(0), "0")
        << "no item was cut short for a swap: " << log;
    EXPECT_NE(
        playLog(dir, "SELECT count(*) FROM plays WHERE seq > (SELECT seq FROM events WHERE kind = 'content_import')")
            .at(0),
        "0")
        << "the installed content plays on after the refusal: " << log;
}

namespace {
/// The demo content as a signed bundle version 9.0.0 with `target` appended to its manifest.
void makeTargetedBundle(const TempDir& dir, const std::string& target) {
    std::filesystem::create_directories(dir.path() / "keys");
    ASSERT_EQ(runSignage({"bundle", "keygen", "--out", (dir.path() / "keys" / "ward").string()}).exitCode, 0);
    ASSERT_EQ(runCommand({"cp", "-r", kDemo, (dir.path() / "c").string()}).exitCode, 0);
    ASSERT_EQ(runCommand({"sed", "-i", "s/^version = .*/version = \"9.0.0\"/", (dir.path() / "c" / "manifest.toml").string()}).exitCode, 0);
    std::ofstream(dir.path() / "c" / "manifest.toml", std::ios::app) << "\n" << target;
    auto created = runSignage({"bundle", "create", (dir.path() / "c").string(), "--key", (dir.path() / "keys" / "ward.key").string(),
                               "--out", (dir.path() / "b.tar").string()});
    ASSERT_EQ(created.exitCode, 0) << created.err;
}
} // namespace

// Issue 18: the running player never passed its box id and site to the importer, so a
// bundle for another site dropped in the inbox was installed and played.
TEST(ContentUpdate, BundleForAnotherSiteIsRefusedByTheRunningPlayer) {
    TempDir dir;
    makeTargetedBundle(dir, "[target]\nsites = [\"cho-lon\"]\n");
    dir.write("signage.toml", "[box]\nid = \"box-001\"\nsite = \"ben-xe-my-tho\"\n");
    std::string inbox = (dir.path() / "data" / "inbox").string();
    std::string log = playWhile(dir, "", "mkdir -p " + inbox + " && cp " + (dir.path() / "b.tar.minisig").string() + " " +
                                             (dir.path() / "b.tar").string() + " " + inbox + "/",
                                "--config " + (dir.path() / "signage.toml").string());
    // The refusal names the box and site the running player passed to the importer.
    EXPECT_EQ(playLog(dir, kImports + " AND detail LIKE '%box-001%ben-xe-my-tho%'").size(), 1u)
        << "refused for this box: " << log;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "data" / "content")) << "nothing installed: " << log;
    EXPECT_EQ(playLog(dir, kPlaysOf + "'demo@9.0.0'").at(0), "0") << "the other site's bundle never played: " << log;
}

// Issue 18: `bundle import` (what usb-import runs on a .deb box) ignored the box id and
// site in signage.toml, and an unnamed box accepted targeted bundles.
TEST(ContentUpdate, BundleImportReadsTheBoxFromTheConfig) {
    TempDir dir;
    makeTargetedBundle(dir, "[target]\nsites = [\"cho-lon\"]\n");
    dir.write("signage.toml", "[box]\nsite = \"ben-xe-my-tho\"\n");
    std::vector<std::string> env{"SIGNAGE_TRUSTED_KEYS=" + (dir.path() / "keys").string()};
    auto r = runSignage({"bundle", "import", "--json", "--data-dir", (dir.path() / "data").string(), "--config",
                         (dir.path() / "signage.toml").string(), (dir.path() / "b.tar").string()},
                        60, env);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("\"status\":\"refused\",\"reason\":\"not_for_this_box\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ben-xe-my-tho"), std::string::npos) << "the config's site was checked: " << r.out;
    dir.write("empty.toml", "");
    r = runSignage({"bundle", "import", "--json", "--data-dir", (dir.path() / "data").string(), "--config",
                    (dir.path() / "empty.toml").string(), (dir.path() / "b.tar").string()},
                   60, env);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("\"status\":\"refused\",\"reason\":\"not_for_this_box\""), std::string::npos)
        << "an unnamed box refuses a targeted bundle: " << r.out;
    r = runSignage({"bundle", "import", "--json", "--data-dir", (dir.path() / "data").string(), "--site", "cho-lon",
                    (dir.path() / "b.tar").string()},
                   60, env);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"status\":\"installed\""), std::string::npos) << r.out;
}
