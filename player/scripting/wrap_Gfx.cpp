// SPDX-License-Identifier: GPL-3.0-or-later
// gfx: drawing into the plugin's zone, in zone pixels (origin top-left). Draw calls are
// recorded during plugin.frame and shown when the frame completes.
//   gfx.size() -> w, h                      gfx.clear(color)
//   gfx.rect(x, y, w, h, color)             gfx.clip(x, y, w, h) / gfx.clip()
//   gfx.draw(img_or_text, x, y [, w, h [, opacity]])
//   gfx.text(str, x, y [, style]) -> w, h   gfx.measure(str [, style]) -> w, h
//   gfx.newText(str [, style]) -> Text      gfx.newImage(path) -> Image
//   gfx.push()  gfx.translate(dx, dy)  gfx.pop()   (moves what follows; reset each frame)
// style = {size = 32, color = "#ffffff", bold = false, width = 0, align = "left"}
//   (gfx.text also takes style.opacity = 0..1; it is not part of the rendered picture)
#include <algorithm>
#include <tuple>

#include "core/Lang.h"
#include "core/Utf8.h"
#include "render/QrCode.h"
#include "scripting/DrawableBinding.h"
#include "scripting/LuaBinding.h"
#include "scripting/LuaState.h"
#include "scripting/Modules.h"
#include "scripting/PathGuard.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

using core::tr;

namespace {

DrawList& recording(lua_State* L, const char* fn) {
    PluginContext& ctx = contextOf(L);
    if (!ctx.recording) {
        raise(L, std::string(fn) + tr(" chỉ dùng được trong plugin.frame", " can only be used inside plugin.frame"));
    }
    if (ctx.recording->size() >= ctx.limits.maxDrawCommands) {
        raise(L, tr("quá nhiều lệnh vẽ trong một khung hình (tối đa ", "too many draw calls in one frame (at most ") +
                     std::to_string(ctx.limits.maxDrawCommands) + ")");
    }
    return *ctx.recording;
}

TextStyle checkStyle(lua_State* L, int idx) {
    TextStyle s;
    if (lua_isnoneornil(L, idx)) return s;
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "size"); // [..., size]
    if (!lua_isnil(L, -1)) {
        lua_Number v = luaL_checknumber(L, -1);
        if (!(v >= 1 && v <= 1000)) raise(L, tr("style.size phải trong 1..1000", "style.size must be 1..1000"));
        s.size = static_cast<float>(v);
    }
    lua_pop(L, 1);                  // [...]
    lua_getfield(L, idx, "color");  // [..., color]
    s.color = optColor(L, -1, s.color);
    lua_pop(L, 1);                  // [...]
    lua_getfield(L, idx, "bold");   // [..., bold]
    s.bold = lua_toboolean(L, -1);
    lua_pop(L, 1);                  // [...]
    lua_getfield(L, idx, "width");  // [..., width]
    if (!lua_isnil(L, -1)) {
        lua_Number v = luaL_checknumber(L, -1);
        if (!(v >= 0 && v <= 100000)) raise(L, tr("style.width phải trong 0..100000", "style.width must be 0..100000"));
        s.width = static_cast<float>(v);
    }
    lua_pop(L, 1);                  // [...]
    lua_getfield(L, idx, "align");  // [..., align]
    static const std::vector<const char*> kAlign = {"left", "center", "right"};
    s.align = static_cast<TextStyle::Align>(checkEnum(L, lua_gettop(L), kAlign, "style.align", 0));
    lua_pop(L, 1);                  // [...]
    return s;
}

std::string checkText(lua_State* L, int idx) {
    PluginContext& ctx = contextOf(L);
    size_t len = 0;
    const char* s = luaL_checklstring(L, idx, &len);
    if (len > ctx.limits.maxTextBytes) {
        raise(L, tr("chuỗi quá dài để vẽ (tối đa ", "text too long to draw (at most ") + std::to_string(ctx.limits.maxTextBytes) + " bytes)");
    }
    return core::toNfc(std::string_view(s, len));
}

bool haveText(PluginContext& ctx) {
    if (ctx.services.text && ctx.canvas) return true;
    if (!ctx.warnedNoText) {
        ctx.warnedNoText = true;
        ctx.log.host(core::LogLevel::Warn, tr("chưa có bộ vẽ chữ: gfx.text không vẽ gì", "no text renderer: gfx.text draws nothing"));
    }
    return false;
}

void offset(lua_State* L, render::RectF& r) {
    const PluginContext& ctx = contextOf(L);
    r.x += ctx.offsetX;
    r.y += ctx.offsetY;
}

int gfxPush(lua_State* L) {
    recording(L, "gfx.push");
    PluginContext& ctx = contextOf(L);
    if (ctx.offsetStack.size() >= 64) raise(L, tr("gfx.push lồng quá sâu (tối đa 64)", "gfx.push nested too deeply (64 max)"));
    ctx.offsetStack.emplace_back(ctx.offsetX, ctx.offsetY);
    return 0;
}

int gfxPop(lua_State* L) {
    recording(L, "gfx.pop");
    PluginContext& ctx = contextOf(L);
    if (ctx.offsetStack.empty()) raise(L, tr("gfx.pop không có gfx.push tương ứng", "gfx.pop without a matching gfx.push"));
    std::tie(ctx.offsetX, ctx.offsetY) = ctx.offsetStack.back();
    ctx.offsetStack.pop_back();
    return 0;
}

int gfxTranslate(lua_State* L) {
    float dx = checkCoord(L, 1), dy = checkCoord(L, 2);
    recording(L, "gfx.translate");
    PluginContext& ctx = contextOf(L);
    ctx.offsetX = std::clamp(ctx.offsetX + dx, -1e6f, 1e6f);
    ctx.offsetY = std::clamp(ctx.offsetY + dy, -1e6f, 1e6f);
    return 0;
}

int gfxSize(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    lua_pushinteger(L, ctx.area.w); // [w]
    lua_pushinteger(L, ctx.area.h); // [w, h]
    return 2;
}

int gfxClear(lua_State* L) {
    content::Color c = checkColor(L, 1);
    DrawList& list = recording(L, "gfx.clear");
    const auto& area = contextOf(L).area;
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Fill;
    cmd.rect = {0, 0, static_cast<float>(area.w), static_cast<float>(area.h)};
    cmd.color = c;
    list.add(std::move(cmd));
    return 0;
}

int gfxRect(lua_State* L) {
    render::RectF r{checkCoord(L, 1), checkCoord(L, 2), checkCoord(L, 3), checkCoord(L, 4)};
    content::Color c = checkColor(L, 5);
    DrawList& list = recording(L, "gfx.rect");
    if (r.w <= 0 || r.h <= 0) return 0;
    offset(L, r);
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Fill;
    cmd.rect = r;
    cmd.color = c;
    list.add(std::move(cmd));
    return 0;
}

int gfxClip(lua_State* L) {
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Clip;
    if (lua_gettop(L) == 0) {
        cmd.clipOff = true;
    } else {
        cmd.rect = {checkCoord(L, 1), checkCoord(L, 2), std::max(0.0f, checkCoord(L, 3)), std::max(0.0f, checkCoord(L, 4))};
        offset(L, cmd.rect);
    }
    recording(L, "gfx.clip").add(std::move(cmd));
    return 0;
}

int gfxDraw(lua_State* L) {
    Drawable& d = checkDrawable(L, 1);
    float x = checkCoord(L, 2), y = checkCoord(L, 3);
    auto sz = d.picture->size();
    float w = optCoord(L, 4, static_cast<float>(sz.w));
    float h = optCoord(L, 5, static_cast<float>(sz.h));
    lua_Number opacity = luaL_optnumber(L, 6, 1.0);
    DrawList& list = recording(L, "gfx.draw");
    if (w <= 0 || h <= 0 || !(opacity > 0)) return 0;
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Picture;
    cmd.picture = d.picture;
    cmd.rect = {x, y, w, h};
    offset(L, cmd.rect);
    cmd.opacity = static_cast<float>(std::min<lua_Number>(opacity, 1.0));
    list.add(std::move(cmd));
    return 0;
}

int gfxText(lua_State* L) {
    std::string text = checkText(L, 1);
    float x = checkCoord(L, 2), y = checkCoord(L, 3);
    TextStyle style = checkStyle(L, 4);
    float opacity = 1;
    if (lua_istable(L, 4)) {
        lua_getfield(L, 4, "opacity"); // [..., opacity]
        if (!lua_isnil(L, -1)) opacity = static_cast<float>(std::clamp<lua_Number>(luaL_checknumber(L, -1), 0, 1));
        lua_pop(L, 1);                 // [...]
    }
    DrawList& list = recording(L, "gfx.text");
    PluginContext& ctx = contextOf(L);
    if (text.empty() || !haveText(ctx)) {
        lua_pushinteger(L, 0); // [0]
        lua_pushinteger(L, 0); // [0, 0]
        return 2;
    }
    std::string error;
    std::shared_ptr<render::Picture> pic;
    {
        HostWork work(LuaState::budgetOf(L)); // laying out new text is the host's time
        pic = ctx.textCache.get(ctx.services.text, ctx.canvas, text, style, &error);
    }
    if (!pic) raise(L, "gfx.text: " + error);
    auto sz = pic->size();
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Picture;
    cmd.picture = std::move(pic);
    cmd.rect = {x, y, static_cast<float>(sz.w), static_cast<float>(sz.h)};
    offset(L, cmd.rect);
    cmd.opacity = opacity;
    cmd.text = std::move(text);
    if (opacity > 0) list.add(std::move(cmd));
    lua_pushinteger(L, sz.w); // [w]
    lua_pushinteger(L, sz.h); // [w, h]
    return 2;
}

// gfx.qr(text, x, y, size): a QR code (the touch screen's "scan to report" link), black
// on white with its quiet zone, sharp: made once per text and size at exactly that size.
int gfxQr(lua_State* L) {
    size_t n = 0;
    const char* text = luaL_checklstring(L, 1, &n);
    float x = checkCoord(L, 2), y = checkCoord(L, 3);
    const int side = static_cast<int>(checkCoord(L, 4));
    if (n == 0 || n > render::kMaxQrText) luaL_argerror(L, 1, "1..512 bytes");
    if (side < 21 || side > 4096) luaL_argerror(L, 4, "21..4096 pixels");
    DrawList& list = recording(L, "gfx.qr");
    PluginContext& ctx = contextOf(L);
    const std::string key = std::to_string(side) + ":" + std::string(text, n);
    std::shared_ptr<render::Picture> pic;
    if (auto it = ctx.qrPictures.find(key); it != ctx.qrPictures.end()) pic = it->second;
    if (!pic) {
        HostWork work(LuaState::budgetOf(L));
        auto qr = render::encodeQr(std::string_view(text, n));
        if (!qr) raise(L, tr("gfx.qr: không tạo được mã QR", "gfx.qr: cannot make the QR code"));
        auto rgba = render::rasterizeQr(*qr, side);
        if (rgba.empty()) raise(L, tr("gfx.qr: ô quá nhỏ cho mã này", "gfx.qr: too small for this code"));
        if (!ctx.canvas) raise(L, tr("gfx.qr: chưa có màn hình", "gfx.qr: no canvas yet"));
        pic = ctx.canvas->makePicture(rgba.data(), side, side, side * 4);
        if (!pic) raise(L, tr("gfx.qr: không tạo được ảnh", "gfx.qr: cannot make the picture"));
        if (ctx.qrPictures.size() >= 4) ctx.qrPictures.clear(); // a screen shows one or two
        ctx.qrPictures[key] = pic;
    }
    DrawCommand cmd;
    cmd.kind = DrawCommand::Kind::Picture;
    cmd.picture = std::move(pic);
    cmd.rect = {x, y, static_cast<float>(side), static_cast<float>(side)};
    offset(L, cmd.rect);
    list.add(std::move(cmd));
    return 0;
}

int gfxMeasure(lua_State* L) {
    std::string text = checkText(L, 1);
    TextStyle style = checkStyle(L, 2);
    PluginContext& ctx = contextOf(L);
    render::Size sz{};
    if (!text.empty() && ctx.services.text) {
        HostWork work(LuaState::budgetOf(L));
        sz = ctx.services.text->measure(text, style);
    }
    lua_pushinteger(L, sz.w); // [w]
    lua_pushinteger(L, sz.h); // [w, h]
    return 2;
}

std::shared_ptr<Drawable> makeDrawable(lua_State* L, std::shared_ptr<render::Picture> pic) {
    PluginContext& ctx = contextOf(L);
    auto sz = pic->size();
    std::size_t px = static_cast<std::size_t>(std::max(sz.w, 0)) * static_cast<std::size_t>(std::max(sz.h, 0));
    if (ctx.pixels->used + px > ctx.pixels->limit) {
        raise(L, tr("quá nhiều ảnh/chữ đang giữ (giới hạn ", "too many images/texts held (limit ") +
                     std::to_string(ctx.pixels->limit / (1024 * 1024)) + tr(" triệu điểm ảnh); hãy release() bớt", " megapixels); release() some"));
    }
    ctx.pixels->used += px;
    return std::make_shared<Drawable>(std::move(pic), ctx.pixels, px);
}

int gfxNewText(lua_State* L) {
    std::string text = checkText(L, 1);
    TextStyle style = checkStyle(L, 2);
    PluginContext& ctx = contextOf(L);
    std::shared_ptr<render::Picture> pic;
    if (!text.empty() && haveText(ctx)) {
        std::string error;
        HostWork work(LuaState::budgetOf(L));
        pic = ctx.services.text->renderToPicture(*ctx.canvas, text, style, &error);
        if (!pic) raise(L, "gfx.newText: " + error);
    } else {
        // An empty picture keeps plugin code uniform when text cannot be drawn.
        struct EmptyPicture final : render::Picture {
            render::Size size() const override { return {0, 0}; }
        };
        pic = std::make_shared<EmptyPicture>();
    }
    pushDrawable(L, makeDrawable(L, std::move(pic)), kTextType); // [text]
    return 1;
}

int gfxNewImage(lua_State* L) {
    const char* rel = luaL_checkstring(L, 1);
    PluginContext& ctx = contextOf(L);
    std::string error;
    auto path = resolveInside(ctx.manifest.dir, rel, &error);
    if (!path) raise(L, "gfx.newImage: " + error);
    if (!ctx.canvas) raise(L, tr("gfx.newImage: chưa có màn hình để nạp ảnh", "gfx.newImage: no canvas yet"));
    std::shared_ptr<render::Picture> pic;
    {
        HostWork work(LuaState::budgetOf(L)); // decoding happens in plugin.load, under its 200 ms anyway
        pic = ctx.canvas->loadPicture(*path, &error, ctx.limits.maxImageSize);
    }
    if (!pic) raise(L, std::string("gfx.newImage(\"") + rel + "\"): " + error);
    pushDrawable(L, makeDrawable(L, std::move(pic)), kImageType); // [image]
    return 1;
}

const luaL_Reg kGfx[] = {
    {"size", guarded<gfxSize>},       {"clear", guarded<gfxClear>},       {"rect", guarded<gfxRect>},
    {"clip", guarded<gfxClip>},       {"draw", guarded<gfxDraw>},         {"text", guarded<gfxText>},
    {"measure", guarded<gfxMeasure>}, {"newText", guarded<gfxNewText>},   {"newImage", guarded<gfxNewImage>},
    {"push", guarded<gfxPush>},       {"pop", guarded<gfxPop>},           {"translate", guarded<gfxTranslate>},
    {"qr", guarded<gfxQr>},
    {nullptr, nullptr},
};

} // namespace

void openGfx(lua_State* L) {
    lua_newtable(L);        // [gfx]
    setFunctions(L, kGfx);  // [gfx]
    lua_setglobal(L, "gfx"); // []
}

} // namespace signage::scripting
