// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Telex, the way most Vietnamese type on a plain keyboard: "aa" → â, "ow" → ơ, "dd" → đ,
// and a tone key after the letters (s sắc, f huyền, r hỏi, x ngã, j nặng, z none) puts
// the tone on the right vowel. The touch screen's keyboard has only plain letters, so it
// composes with this. Letters typed without Telex stay as typed: the scam checker folds
// diacritics anyway, so "chuyen khoan" is understood too. Pure; any thread.
#include <string>
#include <string_view>

namespace signage::core {

/// The word after typing `key` (one ASCII character) at its end. `word` is the current
/// word (UTF-8, no spaces); the result is NFC. A key that changes nothing is appended;
/// a modifier typed twice undoes itself and is typed as a letter ("aaa" → "aa",
/// "ass" → "as"), as in common Vietnamese input methods.
std::string telexType(std::string_view word, char key);

/// Types every character of `keys` in turn, starting a new word after each space
/// ("chuyeenr khoanr" → "chuyển khoản").
std::string telexTypeAll(std::string_view keys);

} // namespace signage::core
