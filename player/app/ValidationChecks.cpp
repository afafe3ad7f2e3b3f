// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ValidationChecks.h"

#include <filesystem>
#include <map>
#include <utility>

#include "content/ExtraChecks.h"
#include "core/Lang.h"
#include "media/MediaInfo.h"
#include "render/ImageDecoder.h"
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

// Media files, opened the way the player opens them (media/'s probe for video and audio:
// headers, streams, codecs, truncation by index, 8K limit; render/'s image loader for
// pictures: header size checked before decoding, then a decode), so an empty, truncated,
// mistyped or oversized file fails validate instead of being skipped on the box.
class MediaCheck {
public:
    MediaCheck(const content::Catalog& catalog, core::Diagnostics& diags) : _catalog(catalog), _diags(diags) {}

    void run() {
        for (const auto& [id, playlist] : _catalog.playlists) {
            for (const auto& item : playlist.items) {
                switch (item.type) {
                case content::ItemType::Image: check(item.file, item.filePos, "file", Kind::Image); break;
                case content::ItemType::Video: check(item.file, item.filePos, "file", Kind::Video); break;
                case content::ItemType::Audio:
                    check(item.file, item.filePos, "file", Kind::Audio);
                    check(item.background, item.backgroundPos, "background_image", Kind::Image);
                    break;
                case content::ItemType::Slide:
                case content::ItemType::Plugin: break;
                }
            }
        }
        for (const auto& [id, slide] : _catalog.slides) check(slide.image, slide.imagePos, "image", Kind::Image);
    }

private:
    enum class Kind { Image, Video, Audio };

    void check(const std::filesystem::path& file, const core::SourcePos& pos, const char* key, Kind kind) {
        if (file.empty()) return;
        // A poster used by ten items is opened once.
        auto [it, fresh] = _seen.try_emplace({file.string(), kind});
        if (fresh) it->second = probe(file, kind);
        const std::string& error = it->second;
        if (error.empty()) return;
        // The probes name the file by its absolute path; say it the way the author wrote it.
        std::string why = error;
        std::string prefix = file.string() + ": ";
        if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
        std::string written = file.lexically_relative(_catalog.root).string();
        _diags.error(pos.file.empty() ? core::SourcePos{_catalog.displayRoot.string(), 0, 0} : pos,
                     std::string(key) + ": \"" + written + "\": " + why);
    }

    static std::string probe(const std::filesystem::path& file, Kind kind) {
        std::string error;
        if (kind == Kind::Image) {
            // Decoded at most to cover a 1080p screen, as an ImagePresenter would.
            if (!render::LoadedImage::load(file, &error, render::Size{1920, 1080}) && error.empty())
                error = core::tr("không mở được ảnh", "cannot open the image");
            return error;
        }
        auto use = kind == Kind::Video ? media::MediaUse::Video : media::MediaUse::Audio;
        if (!media::probeMedia(file, error, use) && error.empty())
            error = core::tr("không mở được tệp", "cannot open the file");
        return error;
    }

    const content::Catalog& _catalog;
    core::Diagnostics& _diags;
    std::map<std::pair<std::string, Kind>, std::string> _seen; // (file, kind) -> error, "" when fine
};

void checkMedia(const content::Catalog& catalog, core::Diagnostics& diags) { MediaCheck(catalog, diags).run(); }

} // namespace

void registerValidationChecks() {
    static bool done = false;
    if (done) return;
    done = true;
    content::registerExtraCheck("slide-fit", checkSlides);
    content::registerExtraCheck("schedule", checkScheduleFile);
    content::registerExtraCheck("media", checkMedia);
}

} // namespace signage::app
