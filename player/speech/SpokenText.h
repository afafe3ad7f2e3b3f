// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What espeak-ng is given to read: a verdict's text with the parts a listener must be
// able to dial or recognise spelled out. espeak-ng reads "113" as "một trăm mười ba" and
// "0901 234 567" as big numbers; a hotline or an account number must be heard digit by
// digit ("một một ba"), and "OTP" letter by letter ("ô tê pê").
//   - a run of 3+ digits (spaces, dots or dashes between groups allowed) is spoken digit
//     by digit, unless it is a money amount ("5.000.000đ", "300.000 VND", "10 triệu"),
//     a time ("10:25") or part of a date ("12/08/2025");
//   - known acronyms (OTP, CCCD, CMND, CVV, ATM, SMS, QR, PIN, STK, SIM is a word) are
//     spelled with Vietnamese letter names.
// Pure; any thread.
#include <string>
#include <string_view>

namespace signage::speech {

std::string spokenText(std::string_view text);

} // namespace signage::speech
