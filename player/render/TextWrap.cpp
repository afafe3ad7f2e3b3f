// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdint>

#include "core/Utf8.h"
#include "render/TextMeasurer.h"

namespace signage::render {

namespace {

std::vector<std::string> splitWords(std::string_view line) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\r') {
            if (!cur.empty()) words.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    return words;
}

/// Byte length of the longest prefix of `word` (whole code points, at least one) that fits.
size_t fittingPrefix(TextMeasurer& m, const std::string& word, FontStyle style, float maxWidth) {
    size_t best = 0, i = 0;
    while (i < word.size()) {
        size_t next = i + 1;
        while (next < word.size() && (static_cast<std::uint8_t>(word[next]) & 0xC0) == 0x80) ++next;
        if (best > 0 && m.width(std::string_view(word).substr(0, next), style) > maxWidth) break;
        best = next;
        i = next;
    }
    return best;
}

std::string join(const std::vector<std::string>& words, size_t from, size_t to) {
    std::string text;
    for (size_t k = from; k < to; ++k) text += (k > from ? " " : "") + words[k];
    return text;
}

void wrapParagraph(TextMeasurer& m, std::string_view para, FontStyle style, float maxWidth, std::vector<std::string>& out) {
    // Each word is measured once and a line's width is summed (a long slide is wrapped at
    // several sizes while it shrinks to fit); the finished line is then measured whole,
    // since kerning and shaping across a space can differ by a pixel.
    const float space = m.width(" ", style);
    std::vector<std::string> words = splitWords(para);
    std::vector<float> widths(words.size(), -1);
    auto widthOf = [&](size_t k) {
        if (widths[k] < 0) widths[k] = m.width(words[k], style);
        return widths[k];
    };
    size_t i = 0;
    bool any = false;
    while (i < words.size()) {
        // A single word wider than the line: cut it where it must be cut.
        while (widthOf(i) > maxWidth) {
            size_t n = fittingPrefix(m, words[i], style, maxWidth);
            out.push_back(words[i].substr(0, n));
            words[i].erase(0, n);
            widths[i] = -1;
            any = true;
        }
        size_t j = i + 1;
        float lineWidth = widthOf(i);
        while (j < words.size() && lineWidth + space + widthOf(j) <= maxWidth) lineWidth += space + widthOf(j++);
        std::string text = join(words, i, j);
        while (j > i + 1 && m.width(text, style) > maxWidth) text = join(words, i, --j);
        out.push_back(std::move(text));
        any = true;
        i = j;
    }
    if (!any) out.emplace_back();
}

} // namespace

std::vector<std::string> wrapText(TextMeasurer& m, std::string_view text, FontStyle style, float maxWidth) {
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        size_t nl = text.find('\n', start);
        wrapParagraph(m, text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), style,
                      maxWidth, out);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return out;
}

std::vector<std::string> wrapBalanced(TextMeasurer& m, std::string_view text, FontStyle style, float maxWidth) {
    std::vector<std::string> best = wrapText(m, text, style, maxWidth);
    if (best.size() < 2) return best;
    float lo = maxWidth / 2, hi = maxWidth;
    for (int i = 0; i < 12 && hi - lo > 2; ++i) {
        float mid = (lo + hi) / 2;
        std::vector<std::string> lines = wrapText(m, text, style, mid);
        if (lines.size() <= best.size()) {
            hi = mid;
            best = std::move(lines);
        } else {
            lo = mid;
        }
    }
    return best;
}

} // namespace signage::render
