// SPDX-License-Identifier: GPL-3.0-or-later
// office.toml's [office] section: every key read, defaults when left out, and mistakes
// reported with file:line:col (the office refuses to start on any of them).
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "office/OfficeDir.h"
#include "support/TempDir.h"

namespace signage::office {
namespace {

std::string joined(const std::vector<std::string>& errors) {
    std::string out;
    for (const auto& e : errors) out += e + "\n";
    return out;
}

class OfficeDirTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::Vi); }
    OfficeSettings load(const std::string& text) {
        _dir.write("office.toml", text);
        errors.clear();
        return OfficeDir(_dir.path()).load(errors);
    }
    std::string file() const { return (_dir.path() / "office.toml").string(); }
    std::vector<std::string> errors;

private:
    test::TempDir _dir;
};

TEST_F(OfficeDirTest, ReadsEveryKeyAndDefaults) {
    auto s = load("[office]\nward = \"phuong-1\"\nport = 1884\nbind = \"127.0.0.1\"\nhosts = [\"office.local\"]\n"
                  "report_time = \"07:30\"\nutc_offset = \"+08:00\"\nspawn_broker = false\nhttp_port = 0\n"
                  "http_bind = \"127.0.0.1\"\nschedule = \"/srv/campaign\"\n\n[console]\nport = 9443\n");
    EXPECT_TRUE(errors.empty()) << joined(errors);
    EXPECT_EQ(s.broker.ward, "phuong-1");
    EXPECT_EQ(s.broker.port, 1884);
    EXPECT_EQ(s.broker.bindAddress, "127.0.0.1");
    EXPECT_EQ(s.broker.hostNames, std::vector<std::string>{"office.local"});
    EXPECT_EQ(s.reportMinute, 7 * 60 + 30);
    EXPECT_EQ(s.utcOffsetMin, 8 * 60);
    EXPECT_FALSE(s.spawnBroker);
    EXPECT_EQ(s.httpPort, 0);
    EXPECT_EQ(s.httpBind, "127.0.0.1");
    EXPECT_EQ(s.schedule, "/srv/campaign");
    auto d = load("[office]\nward = \"phuong-1\"\n");
    EXPECT_TRUE(errors.empty()) << joined(errors);
    EXPECT_EQ(d.broker.port, 8883);
    EXPECT_EQ(d.httpPort, 8443);
    EXPECT_EQ(d.reportMinute, 8 * 60);
    EXPECT_EQ(d.utcOffsetMin, 7 * 60);
    EXPECT_TRUE(d.spawnBroker);
}

TEST_F(OfficeDirTest, MistakesAreReported) {
    load("[office]\nward = \"phuong-1\"\nreport_time = \"8h\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(file() + ":", 0), 0u) << joined(errors);
    EXPECT_NE(errors[0].find("report_time"), std::string::npos) << joined(errors);
    load("[office]\nward = \"Phường 1\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_NE(errors[0].find("ward"), std::string::npos) << joined(errors);
    load("[office]\nward = \n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(file() + ":2:", 0), 0u) << joined(errors);
}

TEST_F(OfficeDirTest, UnknownKeysAndWrongTypesAreRefusedAtTheirPosition) {
    load("[office]\nward = \"phuong-1\"\nprot = 1884\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0], file() + ":3:1: unknown key \"prot\" in [office] (did you mean \"port\"?)") << joined(errors);
    load("[office]\nward = \"phuong-1\"\nport = \"1884\"\nspawn_broker = 1\n");
    ASSERT_EQ(errors.size(), 2u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(file() + ":3:8: office.port: expected an integer, found a string", 0), 0u)
        << joined(errors);
    EXPECT_EQ(errors[1].rfind(file() + ":4:16: office.spawn_broker:", 0), 0u) << joined(errors);
    load("[ofice]\nward = \"phuong-1\"\n");
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(joined(errors).find(file() + ":1:2: unknown key \"ofice\" (did you mean \"office\"?)"), std::string::npos)
        << joined(errors);
}

} // namespace
} // namespace signage::office
