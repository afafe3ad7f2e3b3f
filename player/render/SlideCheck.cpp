// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SlideCheck.h"

#include <cmath>
#include <cstdio>

#include "core/Lang.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

namespace signage::render {

namespace {

bool fits(const content::Slide& slide, Size size, TextLayout& text, std::string& why) {
    SlideLayout l = layoutSlide(slide, size, text);
    if (l.fits) return true;
    why = l.why;
    return false;
}

} // namespace

bool checkSlideFits(const content::Slide& slide, Size size, std::string& why) {
    // validate calls this for every slide at every size: open the fonts once per process.
    static std::string error;
    static std::shared_ptr<TextLayout> text = TextLayout::create(&error);
    if (!text) {
        why = error;
        return false;
    }
    return fits(slide, size, *text, why);
}

bool checkSlideContrast(const content::Slide& slide, std::string& why) {
    const content::Theme& t = slide.theme;
    struct Pair {
        const char* vi;
        const char* en;
        content::Color fg, bg;
        bool used;
    };
    const Pair pairs[] = {
        {"tiêu đề (title) trên nền (background)", "title on background", t.title, t.background, !slide.title.empty()},
        {"chữ (text) trên nền (background)", "text on background", t.text, t.background,
         !slide.bullets.empty() || !slide.paragraph.empty()},
        {"chữ chân trang (footer_text) trên dải màu (accent)", "footer_text on accent", t.footerText, t.accent,
         !slide.footer.empty()},
    };
    std::string vi, en;
    for (const auto& p : pairs) {
        if (!p.used) continue;
        double r = contrastRatio(p.fg, p.bg);
        if (r >= 4.5) continue;
        char ratio[16];
        std::snprintf(ratio, sizeof ratio, "%.1f", std::floor(r * 10) / 10); // never show 4.49 as 4.5
        vi += std::string(vi.empty() ? "" : "; ") + p.vi + " chỉ " + ratio + ":1";
        en += std::string(en.empty() ? "" : "; ") + p.en + " is only " + ratio + ":1";
    }
    if (vi.empty()) return true;
    why = core::tr("độ tương phản thấp (cần ít nhất 4.5:1): " + vi, "low contrast (at least 4.5:1 needed): " + en);
    return false;
}

} // namespace signage::render
