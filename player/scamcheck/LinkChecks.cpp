// SPDX-License-Identifier: GPL-3.0-or-later
// Link checks: the lists, then what the address itself gives away. The tricks come from
// the seed documents (fake bank and government sites, SMS brand-name links, fake apps):
// a brand name in front of somebody else's domain ("vietcombank.com.xacminh.top"), a
// "user@" part hiding the real host, lookalike spellings and IDN homographs, shorteners,
// throwaway top-level domains, bare IP addresses, .apk downloads.
#include <algorithm>

#include "core/Utf8.h"
#include "scamcheck/Analyzers.h"
#include "scamcheck/ListStore.h"
#include "scamcheck/Lookalike.h"
#include "scamcheck/Rules.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
const std::vector<std::string> kLinkRules = {"khong_ket_ban", "phai_canh_giac"};

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> splitHyphens(const std::string& label) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= label.size()) {
        size_t h = label.find('-', start);
        std::string part = label.substr(start, h == std::string::npos ? std::string::npos : h - start);
        if (!part.empty()) out.push_back(part);
        if (h == std::string::npos) break;
        start = h + 1;
    }
    return out;
}

std::string squashAscii(std::string_view s) {
    std::string out;
    for (char c : core::foldDiacritics(s))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

bool mixesScripts(const std::string& label) {
    bool latin = false, other = false;
    for (char32_t cp : core::decodeUtf8(label)) {
        Script s = scriptOf(cp);
        latin |= s == Script::Latin;
        other |= s == Script::Cyrillic || s == Script::Greek;
    }
    return latin && other;
}

const Brand* officialBrand(const Link& link, const RuleSet& rules) {
    for (const auto& b : rules.brands)
        for (const auto& d : b.domains)
            if (link.host == d || endsWith(link.host, "." + d)) return &b;
    return nullptr;
}

void listChecks(const Link& link, const Context& ctx, Findings& out, bool inMessage) {
    std::vector<ListHit> hits = ctx.lists.lookup(EntryKind::Link, linkKey(link));
    if (!link.path.empty()) {
        Link bare = link;
        bare.path.clear();
        auto more = ctx.lists.lookup(EntryKind::Link, linkKey(bare));
        hits.insert(hits.end(), more.begin(), more.end());
    }
    // A domain entry covers its subdomains: walk up to the registrable domain.
    // Keys are ASCII: stop at as many labels as the registrable domain has.
    std::string host = link.asciiHost;
    const size_t regDots = static_cast<size_t>(std::count(link.registrable.begin(), link.registrable.end(), '.'));
    while (true) {
        auto more = ctx.lists.lookup(EntryKind::Domain, host);
        hits.insert(hits.end(), more.begin(), more.end());
        if (link.ipHost || static_cast<size_t>(std::count(host.begin(), host.end(), '.')) <= regDots) break;
        size_t dot = host.find('.');
        if (dot == std::string::npos) break;
        host.erase(0, dot + 1);
    }
    bool listed = false;
    for (const auto& hit : hits) {
        listed = true;
        Text d = listDetail(hit);
        if (!hit.allow) {
            out.blocklisted = true;
            out.add({"blocklist.link", "", ctx.rules.signal("blocklist"),
                     {(inMessage ? "Đường link trong tin nhắn có trong danh sách cảnh báo lừa đảo" : "Địa chỉ này có trong danh sách cảnh báo lừa đảo") + d.vi + ".",
                      (inMessage ? "A link in the message is on the scam warning list" : "This address is on the scam warning list") + d.en + "."},
                     {"khong_ket_ban", "phai_to_giac"}});
        } else {
            out.allowlisted = true;
            out.add({"allowlist.link", "", 0,
                     {"Tên miền có trong danh sách chính thức" + d.vi + ". Dù vậy, đừng bấm link trong tin nhắn: hãy tự mở ứng dụng hoặc tự gõ địa chỉ.",
                      "The domain is on the official list" + d.en + ". Still, do not tap links in messages: open the app or type the address yourself."},
                     {}});
        }
    }
    if (!listed && !inMessage) {
        out.add({"link.not_listed", "", 0,
                 {"Địa chỉ này không có trong danh sách cảnh báo của máy; trang lừa đảo mới xuất hiện mỗi ngày",
                  "This address is not on this kiosk's warning list; new scam sites appear every day"},
                 {}});
    }
}

void brandChecks(const Link& link, const Context& ctx, Findings& out) {
    const RuleSet& rules = ctx.rules;
    const std::string regLabel = link.registrableLabel();
    const std::vector<std::string> sub = link.subdomainLabels();
    const std::vector<std::string> regParts = splitHyphens(regLabel);
    std::vector<std::string> candidates = regParts;
    if (regParts.size() != 1) candidates.push_back(regLabel);
    candidates.insert(candidates.end(), sub.begin(), sub.end());
    std::vector<std::string> skeletons;
    for (const auto& c : candidates) skeletons.push_back(confusableSkeleton(c));

    for (const auto& brand : rules.brands) {
        auto flag = [&](const std::string& id, const std::string& weightName, Text text) {
            if (brand.government) {
                out.add({"link.fake_gov", "", rules.signal("link_fake_gov"),
                         {"Địa chỉ mượn tên " + brand.name + " nhưng không phải tên miền .gov.vn chính thức",
                          "The address borrows the name " + brand.name + " but is not its official .gov.vn domain"},
                         kLinkRules});
                return;
            }
            out.add({id, "", rules.signal(weightName), std::move(text), kLinkRules});
        };
        // The official domain written out in front of another one: "vietcombank.com.vn.xyz.top".
        for (const auto& d : brand.domains) {
            if (link.host.find(d + ".") != std::string::npos) {
                flag("link.brand_subdomain", "link_brand_subdomain",
                     {"Địa chỉ ghép tên miền của " + brand.name + " vào trước một tên miền khác: trang thật sự thuộc phần cuối địa chỉ",
                      "The address puts " + brand.name + "'s domain in front of another one: the page really belongs to the end of the address"});
            }
        }
        for (size_t k = 0; k < brand.keywords.size(); ++k) {
            const std::string& kw = brand.keywords[k];
            for (const auto& label : sub) {
                bool named = label == kw;
                for (const auto& part : splitHyphens(label)) named |= part == kw;
                if (named) {
                    flag("link.brand_subdomain", "link_brand_subdomain",
                         {"Tên " + brand.name + " nằm ở phần đầu địa chỉ, nhưng trang thật sự thuộc một tên miền khác (phần cuối địa chỉ)",
                          "The name " + brand.name + " sits at the front of the address, but the page belongs to another domain (the end of the address)"});
                }
            }
            bool inDomain = kw.size() >= 4 ? regLabel.find(kw) != std::string::npos : contains(regParts, kw);
            if (inDomain) {
                flag("link.brand_in_domain", "link_brand_in_domain",
                     {"Tên miền có chữ " + brand.name + " nhưng không phải tên miền chính thức của " + brand.name,
                      "The domain contains " + brand.name + " but is not " + brand.name + "'s official domain"});
                continue;
            }
            for (size_t c = 0; c < candidates.size(); ++c) {
                const std::string& cand = candidates[c];
                Resemblance r = resemble(cand, kw, skeletons[c], brand.keywordSkeletons[k]);
                if (r == Resemblance::None || r == Resemblance::Exact) continue;
                bool idnLabel = std::any_of(cand.begin(), cand.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
                if (idnLabel && r == Resemblance::Skeleton) {
                    out.add({"link.homograph", "", rules.signal("link_homograph"),
                             {"Địa chỉ dùng chữ cái nước ngoài trông giống hệt tên " + brand.name + " (giả mạo bằng ký tự trông giống)",
                              "The address uses foreign letters that look exactly like " + brand.name + " (a homograph)"},
                             kLinkRules});
                } else {
                    flag("link.lookalike", "link_lookalike",
                         {"Tên miền viết gần giống " + brand.name + " nhưng không phải " + brand.name,
                          "The domain is spelt almost like " + brand.name + " but is not " + brand.name});
                }
                break;
            }
        }
    }
    // A brand's name as a path segment on somebody else's host: "103.45.67.89/vcb/login".
    for (const auto& brand : rules.brands) {
        bool inPath = false;
        size_t start = 0;
        const std::string& path = link.path;
        while (start < path.size() && !inPath) {
            size_t end = path.find_first_of("/-_.", start);
            std::string seg = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
            inPath = contains(brand.keywords, seg);
            if (end == std::string::npos) break;
            start = end + 1;
        }
        if (!inPath) continue;
        out.add({"link.brand_in_path", "", rules.signal("link_brand_in_path"),
                 {"Đường dẫn có tên " + brand.name + " nhưng trang không thuộc " + brand.name,
                  "The path names " + brand.name + " but the site does not belong to " + brand.name},
                 kLinkRules});
        break;
    }
    // ".gov.vn" or "gov" written into a domain that is not under gov.vn.
    bool govLabel = false;
    for (const auto& l : sub) govLabel |= l == "gov" || l == "govvn";
    for (const auto& p : regParts) govLabel |= p == "gov" || p == "govvn" || p == "chinhphu";
    if (govLabel) {
        out.add({"link.fake_gov", "", rules.signal("link_fake_gov"),
                 {"Địa chỉ giả dạng trang của cơ quan nhà nước nhưng không phải tên miền .gov.vn",
                  "The address poses as a government site but is not a .gov.vn domain"},
                 kLinkRules});
    }
}
} // namespace

void checkLink(const Link& link, const Context& ctx, Findings& out, bool inMessage) {
    const RuleSet& rules = ctx.rules;
    listChecks(link, ctx, out, inMessage);

    const Brand* official = officialBrand(link, rules);
    const bool govSuffix = link.suffix == "gov.vn";
    if (official) {
        out.add({"link.official", "", 0,
                 {"Địa chỉ thuộc tên miền chính thức của " + official->name +
                      ". Kẻ gian vẫn có thể gửi tin nhắn kèm link thật để tạo lòng tin: hãy tự mở ứng dụng, không làm theo hướng dẫn trong tin nhắn",
                  "The address is on " + official->name +
                      "'s official domain. Scammers still send real links to win trust: open the app yourself and do not follow the message's instructions"},
                 {}});
    } else if (govSuffix) {
        out.add({"link.gov", "", 0,
                 {"Tên miền .gov.vn của cơ quan nhà nước. Cơ quan nhà nước không yêu cầu chuyển tiền hay mã OTP qua tin nhắn",
                  "A .gov.vn government domain. Government bodies never ask for money or OTP codes by message"},
                 {}});
    }

    if (!link.userinfo.empty()) {
        out.add({"link.userinfo", "", rules.signal("link_userinfo"),
                 {"Địa chỉ có ký tự @: phần đứng trước @ chỉ để đánh lừa, trang thật sự là phần sau @",
                  "The address contains @: what stands before it is a decoy, the real site is what follows"},
                 kLinkRules});
    }
    if (link.ipHost) {
        out.add({"link.ip_host", "", rules.signal("link_ip_host"),
                 {"Địa chỉ là một dãy số (địa chỉ IP) thay vì tên miền: ngân hàng và cơ quan nhà nước không dùng địa chỉ như vậy",
                  "The address is a bare number (an IP address): banks and government bodies never use such addresses"},
                 kLinkRules});
    }
    if (link.ipObfuscated) {
        out.add({"link.ip_obfuscated",
                 "",
                 rules.signal("link_ip_obfuscated"),
                 {"Địa chỉ IP bị viết lái (một số nguyên, hệ 16 hay hệ 8) để giấu mình là một địa chỉ IP",
                  "The IP address is disguised (one integer, hex or octal) to hide that it is an IP address"},
                 kLinkRules});
    }
    if (contains(rules.shorteners, link.registrable) || contains(rules.shorteners, link.host)) {
        out.add({"link.shortener", "", rules.signal("link_shortener"),
                 {"Link rút gọn che giấu địa chỉ thật của trang", "A shortened link hides the real address"}, kLinkRules});
    }
    if (!link.labels.empty() && contains(rules.suspiciousTlds, link.labels.back()) && !official) {
        out.add({"link.suspicious_tld", "", rules.signal("link_suspicious_tld"),
                 {"Đuôi tên miền ." + link.labels.back() + " rẻ, hay bị dùng cho trang lừa đảo",
                  "The ." + link.labels.back() + " ending is cheap and often used for scam sites"},
                 kLinkRules});
    }
    if (endsWith(link.path, ".apk")) {
        out.add({"link.apk", "", rules.signal("link_apk"),
                 {"Link tải tệp cài đặt ứng dụng (.apk) ngoài kho ứng dụng chính thức: ứng dụng giả có thể đọc tin nhắn, lấy mã OTP",
                  "The link downloads an app installer (.apk) outside the official store: fake apps can read your messages and OTP codes"},
                 {"khong_thuc_hien", "khong_ket_ban", "phai_canh_giac"}});
    }
    if (!official && !govSuffix) {
        std::string words = squashAscii(link.path + " " + link.query);
        for (const auto& l : link.subdomainLabels()) words += squashAscii(l);
        words += squashAscii(link.registrableLabel());
        for (const auto& w : rules.phishingWords) {
            if (w.size() >= 4 && words.find(squashAscii(w)) != std::string::npos) {
                out.add({"link.phishing_words", "", rules.signal("link_phishing_words"),
                         {"Địa chỉ có những chữ hay gặp ở trang lừa đảo (xác minh, đăng nhập, nhận thưởng…)",
                          "The address carries words common on scam pages (verify, log in, claim a prize…)"},
                         kLinkRules});
                break;
            }
        }
        auto sub = link.subdomainLabels();
        if (!sub.empty() && sub.front() == "www") sub.erase(sub.begin());
        if (sub.size() >= 3) {
            out.add({"link.deep_subdomain", "", rules.signal("link_deep_subdomain"),
                     {"Địa chỉ dài nhiều tầng, dễ che giấu tên miền thật", "The address has many levels, which hides the real domain"}, kLinkRules});
        }
        brandChecks(link, ctx, out);
    }
    for (const auto& label : link.labels) {
        if (!mixesScripts(label)) continue;
        out.add({"link.mixed_script", "", rules.signal("link_mixed_script"),
                 {"Địa chỉ trộn chữ Latinh với chữ Nga/Hy Lạp trông giống nhau: dấu hiệu giả mạo",
                  "The address mixes Latin letters with lookalike Cyrillic/Greek ones: a sign of forgery"},
                 kLinkRules});
        break;
    }
}

} // namespace signage::scamcheck
