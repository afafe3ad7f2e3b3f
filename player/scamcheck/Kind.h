// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a visitor typed: a phone number, a link, a bank account or a message.
#include <optional>
#include <string_view>

namespace signage::scamcheck {

enum class Kind { Auto, Phone, Link, Account, Message };

/// "auto", "phone", "link", "account", "message".
std::string_view kindName(Kind kind);
/// Parses the names above; nullopt for anything else.
std::optional<Kind> parseKind(std::string_view text);

} // namespace signage::scamcheck
