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

} // namespace signage::core
