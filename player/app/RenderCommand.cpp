// SPDX-License-Identifier: GPL-3.0-or-later
// `signage render ITEM --out FILE.png [--size WxH] [--at SECONDS]`: one frame of an item,
// drawn exactly as the player draws it (same presenters, same SdlCanvas) but on SDL's
// software renderer over a plain surface, so no window or display is needed.
#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/Commands.h"
#include "media/GrabFrame.h"
#include "render/Fit.h"
#include "content/SlideLoader.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/Utf8.h"
#include "render/ImagePresenter.h"
#include "render/PngWriter.h"
#include "render/SdlCanvas.h"
#include "render/SdlOwners.h"
#include "render/SlidePresenter.h"

namespace signage::app {

namespace {

namespace fs = std::filesystem;
using core::tr;

struct RenderOptions {
    std::string item;
    std::string out;
    std::string size = "1920x1080";
    std::string fit = "contain";
    std::string letterbox = "#000000";
    double at = 0; // seconds into a video item
    bool palette = false;
};

enum class ItemKind { Slide, Image, Video, Unknown };

ItemKind kindOf(const fs::path& p) {
    std::string ext = core::toLower(p.extension().string());
    if (ext == ".toml") return ItemKind::Slide;
    if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".webp" || ext == ".svg") return ItemKind::Image;
    if (ext == ".mp4" || ext == ".mkv" || ext == ".webm" || ext == ".mov" || ext == ".avi" || ext == ".ts")
        return ItemKind::Video;
    return ItemKind::Unknown;
}

bool parseSize(const std::string& text, render::Size& out) {
    auto x = text.find_first_of("xX");
    if (x == std::string::npos) return false;
    try {
        size_t a = 0, b = 0;
        int w = std::stoi(text.substr(0, x), &a), h = std::stoi(text.substr(x + 1), &b);
        if (a != x || b != text.size() - x - 1 || w < 16 || h < 16 || w > 7680 || h > 7680) return false;
        out = {w, h};
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool parseColor(const std::string& text, content::Color& out) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return false;
    unsigned v[4] = {0, 0, 0, 255};
    for (size_t i = 0; i + 1 < text.size(); i += 2) {
        try {
            size_t used = 0;
            v[i / 2] = static_cast<unsigned>(std::stoul(text.substr(i + 1, 2), &used, 16));
            if (used != 2) return false;
        } catch (const std::exception&) {
            return false;
        }
    }
    out = {static_cast<std::uint8_t>(v[0]), static_cast<std::uint8_t>(v[1]), static_cast<std::uint8_t>(v[2]),
           static_cast<std::uint8_t>(v[3])};
    return true;
}


// Reads the canvas back and writes the PNG. `at` >= 0 names the video time in the log.
int savePicture(render::SdlCanvas& canvas, const RenderOptions& o, const core::Logger& log, double at) {
    std::vector<std::uint8_t> rgba;
    render::Size got;
    if (!canvas.readPixels(rgba, got)) {
        log.error(std::string("SDL_RenderReadPixels: ") + SDL_GetError());
        return kExitRuntime;
    }
    std::string error;
    if (!render::writePng(o.out, rgba, got, &error, render::PngOptions{o.palette})) {
        log.error(error);
        return kExitRuntime;
    }
    std::string when = at >= 0 ? " @" + std::to_string(at).substr(0, std::to_string(at).find('.') + 4) + "s" : "";
    log.info(tr("đã vẽ ", "rendered ") + o.item + when + " → " + o.out + " (" + std::to_string(got.w) + "x" +
             std::to_string(got.h) + ")");
    return kExitOk;
}

int run(const RenderOptions& o) {
    const core::Logger log("render");
    render::Size size;
    if (!parseSize(o.size, size)) {
        log.error(tr("--size phải có dạng RỘNGxCAO, ví dụ 1920x1080 (16..7680): ", "--size must look like WxH, e.g. 1920x1080 (16..7680): ") + o.size);
        return kExitUsage;
    }
    content::Color letterbox;
    if (!parseColor(o.letterbox, letterbox)) {
        log.error(tr("--letterbox phải có dạng \"#rrggbb\": ", "--letterbox must look like \"#rrggbb\": ") + o.letterbox);
        return kExitUsage;
    }
    fs::path item(o.item);
    std::error_code ec;
    if (!fs::is_regular_file(item, ec)) {
        log.error(o.item + ": " + tr("không có tệp này", "no such file"));
        return kExitBadInput;
    }

    // Software renderer on a surface: the same SdlCanvas code path as a window without a
    // GPU, and nothing needs a display.
    render::SurfacePtr target = render::makeRgbaSurface(size.w, size.h);
    render::RendererPtr renderer(target ? SDL_CreateSoftwareRenderer(target.get()) : nullptr);
    if (!renderer) {
        log.error(std::string("SDL software renderer: ") + SDL_GetError());
        return kExitRuntime;
    }
    render::SdlCanvas canvas(renderer.get()); // destroyed before the renderer (declared after)

    std::unique_ptr<render::Presenter> presenter;
    switch (kindOf(item)) {
    case ItemKind::Slide: {
        // The loader of `signage play` and `validate`: the same keys, checks and messages.
        core::Diagnostics diags;
        auto slide = content::loadSlideFile(item, diags);
        for (const auto& d : diags.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
        if (!slide) return kExitBadInput;
        std::string error;
        auto text = render::TextLayout::create(&error);
        if (!text) {
            log.error(error);
            return kExitRuntime;
        }
        presenter = std::make_unique<render::SlidePresenter>(std::move(*slide), std::move(text));
        break;
    }
    case ItemKind::Image:
        presenter = std::make_unique<render::ImagePresenter>(
            item, o.fit == "cover" ? content::Fit::Cover : content::Fit::Contain, letterbox);
        break;
    case ItemKind::Video: {
        // The frame on screen at --at seconds, placed as the player places video.
        std::string error;
        auto frame = media::grabFrame(item, o.at, error);
        if (!frame) {
            log.error(o.item + ": " + error);
            return kExitBadInput;
        }
        auto picture = canvas.makePicture(frame->pixels.data(), frame->width, frame->height, frame->width * 4);
        render::RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
        auto placed = render::fitPicture({frame->width, frame->height}, area,
                                         o.fit == "cover" ? content::Fit::Cover : content::Fit::Contain);
        canvas.clear(letterbox);
        if (picture) canvas.drawPicture(*picture, placed.dst, 1.0f, placed.src);
        return savePicture(canvas, o, log, frame->atSeconds);
    }
    case ItemKind::Unknown:
        log.error(o.item + ": " + tr("không biết vẽ loại tệp này (slides/*.toml, PNG, JPEG, WebP, SVG)",
                                     "cannot render this kind of file (slides/*.toml, PNG, JPEG, WebP, SVG)"));
        return kExitBadInput;
    }

    // The player's order: prepare() (a worker thread there), then open() on the render thread.
    std::string error;
    if (!presenter->prepare(error) || !presenter->open(canvas, error)) {
        log.error(error);
        return kExitBadInput;
    }
    render::RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
    canvas.clear({0, 0, 0, 255});
    presenter->start(0);
    presenter->draw(canvas, area, 1.0f, 0);
    presenter->stop();
    return savePicture(canvas, o, log, -1);
}

} // namespace

void addRenderCommand(CLI::App& root, int& exitCode) {
    auto opts = std::make_shared<RenderOptions>();
    auto* cmd = root.add_subcommand("render", tr("Vẽ một khung hình của một mục ra PNG", "Render one frame of an item to a PNG"));
    cmd->add_option("item", opts->item, tr("trang chữ (slides/*.toml) hoặc ảnh (PNG, JPEG, WebP, SVG)",
                                           "a slide (slides/*.toml) or an image (PNG, JPEG, WebP, SVG)"))
        ->required();
    cmd->add_option("--out,-o", opts->out, tr("tệp PNG ghi ra", "PNG file to write"))->required();
    cmd->add_option("--size", opts->size, tr("kích thước màn hình RỘNGxCAO", "output size WxH"))->capture_default_str();
    cmd->add_option("--fit", opts->fit, tr("ảnh: contain hoặc cover", "images: contain or cover"))
        ->check(CLI::IsMember({"contain", "cover"}))
        ->capture_default_str();
    cmd->add_option("--letterbox", opts->letterbox, tr("ảnh contain: màu viền \"#rrggbb\"", "contain images: bar colour \"#rrggbb\""))
        ->capture_default_str();
    cmd->add_option("--at", opts->at, tr("video: thời điểm (giây)", "video: time in seconds"))->check(CLI::NonNegativeNumber);
    cmd->add_flag("--palette", opts->palette,
                  tr("PNG 256 màu (nhỏ hơn, cho tài liệu)", "256-colour PNG (smaller, for documentation)"));
    cmd->callback([opts, &exitCode] { exitCode = run(*opts); });
}

} // namespace signage::app
