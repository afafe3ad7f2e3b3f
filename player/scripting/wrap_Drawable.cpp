// SPDX-License-Identifier: GPL-3.0-or-later
// signage.Image and signage.Text: pictures a plugin keeps across frames.
//   img:size() -> w, h        img:release()   (frees the picture now; later use is an error)
#include <cstdlib>

#include "core/Lang.h"
#include "scripting/DrawableBinding.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace {

Proxy<Drawable>& checkAny(lua_State* L, int idx) {
    if (void* p = luaL_testudata(L, idx, kImageType)) return *static_cast<Proxy<Drawable>*>(p);
    if (void* p = luaL_testudata(L, idx, kTextType)) return *static_cast<Proxy<Drawable>*>(p);
    luaL_typeerror(L, idx, "signage.Image or signage.Text");
    std::abort(); // unreachable: luaL_typeerror raises
}

int drawableSize(lua_State* L) {
    Drawable& d = checkDrawable(L, 1);
    auto sz = d.picture->size();
    lua_pushinteger(L, sz.w); // [self, w]
    lua_pushinteger(L, sz.h); // [self, w, h]
    return 2;
}

int drawableRelease(lua_State* L) {
    checkAny(L, 1).object.reset();
    return 0;
}

int drawableToString(lua_State* L) {
    auto& proxy = checkAny(L, 1);
    const char* type = luaL_testudata(L, 1, kImageType) ? kImageType : kTextType;
    if (!proxy.object) {
        lua_pushfstring(L, "%s (released)", type);
    } else {
        auto sz = proxy.object->picture->size();
        lua_pushfstring(L, "%s %dx%d", type, sz.w, sz.h);
    }
    return 1;
}

const luaL_Reg kMethods[] = {
    {"size", guarded<drawableSize>},
    {"release", guarded<drawableRelease>},
    {"__tostring", guarded<drawableToString>},
    {nullptr, nullptr},
};

} // namespace

void pushDrawable(lua_State* L, std::shared_ptr<Drawable> d, const char* typeName) {
    pushProxy<Drawable>(L, std::move(d), typeName); // [..., ud]
}

Drawable& checkDrawable(lua_State* L, int idx) {
    auto& proxy = checkAny(L, idx);
    if (!proxy.object) {
        const char* type = luaL_testudata(L, idx, kImageType) ? kImageType : kTextType;
        raise(L, std::string(type) + core::tr(": đã release(), không dùng được nữa", ": was released and cannot be used"));
    }
    return *proxy.object;
}

void openDrawables(lua_State* L) {
    defineType(L, kImageType, proxyGc<Drawable>, kMethods);
    defineType(L, kTextType, proxyGc<Drawable>, kMethods);
}

} // namespace signage::scripting
