// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Lang.h"

#include <atomic>

namespace signage::core {

namespace {
std::atomic<Lang> gLang{Lang::Vi};
}

void setLang(Lang l) { gLang = l; }
Lang lang() { return gLang.load(std::memory_order_relaxed); }

bool parseLang(std::string_view text, Lang& out) {
    if (text.substr(0, 2) == "vi") { out = Lang::Vi; return true; }
    if (text.substr(0, 2) == "en") { out = Lang::En; return true; }
    return false;
}

std::string withLibraryDetail(std::string_view ours, std::string_view library, std::string_view detail) {
    std::string out(ours);
    if (detail.empty()) return out;
    // English readers get the detail as it is; Vietnamese ones are told whose words it is.
    if (lang() == Lang::En) return out + ": " + std::string(detail);
    out += " (chi tiết từ " + std::string(library) + ": " + std::string(detail) + ")";
    return out;
}

std::string tomlSyntaxError(std::string_view description) {
    return withLibraryDetail(tr("lỗi cú pháp TOML", "TOML syntax error"), "toml++", description);
}

} // namespace signage::core
