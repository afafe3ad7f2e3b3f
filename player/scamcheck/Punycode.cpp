// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Punycode.h"

#include <cstdint>
#include <vector>

#include "core/Utf8.h"

namespace signage::scamcheck {

namespace {
constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 128;
constexpr std::uint32_t kMaxCodePoint = 0x10FFFF;

std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first) {
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    std::uint32_t k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
        delta /= kBase - kTMin;
        k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

int digitOf(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '0' && c <= '9') return c - '0' + 26;
    return -1;
}

char charOf(std::uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26)); }

std::uint32_t threshold(std::uint32_t k, std::uint32_t bias) {
    if (k <= bias) return kTMin;
    if (k >= bias + kTMax) return kTMax;
    return k - bias;
}
} // namespace

std::optional<std::string> decodePunycode(std::string_view in) {
    std::vector<char32_t> out;
    size_t basicEnd = in.rfind('-');
    size_t pos = 0;
    if (basicEnd != std::string_view::npos) {
        for (size_t i = 0; i < basicEnd; ++i) {
            if (static_cast<unsigned char>(in[i]) >= 0x80) return std::nullopt;
            out.push_back(static_cast<char32_t>(in[i]));
        }
        pos = basicEnd + 1;
    }
    std::uint32_t n = kInitialN, bias = kInitialBias;
    std::uint64_t i = 0;
    while (pos < in.size()) {
        std::uint64_t oldI = i, w = 1;
        for (std::uint32_t k = kBase;; k += kBase) {
            if (pos >= in.size()) return std::nullopt;
            int d = digitOf(in[pos++]);
            if (d < 0) return std::nullopt;
            i += static_cast<std::uint64_t>(d) * w;
            if (i > kMaxCodePoint * 64ull) return std::nullopt;
            std::uint32_t t = threshold(k, bias);
            if (static_cast<std::uint32_t>(d) < t) break;
            w *= kBase - t;
            if (w > kMaxCodePoint * 64ull) return std::nullopt;
        }
        auto points = static_cast<std::uint32_t>(out.size() + 1);
        bias = adapt(static_cast<std::uint32_t>(i - oldI), points, oldI == 0);
        std::uint64_t next = n + i / points;
        if (next > kMaxCodePoint) return std::nullopt;
        n = static_cast<std::uint32_t>(next);
        i %= points;
        if (out.size() > 255) return std::nullopt; // a DNS label is at most 63 bytes
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(i), static_cast<char32_t>(n));
        ++i;
    }
    std::string utf8;
    for (char32_t cp : out) utf8 += core::encodeUtf8(cp);
    return utf8;
}

std::optional<std::string> encodePunycode(std::string_view utf8) {
    std::vector<char32_t> input = core::decodeUtf8(utf8);
    std::string out;
    for (char32_t cp : input)
        if (cp < 0x80) out += static_cast<char>(cp);
    const std::uint32_t basic = static_cast<std::uint32_t>(out.size());
    std::uint32_t handled = basic;
    if (basic > 0) out += '-';
    std::uint32_t n = kInitialN, bias = kInitialBias;
    std::uint64_t delta = 0;
    while (handled < input.size()) {
        std::uint32_t m = kMaxCodePoint + 1;
        for (char32_t cp : input)
            if (cp >= n && cp < m) m = cp;
        delta += static_cast<std::uint64_t>(m - n) * (handled + 1);
        if (delta > 0xFFFFFFFFull) return std::nullopt;
        n = m;
        for (char32_t cp : input) {
            if (cp < n) ++delta;
            if (cp != n) continue;
            std::uint64_t q = delta;
            for (std::uint32_t k = kBase;; k += kBase) {
                std::uint32_t t = threshold(k, bias);
                if (q < t) break;
                out += charOf(static_cast<std::uint32_t>(t + (q - t) % (kBase - t)));
                q = (q - t) / (kBase - t);
            }
            out += charOf(static_cast<std::uint32_t>(q));
            bias = adapt(static_cast<std::uint32_t>(delta), handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return out;
}

} // namespace signage::scamcheck
