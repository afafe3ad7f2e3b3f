// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Did you mean …" for typos in keys, enum values and references: the one implementation
// for content files, schedules, plugin manifests and the box config.
#include <string>
#include <string_view>
#include <vector>

namespace signage::core {

/// Levenshtein distance between two byte strings (keys and ids are ASCII).
size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (case-insensitive; distance at most 1 for words of up to 3 letters, else at most
/// max(2, length / 3)); empty otherwise.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// " (ý bạn là "x"?)" / " (did you mean "x"?)" for a known suggestion, "" for none.
std::string didYouMeanText(std::string_view suggestion);
/// didYouMeanText(closestMatch(word, candidates)).
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b, c" (for "expected one of: …" lists).
std::string joinList(const std::vector<std::string>& words);

} // namespace signage::core
