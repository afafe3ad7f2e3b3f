// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Account.h"

#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

std::optional<std::string> normalizeAccount(std::string_view text) {
    std::string s = prepareInput(text);
    size_t first = s.find_first_of("0123456789");
    size_t last = s.find_last_of("0123456789");
    if (first == std::string::npos) return std::nullopt;
    std::string digits;
    for (size_t i = first; i <= last; ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == ' ' || c == '.' || c == '-') continue;
        else return std::nullopt; // letters or symbols inside the number: not one account
    }
    // Around the number only words (a bank's name, "STK:") — never more digits.
    if (digits.size() < kMinAccountDigits || digits.size() > kMaxAccountDigits) return std::nullopt;
    return digits;
}

} // namespace signage::scamcheck
