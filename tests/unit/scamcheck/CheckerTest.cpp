// SPDX-License-Identifier: GPL-3.0-or-later
// The façade the CLI and the plugin host use: classification, verdict wording, police
// numbers, the play-log summary, JSON, thread safety.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "core/Lang.h"
#include "scamcheck/CheckCounter.h"
#include "scamcheck/Checker.h"
#include "scamcheck/Rules.h"
#include "scamcheck/VerdictBuilder.h"
#include "scamcheck/Classifier.h"
#include "scamcheck/VerdictJson.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::scamcheck;

namespace {
class CheckerF : public ::testing::Test {
protected:
    test::TempDir cache;
    Checker checker{std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker", Checker::Options{cache.path(), "", "", ""}};
};

bool hasReason(const Verdict& v, std::string_view id) {
    for (const auto& r : v.reasons)
        if (r.id == id) return true;
    return false;
}
} // namespace

TEST(Classifier, ReadsWhatWasTyped) {
    EXPECT_EQ(classify("0901 234 567"), Kind::Phone);
    EXPECT_EQ(classify("+855 12 345 678"), Kind::Phone);
    EXPECT_EQ(classify("113"), Kind::Phone);
    EXPECT_EQ(classify("tel:0901234567"), Kind::Phone);
    EXPECT_EQ(classify("0071 0001 23456"),
              Kind::Phone); // bare 00…: dialled abroad (+7…); the account lists are asked too
    EXPECT_EQ(classify("1903 5555 6666 01"), Kind::Account);
    EXPECT_EQ(classify("19035555666601"), Kind::Account);
    EXPECT_EQ(classify("vietcombank.com.xacminh.top"), Kind::Link);
    EXPECT_EQ(classify("https://x.y/z"), Kind::Link);
    EXPECT_EQ(classify("vneid-capnhat.test"), Kind::Link);
    EXPECT_EQ(classify("Chuyển khoản ngay"), Kind::Message);
    EXPECT_EQ(classify("v.v"), Kind::Message);
    EXPECT_EQ(classify(""), Kind::Message);
}

TEST_F(CheckerF, NeverCallsAnythingSafe) {
    for (const char* t : {"0901 234 567", "https://www.vietcombank.com.vn", "113", "Chiều nay mẹ về muộn", "", "   "}) {
        Verdict v = checker.check(t);
        EXPECT_EQ(v.level, Level::NoKnownSigns) << t;
        std::string all = v.headline.vi + v.headline.en;
        for (const auto& a : v.advice) all += a.vi + a.en;
        for (const auto& r : v.reasons) all += r.text.vi + r.text.en;
        EXPECT_EQ(all.find("an toàn."), std::string::npos) << t; // only ever "không thể khẳng định là an toàn"
        EXPECT_EQ(all.find("is safe."), std::string::npos) << t; // only "cannot prove it is safe:"
        EXPECT_NE(all.find("không thể khẳng định là an toàn"), std::string::npos) << t;
        EXPECT_FALSE(v.advice.empty());
        EXPECT_FALSE(v.reasons.empty());
    }
}

TEST_F(CheckerF, EveryVerdictSaysWhomToCall) {
    for (const char* t : {"+84 200 000 0002", "+855 12 345 678", "hello"}) {
        Verdict v = checker.check(t);
        bool calls113 = false;
        for (const auto& a : v.advice) calls113 |= a.vi.find("113") != std::string::npos;
        EXPECT_TRUE(calls113) << t;
    }
}

TEST_F(CheckerF, LocalPoliceNumberFromOptions) {
    Checker local(std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker",
                  Checker::Options{cache.path(), "", "Công an phường Hồng An", "0225 3000 111"});
    Verdict v = local.check("+84 200 000 0002");
    bool found = false;
    for (const auto& a : v.advice) found |= a.vi.find("Công an phường Hồng An (0225 3000 111)") != std::string::npos;
    EXPECT_TRUE(found);
}

TEST_F(CheckerF, BlocklistHitsCiteSourceAndDateAndGiveRules) {
    Verdict v = checker.check("0200.000.0001");
    EXPECT_EQ(v.level, Level::LikelyScam);
    EXPECT_EQ(v.kind, Kind::Phone);
    EXPECT_EQ(v.normalized, "+842000000001");
    ASSERT_TRUE(hasReason(v, "blocklist.phone"));
    EXPECT_NE(v.reasons[0].text.vi.find("2025-08-01"), std::string::npos);
    EXPECT_NE(std::find(v.rules.begin(), v.rules.end(), "phai_to_giac"), v.rules.end());
}

TEST_F(CheckerF, LinkTricks) {
    EXPECT_TRUE(hasReason(checker.check("vietcombank.com.xacminh.top"), "link.brand_subdomain"));
    EXPECT_TRUE(hasReason(checker.check("http://vietcombank.com.vn@xacminh.top/"), "link.userinfo"));
    EXPECT_TRUE(hasReason(checker.check("vietcornbank.com"), "link.lookalike"));
    EXPECT_TRUE(hasReason(checker.check("xn--vietcmbank-ivi.com"), "link.homograph"));
    EXPECT_TRUE(hasReason(checker.check("dichvucong-gov.vn"), "link.fake_gov"));
    EXPECT_TRUE(hasReason(checker.check("bit.ly/abc"), "link.shortener"));
    EXPECT_TRUE(hasReason(checker.check("https://a.top/x.apk"), "link.apk"));
    EXPECT_TRUE(hasReason(checker.check("http://10.1.2.3/vcb"), "link.ip_host"));
    EXPECT_TRUE(hasReason(checker.check("https://vi\u0435tcombank-login.com"), "link.mixed_script"));
    Verdict official = checker.check("https://ebank.vietcombank.com.vn/login");
    EXPECT_EQ(official.level, Level::NoKnownSigns);
    EXPECT_TRUE(hasReason(official, "link.official"));
    EXPECT_TRUE(hasReason(checker.check("www.mau-lua-dao.invalid/a/b"), "blocklist.link")); // domain entry, subpath
}

TEST_F(CheckerF, UnreadableLookupsAskToReenterAndAreNeverCheckedAsMessages) {
    // A message full of scam words, forced to be a phone number: not read as a message.
    Verdict v = checker.check("chuyển khoản ngay mã OTP công an", Kind::Phone);
    EXPECT_EQ(v.kind, Kind::Phone);
    EXPECT_EQ(v.level, Level::Reenter);
    EXPECT_EQ(levelName(v.level), "reenter");
    EXPECT_TRUE(hasReason(v, "input.reenter"));
    EXPECT_TRUE(v.tactics.empty());
    EXPECT_EQ(v.headline.vi, "Chưa đọc được: vui lòng nhập lại");
    EXPECT_EQ(checker.check("abc", Kind::Account).level, Level::Reenter);
    EXPECT_EQ(checker.check("a b c", Kind::Link).level, Level::Reenter);
    // Wrong length: re-enter, not "no known signs".
    Verdict shortMobile = checker.check("090123456");
    EXPECT_EQ(shortMobile.level, Level::Reenter);
    EXPECT_EQ(shortMobile.kind, Kind::Phone);
    EXPECT_NE(shortMobile.reasons.at(0).text.vi.find("9 chữ số"), std::string::npos);
    EXPECT_EQ(checker.check("+84 90 123 45678").level, Level::Reenter);
    EXPECT_EQ(checker.check("0901 234 567", Kind::Phone).level, Level::NoKnownSigns);
}

TEST_F(CheckerF, LookupsWithEmojiPunctuationOrWordsAroundAreRead) {
    Verdict listed = checker.check("0901 234 567");
    for (const char* t : {"0901 234 567!!", "0901234567 🙏", "số 0901234567 nhé", "(0901234567)"}) {
        Verdict v = checker.check(t);
        EXPECT_EQ(v.kind, Kind::Phone) << t;
        EXPECT_EQ(v.normalized, "+84901234567") << t;
        EXPECT_EQ(v.level, listed.level) << t;
    }
    Verdict link = checker.check("www.mau-lua-dao.invalid/a/b.");
    EXPECT_EQ(link.kind, Kind::Link);
    EXPECT_TRUE(hasReason(link, "blocklist.link"));
    EXPECT_TRUE(hasReason(checker.check("\"www.mau-lua-dao.invalid/a\" 👈", Kind::Link), "blocklist.link"));
}

TEST_F(CheckerF, MessagesFindTacticsAndItemsInside) {
    Verdict v = checker.check("Công an yêu cầu chị chuyển tiền vào tài khoản 9999 0000 1111 để xác minh");
    EXPECT_EQ(v.level, Level::LikelyScam);
    EXPECT_TRUE(hasReason(v, "blocklist.account"));
    EXPECT_NE(std::find(v.tactics.begin(), v.tactics.end(), "fake_authority"), v.tactics.end());
    EXPECT_TRUE(v.normalized.empty()); // a message is never echoed back
}

TEST_F(CheckerF, SummaryCarriesNoInput) {
    const std::string secret = "Mẹ ơi con đây, chuyển giúp con 5 triệu vào số 0912 345 678";
    Verdict v = checker.check(secret);
    LogSummary s = v.summary();
    EXPECT_EQ(s.verdict, levelName(v.level));
    EXPECT_EQ(s.dataVersion, checker.dataVersion());
    std::string all = s.verdict + s.dataVersion;
    for (const auto& t : s.tactics) all += t;
    EXPECT_EQ(all.find("0912"), std::string::npos);
    EXPECT_EQ(all.find("triệu"), std::string::npos);
    for (const auto& r : v.reasons) EXPECT_EQ(r.text.vi.find("0912"), std::string::npos) << r.id;

    CheckCounter counter;
    counter.record(s);
    counter.record(checker.check("0901 234 567").summary());
    auto counts = counter.take();
    EXPECT_EQ(counts.total, 2u);
    EXPECT_EQ(counts.byVerdict["no_known_signs"], 1u);
    EXPECT_EQ(counter.snapshot().total, 0u);
}

TEST_F(CheckerF, WipeClearsTheDerivedInput) {
    Verdict v = checker.check("0901 234 567");
    EXPECT_FALSE(v.normalized.empty());
    v.wipe();
    EXPECT_TRUE(v.normalized.empty());
}

TEST_F(CheckerF, JsonHasTheDocumentedShape) {
    core::setLang(core::Lang::En);
    std::string json = toJson(checker.check("vietcombank.com.xacminh.top"));
    core::setLang(core::Lang::Vi);
    for (const char* key : {"\"verdict\":\"likely_scam\"", "\"score\":", "\"kind\":\"link\"", "\"reasons\":[", "\"rules\":[",
                            "\"tactics\":[", "\"advice\":[", "\"headline\":{", "\"data_version\":", "\"text\":\"Signs of a SCAM\""})
        EXPECT_NE(json.find(key), std::string::npos) << key << "\n" << json;
    EXPECT_EQ(jsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST_F(CheckerF, ConcurrentChecksAgree) {
    const char* inputs[] = {"+84 200 000 0002", "vietcornbank.com", "Chiều nay mẹ về muộn", "0071 0001 23456"};
    std::vector<Level> expected;
    for (const char* t : inputs) expected.push_back(checker.check(t).level);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                size_t j = static_cast<size_t>(i) % 4;
                if (checker.check(inputs[j]).level != expected[j]) ++mismatches;
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(CheckerLoad, BadDataThrowsWithPositions) {
    test::TempDir dir;
    dir.write("checker/rules.toml", "[meta]\nversion = 1\n");
    try {
        Checker c(dir.path() / "checker");
        FAIL() << "expected CheckerError";
    } catch (const CheckerError& e) {
        EXPECT_NE(std::string(e.what()).find("rules.toml:2:"), std::string::npos) << e.what();
        EXPECT_TRUE(e.diagnostics().hasErrors());
    }
    EXPECT_THROW(Checker(dir.path() / "missing"), CheckerError);
}

// Issue 16 class 8, without model.tsv: a tactic named below the "suspicious" threshold
// lifts the verdict to suspicious, so no "no known signs" band sits above it.
TEST_F(CheckerF, ANamedTacticIsNeverUnderANoKnownSignsBand) {
    Findings f;
    f.tactics.push_back("otp_request");
    f.add({"tactic.otp_request", "otp_request", 20, {"Đòi mã OTP", "Asks for an OTP"}, {"khong_thuc_hien"}});
    Verdict v = buildVerdict(f, checker.rules(), PoliceContact{}, Kind::Message);
    EXPECT_EQ(v.level, Level::Suspicious);
    Findings note;
    note.add({"phone.unusual", "", 10, {"Số lạ", "Odd number"}, {}});
    EXPECT_EQ(buildVerdict(note, checker.rules(), PoliceContact{}, Kind::Phone).level, Level::NoKnownSigns);
}

// Issue 16 class 7: "00" + a foreign code is a foreign number, never a Vietnamese one; with
// a bank's name or "STK" around it, an account; short mobiles are to re-enter; an IP
// host written as one integer or in hex is a disguise.
TEST_F(CheckerF, DoubleZeroShortNumbersAndDisguisedIpHosts) {
    for (const char* t : {"0085512345678", "0086 138 0013 8000", "00447911123456"}) {
        Verdict v = checker.check(t);
        EXPECT_EQ(v.kind, Kind::Phone) << t;
        EXPECT_TRUE(hasReason(v, "phone.foreign")) << t;
        EXPECT_NE(v.level, Level::NoKnownSigns) << t;
        EXPECT_EQ(v.normalized.rfind("+84", 0), std::string::npos) << t;
    }
    Verdict stk = checker.check("STK 0071 0001 23456");
    EXPECT_EQ(stk.kind, Kind::Account);
    EXPECT_EQ(stk.normalized, "0071000123456");
    for (const char* t : {"0312345", "0981234"}) EXPECT_EQ(checker.check(t).level, Level::Reenter) << t;
    Verdict ip = checker.check("http://3232235777/dangnhap");
    EXPECT_TRUE(hasReason(ip, "link.ip_obfuscated"));
    EXPECT_EQ(ip.level, Level::LikelyScam);
    EXPECT_FALSE(hasReason(checker.check("http://192.168.1.1/dangnhap"), "link.ip_obfuscated"));
}

namespace {
// A message the model flags (suspicious) with the given cues and their push towards "scam".
Findings modelFlagged(std::vector<std::pair<std::string, double>> cues, bool hasLink = false) {
    Findings f;
    f.hasLink = hasLink;
    f.model = ModelJudgement{0.3, 0.7, false, std::move(cues)};
    return f;
}
} // namespace

// A flagged band must name why: with no cue pushing hard (> 0.2), the strongest cue that
// pushed at all is the reason; with none, the wording itself (model.wording).
TEST(VerdictBuilder, FlaggedWithNoStrongCueNamesTheStrongestPushingCue) {
    RuleSet rules;
    Verdict v = buildVerdict(modelFlagged({{"open.offer", 0.05}, {"req.money", 0.15}, {"notice", -1.0}}), rules, {},
                             Kind::Message);
    EXPECT_EQ(v.level, Level::Suspicious);
    ASSERT_EQ(v.reasons.size(), 1u);
    EXPECT_EQ(v.reasons[0].id, "frame.req.money");
    EXPECT_EQ(v.reasons[0].weight, 1);

    Verdict none = buildVerdict(modelFlagged({{"notice", -1.0}, {"warn", 0.0}}), rules, {}, Kind::Message);
    EXPECT_EQ(none.level, Level::Suspicious);
    ASSERT_EQ(none.reasons.size(), 1u);
    EXPECT_EQ(none.reasons[0].id, "model.wording");
    EXPECT_NE(none.reasons[0].id, "no_known_signs");
}

// The photo bait's reason says "kèm đường link" only when the message holds a link.
TEST(VerdictBuilder, PhotoBaitReasonNamesALinkOnlyWhenThereIsOne) {
    RuleSet rules;
    Verdict plain = buildVerdict(modelFlagged({{"open.photo", 0.5}}), rules, {}, Kind::Message);
    ASSERT_FALSE(plain.reasons.empty());
    EXPECT_EQ(plain.reasons[0].id, "frame.open.photo");
    EXPECT_EQ(plain.reasons[0].text.vi.find("link"), std::string::npos) << plain.reasons[0].text.vi;
    EXPECT_EQ(plain.reasons[0].text.en.find("link"), std::string::npos) << plain.reasons[0].text.en;
    Verdict linked = buildVerdict(modelFlagged({{"open.photo", 0.5}}, true), rules, {}, Kind::Message);
    ASSERT_FALSE(linked.reasons.empty());
    EXPECT_NE(linked.reasons[0].text.vi.find("kèm đường link"), std::string::npos);
}

// child_model needs the child/model wording: "làm nhiệm vụ", "nạp tiền" alone are every
// task scam's, not a casting for children.
TEST_F(CheckerF, ChildModelTacticNeedsChildOrModelWording) {
    auto tactics = [&](std::string_view text) { return checker.check(text, Kind::Message).tactics; };
    auto has = [](const std::vector<std::string>& t, std::string_view id) {
        return std::find(t.begin(), t.end(), id) != t.end();
    };
    EXPECT_FALSE(has(tactics("Làm nhiệm vụ đơn giản tại nhà, nạp tiền trước để nhận hoa hồng"), "child_model"));
    EXPECT_FALSE(has(tactics("lam nhiem vu nap 300k duoc hoan 390k"), "child_model"));
    EXPECT_TRUE(has(tactics("Tuyển người mẫu nhí, phụ huynh đóng phí casting 500k"), "child_model"));
    EXPECT_TRUE(has(tactics("tuyen nguoi mau nhi cho be, lam nhiem vu nap tien"), "child_model"));
}
