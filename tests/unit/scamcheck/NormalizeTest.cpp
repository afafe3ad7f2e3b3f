// SPDX-License-Identifier: GPL-3.0-or-later
// Normalisation tables: every way people type a phone number, an account or a link must
// land on one key, and things that are not one must not.
#include <gtest/gtest.h>

#include "scamcheck/Account.h"
#include "scamcheck/Classifier.h"
#include "scamcheck/Link.h"
#include "scamcheck/ListStore.h"
#include "scamcheck/Phone.h"
#include "scamcheck/Unicode.h"

using namespace signage::scamcheck;
using Type = PhoneNumber::Type;

TEST(Phone, EveryTypedFormOfOneMobileGivesOneKey) {
    const char* forms[] = {
        "0901234567",        "090 123 4567",     "0901.234.567",      "090-123-4567",     "(090) 1234567",
        "+84901234567",      "+84 90 123 4567",  "84901234567",       "84 901 234 567",   "0084901234567",
        "+84 (0) 90 123 4567", "tel:+84901234567", "901234567",       "０９０１２３４５６７", // full-width
        "٠٩٠١٢٣٤٥٦٧",        // Arabic-Indic digits
        "০৯০১২৩৪৫৬৭",        // Bengali digits
        "0９0 1２3 4５67",    // mixed
        " 0901 234 567 ",    "090\u200B1234567",  // zero-width space inside
        "090\u00A0123\u00A04567", // no-break spaces
        "090–123–4567",      // en dashes
    };
    for (const char* f : forms) {
        auto p = normalizePhone(f);
        ASSERT_TRUE(p.has_value()) << f;
        EXPECT_EQ(p->key, "+84901234567") << f;
        EXPECT_EQ(p->national, "0901234567") << f;
        EXPECT_EQ(p->type, Type::Mobile) << f;
    }
}

TEST(Phone, TypesOfNumbers) {
    struct Case {
        const char* text;
        const char* key;
        Type type;
    } cases[] = {
        {"028 3822 1234", "+842838221234", Type::Landline},
        {"+84 24 3825 6789", "+842438256789", Type::Landline},
        {"0123 456 7890", "+841234567890", Type::OldMobile},
        {"113", "113", Type::ShortCode},
        {"1900 1234", "19001234", Type::Service},
        {"1800 5888 99", "1800588899", Type::Service},
        {"+855 12 345 678", "+85512345678", Type::Foreign},
        {"+1 (202) 555-0143", "+12025550143", Type::Foreign},
        {"0200 000 0001", "+842000000001", Type::Landline},
        {"0801 23", "+8480123", Type::Unknown},
    };
    for (const auto& c : cases) {
        auto p = normalizePhone(c.text);
        ASSERT_TRUE(p.has_value()) << c.text;
        EXPECT_EQ(p->key, c.key) << c.text;
        EXPECT_EQ(p->type, c.type) << c.text;
    }
}

TEST(Phone, RejectsWhatIsNoPhoneNumber) {
    for (const char* t : {"", "12", "abc", "0901 234 567 gọi ngay", "+0901234567", "0901234567890123456", "++84901234567", "09o1234567"})
        EXPECT_FALSE(normalizePhone(t).has_value()) << t;
}

TEST(Phone, DoubleZeroWithAForeignCodeIsNeverVietnamese) {
    EXPECT_EQ(normalizePhone("0084 200 000 0002")->key, "+842000000002");
    auto th = normalizePhone("0066 81 234 5678");
    ASSERT_TRUE(th);
    EXPECT_EQ(th->type, Type::Foreign);
    EXPECT_TRUE(th->doubleZero);
    EXPECT_EQ(th->key, "+66812345678");
    EXPECT_FALSE(th->wrongLength());
    // Vietnamese bank accounts start with 00 too: typed bare, the lookup reads a foreign
    // number and asks the account lists as well; with words around it an account (CheckerTest).
    EXPECT_EQ(normalizePhone("0071 0001 23456")->type, Type::Foreign);
    EXPECT_EQ(classify("0085512345678"), Kind::Phone);
    EXPECT_EQ(classify("+66 81 234 5678"), Kind::Phone);
}

TEST(Phone, WrongLengthVietnameseNumbersAreFlaggedForReentry) {
    for (const char* t : {"090123456", "09012345678", "+84 90 123 45", "0243 825 123", "024382512345"}) {
        auto p = normalizePhone(t);
        ASSERT_TRUE(p) << t;
        EXPECT_TRUE(p->wrongLength()) << t;
        EXPECT_EQ(classify(t), Kind::Phone) << t;
    }
    for (const char* t : {"0901234567", "02438251234", "113", "19001234", "+66812345678", "0071000123456"}) {
        auto p = normalizePhone(t);
        ASSERT_TRUE(p) << t;
        EXPECT_FALSE(p->wrongLength()) << t;
    }
}

TEST(Account, DigitsWithSeparatorsAndBankNames) {
    struct Case {
        const char* text;
        const char* digits;
    } cases[] = {
        {"0071000123456", "0071000123456"},   {"0071 0001 23456", "0071000123456"}, {"0071-0001-23456", "0071000123456"},
        {"0071.0001.23456", "0071000123456"}, {"VCB 0071000123456", "0071000123456"}, {"STK: 1903 5555 6666", "190355556666"},
        {"１２３４５６７８９", "123456789"},     {"0071000123456 Vietcombank", "0071000123456"},
    };
    for (const auto& c : cases) {
        auto a = normalizeAccount(c.text);
        ASSERT_TRUE(a.has_value()) << c.text;
        EXPECT_EQ(*a, c.digits) << c.text;
    }
    for (const char* t : {"12345", "12345678901234567890", "0071 abc 0001", "0071000123456 và 0071000999999", "VCB"})
        EXPECT_FALSE(normalizeAccount(t).has_value()) << t;
}

TEST(Idn, LabelsKeyAsPunycodeThroughLibidn2) {
    // RFC 3492 section 7.1 (S) Vietnamese sample, and the homograph with a Cyrillic о.
    EXPECT_EQ(labelToUnicode("xn--tisaohkhngthchnitingvit-kjcr8268qyxafd2f1b9g").value(),
              "tạisaohọkhôngthểchỉnóitiếngviệt");
    EXPECT_EQ(labelToAscii("vietc\u043Embank").value(), "xn--vietcmbank-ivi");
    EXPECT_EQ(labelToUnicode("xn--vietcmbank-ivi").value(), "vietc\u043Embank");
    EXPECT_EQ(labelToAscii("bücher").value(), "xn--bcher-kva");
    EXPECT_EQ(labelToAscii("plain").value(), "plain");
    EXPECT_FALSE(labelToUnicode("xn--abc-!!").has_value());
    for (const char* w : {"thanhtoánđiện", "côngan", "ngânhàng"})
        EXPECT_EQ(labelToUnicode(labelToAscii(w).value()).value(), w);
    // Either spelling of a host gives the same list key (ASCII) and the same Unicode host.
    auto u = parseLink("https://vietc\u043Embank.com/login");
    auto a = parseLink("https://xn--vietcmbank-ivi.com/login");
    ASSERT_TRUE(u && a);
    EXPECT_EQ(u->asciiHost, "xn--vietcmbank-ivi.com");
    EXPECT_EQ(a->asciiHost, u->asciiHost);
    EXPECT_EQ(a->host, u->host);
    EXPECT_TRUE(a->idn);
    EXPECT_EQ(u->key(), "xn--vietcmbank-ivi.com/login");
    EXPECT_EQ(normalizeDomain("WWW.Ngân-Hàng.VN.").value(), labelToAscii("ngân-hàng").value() + ".vn");
}

TEST(Idn, Ipv4HostsInEveryFormAreDotted) {
    for (const char* t : {"http://3232235777/x", "http://0xC0A80101/x", "http://0300.0250.1.1/x",
                          "http://192.168.257/x", "http://0xc0.0xa8.1.1/x", "192.168.1.1/x"}) {
        auto l = parseLink(t);
        ASSERT_TRUE(l) << t;
        EXPECT_TRUE(l->ipHost) << t;
        EXPECT_EQ(l->host, "192.168.1.1") << t;
        EXPECT_EQ(l->key(), "192.168.1.1/x") << t;
    }
    EXPECT_FALSE(normalizeIpv4({"256", "1", "1", "1"}).has_value());
    EXPECT_FALSE(normalizeIpv4({"4294967296"}).has_value());
    EXPECT_FALSE(normalizeIpv4({"09"}).has_value()); // 9 is no octal digit
    EXPECT_FALSE(normalizeIpv4({"vietcombank", "com"}).has_value());
}

TEST(Lookup, PunctuationEmojiAndWordsAroundAreTrimmed) {
    bool (*isPhone)(std::string_view) = +[](std::string_view s) { return normalizePhone(s).has_value(); };
    bool (*isLink)(std::string_view) =
        +[](std::string_view s) { return s.find(' ') == std::string_view::npos && looksLikeLink(s); };
    EXPECT_EQ(trimLookup("0901234567!!", isPhone), "0901234567");
    EXPECT_EQ(trimLookup("  0901 234 567 🙏", isPhone), "0901 234 567");
    EXPECT_EQ(trimLookup("số 0901234567 nhé", isPhone), "0901234567");
    EXPECT_EQ(trimLookup("(090) 1234567.", isPhone), "(090) 1234567");
    EXPECT_EQ(trimLookup("+84 90 123 4567,", isPhone), "+84 90 123 4567");
    EXPECT_EQ(trimLookup("vietcombank.com.xacminh.top.", isLink), "vietcombank.com.xacminh.top");
    EXPECT_EQ(trimLookup("\"https://abc.top/x/\" 👈", isLink), "https://abc.top/x/");
    EXPECT_EQ(trimLookup("link abc.top ạ", isLink), "abc.top");
    EXPECT_EQ(trimLookup("(xacminh.top)", isLink), "xacminh.top");
}

TEST(LinkParse, SchemesUserinfoPortsAndPaths) {
    auto l = parseLink("HTTP://User:Pw@Vietcombank.COM.xacminh.TOP.:8080/Dang-Nhap/?x=1#top");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->scheme, "http");
    EXPECT_EQ(l->userinfo, "User:Pw");
    EXPECT_EQ(l->host, "vietcombank.com.xacminh.top");
    EXPECT_EQ(l->port, "8080");
    EXPECT_EQ(l->path, "/dang-nhap");
    EXPECT_EQ(l->query, "x=1#top");
    EXPECT_EQ(l->suffix, "top");
    EXPECT_EQ(l->registrable, "xacminh.top");
    EXPECT_EQ(l->registrableLabel(), "xacminh");
    EXPECT_EQ(l->subdomainLabels(), (std::vector<std::string>{"vietcombank", "com"}));

    auto v = parseLink("ebank.vietcombank.com.vn");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->suffix, "com.vn");
    EXPECT_EQ(v->registrable, "vietcombank.com.vn");
    EXPECT_EQ(v->scheme, "");

    auto at = parseLink("vietcombank.com.vn@xacminh.top");
    ASSERT_TRUE(at);
    EXPECT_EQ(at->host, "xacminh.top");
    EXPECT_EQ(at->userinfo, "vietcombank.com.vn");

    auto backslash = parseLink("http://evil.top\\@vietcombank.com.vn/");
    ASSERT_TRUE(backslash);
    EXPECT_EQ(backslash->host, "evil.top"); // browsers end the host at '\' too

    auto ip = parseLink("http://103.45.67.89/vcb");
    ASSERT_TRUE(ip);
    EXPECT_TRUE(ip->ipHost);
    EXPECT_TRUE(parseLink("http://[::1]:80/")->ipHost);
    EXPECT_TRUE(parseLink("http://3232235777/")->ipHost); // a bare decimal IP
}

TEST(LinkParse, IdnHostsAreComparedInUnicode) {
    auto puny = parseLink("https://xn--vietcmbank-ivi.com/");
    auto uni = parseLink("https://vietc\u043Embank.com/");
    auto wide = parseLink("ｖｉｅｔｃ\u043Eｍｂａｎｋ．ｃｏｍ");
    ASSERT_TRUE(puny && uni && wide);
    EXPECT_EQ(puny->host, uni->host);
    EXPECT_EQ(wide->host, uni->host);
    EXPECT_TRUE(puny->idn);
    EXPECT_EQ(linkKey(*puny), linkKey(*uni));
    auto vn = parseLink("thanhtoánđiện.vn");
    ASSERT_TRUE(vn);
    EXPECT_EQ(vn->host, "thanhtoánđiện.vn");
}

TEST(LinkParse, RejectsWhatIsNoLink) {
    for (const char* t : {"", "hello", "a b.com", "http://", "abc..com", "ex ample.com", "vietcombank", "http://bad_host!.com"})
        EXPECT_FALSE(parseLink(t).has_value()) << t;
}

TEST(LinkParse, LooksLikeLinkForMessageScanning) {
    for (const char* t : {"bit.ly/abc", "www.example.org", "https://a.b", "vietcombank.com.vn", "abc.top/x", "103.1.2.3"})
        EXPECT_TRUE(looksLikeLink(t)) << t;
    for (const char* t : {"tiền.Anh", "v.v", "T.P", "5.000.000đ", "a@gmail.com", "mr.nam", "10.5"}) EXPECT_FALSE(looksLikeLink(t)) << t;
}

TEST(ListKeys, ListValuesNormaliseLikeInput) {
    EXPECT_EQ(normalizeEntry(EntryKind::Phone, "090-123-4567").value(), "+84901234567");
    EXPECT_EQ(normalizeEntry(EntryKind::Domain, "WWW.Evil.TOP.").value(), "evil.top");
    EXPECT_EQ(normalizeEntry(EntryKind::Domain, "https://xn--vietcmbank-ivi.com/x").value(), "xn--vietcmbank-ivi.com");
    EXPECT_EQ(normalizeEntry(EntryKind::Domain, "vietc\u043Embank.com").value(), "xn--vietcmbank-ivi.com");
    EXPECT_EQ(normalizeEntry(EntryKind::Link, "http://0xC0A80101/vcb").value(), "192.168.1.1/vcb");
    EXPECT_EQ(normalizeEntry(EntryKind::Link, "https://www.Evil.top/Login/").value(), "evil.top/login");
    EXPECT_EQ(normalizeEntry(EntryKind::Account, "VCB 0071 0001 23456").value(), "0071000123456");
    EXPECT_FALSE(normalizeEntry(EntryKind::Phone, "not a phone").has_value());
}

TEST(UnicodeHelpers, DigitsAndLookalikes) {
    EXPECT_EQ(digitValue(U'7'), 7);
    EXPECT_EQ(digitValue(0xFF17), 7);  // full-width 7
    EXPECT_EQ(digitValue(0x0967), 1);  // Devanagari 1
    EXPECT_EQ(digitValue(0x1D7D0), 2); // mathematical bold 2
    EXPECT_EQ(digitValue(U'a'), -1);
    EXPECT_EQ(latinLookalike(0x043E), U'o');
    EXPECT_EQ(latinLookalike(U'o'), 0u);
    EXPECT_EQ(scriptOf(0x043E), Script::Cyrillic);
    EXPECT_EQ(scriptOf(U'ệ'), Script::Latin);
    EXPECT_EQ(prepareInput("a\u200Bb\u00ADc\uFEFF"), "abc");
    EXPECT_EQ(prepareInput("ａｂｃ１２３"), "abc123");
}
