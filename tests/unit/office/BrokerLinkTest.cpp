// SPDX-License-Identifier: GPL-3.0-or-later
// office.toml's [broker] section (office/BrokerLink.h): local by default and exactly as
// before, external with a URL, a CA and the office's own account; every mistake at
// file:line:col (the office refuses to start), unknown keys refused as in [office].
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "office/OfficeDir.h"
#include "support/TempDir.h"

namespace signage::office {
namespace {

const char* kPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

std::string joined(const std::vector<std::string>& errors) {
    std::string out;
    for (const auto& e : errors) out += e + "\n";
    return out;
}

class BrokerLinkTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        _dir.write("district-ca.pem", kPem);
        _dir.write("mqtt-password", "s3cret\n");
        _dir.write("office.crt", kPem);
        _dir.write("office.key.pem", "key");
    }
    void TearDown() override { core::setLang(core::Lang::Vi); }
    OfficeSettings load(const std::string& broker) {
        _dir.write("office.toml", "[office]\nward = \"phuong-1\"\n\n" + broker);
        errors.clear();
        return OfficeDir(_dir.path()).load(errors);
    }
    std::string file() const { return (_dir.path() / "office.toml").string(); }
    const std::filesystem::path& root() const { return _dir.path(); }
    std::vector<std::string> errors;

private:
    test::TempDir _dir;
};

const std::string kGood =
    "[broker]\nmode = \"external\"\nurl = \"mqtts://mqtt.quan-1.example:8884\"\n"
    "ca_file = \"district-ca.pem\"\nusername = \"office-phuong-1\"\npassword_file = \"mqtt-password\"\n";

TEST_F(BrokerLinkTest, WithoutABrokerSectionTheOfficeRunsItsOwnMosquittoAsBefore) {
    auto s = load("");
    EXPECT_TRUE(errors.empty()) << joined(errors);
    EXPECT_FALSE(s.brokerLink.external());
    EXPECT_EQ(officeClientId(s.brokerLink, "phuong-1"), "office"); // the session an upgraded office had
    s = load("[broker]\nmode = \"local\"\n");
    EXPECT_TRUE(errors.empty()) << joined(errors);
    EXPECT_FALSE(s.brokerLink.external());
}

TEST_F(BrokerLinkTest, ExternalReadsEveryKeyWithPathsFromTheOfficeFolder) {
    auto s = load(kGood);
    ASSERT_TRUE(errors.empty()) << joined(errors);
    const BrokerLink& l = s.brokerLink;
    EXPECT_TRUE(l.external());
    EXPECT_EQ(l.host, "mqtt.quan-1.example");
    EXPECT_EQ(l.port, 8884);
    EXPECT_EQ(l.boxHost, "mqtt.quan-1.example") << "box_url defaults to url";
    EXPECT_EQ(l.boxPort, 8884);
    EXPECT_EQ(l.caFile, root() / "district-ca.pem");
    EXPECT_EQ(l.passwordFile, root() / "mqtt-password");
    EXPECT_EQ(l.username, "office-phuong-1");
    EXPECT_EQ(officeClientId(l, "phuong-1"), "office-phuong-1") << "unique per office on a shared cluster";
    EXPECT_EQ(OfficeDir(root()).officePasswordText(s), "s3cret");

    s = load(kGood + "box_url = \"mqtts://[2001:db8::1]\"\nclient_id = \"office-P1.b\"\nclient_cert = \"office.crt\"\n"
                     "client_key = \"office.key.pem\"\n");
    ASSERT_TRUE(errors.empty()) << joined(errors);
    EXPECT_EQ(s.brokerLink.boxHost, "2001:db8::1");
    EXPECT_EQ(s.brokerLink.boxPort, 8883);
    EXPECT_EQ(officeClientId(s.brokerLink, "phuong-1"), "office-P1.b");
    EXPECT_EQ(s.brokerLink.clientCert, root() / "office.crt");
    EXPECT_EQ(s.brokerLink.clientKey, root() / "office.key.pem");
}

TEST_F(BrokerLinkTest, MissingCaFileUnknownKeyAndBadUrlAreRefusedAtTheirPosition) {
    // [broker] is on line 4 (after [office], ward and a blank line).
    load("[broker]\nmode = \"external\"\nurl = \"mqtts://mqtt.example\"\nusername = \"o\"\npassword_file = "
         "\"mqtt-password\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0], file() + ":4:1: missing required key \"broker.ca_file\"");

    load(kGood + "ca_fiel = \"x.pem\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0], file() + ":10:1: unknown key \"ca_fiel\" in [broker] (did you mean \"ca_file\"?)");

    load("[broker]\nmode = \"external\"\nurl = \"mqtt://mqtt.example:1883\"\nca_file = \"district-ca.pem\"\n"
         "username = \"o\"\npassword_file = \"mqtt-password\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(file() + ":6:7: broker.url: \"mqtt://mqtt.example:1883\": needs mqtts:// (TLS)", 0), 0u)
        << joined(errors);

    for (const char* bad : {"mqtts://", "mqtts://host:99999", "mqtts://host:", "mqtts://host:88a", "mqtts://u:p@host",
                            "mqtts://host/path", "https://host", "mqtts://::1:8883", "mqtts://[::1"}) {
        load(std::string("[broker]\nmode = \"external\"\nurl = \"") + bad +
             "\"\nca_file = \"district-ca.pem\"\nusername = \"o\"\npassword_file = \"mqtt-password\"\n");
        ASSERT_EQ(errors.size(), 1u) << bad << "\n" << joined(errors);
        EXPECT_EQ(errors[0].rfind(file() + ":6:7: broker.url:", 0), 0u) << bad << "\n" << joined(errors);
    }
}

TEST_F(BrokerLinkTest, FilesAndAccountsAreCheckedWhenTheSettingsAreRead) {
    load("[broker]\nmode = \"external\"\nurl = \"mqtts://h\"\nca_file = \"mqtt-password\"\nusername = \"o\"\n"
         "password_file = \"none\"\n");
    ASSERT_EQ(errors.size(), 2u) << joined(errors);
    EXPECT_NE(errors[0].find(":7:11: broker.ca_file: "), std::string::npos) << joined(errors);
    EXPECT_NE(errors[0].find("holds no PEM certificate"), std::string::npos) << joined(errors);
    EXPECT_NE(errors[1].find(":9:17: broker.password_file: cannot read "), std::string::npos) << joined(errors);

    load("[broker]\nmode = \"external\"\nurl = \"mqtts://h\"\nca_file = \"district-ca.pem\"\nusername = \"o\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0], file() + ":4:1: missing required key \"broker.password_file\"");

    load("[broker]\nmode = \"external\"\nurl = \"mqtts://h\"\nca_file = \"district-ca.pem\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_NE(errors[0].find(":4:1: [broker] needs username + password_file"), std::string::npos) << joined(errors);

    load("[broker]\nmode = \"external\"\nurl = \"mqtts://h\"\nca_file = \"district-ca.pem\"\nclient_cert = "
         "\"office.crt\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_NE(errors[0].find("client_cert and client_key go together"), std::string::npos) << joined(errors);

    load("[broker]\nmode = \"external\"\nurl = \"mqtts://h\"\nca_file = \"district-ca.pem\"\nclient_cert = "
         "\"office.crt\"\n"
         "client_key = \"office.key.pem\"\nclient_id = \"has space\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_NE(errors[0].find(":10:13: broker.client_id:"), std::string::npos) << joined(errors);
}

TEST_F(BrokerLinkTest, ExternalKeysUnderLocalModeAndABadModeAreRefused) {
    load("[broker]\nmode = \"local\"\nurl = \"mqtts://h\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0], file() + ":6:1: broker.url: only with mode = \"external\"");
    load("[broker]\nmode = \"cluster\"\n");
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_EQ(errors[0].rfind(file() + ":5:8: ", 0), 0u) << joined(errors);
}

TEST(BrokerUrl, Forms) {
    auto a = parseBrokerUrl("mqtts://10.0.0.5:8883/");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->host, "10.0.0.5");
    EXPECT_EQ(a->port, 8883);
    a = parseBrokerUrl("mqtts://[::1]:18883");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->host, "::1");
    EXPECT_EQ(a->port, 18883);
    a = parseBrokerUrl("mqtts://emqx.quan-1.example");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->port, 8883);
    std::string why;
    EXPECT_FALSE(parseBrokerUrl("mqtts://h:0", &why));
    EXPECT_FALSE(why.empty());
}

} // namespace
} // namespace signage::office
