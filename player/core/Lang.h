// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Operator messages are Vietnamese first, English available: one language per run,
// chosen by config or --lang. Messages are written inline as tr("tiếng Việt", "English")
// so both wordings sit side by side where they are used.
#include <string>
#include <string_view>

namespace signage::core {

enum class Lang { Vi, En };

/// Sets the process-wide message language (call once at start-up, before threads).
void setLang(Lang lang);
Lang lang();
/// Parses "vi" / "en" (also "vi_VN.UTF-8" style locales); nullopt-like: returns false if unknown.
bool parseLang(std::string_view text, Lang& out);

/// Picks the wording for the current language.
inline std::string tr(std::string_view vi, std::string_view en) {
    return std::string(lang() == Lang::Vi ? vi : en);
}

/// Our message about a third-party library's failure, with the library's own (English)
/// text kept as the detail: "ours (chi tiết từ LIBRARY: detail)" / "ours: detail".
/// An empty detail gives just `ours`.
std::string withLibraryDetail(std::string_view ours, std::string_view library, std::string_view detail);
/// A TOML file that does not parse: "lỗi cú pháp TOML (chi tiết từ toml++: ...)" /
/// "TOML syntax error: ...".
std::string tomlSyntaxError(std::string_view description);

} // namespace signage::core
