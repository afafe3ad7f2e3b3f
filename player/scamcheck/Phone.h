// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Phone numbers in every form people type them: "+84 90 123 4567", "84901234567",
// "0901.234.567", "090-123-4567", "(090) 1234567", full-width or other-script digits.
// Canonical key: E.164 for Vietnamese and foreign numbers ("+84901234567"), the digits
// themselves for short and service codes ("113", "19001234").
#include <optional>
#include <string>
#include <string_view>

namespace signage::scamcheck {

struct PhoneNumber {
    enum class Type {
        Mobile,    // 03x, 05x, 07x, 08x, 09x + 7 digits
        Landline,  // 02xx + 7 digits (11 digits with the leading 0)
        OldMobile, // 11-digit 01xx mobiles, renumbered to 10 digits in 2018
        ShortCode, // 111, 113, 114, 115, ... (emergency and public services)
        Service,   // 1800xxxx(xx) free, 1900xxxx(xx) premium-rate
        Foreign,   // + or 00 with a country code other than 84
        Unknown,   // digits that fit no Vietnamese plan
    };
    std::string key;      // canonical (see above)
    std::string national; // "0901234567" for Vietnamese numbers, else == key
    Type type = Type::Unknown;
    bool doubleZero = false; // dialled abroad with "00" instead of "+" ("0066 81 234 5678")
    bool vietnamese() const { return type != Type::Foreign; }
    /// A Vietnamese mobile or landline prefix with the wrong number of digits
    /// ("090123456", "+84 90 123 45678"): the visitor should re-enter it.
    bool wrongLength() const;
};

/// Reads `text` as one phone number (after core-style clean-up: NFKC, other-script digits,
/// "tel:" prefix, spaces, dots, dashes, slashes, parentheses). nullopt when it holds
/// letters or a digit count no phone plan uses (fewer than 3 or more than 15).
/// "00" followed by a country code other than 84 is a foreign number (doubleZero), never
/// a Vietnamese one.
std::optional<PhoneNumber> normalizePhone(std::string_view text);

} // namespace signage::scamcheck
