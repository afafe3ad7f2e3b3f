// SPDX-License-Identifier: GPL-3.0-or-later
// The [fleet] section of signage.toml and the enrollment file: every key read, and unknown
// keys, wrong types, out-of-range numbers and missing keys refused with file:line:col.
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "fleet/FleetConfig.h"
#include "support/TempDir.h"

namespace signage::fleet {
namespace {

const std::string kKey(64, 'a');

std::string full(const std::string& extra = {}) {
    return "[fleet]\nward = \"phuong-1\"\nbox = \"box-cho-01\"\nusername = \"box-cho-01\"\npassword = \"pw\"\n"
           "ca_pem = \"PEM\"\noffice_key = \"" +
           kKey + "\"\n" + extra;
}

std::string joined(const std::vector<std::string>& errors) {
    std::string out;
    for (const auto& e : errors) out += e + "\n";
    return out;
}

class FleetConfigTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::Vi); }
};

TEST_F(FleetConfigTest, ReadsEveryKey) {
    std::vector<std::string> errors;
    auto c = parseFleetConfig(full("site = \"cho\"\nhost = \"10.0.0.2\"\nport = 1884\nheartbeat_seconds = 30\n"
                                   "batch_links = 100\nwindow = 4\nack_timeout_seconds = 20\n"),
                              "signage.toml", errors);
    ASSERT_TRUE(c) << joined(errors);
    EXPECT_TRUE(errors.empty()) << joined(errors);
    EXPECT_EQ(c->ward, "phuong-1");
    EXPECT_EQ(c->box, "box-cho-01");
    EXPECT_EQ(c->site, "cho");
    EXPECT_EQ(c->host, "10.0.0.2");
    EXPECT_EQ(c->port, 1884);
    EXPECT_EQ(c->password, "pw");
    EXPECT_EQ(c->heartbeatSeconds, 30);
    EXPECT_EQ(c->batchLinks, 100);
    EXPECT_EQ(c->window, 4);
    EXPECT_EQ(c->ackTimeoutSeconds, 20);
    EXPECT_NE(c->officeKey, playlog::PublicKey{});
}

TEST_F(FleetConfigTest, NoFleetSectionIsNoAgent) {
    std::vector<std::string> errors;
    EXPECT_FALSE(parseFleetConfig("[box]\nid = \"x\"\n", "signage.toml", errors));
    EXPECT_TRUE(errors.empty()) << joined(errors);
}

TEST_F(FleetConfigTest, UnknownKeyIsRefusedWithItsPosition) {
    std::vector<std::string> errors;
    EXPECT_FALSE(parseFleetConfig(full("hots = \"10.0.0.2\"\n"), "signage.toml", errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind("signage.toml:8:", 0), 0u) << joined(errors);
    EXPECT_NE(errors[0].find("unknown key \"hots\" in [fleet] (did you mean \"host\"?)"), std::string::npos)
        << joined(errors);
}

TEST_F(FleetConfigTest, WrongTypesAndRangesAreRefusedWithTheirPosition) {
    std::vector<std::string> errors;
    EXPECT_FALSE(parseFleetConfig(full("port = \"1884\"\n"), "signage.toml", errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind("signage.toml:8:8: ", 0), 0u) << joined(errors);
    EXPECT_NE(errors[0].find("port"), std::string::npos) << joined(errors);
    errors.clear();
    EXPECT_FALSE(parseFleetConfig(full("window = 65\n"), "signage.toml", errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind("signage.toml:8:10: ", 0), 0u) << joined(errors);
    errors.clear();
    EXPECT_FALSE(parseFleetConfig(full("host = 10\n"), "signage.toml", errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind("signage.toml:8:8: ", 0), 0u) << joined(errors);
    EXPECT_NE(errors[0].find("host"), std::string::npos) << joined(errors);
}

TEST_F(FleetConfigTest, MissingKeysAndABadOfficeKeyAreNamed) {
    std::vector<std::string> errors;
    EXPECT_FALSE(parseFleetConfig("[fleet]\nward = \"phuong-1\"\noffice_key = \"abc\"\n", "signage.toml", errors));
    std::string all = joined(errors);
    EXPECT_NE(all.find("signage.toml:3:14: "), std::string::npos) << all;
    EXPECT_NE(all.find("64 hex digits"), std::string::npos) << all;
    for (const char* key : {"box", "username", "password", "ca_pem", "office_key"})
        EXPECT_NE(all.find(std::string("signage.toml: [fleet] missing ") + key), std::string::npos) << key << "\n"
                                                                                                    << all;
}

TEST_F(FleetConfigTest, SyntaxErrorHasItsPosition) {
    std::vector<std::string> errors;
    EXPECT_FALSE(parseFleetConfig("[fleet]\nward = \n", "signage.toml", errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind("signage.toml:2:", 0), 0u) << joined(errors);
}

TEST_F(FleetConfigTest, TheEnrollmentFileFillsInAndItsProblemsNameIt) {
    test::TempDir dir;
    dir.write("enroll.toml", full());
    auto cfg = dir.write("signage.toml", "[fleet]\nenrollment = \"enroll.toml\"\nhost = \"10.0.0.9\"\n");
    std::vector<std::string> errors;
    auto c = loadFleetConfig(cfg, errors);
    ASSERT_TRUE(c) << joined(errors);
    EXPECT_EQ(c->box, "box-cho-01");
    EXPECT_EQ(c->host, "10.0.0.9"); // signage.toml wins
    auto enroll = dir.write("enroll.toml", full("prot = 1\n"));
    errors.clear();
    EXPECT_FALSE(loadFleetConfig(cfg, errors));
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(enroll.string() + ":8:", 0), 0u) << joined(errors);
}

} // namespace
} // namespace signage::fleet
