// SPDX-License-Identifier: GPL-3.0-or-later
// Message text: diacritics, teen code, spelled-out words, lookalike letters, negation.
#include <gtest/gtest.h>

#include "scamcheck/Lookalike.h"
#include "scamcheck/PhraseMatcher.h"
#include "scamcheck/TextNormalizer.h"

using namespace signage::scamcheck;

namespace {
std::string joined(const NormalizedText& t) {
    std::string s;
    for (const auto& tok : t.tokens) s += (s.empty() ? "" : " ") + tok.text;
    return s;
}

TextNormalizer normalizer() {
    TextNormalizer n({{"ck", {"chuyen", "khoan"}}, {"stk", {"so", "tai", "khoan"}}, {"ko", {"khong"}}});
    n.setVocabulary({"chuyen", "khoan", "xac", "minh", "tai", "so", "cong", "an"});
    return n;
}
} // namespace

TEST(TextNormalizer, SpellingsOfOnePhraseMeet) {
    auto n = normalizer();
    const char* forms[] = {
        "chuyển khoản", "CHUYỂN KHOẢN", "chuyen khoan", "Chuyển  khoản", "ck", "CK", "c.h.u.y.ể.n k.h.o.ả.n",
        "c h u y e n k h o a n", "c-h-u-y-e-n-k-h-o-a-n", "chuyểnkhoản", "chuyeeeen khoaaan",
        "chuye\u0302\u0309n khoa\u0309n", // NFD (decomposed) input
    };
    for (const char* f : forms) EXPECT_EQ(joined(n.normalize(f)), "chuyen khoan") << f;
}

TEST(TextNormalizer, LetterTricksAndLookalikes) {
    auto n = normalizer();
    EXPECT_EQ(joined(n.normalize("0TP")), "otp");
    EXPECT_EQ(joined(n.normalize("l0an v1p")), "loan vip");
    EXPECT_EQ(joined(n.normalize("\u043Etp")), "otp"); // Cyrillic о
    EXPECT_EQ(joined(n.normalize("ｏｔｐ")), "otp");     // full-width
    // Numbers with units and codes stay numbers.
    EXPECT_EQ(joined(n.normalize("24h 500k 4g 2308abc")), "24h 500k 4g 2308abc");
    EXPECT_TRUE(n.normalize("c.h.u.y.e.n").spelledOut);
    EXPECT_FALSE(n.normalize("chuyen khoan").spelledOut);
}

TEST(TextNormalizer, ClausesSplitOnSentenceEnds) {
    auto t = normalizer().normalize("Không. Chuyển khoản ngay! Ok");
    ASSERT_EQ(t.tokens.size(), 5u);
    EXPECT_EQ(t.tokens[0].clause, 0);
    EXPECT_EQ(t.tokens[1].clause, 1);
    EXPECT_EQ(t.tokens[4].clause, 2);
}

TEST(PhraseMatcher, PhrasesPrefixesWildcardsAndNegation) {
    PhraseMatcher m;
    m.setNegations({"không"});
    ASSERT_TRUE(m.add("chuyển khoản", 0));
    ASSERT_TRUE(m.add("lừa đảo*", 1));
    ASSERT_TRUE(m.add("đọc ? mã", 2));
    ASSERT_TRUE(m.add("không được nói với ai", 3, false));
    EXPECT_FALSE(m.add("* x", 4));
    EXPECT_FALSE(m.add("? mã", 4));
    EXPECT_FALSE(m.add("...", 4));
    auto n = normalizer();
    auto run = [&](const char* text) {
        std::vector<char> hit(4, 0);
        m.match(n.normalize(text), hit);
        return std::string(hit.begin(), hit.end());
    };
    auto bits = [](const char* s) { std::string b; for (const char* p = s; *p; ++p) b += static_cast<char>(*p - '0'); return b; };
    EXPECT_EQ(run("Hãy chuyển khoản ngay"), bits("1000"));
    EXPECT_EQ(run("Ngân hàng không yêu cầu chuyển khoản"), bits("0000")); // negated
    EXPECT_EQ(run("nếu không chuyển khoản sẽ bị bắt"), bits("1000"));             // a threat
    EXPECT_EQ(run("Không. Chuyển khoản ngay"), bits("1000"));                       // other clause
    EXPECT_EQ(run("bọn lừa đảoooo"), bits("0100"));
    EXPECT_EQ(run("chị đọc giúp em mã"), bits("0000"));  // two words between: no
    EXPECT_EQ(run("chị đọc giúp mã nhé"), bits("0010"));
    EXPECT_EQ(run("anh không được nói với ai"), bits("0001"));
    EXPECT_EQ(run("c.h.u.y.e.n.k.h.o.a.n"), bits("1000")); // squashed match
}

TEST(Lookalike, SkeletonsAndNearMisses) {
    EXPECT_EQ(confusableSkeleton("vietcornbank"), confusableSkeleton("vietcombank"));
    EXPECT_EQ(confusableSkeleton("vietc0mbank"), confusableSkeleton("vietcombank"));
    EXPECT_EQ(confusableSkeleton("agr1bank"), confusableSkeleton("agribank"));
    EXPECT_EQ(confusableSkeleton("vietc\u043Embank"), confusableSkeleton("vietcombank"));
    EXPECT_EQ(editDistance("vietcombank", "vietcombnak", 3), 1u); // transposition
    EXPECT_EQ(editDistance("abc", "xyz", 1), 2u);                   // capped at limit + 1
    EXPECT_EQ(resemble("vietcombank", "vietcombank"), Resemblance::Exact);
    EXPECT_EQ(resemble("vietcornbank", "vietcombank"), Resemblance::Skeleton);
    EXPECT_EQ(resemble("vietcombak", "vietcombank"), Resemblance::NearMiss);
    EXPECT_EQ(resemble("vietcornbankvn", "vietcombank"), Resemblance::NearMiss);
    EXPECT_EQ(resemble("bidw", "bidv"), Resemblance::None); // short names: exact or skeleton only
    EXPECT_EQ(resemble("google", "vietcombank"), Resemblance::None);
}
