// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Lookalike.h"

#include <algorithm>
#include <vector>

#include "core/Utf8.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

std::string confusableSkeleton(std::string_view label) {
    std::string ascii;
    for (char32_t cp : core::decodeUtf8(core::foldDiacritics(label))) {
        if (char32_t l = latinLookalike(cp)) cp = l;
        if (cp >= 0x80) {
            ascii += core::encodeUtf8(cp);
            continue;
        }
        char c = static_cast<char>(cp);
        switch (c) {
        case '0': c = 'o'; break;
        case '1': case 'i': case '|': c = 'l'; break;
        case '3': c = 'e'; break;
        case '5': c = 's'; break;
        case '-': case '_': case '.': continue;
        default: break;
        }
        ascii += c;
    }
    std::string out;
    for (size_t i = 0; i < ascii.size(); ++i) {
        if (i + 1 < ascii.size()) {
            std::string_view two(ascii.data() + i, 2);
            if (two == "rn") { out += 'm'; ++i; continue; }
            if (two == "vv") { out += 'w'; ++i; continue; }
            if (two == "cl") { out += 'd'; ++i; continue; }
        }
        out += ascii[i];
    }
    return out;
}

size_t editDistance(std::string_view a, std::string_view b, size_t limit) {
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (size_t j = 0; j <= m; ++j) prev[j] = j;
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        size_t rowMin = cur[0];
        for (size_t j = 1; j <= m; ++j) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit) return limit + 1;
        prev2.swap(prev);
        prev.swap(cur);
    }
    return std::min(prev[m], limit + 1);
}

Resemblance resemble(std::string_view label, std::string_view keyword) {
    return resemble(label, keyword, confusableSkeleton(label), confusableSkeleton(keyword));
}

Resemblance resemble(std::string_view label, std::string_view keyword, std::string_view sl, std::string_view sk) {
    if (label.empty() || keyword.empty()) return Resemblance::None;
    if (label == keyword) return Resemblance::Exact;
    if (sl == sk) return Resemblance::Skeleton;
    if (sk.size() < 5) return Resemblance::None;
    size_t limit = sk.size() >= 9 ? 2 : 1;
    if (editDistance(sl, sk, limit) <= limit) return Resemblance::NearMiss;
    // "vietcornbank-online": the skeleton of the name inside, but not the name itself.
    if (sl.find(sk) != std::string_view::npos && label.find(keyword) == std::string_view::npos) return Resemblance::NearMiss;
    return Resemblance::None;
}

} // namespace signage::scamcheck
