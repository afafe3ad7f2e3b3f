// SPDX-License-Identifier: GPL-3.0-or-later
// Installing, re-importing, rolling back, pruning and repairing DATA_DIR.
#include <gtest/gtest.h>

#include <fstream>

#include "BundleFixtures.h"
#include "bundle/BundleStore.h"
#include "bundle/BundleWriter.h"
#include "core/Lang.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

using bundle::ImportResult;

class Store : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        key = makeKey(tmp.path() / "keys", "ward");
        data = tmp.path() / "data";
    }
    fs::path version(const std::string& v, bool zstd = false) {
        return makeBundle(makeContent(tmp.path() / ("c" + v), v, {{"media/" + v + ".bin", 5000}, {"slides/a.toml", 10}}), key,
                          tmp.path() / ("demo-" + v + ".bundle"), zstd);
    }
    ImportResult import(const fs::path& p) { return bundle::importBundle(p, optionsFor(data, key)); }
    std::string currentVersion() {
        auto c = bundle::BundleStore(data).current();
        return c ? c->version : "";
    }
    TempDir tmp;
    TestKey key;
    fs::path data;
};

TEST_F(Store, InstallsAndReportsAlreadyInstalled) {
    fs::path b = version("1.0.0");
    EXPECT_EQ(import(b).status, ImportResult::Status::Installed);
    auto again = import(b);
    EXPECT_EQ(again.status, ImportResult::Status::AlreadyInstalled) << again.message();
    EXPECT_EQ(bundle::BundleStore(data).installed().size(), 1u);
    EXPECT_EQ(playableProblem(data), "");
    // The link is relative, so DATA_DIR can move.
    EXPECT_EQ(contentTarget(data).rfind("bundles/", 0), 0u) << contentTarget(data);
}

TEST_F(Store, AMistypedInstallTomlIsLoggedAtItsPositionAndNotTakenAsInstalled) {
    EXPECT_EQ(import(version("1.0.0")).status, ImportResult::Status::Installed);
    auto all = bundle::BundleStore(data).installed();
    ASSERT_EQ(all.size(), 1u);
    const fs::path file = all[0].dir / "install.toml";
    std::ofstream(file, std::ios::trunc) << "seq = 1\nid = \"demo\"\nversion = 100\nnewer_key = 1\n";
    testing::internal::CaptureStderr();
    EXPECT_TRUE(bundle::BundleStore(data).installed().empty());
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find(file.string() + ":3:11: version: expected a string, found an integer"), std::string::npos)
        << err;
    EXPECT_EQ(err.find("newer_key"), std::string::npos) << err; // unknown keys are ignored in install.toml
}

TEST_F(Store, ZstdBundleInstalls) {
    auto r = import(version("1.0.0", true));
    EXPECT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_EQ(playableProblem(data), "");
}

TEST_F(Store, VietnameseFileNamesSurvive) {
    fs::path c = makeContent(tmp.path() / "vn", "1.0.0", {{"media/ảnh cảnh báo.png", 100}, {"slides/khong_chuyen_khoan.toml", 10}});
    auto r = import(makeBundle(c, key, tmp.path() / "vn.bundle"));
    ASSERT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_TRUE(fs::exists(data / "content" / "media" / "ảnh cảnh báo.png"));
}

TEST_F(Store, RollbackGoesBackAndImportMovesForwardAgain) {
    import(version("1.0.0"));
    import(version("1.1.0"));
    ASSERT_EQ(currentVersion(), "1.1.0");
    auto r = bundle::rollbackBundle(data);
    EXPECT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_EQ(currentVersion(), "1.0.0");
    EXPECT_EQ(playableProblem(data), "");
    auto none = bundle::rollbackBundle(data);
    EXPECT_EQ(none.reason, bundle::Reason::NotFound);
    EXPECT_EQ(currentVersion(), "1.0.0");
    auto forward = import(version("1.2.0"));
    EXPECT_EQ(forward.status, ImportResult::Status::Installed) << forward.message();
    EXPECT_EQ(currentVersion(), "1.2.0");
}

TEST_F(Store, KeepsOnlyTheNewestBundles) {
    for (const char* v : {"1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0"}) ASSERT_TRUE(import(version(v)).ok());
    auto all = bundle::BundleStore(data).installed();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all.front().version, "1.2.0");
    EXPECT_EQ(all.back().version, "1.4.0");
    EXPECT_TRUE(leftovers(data).empty());
}

TEST_F(Store, ImportsTheNewestBundleFromADirectory) {
    fs::path stick = tmp.path() / "usb";
    fs::create_directories(stick / "signage");
    for (const char* v : {"1.0.0", "1.2.0"}) {
        fs::path b = version(v);
        fs::copy_file(b, stick / b.filename());
        fs::copy_file(bundle::signaturePathFor(b), stick / (b.filename().string() + ".minisig"));
    }
    fs::path b = version("1.1.0");
    fs::copy_file(b, stick / "signage" / b.filename());
    fs::copy_file(bundle::signaturePathFor(b), stick / "signage" / (b.filename().string() + ".minisig"));
    writeFile(stick / "junk.bundle", "unsigned junk");
    EXPECT_EQ(bundle::findBundleFiles(stick).size(), 4u);
    auto r = import(stick);
    EXPECT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_EQ(currentVersion(), "1.2.0");
    EXPECT_EQ(import(stick).status, ImportResult::Status::AlreadyInstalled);
}

TEST_F(Store, EmptyDirectoryIsNotFound) {
    fs::create_directories(tmp.path() / "empty");
    auto r = import(tmp.path() / "empty");
    EXPECT_EQ(r.reason, bundle::Reason::NotFound);
}

TEST_F(Store, FirstImportOverHandCopiedContentKeepsItForRollback) {
    makeContent(data / "content", "0.5.0", {{"media/hand.bin", 100}});
    auto r = import(version("1.0.0"));
    ASSERT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_FALSE(contentTarget(data).empty()) << "content is a symlink now";
    auto back = bundle::rollbackBundle(data);
    ASSERT_TRUE(back.ok()) << back.message();
    EXPECT_TRUE(fs::exists(data / "content" / "media" / "hand.bin"));
}

TEST_F(Store, RecoverRemovesLeftoversAndRepairsTheLink) {
    import(version("1.0.0"));
    import(version("1.1.0"));
    fs::create_directories(data / "bundles" / "staging-abc123" / "content");
    fs::create_directories(data / "bundles" / "trash-0001-demo-1.0.0");
    fs::remove(data / "content");
    fs::create_directory_symlink("bundles/9999-gone/content", data / "content");
    bundle::recoverStore(data);
    EXPECT_TRUE(leftovers(data).empty());
    EXPECT_EQ(currentVersion(), "1.1.0");
    EXPECT_EQ(playableProblem(data), "");
}

TEST_F(Store, InstallInfoRecordsSigner) {
    import(version("1.0.0"));
    auto c = bundle::BundleStore(data).current();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->keyName, "ward");
    EXPECT_EQ(c->keyId, key.secret.publicKey().idHex());
    EXPECT_EQ(c->name, "Nội dung mẫu");
    EXPECT_EQ(c->fileHash.size(), 128u);
}

} // namespace
} // namespace signage::test
