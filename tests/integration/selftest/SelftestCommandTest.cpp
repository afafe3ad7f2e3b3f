// SPDX-License-Identifier: GPL-3.0-or-later
// `signage selftest` end to end: exit codes, the list of what is wrong, --json, language.
#include <gtest/gtest.h>

#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage::test;

namespace {

const char* kPubKey =
    "untrusted comment: minisign public key 1811AB73598F3EA3\n"
    "RWSjPo9Zc6sRGI3E4vY3ogCfe2IyCNLeMzvXdKClGGwRfls8AQnazAIH\n";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Box {
    TempDir dir;
    std::string data() const { return (dir.path() / "data").string(); }
    std::string keys() const { return (dir.path() / "keys").string(); }
};

} // namespace

TEST(SelftestCommand, HealthyBoxPassesWithExitZero) {
    Box box;
    box.dir.write("keys/office.pub", kPubKey);
    auto r = runSignage({"selftest", "--lang", "en", "--data-dir", box.data(), "--trusted-keys", box.keys()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "[ OK ] video: offscreen")) << r.err;
    EXPECT_TRUE(contains(r.err, "[ OK ] audio: dummy")) << r.err;
    EXPECT_TRUE(contains(r.err, "Selftest: passed")) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out; // human text goes to stderr only
}

TEST(SelftestCommand, MissingKeysAndBlockedDataDirAreListedWithExitOne) {
    Box box;
    box.dir.write("data", "a file where the data dir should be");
    auto r = runSignage({"selftest", "--lang", "en", "--data-dir", box.data(), "--trusted-keys", box.keys()});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    auto summary = r.err.substr(r.err.find("Selftest: FAILED"));
    EXPECT_TRUE(contains(summary, "Selftest: FAILED, 2 problems:")) << r.err;
    EXPECT_TRUE(contains(summary, "  - data dir: " + box.data())) << r.err;
    EXPECT_TRUE(contains(summary, "  - trusted keys: " + box.keys())) << r.err;
}

TEST(SelftestCommand, VietnameseIsTheDefaultWording) {
    Box box;
    auto r = runSignage({"selftest", "--lang", "vi", "--data-dir", box.data(), "--trusted-keys", box.keys()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(contains(r.err, "[ LỖI ] khóa tin cậy: " + box.keys() + ": thư mục không tồn tại")) << r.err;
    EXPECT_TRUE(contains(r.err, "Tự kiểm tra: KHÔNG ĐẠT, 1 lỗi:")) << r.err;
}

TEST(SelftestCommand, TrustedKeysComeFromTheEnvironmentLikeBundleImport) {
    Box box;
    box.dir.write("keys/office.pub", kPubKey);
    auto r = runSignage({"selftest", "--lang", "en", "--data-dir", box.data()}, 60, {"SIGNAGE_TRUSTED_KEYS=" + box.keys()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "trusted keys: " + box.keys() + ": 1 key")) << r.err;
}

TEST(SelftestCommand, JsonOnStdoutHasEveryCheck) {
    Box box;
    auto r = runSignage({"selftest", "--json", "--lang", "en", "--data-dir", box.data(), "--trusted-keys", box.keys()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out.rfind("{\"ok\": false, \"failed\": 1,", 0), 0u) << r.out;
    for (const char* id : {"libraries", "fonts", "video", "audio", "data_dir", "clock", "trusted_keys"})
        EXPECT_TRUE(contains(r.out, std::string("{\"id\": \"") + id + "\"")) << id << "\n" << r.out;
    EXPECT_TRUE(contains(r.out, "\"id\": \"trusted_keys\", \"title\": \"trusted keys\", \"status\": \"fail\"")) << r.out;
}

TEST(SelftestCommand, SkippedChecksAreLeftOutAndUnknownOnesAreAUsageError) {
    Box box;
    box.dir.write("keys/office.pub", kPubKey);
    auto r = runSignage({"selftest", "--json", "--skip", "video", "--skip", "audio", "--data-dir", box.data(),
                         "--trusted-keys", box.keys()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(contains(r.out, "\"video\"")) << r.out;
    EXPECT_FALSE(contains(r.out, "\"audio\"")) << r.out;
    EXPECT_EQ(runSignage({"selftest", "--skip", "network"}).exitCode, 2);
}
