#include "render/SlideCheck.h"

#include <cstdio>

#include "core/Lang.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

namespace signage::render {

bool checkSlideFits(const content::Slide& slide, Size size, std::string& why) {
    std::string error;
    auto text = TextLayout::create(&error);
    if (!text) {
        why = error;
        return false;
    }
    SlideLayout l = layoutSlide(slide, size, *text);
    if (l.fits) return true;
    why = l.why;
    return false;
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
    for (const auto& p : pairs) {
        if (!p.used) continue;
        double r = contrastRatio(p.fg, p.bg);
        if (r < 4.5) {
            char ratio[16];
            std::snprintf(ratio, sizeof ratio, "%.1f", r);
            why = core::tr(std::string("độ tương phản thấp: ") + p.vi + " chỉ " + ratio + ":1 (cần ít nhất 4.5:1)",
                           std::string("low contrast: ") + p.en + " is only " + ratio + ":1 (at least 4.5:1 needed)");
            return false;
        }
    }
    return true;
}

} // namespace signage::render
