// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Link.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include <idn2.h>

#include "core/Utf8.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
// Two-level public suffixes people meet in Vietnam; everything else is one label.
constexpr std::array kTwoLevelSuffixes = {
    "com.vn", "net.vn", "org.vn", "edu.vn", "gov.vn", "ac.vn",  "biz.vn", "info.vn", "name.vn",
    "pro.vn", "int.vn", "health.vn", "co.uk", "org.uk", "com.au", "co.jp", "com.cn", "com.sg",
    "co.kr", "com.tw", "com.hk", "com.kh", "com.my", "co.th", "com.ph", "co.id", "com.br",
};
// Top-level domains that make a scheme-less token a link ("abc.top"); with a scheme or
// "www." any TLD does.
constexpr std::array kKnownTlds = {
    "vn",   "com",  "net",  "org",   "info", "biz",  "top",  "xyz",  "club", "online", "site", "shop",
    "store", "vip", "icu",  "cc",    "me",   "io",   "co",   "app",  "live", "link",   "click", "buzz",
    "asia", "pro",  "tk",   "ml",    "ga",   "cf",   "gq",   "ly",   "gl",   "gd",     "to",   "us",
    "uk",   "cn",   "ru",   "kh",    "la",   "th",   "sg",   "jp",   "kr",   "tw",     "hk",   "de",
    "fr",   "edu",  "gov",  "mobi",  "work", "fun",  "win",  "bet",  "cyou", "cfd",    "sbs",  "monster",
    "rest", "bond", "help", "support", "services", "finance", "money", "loan", "bank", "cash", "today",
    "life", "world", "news", "tech", "website", "space", "ink",  "ws",   "su",   "id",     "my",   "ph",
};

bool isAsciiLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::string toLowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One host label to its lower-case Unicode form; nullopt if it holds characters no
// host label has.
std::optional<std::string> normalizeLabel(std::string_view raw, bool& idn) {
    std::string label = core::toLower(raw);
    if (label.rfind("xn--", 0) == 0) {
        auto decoded = labelToUnicode(label);
        if (!decoded) return std::nullopt;
        idn = true;
        label = core::toLower(core::toNfc(*decoded));
    }
    for (char32_t cp : core::decodeUtf8(label)) {
        if (cp < 0x80) {
            if (!isAsciiLabelChar(static_cast<char>(cp))) return std::nullopt;
        } else if (isAlnum(cp) || isMark(cp)) {
            idn = true;
        } else {
            return std::nullopt;
        }
    }
    return label;
}

struct Idn2String {
    char* p = nullptr;
    ~Idn2String() { idn2_free(p); }
};

// One IPv4 part: decimal, 0x hex or leading-0 octal (as browsers read them).
std::optional<unsigned long long> ipv4Part(const std::string& s) {
    if (s.empty() || s.size() > 20) return std::nullopt;
    int base = 10;
    std::string_view d = s;
    if (d.size() > 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'X')) {
        base = 16;
        d.remove_prefix(2);
    } else if (d.size() > 1 && d[0] == '0') {
        base = 8;
        d.remove_prefix(1);
    }
    unsigned long long v = 0;
    for (char c : d) {
        int x = hexValue(c);
        if (x < 0 || x >= base) return std::nullopt;
        v = v * static_cast<unsigned>(base) + static_cast<unsigned>(x);
        if (v > 0xFFFFFFFFull) return std::nullopt;
    }
    return v;
}

bool knownTld(std::string_view tld) {
    return std::find(kKnownTlds.begin(), kKnownTlds.end(), tld) != kKnownTlds.end();
}
} // namespace

std::optional<std::string> labelToAscii(std::string_view unicodeLabel) {
    std::string in(unicodeLabel);
    if (std::all_of(in.begin(), in.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return in;
    for (int flags : {IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL, IDN2_NFC_INPUT | IDN2_NO_TR46}) {
        Idn2String out;
        if (idn2_to_ascii_8z(in.c_str(), &out.p, flags) == IDN2_OK && out.p) return std::string(out.p);
    }
    return std::nullopt;
}

std::optional<std::string> labelToUnicode(std::string_view asciiLabel) {
    std::string in(asciiLabel);
    Idn2String out;
    if (idn2_to_unicode_8z8z(in.c_str(), &out.p, 0) != IDN2_OK || !out.p) return std::nullopt;
    std::string u(out.p);
    if (u == in && in.rfind("xn--", 0) == 0) return std::nullopt; // not decodable
    return u;
}

std::optional<std::string> normalizeIpv4(const std::vector<std::string>& labels) {
    if (labels.empty() || labels.size() > 4) return std::nullopt;
    std::vector<unsigned long long> parts;
    for (const auto& l : labels) {
        auto v = ipv4Part(l);
        if (!v) return std::nullopt;
        parts.push_back(*v);
    }
    // A single all-decimal label of a few digits is a number, not a host.
    if (labels.size() == 1 && allDigits(labels[0]) && labels[0].size() < 8) return std::nullopt;
    unsigned long long addr = 0;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] > 255) return std::nullopt;
        addr |= parts[i] << (8 * (3 - i));
    }
    unsigned long long last = parts.back();
    if (last >= (1ull << (8 * (5 - parts.size())))) return std::nullopt;
    addr |= last;
    return std::to_string((addr >> 24) & 255) + "." + std::to_string((addr >> 16) & 255) + "." +
           std::to_string((addr >> 8) & 255) + "." + std::to_string(addr & 255);
}

std::string trimLookup(std::string_view text, bool (*keepsShape)(std::string_view)) {
    std::string s = prepareInput(text);
    auto cps = core::decodeUtf8(s);
    // Emoji, punctuation and symbols around the lookup ('+' and '(' may start a number;
    // '/' may end a link).
    size_t b = 0, e = cps.size();
    auto keepStart = [](char32_t c) { return isAlnum(c) || c == U'+' || c == U'('; };
    auto keepEnd = [](char32_t c) { return isAlnum(c) || c == U'/'; };
    while (b < e && !keepStart(cps[b])) ++b;
    while (e > b && !keepEnd(cps[e - 1])) --e;
    if (b < e && cps[b] == U'(' &&
        std::find(cps.begin() + static_cast<std::ptrdiff_t>(b), cps.begin() + static_cast<std::ptrdiff_t>(e), U')') ==
            cps.begin() + static_cast<std::ptrdiff_t>(e))
        ++b; // "(xacminh.top)": the closing one went with the trailing punctuation
    std::string out;
    for (size_t i = b; i < e; ++i) out += core::encodeUtf8(cps[i]);
    if (keepsShape(out)) return out;
    // Up to two plain words before or after ("số 0901234567 nhé", "link abc.top ạ").
    std::vector<std::string> words;
    for (size_t i = 0; i < out.size();) {
        size_t j = out.find(' ', i);
        if (j == std::string::npos) j = out.size();
        if (j > i) words.push_back(out.substr(i, j - i));
        i = j + 1;
    }
    auto plainWord = [](const std::string& w) {
        for (char32_t c : core::decodeUtf8(w))
            if (!(isAlnum(c) || isMark(c) || c == U':' || c == U',') || (c >= U'0' && c <= U'9')) return false;
        return true;
    };
    if (words.size() > 6) return out; // a message, not a lookup with a word or two around it
    for (size_t front = 0; front <= 2 && front < words.size(); ++front) {
        if (front > 0 && !plainWord(words[front - 1])) break;
        for (size_t back = 0; back <= 2 && front + back < words.size(); ++back) {
            if (back > 0 && !plainWord(words[words.size() - back])) break;
            if (front == 0 && back == 0) continue;
            std::string mid;
            for (size_t i = front; i < words.size() - back; ++i) mid += (mid.empty() ? "" : " ") + words[i];
            while (!mid.empty() && (mid.back() == ':' || mid.back() == ',')) mid.pop_back();
            if (!mid.empty() && keepsShape(mid)) return mid;
        }
    }
    return out;
}

std::string publicSuffix(std::string_view host) {
    size_t last = host.rfind('.');
    if (last == std::string_view::npos) return std::string(host);
    size_t prev = last == 0 ? std::string_view::npos : host.rfind('.', last - 1);
    std::string_view two = prev == std::string_view::npos ? host : host.substr(prev + 1);
    if (std::find(kTwoLevelSuffixes.begin(), kTwoLevelSuffixes.end(), two) != kTwoLevelSuffixes.end()) return std::string(two);
    return std::string(host.substr(last + 1));
}

std::string Link::registrableLabel() const {
    if (registrable.size() <= suffix.size()) return registrable;
    return registrable.substr(0, registrable.size() - suffix.size() - 1);
}

std::vector<std::string> Link::subdomainLabels() const {
    std::vector<std::string> out;
    size_t regLabels = static_cast<size_t>(std::count(registrable.begin(), registrable.end(), '.')) + 1;
    if (ipHost || labels.size() <= regLabels) return out;
    out.assign(labels.begin(), labels.end() - static_cast<std::ptrdiff_t>(regLabels));
    return out;
}

std::optional<Link> parseLink(std::string_view text) {
    std::string prepared = prepareInput(text);
    std::string_view s = prepared;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '<' || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '>' || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
    if (s.empty() || s.find_first_of(" \n") != std::string_view::npos) return std::nullopt;

    Link link;
    // Scheme: letters then "://" (also "hxxp://" and a lone ":/"), case-insensitive.
    size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon < 12) {
        std::string scheme = toLowerAscii(s.substr(0, colon));
        bool schemeChars = std::all_of(scheme.begin(), scheme.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '+' || c == '.' || c == '-'; });
        std::string_view after = s.substr(colon + 1);
        if (schemeChars && (after.substr(0, 1) == "/" || after.substr(0, 1) == "\\")) {
            link.scheme = scheme;
            s = after;
            while (!s.empty() && (s.front() == '/' || s.front() == '\\')) s.remove_prefix(1);
        }
    }
    size_t authEnd = s.find_first_of("/?#\\");
    std::string_view authority = s.substr(0, authEnd);
    std::string_view rest = authEnd == std::string_view::npos ? std::string_view{} : s.substr(authEnd);
    if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
        link.userinfo = std::string(authority.substr(0, at));
        authority = authority.substr(at + 1);
    }
    std::string hostPart = percentDecode(authority);
    if (!hostPart.empty() && hostPart.front() == '[') { // IPv6 literal
        size_t close = hostPart.find(']');
        if (close == std::string::npos) return std::nullopt;
        link.host = toLowerAscii(hostPart.substr(1, close - 1));
        link.asciiHost = link.host;
        link.ipHost = true;
        if (close + 1 < hostPart.size() && hostPart[close + 1] == ':') link.port = hostPart.substr(close + 2);
    } else {
        if (size_t c = hostPart.rfind(':'); c != std::string::npos) {
            link.port = hostPart.substr(c + 1);
            hostPart.resize(c);
        }
        while (!hostPart.empty() && hostPart.back() == '.') hostPart.pop_back();
        if (hostPart.empty()) return std::nullopt;
        size_t start = 0;
        while (start <= hostPart.size()) {
            size_t dot = hostPart.find('.', start);
            std::string_view raw = std::string_view(hostPart).substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (raw.empty() || raw.size() > 63 * 4) return std::nullopt;
            auto label = normalizeLabel(raw, link.idn);
            if (!label) return std::nullopt;
            link.labels.push_back(*label);
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        if (auto ip = normalizeIpv4(link.labels)) {
            link.ipObfuscated = link.labels.size() != 4 ||
                                std::any_of(link.labels.begin(), link.labels.end(), [](const std::string& l) {
                                    return !allDigits(l) || (l.size() > 1 && l[0] == '0');
                                });
            link.host = *ip;
            link.labels.clear();
            for (size_t i = 0, j; i <= ip->size(); i = j + 1) {
                j = ip->find('.', i);
                if (j == std::string::npos) j = ip->size();
                link.labels.push_back(ip->substr(i, j - i));
            }
            link.ipHost = true;
        } else {
            for (size_t i = 0; i < link.labels.size(); ++i) link.host += (i ? "." : "") + link.labels[i];
            bool number = link.labels.size() == 1 && allDigits(link.labels[0]);
            link.ipHost = number;
        }
        for (size_t i = 0; i < link.labels.size(); ++i) {
            auto ascii = labelToAscii(link.labels[i]);
            link.asciiHost += (i ? "." : "") + (ascii ? *ascii : link.labels[i]);
        }
        if (!link.ipHost && link.labels.size() < 2) return std::nullopt;
        if (!link.ipHost && allDigits(link.labels.back())) return std::nullopt;
    }
    if (!link.port.empty() && !allDigits(link.port)) return std::nullopt;

    if (!rest.empty()) {
        size_t q = rest.find_first_of("?#");
        std::string path = core::toLower(percentDecode(rest.substr(0, q)));
        std::replace(path.begin(), path.end(), '\\', '/');
        while (!path.empty() && path.back() == '/') path.pop_back();
        link.path = path;
        if (q != std::string_view::npos) link.query = core::toLower(rest.substr(q + 1));
    }
    if (!link.ipHost) {
        link.suffix = publicSuffix(link.host);
        size_t suffixStart = link.host.size() - link.suffix.size();
        if (suffixStart == 0) {
            link.registrable = link.host;
        } else {
            size_t dot = link.host.rfind('.', suffixStart - 2);
            link.registrable = dot == std::string::npos ? link.host : link.host.substr(dot + 1);
        }
    } else {
        link.registrable = link.host;
    }
    return link;
}

bool looksLikeLink(std::string_view token) {
    std::string lower = toLowerAscii(token);
    bool scheme = lower.find("://") != std::string::npos && lower.find("://") < 12;
    bool www = lower.rfind("www.", 0) == 0;
    if (!scheme && lower.find('@') != std::string::npos && lower.find('/') == std::string::npos) return false; // e-mail
    auto link = parseLink(token);
    if (!link) return false;
    if (scheme || www) return true;
    if (link->ipHost) return std::count(lower.begin(), lower.end(), '.') >= 3; // "10.5" is a number, "103.1.2.3" a host
    // IDN labels count only under a known TLD: Vietnamese words joined by a dot
    // ("tiền.Anh") are not links.
    return knownTld(link->labels.back());
}

std::optional<std::string> normalizeDomain(std::string_view text) {
    auto link = parseLink(text);
    if (!link || link->host.empty()) return std::nullopt;
    std::string host = link->asciiHost;
    if (host.rfind("www.", 0) == 0 && host.size() > 4) host.erase(0, 4);
    return host;
}

} // namespace signage::scamcheck
