// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PathGuard.h"

#include <algorithm>

#include "core/Lang.h"

namespace signage::scripting {

namespace fs = std::filesystem;

std::optional<fs::path> resolveInside(const fs::path& root, std::string_view relative, std::string* error) {
    auto fail = [&](const std::string& why) -> std::optional<fs::path> {
        if (error) *error = core::tr("đường dẫn \"", "path \"") + std::string(relative) + "\": " + why;
        return std::nullopt;
    };
    if (relative.empty()) return fail(core::tr("rỗng", "empty"));
    if (relative.find('\0') != std::string_view::npos || relative.find('\\') != std::string_view::npos) {
        return fail(core::tr("có ký tự không hợp lệ", "has an invalid character"));
    }
    fs::path rel(relative);
    if (rel.is_absolute() || rel.has_root_name()) {
        return fail(core::tr("phải là đường dẫn tương đối trong thư mục plugin", "must be relative to the plugin folder"));
    }
    for (const auto& part : rel) {
        if (part == "..") return fail(core::tr("không được dùng \"..\"", "\"..\" is not allowed"));
    }
    std::error_code ec;
    fs::path base = fs::canonical(root, ec);
    if (ec) return fail(core::tr("thư mục plugin không tồn tại", "plugin folder does not exist"));
    fs::path full = fs::weakly_canonical(base / rel, ec);
    if (ec) return fail(ec.message());
    auto [baseEnd, fullIt] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (baseEnd != base.end()) {
        return fail(core::tr("trỏ ra ngoài thư mục plugin", "points outside the plugin folder"));
    }
    return full;
}

} // namespace signage::scripting
