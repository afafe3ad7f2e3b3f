// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Phone.h"

#include "core/Utf8.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

PhoneNumber classifyNational(const std::string& national) {
    PhoneNumber p;
    p.national = national;
    p.key = "+84" + national.substr(1);
    const char second = national.size() > 1 ? national[1] : '\0';
    if (national.size() == 10 && (second == '3' || second == '5' || second == '7' || second == '8' || second == '9'))
        p.type = PhoneNumber::Type::Mobile;
    else if (national.size() == 11 && second == '2')
        p.type = PhoneNumber::Type::Landline;
    else if (national.size() == 11 && second == '1')
        p.type = PhoneNumber::Type::OldMobile;
    else
        p.type = PhoneNumber::Type::Unknown;
    return p;
}
} // namespace

bool PhoneNumber::wrongLength() const {
    if (type != Type::Unknown || national.size() < 2 || national[0] != '0') return false;
    const char second = national[1];
    const size_t n = national.size();
    if (second == '3' || second == '5' || second == '7' || second == '8' || second == '9')
        return n >= 7 && n <= 12 && n != 10;
    if (second == '2') return n >= 9 && n <= 12 && n != 11;
    return false;
}

std::optional<PhoneNumber> normalizePhone(std::string_view text) {
    std::string prepared = prepareInput(text);
    std::string_view s = prepared;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    std::string lower = core::toLower(s);
    s = lower;
    if (startsWith(s, "tel:")) s.remove_prefix(4);

    std::string digits;
    bool plus = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '+' && digits.empty() && !plus) plus = true;
        else if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/') continue;
        else return std::nullopt;
    }
    if (digits.size() < 3 || digits.size() > 15) return std::nullopt;

    // International prefixes: "+84", "0084"; "84" alone only when the length says so.
    // "00" dials abroad, but Vietnamese bank accounts also start with 00: only "0084"
    // (Vietnam itself) is read as a prefix without a '+'.
    bool doubleZero = false;
    if (!plus && startsWith(digits, "00") && digits.size() >= 2 + 7 && digits[2] != '0') {
        plus = true;
        doubleZero = !startsWith(digits, "0084");
        digits.erase(0, 2);
    }
    if (plus) {
        if (digits[0] == '0') return std::nullopt; // no country code starts with 0
        if (startsWith(digits, "84")) {
            std::string rest = digits.substr(2);
            if (startsWith(rest, "0")) rest.erase(0, 1); // "+84 (0) 90…"
            if (rest.empty()) return std::nullopt;
            return classifyNational("0" + rest);
        }
        if (digits.size() < 7) return std::nullopt; // country code + subscriber is longer
        PhoneNumber p;
        p.key = "+" + digits;
        p.national = p.key;
        p.type = PhoneNumber::Type::Foreign;
        p.doubleZero = doubleZero;
        return p;
    }
    if (startsWith(digits, "84") && (digits.size() == 11 || digits.size() == 12)) return classifyNational("0" + digits.substr(2));
    if (digits.size() == 3 && digits[0] == '1') {
        PhoneNumber p;
        p.key = p.national = digits;
        p.type = PhoneNumber::Type::ShortCode;
        return p;
    }
    if ((startsWith(digits, "1800") || startsWith(digits, "1900")) && (digits.size() == 8 || digits.size() == 10)) {
        PhoneNumber p;
        p.key = p.national = digits;
        p.type = PhoneNumber::Type::Service;
        return p;
    }
    if (startsWith(digits, "0")) return classifyNational(digits);
    // A mobile typed without its leading 0: "901234567".
    if (digits.size() == 9 && (digits[0] == '3' || digits[0] == '5' || digits[0] == '7' || digits[0] == '8' || digits[0] == '9'))
        return classifyNational("0" + digits);
    PhoneNumber p;
    p.key = p.national = digits;
    p.type = PhoneNumber::Type::Unknown;
    return p;
}

} // namespace signage::scamcheck
