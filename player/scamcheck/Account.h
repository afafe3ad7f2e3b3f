// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bank account numbers: 6 to 19 digits, typed with spaces, dots or dashes, maybe with the
// bank's name or "STK" around them ("VCB 0123 456 789", "STK: 1903-1234-5678").
// Canonical key: the digits.
#include <optional>
#include <string>
#include <string_view>

namespace signage::scamcheck {

inline constexpr size_t kMinAccountDigits = 6;
inline constexpr size_t kMaxAccountDigits = 19;

/// The account number's digits, or nullopt when `text` holds no single run of 6..19
/// digits (letters inside the run, two separate numbers, too short or too long).
std::optional<std::string> normalizeAccount(std::string_view text);

} // namespace signage::scamcheck
