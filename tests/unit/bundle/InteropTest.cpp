// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end, a bundle checked on "another machine" (keys and bundle
// copied elsewhere, the signer's directory gone), and interoperability with minisign.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "BundleFixtures.h"
#include "bundle/BundleWriter.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

/// Adds a playlist and a slide to `content`: `bundle create` signs only what `validate` accepts.
fs::path playable(const fs::path& content) {
    writeFile(content / "playlists" / "main.toml", "[[items]]\ntype = \"slide\"\nslide = \"intro\"\nduration = \"10s\"\n");
    writeFile(content / "slides" / "intro.toml", "title = \"Không chuyển khoản\"\n");
    return content;
}

bool haveMinisign() { return runCommand({"sh", "-c", "command -v minisign"}, 10).exitCode == 0; }

TEST(BundleCli, MadeInOneDirectoryVerifiesWithKeysCopiedElsewhere) {
    TempDir office, box;
    auto keygen = runSignage({"bundle", "keygen", "--out", (office.path() / "ubnd-hong-an").string()});
    ASSERT_EQ(keygen.exitCode, 0) << keygen.err;
    struct stat st {};
    ASSERT_EQ(stat((office.path() / "ubnd-hong-an.key").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u) << "the secret key must be private";
    EXPECT_EQ(runSignage({"bundle", "keygen", "--out", (office.path() / "ubnd-hong-an").string()}).exitCode, 1)
        << "keygen must not overwrite a key";

    fs::path content = playable(makeContent(office.path() / "content", "1.0.0", {{"media/poster.bin", 20000}}));
    fs::path bundleFile = office.path() / "demo-1.0.0.bundle";
    auto create = runSignage({"bundle", "create", content.string(), "--key", (office.path() / "ubnd-hong-an.key").string(), "--out",
                              bundleFile.string(), "--zstd"});
    ASSERT_EQ(create.exitCode, 0) << create.err;

    fs::create_directories(box.path() / "keys");
    fs::copy_file(office.path() / "ubnd-hong-an.pub", box.path() / "keys" / "ubnd-hong-an.pub");
    fs::copy_file(bundleFile, box.path() / "demo.bundle");
    fs::copy_file(bundle::signaturePathFor(bundleFile), box.path() / "demo.bundle.minisig");
    fs::remove_all(office.path());

    auto verify = runSignage({"bundle", "verify", (box.path() / "demo.bundle").string(), "--trusted-keys", (box.path() / "keys").string(), "--json"});
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
    EXPECT_NE(verify.out.find("\"ok\":true"), std::string::npos) << verify.out;
    EXPECT_NE(verify.out.find("\"key_name\":\"ubnd-hong-an\""), std::string::npos) << verify.out;

    auto untrusted = runSignage({"bundle", "verify", (box.path() / "demo.bundle").string(), "--trusted-keys", (box.path() / "nokeys").string()});
    EXPECT_EQ(untrusted.exitCode, 1) << untrusted.err;

    auto imp = runSignage({"bundle", "import", (box.path() / "demo.bundle").string(), "--data-dir", (box.path() / "data").string(),
                           "--trusted-keys", (box.path() / "keys").string(), "--json"});
    EXPECT_EQ(imp.exitCode, 0) << imp.err;
    EXPECT_NE(imp.out.find("\"status\":\"installed\""), std::string::npos) << imp.out;
    EXPECT_EQ(playableProblem(box.path() / "data"), "");

    auto list = runSignage({"bundle", "list", "--data-dir", (box.path() / "data").string(), "--json"});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_NE(list.out.find("\"current\":true"), std::string::npos) << list.out;
    auto rollback = runSignage({"bundle", "rollback", "--data-dir", (box.path() / "data").string()});
    EXPECT_EQ(rollback.exitCode, 1) << "nothing earlier to roll back to";
}

TEST(BundleCli, ExitCodesSeparateBadBundlesFromBrokenBoxes) {
    TempDir t;
    TestKey key = makeKey(t.path() / "keys", "ward");
    fs::path b = makeBundle(makeContent(t.path() / "c", "1.0.0", {{"media/a.bin", 1000}}), key, t.path() / "a.bundle");
    fs::remove(bundle::signaturePathFor(b));
    auto unsignedRun = runSignage({"--lang", "vi", "bundle", "import", b.string(), "--data-dir", (t.path() / "data").string(),
                                   "--trusted-keys", (t.path() / "keys").string(), "--json"});
    EXPECT_EQ(unsignedRun.exitCode, 1);
    EXPECT_NE(unsignedRun.out.find("\"reason\":\"unsigned\""), std::string::npos) << unsignedRun.out;
    EXPECT_NE(unsignedRun.err.find("chưa được ký"), std::string::npos) << unsignedRun.err;
    auto usage = runSignage({"bundle", "create"});
    EXPECT_EQ(usage.exitCode, 2);
    auto badContent = runSignage({"bundle", "create", (t.path() / "nothing").string(), "--key", key.keyFile.string(), "--out",
                                  (t.path() / "x.bundle").string()});
    EXPECT_EQ(badContent.exitCode, 1) << badContent.err;
    EXPECT_FALSE(fs::exists(t.path() / "x.bundle"));
}

TEST(BundleCli, CreateReportsManifestErrorsWithPosition) {
    TempDir t;
    TestKey key = makeKey(t.path() / "keys", "ward");
    writeFile(t.path() / "c" / "manifest.toml", "id = \"demo\"\nname = \"x\"\nversion = \"1.0\"\nmin_player_version = \"new\"\n");
    auto r = runSignage({"--lang", "en", "bundle", "create", (t.path() / "c").string(), "--key", key.keyFile.string(), "--out",
                         (t.path() / "x.bundle").string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("manifest.toml:4:"), std::string::npos) << r.err;
}

TEST(BundleCli, CreateRefusesSymlinksInContent) {
    TempDir t;
    TestKey key = makeKey(t.path() / "keys", "ward");
    fs::path c = makeContent(t.path() / "c", "1.0.0", {{"media/a.bin", 10}});
    fs::create_symlink("/etc/passwd", c / "media" / "passwd");
    auto r = runSignage({"bundle", "create", c.string(), "--key", key.keyFile.string(), "--out", (t.path() / "x.bundle").string()});
    EXPECT_EQ(r.exitCode, 1) << r.err;
}

TEST(Minisign, AcceptsOurSignature) {
    if (!haveMinisign()) GTEST_SKIP() << "minisign not installed (apt-get install minisign); interoperability not checked";
    TempDir t;
    TestKey key = makeKey(t.path(), "ward");
    fs::path b = makeBundle(makeContent(t.path() / "c", "1.0.0", {{"media/a.bin", 300000}}), key, t.path() / "demo.bundle");
    auto ok = runCommand({"minisign", "-Vm", b.string(), "-p", key.pubFile.string()});
    EXPECT_EQ(ok.exitCode, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("version:1.0.0"), std::string::npos) << ok.out;
    std::string bytes = readFile(b);
    bytes[1000] ^= 1;
    writeFile(b, bytes);
    auto bad = runCommand({"minisign", "-Vm", b.string(), "-p", key.pubFile.string()});
    EXPECT_NE(bad.exitCode, 0) << "minisign must reject a modified bundle";
}

TEST(Minisign, SignsWithOurKeyAndWeAcceptIt) {
    if (!haveMinisign()) GTEST_SKIP() << "minisign not installed (apt-get install minisign); interoperability not checked";
    TempDir t;
    TestKey key = makeKey(t.path() / "keys", "ward");
    fs::path b = makeBundle(makeContent(t.path() / "c", "1.0.0", {{"media/a.bin", 3000}}), key, t.path() / "demo.bundle");
    fs::remove(bundle::signaturePathFor(b));
    auto sign = runCommand({"minisign", "-S", "-s", key.keyFile.string(), "-m", b.string(), "-t", "signed with minisign"});
    ASSERT_EQ(sign.exitCode, 0) << sign.out << sign.err;
    auto verify = runSignage({"bundle", "verify", b.string(), "--trusted-keys", (t.path() / "keys").string()});
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
}

TEST(Minisign, ItsKeysAreTrusted) {
    if (!haveMinisign()) GTEST_SKIP() << "minisign not installed (apt-get install minisign); interoperability not checked";
    TempDir t;
    fs::create_directories(t.path() / "keys");
    auto gen = runCommand({"minisign", "-G", "-W", "-p", (t.path() / "keys" / "m.pub").string(), "-s", (t.path() / "m.key").string()});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    fs::path c = playable(makeContent(t.path() / "c", "1.0.0", {{"media/a.bin", 3000}}));
    auto create = runSignage({"bundle", "create", c.string(), "--key", (t.path() / "m.key").string(), "--out", (t.path() / "m.bundle").string()});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    auto verify = runSignage({"bundle", "verify", (t.path() / "m.bundle").string(), "--trusted-keys", (t.path() / "keys").string()});
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
}

} // namespace
} // namespace signage::test
