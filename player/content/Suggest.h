#pragma once
// "Did you mean …" for typos in keys, enum values and references.
#include <string>
#include <string_view>
#include <vector>

namespace signage::content {

/// Levenshtein distance between two byte strings (keys and ids are ASCII).
size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (case-insensitive; distance at most 2, or 1 for words of up to 3 letters); empty otherwise.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b, c" (for "expected one of: …" lists).
std::string joinList(const std::vector<std::string>& words);

} // namespace signage::content
