// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --kind auto: what did the visitor type? In order:
//   - no letters (or "tel:"): a phone number when it fits a phone plan (Vietnamese mobile,
//     landline, short or service code, "+" foreign), else an account when it has 6..19
//     digits, else a phone number of unusual shape;
//   - one token that reads as a link (Link.h looksLikeLink): a link;
//   - anything else: a message (whose links and numbers are still checked).
#include <string_view>

#include "scamcheck/Kind.h"

namespace signage::scamcheck {

Kind classify(std::string_view text);

} // namespace signage::scamcheck
