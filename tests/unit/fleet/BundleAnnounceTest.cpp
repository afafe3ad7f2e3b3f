// SPDX-License-Identifier: GPL-3.0-or-later
// Signed bundle announcements: what the office signs is what the box reads back; a forged,
// mistyped or incomplete one is refused with a reason, and a key a newer office adds is
// ignored (the signature already says who wrote it).
#include <gtest/gtest.h>

#include <algorithm>

#include "fleet/Alert.h"
#include "fleet/BundleAnnounce.h"

namespace signage::fleet {
namespace {

BundleAnnouncement sample() {
    BundleAnnouncement a;
    a.ward = "phuong-1";
    a.id = "chien-dich-8";
    a.version = "1.2.0";
    a.issuedMs = 1754100000000;
    a.file = "chien-dich-8-1.2.0.bundle";
    a.size = 123456;
    a.sha256 = std::string(64, 'b');
    a.url = "https://192.168.1.10:8443/bundles/chien-dich-8-1.2.0.bundle";
    a.minisig = "untrusted comment: x\nRWQ...\n";
    return a;
}

// Signs `body` as the office would (the body is taken as written, to test odd ones).
std::string signBody(const std::string& body, const playlog::BoxKey& key) {
    return playlog::toHex(key.sign(body)) + "\n" + body;
}

TEST(BundleAnnounce, RoundTrips) {
    auto key = playlog::BoxKey::generate();
    std::string why;
    auto a = checkAnnouncement(signAnnouncement(sample(), key), key.publicKey(), "phuong-1", &why);
    ASSERT_TRUE(a) << why;
    EXPECT_EQ(a->id, "chien-dich-8");
    EXPECT_EQ(a->size, 123456u);
    EXPECT_EQ(a->issuedMs, 1754100000000);
    EXPECT_EQ(a->minisig, sample().minisig);
    EXPECT_FALSE(checkAnnouncement(signAnnouncement(sample(), key), key.publicKey(), "phuong-2", &why));
    EXPECT_NE(why.find("another ward"), std::string::npos) << why;
    auto other = playlog::BoxKey::generate();
    EXPECT_FALSE(checkAnnouncement(signAnnouncement(sample(), other), key.publicKey(), "phuong-1", &why));
    EXPECT_NE(why.find("bad signature"), std::string::npos) << why;
}

TEST(BundleAnnounce, UnknownKeysAreIgnored) {
    auto key = playlog::BoxKey::generate();
    std::string why;
    auto a = checkAnnouncement(signBody(announcementBody(sample()) + "priority = \"high\"\n", key), key.publicKey(),
                               "phuong-1", &why);
    ASSERT_TRUE(a) << why;
    EXPECT_EQ(a->file, sample().file);
}

TEST(BundleAnnounce, MissingOrMistypedFieldsAreRefused) {
    auto key = playlog::BoxKey::generate();
    std::string why;
    BundleAnnouncement noUrl = sample();
    noUrl.url.clear();
    EXPECT_FALSE(checkAnnouncement(signAnnouncement(noUrl, key), key.publicKey(), "phuong-1", &why));
    EXPECT_EQ(why.rfind("malformed: ", 0), 0u) << why;
    std::string body = announcementBody(sample());
    auto at = body.find("size = 123456");
    ASSERT_NE(at, std::string::npos) << body;
    body.replace(at, 13, "size = \"123456\"");
    EXPECT_FALSE(checkAnnouncement(signBody(body, key), key.publicKey(), "phuong-1", &why));
    EXPECT_EQ(why.rfind("malformed: ", 0), 0u) << why;
    EXPECT_NE(why.find("size"), std::string::npos) << why;
    // The mistyped field is named at its line and column in the body.
    auto line = static_cast<int>(std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    EXPECT_NE(why.find("bundle announcement:" + std::to_string(line) + ":8: "), std::string::npos) << why;
    EXPECT_FALSE(checkAnnouncement(signBody("ward = \n", key), key.publicKey(), "phuong-1", &why));
    EXPECT_EQ(why.rfind("malformed: ", 0), 0u) << why;
}

// Office alerts are read the same way: a mistyped field is refused as malformed, named at
// its line and column; a key a newer office adds is ignored.
TEST(AlertBody, MistypedFieldsAreNamedAtTheirPositionAndUnknownKeysIgnored) {
    auto key = playlog::BoxKey::generate();
    Alert a;
    a.id = "a-1";
    a.ward = "phuong-1";
    a.level = AlertLevel::Priority;
    a.message = "Cảnh báo lừa đảo";
    a.expiryMs = 2'000'000'000'000;
    auto ok = checkAlert(signBody(alertBody(a) + "colour = \"red\"\n", key), key.publicKey(), "phuong-1", "b", "s", 0);
    EXPECT_EQ(ok.refusal, AlertRefusal::None) << ok.detail;
    std::string body = alertBody(a);
    auto at = body.find("expiry_ms = ");
    ASSERT_NE(at, std::string::npos) << body;
    body.insert(at + 12, "\"");
    body.insert(body.find('\n', at), "\"");
    auto bad = checkAlert(signBody(body, key), key.publicKey(), "phuong-1", "b", "s", 0);
    EXPECT_EQ(bad.refusal, AlertRefusal::Malformed);
    auto line = static_cast<int>(std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    EXPECT_EQ(bad.detail.rfind("alert:" + std::to_string(line) + ":13: expiry_ms", 0), 0u) << bad.detail;
}

} // namespace
} // namespace signage::fleet
