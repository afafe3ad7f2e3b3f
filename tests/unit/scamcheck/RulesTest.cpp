// SPDX-License-Identifier: GPL-3.0-or-later
// rules.toml: the shipped file loads cleanly, and mistakes are reported as file:line:col.
#include <gtest/gtest.h>

#include "core/Lang.h"

#include "scamcheck/Rules.h"

using namespace signage;
using namespace signage::scamcheck;

namespace {
const char* kMinimal = R"(
[meta]
version = "t1"

[[tactic]]
id = "otp_request"
name = "Đòi mã OTP"
reason = { vi = "Đòi mã OTP", en = "Asks for an OTP" }
rules = ["phai_canh_giac"]

[[tactic.pattern]]
weight = 40
any = ["đọc mã otp"]
)";

std::string messages(const core::Diagnostics& d) {
    std::string out;
    for (const auto& x : d.all()) out += x.format() + "\n";
    return out;
}
} // namespace

TEST(Rules, ShippedRulesLoadWithoutWarnings) {
    core::Diagnostics d;
    auto rs = loadRules(std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker/rules.toml", d);
    ASSERT_TRUE(rs.has_value()) << messages(d);
    EXPECT_TRUE(d.all().empty()) << messages(d);
    // Every tactic the issue names is there.
    for (const char* id : {"fake_authority", "fake_bank", "fake_telecom", "fake_utility", "fake_post", "fake_insurance", "fake_vneid",
                           "otp_request", "transfer_request", "investment", "online_jobs", "shopping_deposit", "loans",
                           "mistaken_transfer", "charity", "gifts_romance", "prizes", "study_labour_abroad", "child_model",
                           "link_urgency"})
        EXPECT_NE(rs->findTactic(id), nullptr) << id;
    for (const auto& t : rs->tactics)
        for (const auto& r : t.rules) EXPECT_TRUE(isRuleId(r)) << t.id << " " << r;
}

TEST(Rules, MinimalFileAndDefaults) {
    core::Diagnostics d;
    auto rs = parseRules(kMinimal, "rules.toml", d);
    ASSERT_TRUE(rs.has_value()) << messages(d);
    EXPECT_EQ(rs->version, "t1");
    EXPECT_EQ(rs->likelyScamAt, 60);
    EXPECT_EQ(rs->policePhone, "113");
    EXPECT_EQ(rs->signal("blocklist"), 100);
    EXPECT_EQ(rs->tactics[0].name.en, "Đòi mã OTP"); // a plain string serves both languages
    EXPECT_EQ(rs->tactics[0].reason.en, "Asks for an OTP");
}

TEST(Rules, SyntaxErrorsPointAtLineAndColumn) {
    core::Diagnostics d;
    EXPECT_FALSE(parseRules("[meta]\nversion = \"1\"\nbad key = 3\n", "checker/rules.toml", d));
    ASSERT_EQ(d.all().size(), 1u);
    EXPECT_EQ(d.all()[0].pos.file, "checker/rules.toml");
    EXPECT_EQ(d.all()[0].pos.line, 3);
    EXPECT_GT(d.all()[0].pos.column, 0);
    EXPECT_EQ(d.all()[0].format().rfind("checker/rules.toml:3:", 0), 0u);
}

TEST(Rules, MeaningErrorsPointAtTheValue) {
    std::string text = std::string(kMinimal) + R"(
[[combo]]
id = "x"
when = [["otp_request"], ["no_such_tactic"]]
bonus = 500
reason = "x"
rules = ["khong_lam_gi"]
)";
    core::Diagnostics d;
    EXPECT_FALSE(parseRules(text, "r.toml", d));
    std::string all = messages(d);
    EXPECT_NE(all.find("r.toml:17:"), std::string::npos) << all;  // the unknown tactic
    EXPECT_NE(all.find("no_such_tactic"), std::string::npos) << all;
    EXPECT_NE(all.find("r.toml:18:"), std::string::npos) << all;  // bonus out of range
    EXPECT_NE(all.find("r.toml:20:"), std::string::npos) << all;  // unknown 5K2P id
    EXPECT_NE(all.find("khong_lam_gi"), std::string::npos) << all;
}

TEST(Rules, UnknownKeysAreWarningsAndBadPhrasesErrors) {
    core::setLang(core::Lang::En);
    std::string text = std::string(kMinimal) + "\n[[tactic.pattern]]\nweight = 10\nany = [\"? mã\"]\nwieght = 3\n";
    core::Diagnostics d;
    EXPECT_FALSE(parseRules(text, "r.toml", d));
    std::string all = messages(d);
    EXPECT_NE(all.find("r.toml:17:"), std::string::npos) << all; // the bad phrase, in its array
    EXPECT_NE(all.find("wieght"), std::string::npos) << all;
    // core's wording and suggestion, at the key's line and column.
    EXPECT_NE(all.find("r.toml:18:1: warning: unknown key \"wieght\" in [tactic.pattern] (did you mean \"weight\"?)"),
              std::string::npos)
        << all;
    bool warned = false;
    for (const auto& x : d.all()) warned |= x.severity == core::Diagnostic::Severity::Warning;
    EXPECT_TRUE(warned);
    core::setLang(core::Lang::Vi);
}

// rules.toml is read through core::TomlTable like every other TOML file (docs/architecture.md
// "TOML files"): core's wording for wrong types, ranges and unknown keys, at file:line:col,
// sorted top to bottom, unknown keys warnings in every table (one policy for the file).
TEST(Rules, ReadThroughTomlTableWithCoreWordingAndOneUnknownKeyPolicy) {
    core::setLang(core::Lang::En);
    std::string text = std::string(kMinimal) + R"(
[verdict]
likely_scam = "60"
suspicous = 20

[signals]
link_lookalik = 50
link_apk = 101

[[brand]]
id = "vcb"
name = { vi = "Vietcombank" }
keywords = ["vcb"]
)";
    core::Diagnostics d;
    EXPECT_FALSE(parseRules(text, "r.toml", d));
    std::string all = messages(d);
    EXPECT_NE(all.find("r.toml:16:15: verdict.likely_scam: expected an integer, found a string"), std::string::npos)
        << all;
    EXPECT_NE(all.find("r.toml:17:1: warning: unknown key \"suspicous\" in [verdict] (did you mean \"suspicious\"?)"),
              std::string::npos)
        << all;
    EXPECT_NE(
        all.find("r.toml:20:1: warning: unknown key \"link_lookalik\" in [signals] (did you mean \"link_lookalike\"?)"),
        std::string::npos)
        << all;
    EXPECT_NE(all.find("r.toml:21:12: signals.link_apk: 101 is out of range 0..100"), std::string::npos) << all;
    EXPECT_NE(all.find("r.toml:25:8: brand.name: expected a string"), std::string::npos) << all;
    // Sorted by line, as a person reads the file.
    int last = 0;
    for (const auto& x : d.all()) {
        EXPECT_GE(x.pos.line, last) << all;
        last = x.pos.line;
    }
    core::setLang(core::Lang::Vi);
}

TEST(Rules, AWordingTableWarnsAboutItsUnknownKeys) {
    core::setLang(core::Lang::En);
    std::string onTactic = kMinimal;
    onTactic.insert(onTactic.find("rules = [\"phai_canh_giac\"]"),
                    "advice = { vi = \"Gọi 113\", eng = \"Call 113\" }\n");
    core::Diagnostics d;
    auto rs = parseRules(onTactic, "r.toml", d);
    ASSERT_TRUE(rs.has_value()) << messages(d);
    std::string all = messages(d);
    EXPECT_NE(all.find("r.toml:9:"), std::string::npos) << all;
    EXPECT_NE(all.find("warning: unknown key \"eng\" in [tactic.advice] (did you mean \"en\"?)"), std::string::npos)
        << all;
    EXPECT_EQ(rs->tactics[0].advice.vi, "Gọi 113");
    EXPECT_EQ(rs->tactics[0].advice.en, "Gọi 113"); // no English given: the Vietnamese serves both
    core::setLang(core::Lang::Vi);
}

TEST(Rules, MissingFileIsAnError) {
    core::Diagnostics d;
    EXPECT_FALSE(loadRules("/nonexistent/rules.toml", d));
    EXPECT_TRUE(d.hasErrors());
}
