#pragma once
// "Did you mean" for unknown keys and names: the closest candidate by edit distance.
#include <string>
#include <string_view>
#include <vector>

namespace signage::schedule {

/// The candidate closest to `word` (Levenshtein distance, case-insensitive ASCII), or ""
/// when none is close enough to be a plausible typo.
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean \"x\"?)" in the run's language, or "" when there is no suggestion.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace signage::schedule
