// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Does a host label pass for a brand's name? Two measures:
//   - a confusable skeleton: diacritics dropped, Cyrillic/Greek lookalikes → Latin, and
//     the shapes that read alike folded together (0→o, 1/l/i→l, 5→s, rn→m, vv→w, cl→d,
//     hyphens dropped), so "vietcornbank" and "vietc0mbank" meet "vietcombank";
//   - the optimal-string-alignment edit distance on those skeletons (typos and swaps).
// Pure functions; any thread.
#include <cstddef>
#include <string>
#include <string_view>

namespace signage::scamcheck {

std::string confusableSkeleton(std::string_view label);

/// Edit distance with adjacent transpositions; stops counting past `limit` (returns limit+1).
size_t editDistance(std::string_view a, std::string_view b, size_t limit);

enum class Resemblance { None, Exact, Skeleton, NearMiss };
/// How `label` resembles `keyword` (both folded lower case): Exact when equal, Skeleton
/// when only their confusable skeletons are equal, NearMiss within 1 edit (2 for
/// keywords of 9+ letters), or when the keyword's skeleton sits inside the label's.
/// Keywords under 5 letters only ever match Exact or Skeleton.
Resemblance resemble(std::string_view label, std::string_view keyword);
/// The same with both skeletons already computed (link checks compare one label with
/// many brand names: the skeletons are computed once).
Resemblance resemble(std::string_view label, std::string_view keyword, std::string_view labelSkeleton, std::string_view keywordSkeleton);

} // namespace signage::scamcheck
