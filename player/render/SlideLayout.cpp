// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SlideLayout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "core/Lang.h"
#include "core/RuleIds.h"
#include "core/Utf8.h"

namespace signage::render {

namespace {

constexpr float kRefW = 1920, kRefH = 1080;
// Where a text block shorter than its region sits: a little above the middle (optical centre).
constexpr float kVerticalAlign = 0.42f;

struct Attempt {
    float k = 1;         // text scale relative to the preferred sizes
    float imageFrac = 0; // image column (landscape: of safe width; portrait: of region height)
    bool topAligned = false;
};

/// A run of lines laid out top to bottom from y = 0; moved into place afterwards.
struct Stack {
    std::vector<LaidLine> lines;
    std::vector<std::pair<RectF, size_t>> dots; // dot, index of its first line
    std::optional<RectF> rule;
    float height = 0;
};

class Layouter {
public:
    Layouter(const content::Slide& slide, Size size, TextMeasurer& m, const SlideMetrics& sm)
        : _slide(slide), _size(size), _m(m), _sm(sm) {
        // The reference turns with the screen: a portrait 1080x1920 panel has the same pixel
        // density as a landscape one, so it keeps the same sizes (and the same 40 px floor).
        float longSide = static_cast<float>(std::max(size.w, size.h)), shortSide = static_cast<float>(std::min(size.w, size.h));
        _s = std::min(longSide / kRefW, shortSide / kRefH);
        _mx = std::round(size.w * sm.safeMargin);
        _my = std::round(size.h * sm.safeMargin);
        _title = core::toNfc(slide.title);
        _paragraph = core::toNfc(slide.paragraph);
        for (const auto& b : slide.bullets) _bullets.push_back(core::toNfc(b));
        _kicker = ruleKicker(slide.rule);
    }

    int px(int ref, int min, float k) const {
        return std::max(1, std::max(static_cast<int>(std::lround(ref * _s * k)), static_cast<int>(std::lround(min * _s))));
    }
    int minPx(int min) const { return std::max(1, static_cast<int>(std::lround(min * _s))); }

    SlideLayout run() {
        std::vector<float> fracs = _slide.image.empty() ? std::vector<float>{0} : std::vector<float>{0.30f, 0.24f};
        for (float k = 1.0f; k > 0.3f; k -= 0.05f) {
            for (float f : fracs) {
                SlideLayout l = attempt({k, f, false});
                if (l.fits) return l;
            }
            if (px(_sm.bodyPx, _sm.bodyMinPx, k) == minPx(_sm.bodyMinPx) &&
                px(_sm.titlePx, _sm.titleMinPx, k) == minPx(_sm.titleMinPx))
                break;
        }
        // Smallest readable text and a small image; if even that does not fit, say so and
        // leave whole lines out rather than cut through letters.
        Attempt last{0.0f, _slide.image.empty() ? 0.0f : 0.16f, false};
        SlideLayout l = attempt(last);
        if (l.fits) return l;
        last.topAligned = true;
        l = attempt(last);
        truncate(l);
        return l;
    }

private:
    SlideLayout attempt(const Attempt& a) {
        SlideLayout out;
        _dotLine.clear();
        out.size = _size;
        out.scale = _s;
        out.safe = {_mx, _my, _size.w - 2 * _mx, _size.h - 2 * _my};
        float regionTop = _my, regionBottom = _size.h - _my;
        layoutFooter(out, regionBottom);

        float textX = out.safe.x, textW = out.safe.w;
        float imageBlock = 0; // portrait: height taken above the text by the image and its gap
        if (!_slide.image.empty()) {
            float gap = 0.035f * std::max(_size.w, _size.h) * std::min(1.0f, _s * 2);
            float regionH = regionBottom - regionTop;
            if (_size.w >= _size.h) {
                float side = std::min(a.imageFrac * out.safe.w, regionH);
                out.imageBox = {out.safe.x + out.safe.w - side, regionTop + (regionH - side) / 2, side, side};
                textW = out.safe.w - side - gap;
            } else {
                float side = std::min(a.imageFrac * regionH * 1.1f, out.safe.w);
                out.imageBox = {out.safe.x + (out.safe.w - side) / 2, regionTop, side, side};
                imageBlock = side + gap;
            }
        }

        out.titlePx = px(_sm.titlePx, _sm.titleMinPx, a.k);
        out.bodyPx = px(_sm.bodyPx, _sm.bodyMinPx, a.k);
        Stack st = stackText(out, textX, textW, px(_sm.kickerPx, _sm.kickerMinPx, a.k));
        float regionH = regionBottom - regionTop;
        out.fits = imageBlock + st.height <= regionH + 0.5f;
        // Image (portrait) and text move together as one block.
        float blockTop = regionTop + (out.fits && !a.topAligned ? (regionH - imageBlock - st.height) * kVerticalAlign : 0);
        out.imageBox.y = imageBlock > 0 ? blockTop : out.imageBox.y;
        float top = blockTop + imageBlock;
        size_t offset = out.lines.size();
        for (auto& line : st.lines) {
            line.baseline += top;
            line.box.y += top;
            out.lines.push_back(std::move(line));
        }
        for (auto& [dot, idx] : st.dots) {
            dot.y += top;
            out.bulletDots.push_back(dot);
            _dotLine.push_back(offset + idx);
        }
        if (st.rule) {
            out.titleRule = *st.rule;
            out.titleRule.y += top;
        }
        _regionBottom = regionBottom;
        _textRight = textX + textW;
        if (!out.fits)
            out.why = core::tr("chữ không vừa màn hình " + dims() + " ở cỡ chữ nhỏ nhất còn đọc được (" +
                                   std::to_string(minPx(_sm.bodyMinPx)) + " px): bớt chữ hoặc tách thành hai trang",
                               "the text does not fit a " + dims() + " screen at the smallest readable size (" +
                                   std::to_string(minPx(_sm.bodyMinPx)) + " px): shorten it or split the slide");
        return out;
    }

    std::string dims() const { return std::to_string(_size.w) + "x" + std::to_string(_size.h); }

    void layoutFooter(SlideLayout& out, float& regionBottom) {
        std::string footer = core::toNfc(_slide.footer);
        if (footer.empty()) return;
        // One line if it fits at up to 20% below the preferred size; otherwise two balanced
        // lines at a size still meant to be read from across a hall.
        FontStyle fs{px(_sm.footerPx, _sm.footerMinPx, 1.0f), true};
        int oneLineFloor = std::max(minPx(_sm.footerMinPx), static_cast<int>(fs.px * 0.8f));
        FontStyle trial = fs;
        while (trial.px > oneLineFloor && _m.width(footer, trial) > out.safe.w) trial.px -= std::max(1, trial.px / 25);
        if (_m.width(footer, trial) <= out.safe.w) fs = trial;
        else fs.px = std::max(minPx(_sm.footerMinPx), static_cast<int>(fs.px * 0.85f));
        std::vector<std::string> lines = wrapBalanced(_m, footer, fs, out.safe.w);
        LineMetrics lm = _m.metrics(fs);
        float textH = lm.ascent + lm.descent + lm.advance * static_cast<float>(lines.size() - 1);
        float textBottom = _size.h - _my;
        float padTop = std::max(_my * 0.75f, fs.px * 0.35f);
        float bandTop = std::floor(textBottom - textH - padTop); // a crisp edge
        out.footerBand = {0, bandTop, static_cast<float>(_size.w), _size.h - bandTop};
        out.footerPx = fs.px;
        float baseline = textBottom - textH + lm.ascent;
        for (auto& t : lines) {
            float w = _m.width(t, fs);
            float x = out.safe.x + (out.safe.w - w) / 2;
            out.lines.push_back({t, fs, TextRole::Footer, x, baseline, {x, baseline - lm.ascent, w, lm.ascent + lm.descent}});
            baseline += lm.advance;
        }
        regionBottom = bandTop - std::max(_my * 0.6f, fs.px * 0.4f);
    }

    void addLines(Stack& st, const std::vector<std::string>& lines, FontStyle fs, TextRole role, float x) {
        LineMetrics lm = _m.metrics(fs);
        float baseline = st.height + lm.ascent;
        for (const auto& t : lines) {
            float w = _m.width(t, fs);
            st.lines.push_back({t, fs, role, x, baseline, {x, baseline - lm.ascent, w, lm.ascent + lm.descent}});
            baseline += lm.advance;
        }
        if (!lines.empty()) st.height = baseline - lm.advance + lm.descent;
    }

    Stack stackText(SlideLayout& out, float x, float w, int kickerPx) {
        Stack st;
        FontStyle body{out.bodyPx, false}, title{out.titlePx, true};
        if (!_kicker.empty()) {
            FontStyle k{kickerPx, true};
            addLines(st, wrapText(_m, _kicker, k, w), k, TextRole::Kicker, x);
            st.height += 0.45f * kickerPx;
        }
        if (!_title.empty()) {
            // A title that misses one line by a little is set a little smaller rather than
            // broken in two (a broken Vietnamese title often splits a two-syllable word).
            FontStyle trial = title;
            int floor = std::max(minPx(_sm.titleMinPx), static_cast<int>(title.px * 0.8f));
            while (trial.px > floor && _m.width(_title, trial) > w) trial.px -= std::max(1, trial.px / 30);
            if (_m.width(_title, trial) <= w) title = trial;
            out.titlePx = title.px;
            addLines(st, wrapBalanced(_m, _title, title, w), title, TextRole::Title, x);
        }
        bool hasBody = !_bullets.empty() || !_paragraph.empty();
        if (!_title.empty()) {
            st.height += 0.30f * out.titlePx;
            float barH = std::max(3.0f, std::round(0.075f * out.titlePx));
            st.rule = RectF{x, st.height, std::min(w, 2.2f * out.titlePx), barH};
            st.height += barH + (hasBody ? 0.6f * out.bodyPx : 0);
        }
        float indent = std::round(1.0f * out.bodyPx);
        float dot = std::round(0.30f * out.bodyPx);
        for (size_t i = 0; i < _bullets.size(); ++i) {
            if (i > 0) st.height += 0.30f * out.bodyPx;
            size_t first = st.lines.size();
            LineMetrics lm = _m.metrics(body);
            float baseline = st.height + lm.ascent;
            addLines(st, wrapText(_m, _bullets[i], body, w - indent), body, TextRole::Body, x + indent);
            // The dot sits on the middle of the capital height of the bullet's first line.
            float cy = baseline - 0.36f * out.bodyPx;
            st.dots.push_back({RectF{x + 0.12f * out.bodyPx, cy - dot / 2, dot, dot}, first});
        }
        if (!_paragraph.empty()) {
            if (!_bullets.empty()) st.height += 0.5f * out.bodyPx;
            addLines(st, wrapText(_m, _paragraph, body, w), body, TextRole::Body, x);
        }
        return st;
    }

    /// Leaves out the lines that run past the region, and ends the last kept one with "…".
    void truncate(SlideLayout& l) {
        std::vector<LaidLine> kept;
        std::vector<bool> keep(l.lines.size(), true);
        for (size_t i = 0; i < l.lines.size(); ++i)
            if (l.lines[i].role != TextRole::Footer && l.lines[i].box.y + l.lines[i].box.h > _regionBottom + 0.5f)
                keep[i] = false;
        long lastKept = -1;
        for (size_t i = 0; i < l.lines.size(); ++i) {
            if (keep[i]) {
                if (l.lines[i].role != TextRole::Footer) lastKept = static_cast<long>(kept.size());
                kept.push_back(l.lines[i]);
            } else {
                l.truncated = true;
            }
        }
        std::vector<RectF> dots;
        for (size_t d = 0; d < l.bulletDots.size(); ++d)
            if (d < _dotLine.size() && _dotLine[d] < keep.size() && keep[_dotLine[d]]) dots.push_back(l.bulletDots[d]);
        l.bulletDots = std::move(dots);
        if (l.truncated && lastKept >= 0) {
            LaidLine& line = kept[static_cast<size_t>(lastKept)];
            float maxW = _textRight - line.x;
            std::string text = line.text;
            while (!text.empty() && _m.width(text + "…", line.font) > maxW) {
                size_t cut = text.find_last_of(' ');
                text.erase(cut == std::string::npos ? 0 : cut);
            }
            line.text = text + "…";
            line.box.w = _m.width(line.text, line.font);
        }
        l.lines = std::move(kept);
    }

    const content::Slide& _slide;
    Size _size;
    TextMeasurer& _m;
    const SlideMetrics& _sm;
    float _s = 1, _mx = 0, _my = 0;
    std::string _title, _paragraph, _kicker;
    std::vector<std::string> _bullets;
    std::vector<size_t> _dotLine; // for the last attempt: line index of each dot
    float _regionBottom = 0, _textRight = 0; // of the last attempt
};

double channel(std::uint8_t c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double luminance(content::Color c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

} // namespace

std::string ruleKicker(const std::string& rule) {
    const int i = core::ruleIndex(rule);
    const int khong = static_cast<int>(core::kKhongRuleCount), all = static_cast<int>(std::size(core::kRuleIds));
    if (i < 0) return {};
    if (i < khong) return "5 KHÔNG · " + std::to_string(i + 1) + "/" + std::to_string(khong);
    return "2 PHẢI · " + std::to_string(i - khong + 1) + "/" + std::to_string(all - khong);
}

SlideLayout layoutSlide(const content::Slide& slide, Size size, TextMeasurer& measure, const SlideMetrics& metrics) {
    if (size.w <= 0 || size.h <= 0) {
        SlideLayout l;
        l.size = size;
        l.fits = false;
        l.why = core::tr("kích thước màn hình không hợp lệ", "invalid output size");
        return l;
    }
    return Layouter(slide, size, measure, metrics).run();
}

double contrastRatio(content::Color a, content::Color b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

} // namespace signage::render
