// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The links, phone numbers and account numbers inside a message, so that a pasted SMS
// is checked against the lists and the link checks as well as the tactic patterns.
#include <string>
#include <string_view>
#include <vector>

#include "scamcheck/Link.h"
#include "scamcheck/Phone.h"

namespace signage::scamcheck {

struct Entities {
    std::vector<Link> links;
    std::vector<PhoneNumber> phones;
    std::vector<std::string> accounts;      // 6..19-digit numbers (phones included: many banks
                                            // accept a phone number as the account number)
    bool accountNotPhone = false;           // some account-shaped number is no phone number
};

inline constexpr size_t kMaxEntitiesPerKind = 8; // a pasted wall of text stays cheap

/// Finds links (Link.h looksLikeLink), phone numbers and account-shaped numbers. Money
/// amounts ("5.000.000đ", "500.000 VND") and numbers glued to letters are skipped.
Entities extractEntities(std::string_view text);

} // namespace signage::scamcheck
