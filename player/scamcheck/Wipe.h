// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Clearing what a visitor typed from memory once a check is done (issue 7: "wiped from
// memory when the session ends"). explicit_bzero is not optimised away like memset.
#include <string>
#include <string.h>

namespace signage::scamcheck {

inline void wipeString(std::string& s) {
    if (!s.empty()) explicit_bzero(s.data(), s.size());
    s.clear();
    s.shrink_to_fit();
}

} // namespace signage::scamcheck
