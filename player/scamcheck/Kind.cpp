// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Kind.h"

namespace signage::scamcheck {

std::string_view kindName(Kind kind) {
    switch (kind) {
    case Kind::Auto: return "auto";
    case Kind::Phone: return "phone";
    case Kind::Link: return "link";
    case Kind::Account: return "account";
    case Kind::Message: return "message";
    }
    return "auto";
}

std::optional<Kind> parseKind(std::string_view text) {
    for (Kind k : {Kind::Auto, Kind::Phone, Kind::Link, Kind::Account, Kind::Message})
        if (kindName(k) == text) return k;
    return std::nullopt;
}

} // namespace signage::scamcheck
