// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UTF-8 text handling on utf8proc: every text the player shows or compares is NFC.
#include <string>
#include <string_view>
#include <vector>

namespace signage::core {

bool isValidUtf8(std::string_view text);
/// NFC normalisation (so "Không" typed in NFD renders and compares like NFC).
/// Invalid UTF-8 comes back with U+FFFD replacing the bad bytes.
std::string toNfc(std::string_view text);
/// Lower-case, diacritics removed, đ→d: "Không Chuyển Khoản" → "khong chuyen khoan".
/// For matching text typed without diacritics.
std::string foldDiacritics(std::string_view text);
/// Lower-case (Unicode-aware), keeping diacritics, NFC.
std::string toLower(std::string_view text);
/// Decodes to code points (invalid bytes become U+FFFD).
std::vector<char32_t> decodeUtf8(std::string_view text);
std::string encodeUtf8(char32_t cp);
/// Number of code points.
size_t utf8Length(std::string_view text);

/// Byte offset of the first control character (C0 incl. NUL and TAB, DEL, or a UTF-8
/// encoded C1 U+0080..U+009F), or npos. Such bytes cut a path at the OS (NUL) or a log
/// line (newline, ESC sequences), so names and ids must not carry them.
size_t findControlChar(std::string_view text);
/// `text` with each control character (see findControlChar) written as "\xNN" (the
/// code point's hex), so a message quoting it stays on one line and shows what is there.
std::string escapeControl(std::string_view text);

} // namespace signage::core
