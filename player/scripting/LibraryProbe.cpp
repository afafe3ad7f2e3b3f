// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/LibraryProbe.h"

#include <lua.hpp>

#include <memory>
#include <string>

#include "core/Lang.h"

namespace signage::scripting {

core::LibraryInfos libraryInfo() {
    struct Closer {
        void operator()(lua_State* L) const { lua_close(L); }
    };
    std::string release = LUA_RELEASE; // "Lua 5.4.4"
    core::LibraryInfo info{"Lua", release.substr(release.find(' ') + 1)};
    std::unique_ptr<lua_State, Closer> L(luaL_newstate());
    if (!L) {
        info.ok = false;
        info.problem = core::tr("không tạo được máy ảo Lua", "cannot create a Lua state");
    } else if (lua_version(L.get()) != LUA_VERSION_NUM) {
        info.ok = false;
        info.problem = core::tr("thư viện Lua khác bản lúc biên dịch", "the Lua library differs from the one built against");
    }
    return {info};
}

} // namespace signage::scripting
