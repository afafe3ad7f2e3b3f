// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/SpokenText.h"

#include <array>
#include <cctype>

namespace signage::speech {

namespace {
constexpr std::array<const char*, 10> kDigits = {"không", "một", "hai", "ba",  "bốn",
                                                 "năm",   "sáu", "bảy", "tám", "chín"};

struct Acronym {
    const char* word;
    const char* spoken;
};
constexpr Acronym kAcronyms[] = {
    {"OTP", "ô tê pê"},      {"CCCD", "xê xê xê đê"},   {"CMND", "xê em en đê"}, {"CVV", "xê vê vê"},
    {"ATM", "a tê em"},      {"SMS", "ét em ét"},       {"QR", "quy a"},         {"PIN", "pin"},
    {"STK", "số tài khoản"}, {"VNeID", "vê en e i đê"},
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// `s` starts with one of `words` as a whole word ("đ" in "5.000.000đ", not in "để").
bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (s.substr(0, w.size()) == w && (s.size() == w.size() || !isWordByte(s[w.size()]))) return true;
    return false;
}

// Money, time or date around the run [b, e) of `s`?
bool isQuantity(std::string_view s, size_t b, size_t e, std::string_view run) {
    if (b > 0 && (s[b - 1] == '/' || s[b - 1] == ':' || s[b - 1] == '+' || s[b - 1] == '-')) {
        if (s[b - 1] == '/' || s[b - 1] == ':') return true;
    }
    if (e < s.size() && (s[e] == '/' || s[e] == ':' || s[e] == '%' || s[e] == ','))
        return s[e] != ',' || (e + 1 < s.size() && isDigit(s[e + 1]));
    std::string_view after = s.substr(e);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    if (startsWithAny(after, {"đ", "₫", "VND", "vnd", "VNĐ", "k", "triệu", "tr", "nghìn", "ngàn", "đồng", "tỷ", "phút",
                              "giờ", "ngày", "tháng", "năm", "%"}))
        return true;
    // Thousands groups: "5.000.000", "1,200".
    size_t dots = 0;
    for (char c : run) dots += c == '.' || c == ',';
    if (dots > 0) {
        bool grouped = true;
        size_t since = 0;
        bool first = true;
        for (char c : run) {
            if (c == '.' || c == ',') {
                if (!first && since != 3) grouped = false;
                if (first && (since == 0 || since > 3)) grouped = false;
                first = false;
                since = 0;
            } else {
                ++since;
            }
        }
        if (since != 3) grouped = false;
        if (grouped && run.find(' ') == std::string_view::npos) return true;
    }
    return false;
}
} // namespace

std::string spokenText(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (isDigit(c) && (i == 0 || !isWordByte(s[i - 1]))) {
            // A digit run: digits with single separators between them.
            size_t j = i, digits = 0;
            while (j < s.size()) {
                if (isDigit(s[j])) {
                    ++digits;
                    ++j;
                } else if ((s[j] == ' ' || s[j] == '.' || s[j] == '-') && j + 1 < s.size() && isDigit(s[j + 1]) &&
                           digits > 0) {
                    ++j;
                } else {
                    break;
                }
            }
            std::string_view run = s.substr(i, j - i);
            bool wordAfter =
                j < s.size() && isWordByte(s[j]) && !(static_cast<unsigned char>(s[j]) & 0x80) ? true : false;
            if (digits >= 3 && !wordAfter && !isQuantity(s, i, j, run)) {
                bool firstDigit = true;
                for (char d : run) {
                    if (!isDigit(d)) continue;
                    if (!firstDigit) out += ' ';
                    out += kDigits[static_cast<size_t>(d - '0')];
                    firstDigit = false;
                }
                i = j;
                continue;
            }
            out.append(run);
            i = j;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) && (i == 0 || !isWordByte(s[i - 1]))) {
            size_t j = i;
            while (j < s.size() && isWordByte(s[j])) ++j;
            std::string_view word = s.substr(i, j - i);
            const char* spoken = nullptr;
            for (const auto& a : kAcronyms)
                if (word == a.word) spoken = a.spoken;
            if (spoken) out += spoken;
            else out.append(word);
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace signage::speech
