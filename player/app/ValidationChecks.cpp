#include "app/ValidationChecks.h"

#include <filesystem>

#include "content/ExtraChecks.h"
#include "core/Lang.h"
#include "render/SlideCheck.h"
#include "schedule/CheckSchedule.h"

namespace signage::app {

namespace {

std::string sizeName(render::Size s) { return std::to_string(s.w) + "x" + std::to_string(s.h); }

// Slide text must fit every supported screen at a readable size, with readable colours.
void checkSlides(const content::Catalog& catalog, core::Diagnostics& diags) {
    for (const auto& [id, slide] : catalog.slides) {
        core::SourcePos pos = slide.pos;
        if (pos.file.empty()) pos.file = slide.file.string();
        for (render::Size size : render::kCheckedSizes) {
            std::string why;
            if (!render::checkSlideFits(slide, size, why)) {
                diags.error(pos, core::tr("trang chiếu không vừa màn hình ", "slide does not fit a ") + sizeName(size) +
                                     core::tr(": ", " screen: ") + why);
                break; // one size is enough to tell the author to shorten the text
            }
        }
        std::string why;
        if (!render::checkSlideContrast(slide, why)) diags.warning(pos, why);
    }
}

// schedule.toml: syntax and keys, unknown playlists, overlapping rules without weights,
// targets that cannot fit their window, empty date ranges.
void checkScheduleFile(const content::Catalog& catalog, core::Diagnostics& diags) {
    std::error_code ec;
    std::filesystem::path file = catalog.root / "schedule.toml";
    if (!catalog.root.empty() && std::filesystem::exists(file, ec)) schedule::checkSchedule(catalog, file, diags);
}

} // namespace

void registerValidationChecks() {
    static bool done = false;
    if (done) return;
    done = true;
    content::registerExtraCheck("slide-fit", checkSlides);
    content::registerExtraCheck("schedule", checkScheduleFile);
}

} // namespace signage::app
