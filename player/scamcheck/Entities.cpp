// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Entities.h"

#include <algorithm>
#include <array>

#include "core/Utf8.h"
#include "scamcheck/Account.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
constexpr std::string_view kTrimChars = "()[]{}<>\"'.,;:!?*";

// A host typed in a message with a TLD the link scanner does not list ("hoan-tien.example",
// "vneid-capnhat.test"): ASCII, and hyphenated words before the TLD, which no Vietnamese
// words joined by a full stop ("xong.Mai", "tiền.Anh") are.
bool hyphenatedHost(std::string_view token) {
    size_t dot = token.rfind('.');
    if (dot == std::string_view::npos || token.find('/') != std::string_view::npos ||
        token.find('@') != std::string_view::npos)
        return false;
    std::string_view tld = token.substr(dot + 1), name = token.substr(0, dot);
    if (tld.size() < 2 || tld.size() > 12 || name.size() < 3) return false;
    if (!std::all_of(tld.begin(), tld.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
        return false;
    size_t lastDot = name.rfind('.');
    std::string_view label = lastDot == std::string_view::npos ? name : name.substr(lastDot + 1);
    if (label.find('-') == std::string_view::npos || label.front() == '-' || label.back() == '-') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isLetterAt(const std::string& s, size_t i, bool before) {
    // The code point just before/after byte i: is it a letter?
    if (before) {
        if (i == 0) return false;
        size_t j = i - 1;
        while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
        auto cps = core::decodeUtf8(std::string_view(s).substr(j, i - j));
        return !cps.empty() && isAlnum(cps[0]) && !(cps[0] >= U'0' && cps[0] <= U'9');
    }
    if (i >= s.size()) return false;
    size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    auto cps = core::decodeUtf8(std::string_view(s).substr(i, len));
    return !cps.empty() && isAlnum(cps[0]) && !(cps[0] >= U'0' && cps[0] <= U'9');
}

// "5.000.000", "500.000": thousands groups, a money amount rather than a number to call.
bool looksLikeAmount(std::string_view run) {
    if (run.find('.') == std::string_view::npos && run.find(',') == std::string_view::npos) return false;
    std::vector<std::string_view> groups;
    size_t start = 0;
    for (size_t i = 0; i <= run.size(); ++i) {
        if (i == run.size() || run[i] == '.' || run[i] == ',') {
            groups.push_back(run.substr(start, i - start));
            start = i + 1;
        }
    }
    if (groups.size() < 2 || groups[0].empty() || groups[0].size() > 3 || groups[0][0] == '0') return false;
    return std::all_of(groups.begin() + 1, groups.end(), [](std::string_view g) { return g.size() == 3; });
}

bool followedByCurrency(const std::string& s, size_t end) {
    std::string after = core::foldDiacritics(std::string_view(s).substr(end, 12));
    size_t i = 0;
    while (i < after.size() && after[i] == ' ') ++i;
    std::string_view rest = std::string_view(after).substr(i);
    for (std::string_view unit : {"d", "vnd", "dong", "k", "tr", "trieu", "nghin", "ngan", "usd", "$", "ty", "%"}) {
        if (rest.substr(0, unit.size()) != unit) continue;
        char next = rest.size() > unit.size() ? rest[unit.size()] : ' ';
        if (!(next >= 'a' && next <= 'z')) return true;
    }
    return false;
}
} // namespace

Entities extractEntities(std::string_view text) {
    Entities out;
    std::string s = prepareInput(text);

    // Links first; their characters are blanked so their digits are not read as numbers.
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
        size_t j = s.find_first_of(" \n", i);
        if (j == std::string::npos) j = s.size();
        std::string_view token = std::string_view(s).substr(i, j - i);
        size_t lead = 0;
        while (lead < token.size() && kTrimChars.find(token[lead]) != std::string_view::npos) ++lead;
        token.remove_prefix(lead);
        while (!token.empty() && kTrimChars.find(token.back()) != std::string_view::npos) token.remove_suffix(1);
        if (!token.empty() && token.find('.') != std::string_view::npos &&
            (looksLikeLink(token) || hyphenatedHost(token))) {
            if (out.links.size() < kMaxEntitiesPerKind)
                if (auto link = parseLink(token)) out.links.push_back(std::move(*link));
            std::fill(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(j), ' ');
        }
        i = j;
    }

    // Numbers: digits with single separators between them, maybe a leading '+'.
    for (i = 0; i < s.size(); ++i) {
        bool plus = s[i] == '+' && i + 1 < s.size() && isDigit(s[i + 1]);
        if (!plus && !isDigit(s[i])) continue;
        if (isLetterAt(s, i, true)) {
            while (i < s.size() && (isDigit(s[i]))) ++i;
            continue;
        }
        size_t start = i;
        size_t end = plus ? i + 1 : i;
        while (end < s.size()) {
            if (isDigit(s[end])) {
                ++end;
            } else if ((s[end] == ' ' || s[end] == '.' || s[end] == '-' || s[end] == ',') && end + 1 < s.size() && isDigit(s[end + 1])) {
                ++end;
            } else {
                break;
            }
        }
        std::string_view run = std::string_view(s).substr(start, end - start);
        i = end;
        if (isLetterAt(s, end, false) && !followedByCurrency(s, end)) continue; // "123abc": a code
        if (looksLikeAmount(run) || followedByCurrency(s, end)) continue;
        std::string noCommas(run);
        if (noCommas.find(',') != std::string::npos) continue; // "1,2,3": a list, not a number
        size_t digits = static_cast<size_t>(std::count_if(run.begin(), run.end(), isDigit));
        if (digits < 3) continue;
        auto phone = normalizePhone(run);
        // A bare "00…" run in a message is an account number (Vietnamese accounts start with
        // 00); a foreign number in a message is written with "+".
        bool isPhone =
            phone &&
            (phone->type == PhoneNumber::Type::Mobile || phone->type == PhoneNumber::Type::Landline ||
             (phone->type == PhoneNumber::Type::Foreign && !phone->doubleZero) ||
             phone->type == PhoneNumber::Type::Service || (phone->type == PhoneNumber::Type::ShortCode && digits == 3));
        if (isPhone && out.phones.size() < kMaxEntitiesPerKind) out.phones.push_back(*phone);
        if (!plus && digits >= kMinAccountDigits && digits <= kMaxAccountDigits) {
            if (auto acct = normalizeAccount(run); acct && out.accounts.size() < kMaxEntitiesPerKind) {
                out.accounts.push_back(*acct);
                if (!isPhone) out.accountNotPhone = true;
            }
        }
    }
    return out;
}

} // namespace signage::scamcheck
