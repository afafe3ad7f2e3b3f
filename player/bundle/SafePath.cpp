// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/SafePath.h"

#include "bundle/Refusal.h"
#include "core/Utf8.h"

namespace signage::bundle {

std::string checkEntryPath(std::string_view raw, const PathLimits& limits) {
    auto refuse = [&](const char* why) { throw BundleError(Reason::PathTraversal, std::string(raw) + " (" + why + ")"); };
    if (raw.size() > limits.maxBytes) refuse("too long");
    if (!core::isValidUtf8(raw)) refuse("invalid UTF-8");
    for (unsigned char c : raw) {
        if (c < 0x20 || c == 0x7f) refuse("control character");
        if (c == '\\') refuse("backslash");
    }
    if (!raw.empty() && raw.front() == '/') refuse("absolute path");
    std::string_view p = raw;
    while (p.substr(0, 2) == "./") p.remove_prefix(2);
    if (p == ".") p = {};
    while (!p.empty() && p.back() == '/') p.remove_suffix(1);
    size_t depth = 0;
    std::string_view rest = p;
    while (!rest.empty()) {
        size_t slash = rest.find('/');
        std::string_view part = rest.substr(0, slash);
        if (part.empty()) refuse("empty component");
        if (part == "..") refuse("parent directory");
        if (part == ".") refuse("'.' component");
        if (++depth > limits.maxDepth) refuse("too deep");
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
    }
    return std::string(p);
}

} // namespace signage::bundle
