// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checks for one phone number, one account number and one link. Each adds Signals to
// Findings; none of them keeps or logs what it was given. `inMessage` says whether the
// item was typed on its own (then "not in any list" is worth a note) or found in a message.
#include <string>

#include "scamcheck/Findings.h"
#include "scamcheck/Link.h"
#include "scamcheck/Phone.h"

namespace signage::scamcheck {

void checkPhone(const PhoneNumber& phone, const Context& ctx, Findings& out, bool inMessage);
void checkAccount(const std::string& digits, const Context& ctx, Findings& out, bool inMessage);
void checkLink(const Link& link, const Context& ctx, Findings& out, bool inMessage);

/// "nguồn: Bộ Công an, 2025-08-01" style detail for a list hit.
struct ListHit;
Text listDetail(const ListHit& hit);

} // namespace signage::scamcheck
