// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Punycode (RFC 3492), the ASCII form of internationalised domain labels ("xn--…").
// Decoding is all the checker needs: it compares hosts in their Unicode form, so
// "xn--vietcmbank-…" and the Cyrillic-"о" spelling it stands for meet as one key.
#include <optional>
#include <string>
#include <string_view>

namespace signage::scamcheck {

/// Decodes one label's Punycode payload (without the "xn--" prefix) into UTF-8.
/// nullopt when the payload is malformed or overflows.
std::optional<std::string> decodePunycode(std::string_view payload);
/// Encodes UTF-8 text as a Punycode payload (without "xn--"); for tests and tools.
std::optional<std::string> encodePunycode(std::string_view utf8);

} // namespace signage::scamcheck
