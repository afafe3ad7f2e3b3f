// `signage render ITEM --out FILE.png [--size WxH] [--at SECONDS]`: one frame of an item,
// drawn exactly as the player draws it (same presenters, same SdlCanvas) but on SDL's
// software renderer over a plain surface, so no window or display is needed.
#include <SDL.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <toml++/toml.h>

#include "app/Commands.h"
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

// ---------------------------------------------------------------------------------------
// Private, minimal reader of one slides/<id>.toml while the content loader is being
// written (issue 2, item 3). TODO(slides): replace with the content loader's slide reader
// once it is on main; it reports every problem, this one only the first.
std::string where(const fs::path& file, const toml::source_region& r) {
    return file.string() + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

std::optional<content::Slide> readSlideFile(const fs::path& file, std::string& error) {
    toml::table t;
    try {
        t = toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        error = where(file, e.source()) + ": " + std::string(e.description());
        return std::nullopt;
    }
    content::Slide s;
    s.file = fs::absolute(file);
    s.id = file.stem().string();
    fs::path root = s.file.parent_path();
    if (root.filename() == "slides") root = root.parent_path();
    auto str = [&](const char* key, std::string& out) {
        if (auto* n = t.get(key)) {
            if (!n->is_string()) {
                error = where(file, n->source()) + ": " + tr(std::string("'") + key + "' phải là chuỗi", std::string("'") + key + "' must be a string");
                return false;
            }
            out = core::toNfc(n->value_or(std::string()));
        }
        return true;
    };
    std::string image;
    if (!str("title", s.title) || !str("paragraph", s.paragraph) || !str("footer", s.footer) || !str("rule", s.rule) ||
        !str("image", image))
        return std::nullopt;
    if (s.title.empty()) {
        error = file.string() + ":1:1: " + tr("thiếu 'title'", "missing 'title'");
        return std::nullopt;
    }
    if (!image.empty()) s.image = root / image;
    if (auto* b = t.get("bullets")) {
        auto* arr = b->as_array();
        if (!arr) {
            error = where(file, b->source()) + ": " + tr("'bullets' phải là mảng chuỗi", "'bullets' must be an array of strings");
            return std::nullopt;
        }
        for (auto& e : *arr) s.bullets.push_back(core::toNfc(e.value_or(std::string())));
    }
    if (auto* th = t.get_as<toml::table>("theme")) {
        struct Key {
            const char* name;
            content::Color* color;
        } keys[] = {{"background", &s.theme.background},
                    {"title", &s.theme.title},
                    {"text", &s.theme.text},
                    {"accent", &s.theme.accent},
                    {"footer_text", &s.theme.footerText}};
        for (auto& k : keys) {
            if (auto* n = th->get(k.name)) {
                if (!parseColor(n->value_or(std::string()), *k.color)) {
                    error = where(file, n->source()) + ": " + tr("màu phải có dạng \"#rrggbb\"", "a colour must look like \"#rrggbb\"");
                    return std::nullopt;
                }
            }
        }
    }
    return s;
}
// ---------------------------------------------------------------------------------------

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
        std::string error;
        auto slide = readSlideFile(item, error);
        if (!slide) {
            log.error(error);
            return kExitBadInput;
        }
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
    case ItemKind::Video:
        // TODO(lead): video frames. Open media/'s VideoPresenter here, seek to o.at seconds,
        // wait for that frame to be decoded, then fall through to the drawing below.
        log.error(o.item + ": " + tr("render chưa vẽ được video (--at)", "render cannot draw video frames yet (--at)"));
        return kExitUsage;
    case ItemKind::Unknown:
        log.error(o.item + ": " + tr("không biết vẽ loại tệp này (slides/*.toml, PNG, JPEG, WebP, SVG)",
                                     "cannot render this kind of file (slides/*.toml, PNG, JPEG, WebP, SVG)"));
        return kExitBadInput;
    }

    std::string error;
    if (!presenter->open(canvas, error)) {
        log.error(error);
        return kExitBadInput;
    }
    render::RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
    canvas.clear({0, 0, 0, 255});
    presenter->start(0);
    presenter->draw(canvas, area, 1.0f, 0);
    std::vector<std::uint8_t> rgba;
    render::Size got;
    if (!canvas.readPixels(rgba, got)) {
        log.error(std::string("SDL_RenderReadPixels: ") + SDL_GetError());
        return kExitRuntime;
    }
    presenter->stop();
    if (!render::writePng(o.out, rgba, got, &error, render::PngOptions{o.palette})) {
        log.error(error);
        return kExitRuntime;
    }
    log.info(tr("đã vẽ ", "rendered ") + o.item + " → " + o.out + " (" + std::to_string(got.w) + "x" + std::to_string(got.h) + ")");
    return kExitOk;
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
