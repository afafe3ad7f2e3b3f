#include <gtest/gtest.h>

#include "app/Config.h"
#include "core/Lang.h"

using signage::app::BoxConfig;
using signage::app::parseBoxConfig;

TEST(BoxConfig, ReadsEveryKey) {
    auto c = parseBoxConfig("[box]\nid = \"box-007\"\nsite = \"ben-xe-my-tho\"\n[audio]\nvolume = 0.8\n"
                            "quiet_hours = \"21:30-06:00\"\nquiet_volume = 0.25\n[checker]\npolice_phone = \"0273 111 222\"\n",
                            "signage.toml");
    EXPECT_EQ(c.boxId, "box-007");
    EXPECT_EQ(c.site, "ben-xe-my-tho");
    EXPECT_FLOAT_EQ(c.volume, 0.8f);
    EXPECT_FLOAT_EQ(c.quietVolume, 0.25f);
    EXPECT_EQ(c.policePhone, "0273 111 222");
    // Quiet hours cross midnight.
    EXPECT_TRUE(c.quietAt(22 * 60));
    EXPECT_TRUE(c.quietAt(5 * 60 + 59));
    EXPECT_FALSE(c.quietAt(6 * 60));
    EXPECT_FALSE(c.quietAt(12 * 60));
}

TEST(BoxConfig, BadValuesKeepDefaultsAndSayWhere) {
    signage::core::setLang(signage::core::Lang::En);
    testing::internal::CaptureStderr();
    auto c = parseBoxConfig("[audio]\nvolume = 7\nquiet_hours = \"late\"\nvolum = 1\n", "signage.toml");
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_FLOAT_EQ(c.volume, 1.0f);
    EXPECT_FALSE(c.quietAt(23 * 60));
    EXPECT_NE(err.find("signage.toml:2:10: volume must be 0..1"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:3:15: quiet_hours needs"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:4:9: unknown key: audio.volum"), std::string::npos) << err;
    auto broken = parseBoxConfig("[box\nid=1", "x.toml");
    EXPECT_TRUE(broken.boxId.empty());
}

TEST(BoxConfig, TouchCheckerKeys) {
    BoxConfig c = parseBoxConfig("[checker]\ntouch = true\nidle_seconds = 90\nreport_url = \"https://canhbao.khonggianmang.vn\"\n"
                                 "report_label = \"Báo cáo lừa đảo\"\n",
                                 "signage.toml");
    EXPECT_EQ(c.touchChecker, BoxConfig::Touch::On);
    EXPECT_EQ(c.idleSeconds, 90);
    EXPECT_EQ(c.reportUrl, "https://canhbao.khonggianmang.vn");
    EXPECT_EQ(c.reportLabel, "Báo cáo lừa đảo");
    EXPECT_EQ(parseBoxConfig("[checker]\ntouch = false\n", "a.toml").touchChecker, BoxConfig::Touch::Off);
    EXPECT_EQ(parseBoxConfig("[checker]\ntouch = \"auto\"\n", "a.toml").touchChecker, BoxConfig::Touch::Auto);
    EXPECT_EQ(parseBoxConfig("", "a.toml").touchChecker, BoxConfig::Touch::Auto);
    BoxConfig bad = parseBoxConfig("[checker]\ntouch = \"yes\"\nidle_seconds = 3\n", "b.toml");
    EXPECT_EQ(bad.touchChecker, BoxConfig::Touch::Auto) << "a bad value keeps the default";
    EXPECT_EQ(bad.idleSeconds, 60);
}
