// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Vietnamese typed on a plain keyboard without an input method, as pasted or typed on a
// physical keyboard (issue 16 class 4): Telex ("chuyeenr khoanr", "ddieenj thoaij") and
// VNI ("chuye6n3 khoa3n", "d9ie65n"). The touch keyboard composes Telex as it is typed
// (core/Telex.h); the engine decodes whole texts here, with the same core::telexTypeAll.
// A word is decoded only when it is not itself a Vietnamese syllable and its decoding is
// (tone keys s/f/r/x/j, the modifier w and VNI digits never end a real syllable), so
// "facebook", "online", "500k", "24h" and "0TP" pass through untouched. Pure; any thread.
#include <string>
#include <string_view>

namespace signage::scamcheck {

/// True for one folded syllable (ASCII a-z, no diacritics) that Vietnamese spelling
/// allows: onset + vowel cluster + final ("nguoi", "chuyen", "khoan", "oi", "ma").
bool isVietnameseSyllable(std::string_view folded);

/// `text` with every Telex- or VNI-typed word replaced by the composed word (NFC).
/// Everything else (spaces, punctuation, other words) is kept byte for byte.
std::string decodeTypedText(std::string_view text);

} // namespace signage::scamcheck
