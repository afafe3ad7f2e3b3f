// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Suggest.h"

#include <algorithm>
#include <cctype>

#include "core/Lang.h"

namespace signage::core {

size_t editDistance(std::string_view a, std::string_view b) {
    // One row of the classic DP table; keys are short, so this is cheap.
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {
std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
} // namespace

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string w = lowered(word);
    const size_t limit = w.size() <= 3 ? 1 : std::max<size_t>(2, w.size() / 3);
    std::string best;
    size_t bestDistance = limit + 1;
    for (const auto& c : candidates) {
        size_t d = editDistance(w, lowered(c));
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMeanText(std::string_view suggestion) {
    if (suggestion.empty()) return "";
    return tr(" (ý bạn là \"", " (did you mean \"") + std::string(suggestion) + "\"?)";
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
    return didYouMeanText(closestMatch(word, candidates));
}

std::string joinList(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

} // namespace signage::core
