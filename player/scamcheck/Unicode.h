// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unicode clean-up the checker needs beyond core/Utf8.h: compatibility folding (full-width
// letters and digits, ligatures), every script's decimal digits, invisible characters,
// and the Cyrillic/Greek letters that pass for Latin ones in links and messages.
// Pure functions; any thread.
#include <string>
#include <string_view>

namespace signage::scamcheck {

/// NFKC, then: every Unicode decimal digit → ASCII, invisible format characters
/// (zero-width space/joiners, soft hyphen, BOM, bidi marks) removed, other spaces → ' ',
/// dashes → '-', ideographic and half-width full stops → '.'. Invalid UTF-8 → U+FFFD.
std::string prepareInput(std::string_view text);

/// 0..9 for any Unicode decimal digit (category Nd), else -1.
int digitValue(char32_t cp);

/// The Latin letter a Cyrillic, Greek or Armenian lookalike passes for (lower case),
/// or 0 when `cp` is no known lookalike.
char32_t latinLookalike(char32_t cp);

enum class Script { Common, Latin, Cyrillic, Greek, Other };
/// Coarse script of a letter: enough to spot a label that mixes Latin with Cyrillic.
Script scriptOf(char32_t cp);

/// Letters and numbers (Unicode categories L* and N*).
bool isAlnum(char32_t cp);
/// Combining marks (category M*): part of the word they follow.
bool isMark(char32_t cp);

/// A lower-case word's accent key: its letters with their vowel marks (â ê ô ă ơ ư đ),
/// then '|' and its Vietnamese tone mark if any (grave, acute, hook, tilde, dot below),
/// wherever the tone sits, so "hòa" and "hoà" (old and new tone placement) meet while
/// "lãi" ("lai|~") and "lại" ("lai|.") do not. A word without marks keys as "word|".
std::string accentKey(std::string_view lowerWord);
/// True when `key` (accentKey) carries any mark at all.
bool keyHasMarks(std::string_view key);

} // namespace signage::scamcheck
