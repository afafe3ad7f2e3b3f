// SPDX-License-Identifier: GPL-3.0-or-later
// playlog (permission "playlog"): count what the plugin showed as plays in the play log
// (e.g. each news story a rotating plugin displayed), rate-limited per minute.
//   playlog.record(content_id [, seconds]) -> true | nil, reason
#include <cmath>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace {

int playlogRecord(lua_State* L) {
    size_t n = 0;
    const char* id = luaL_checklstring(L, 1, &n);
    lua_Number seconds = luaL_optnumber(L, 2, 0);
    if (n == 0 || n > 200) raise(L, core::tr("content_id phải dài 1..200 byte", "content_id must be 1..200 bytes"));
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 86400) luaL_argerror(L, 2, "0..86400");
    PluginContext& ctx = contextOf(L);
    core::SteadyMs now = ctx.services.clock->steadyNow();
    if (now - ctx.playWindowStart >= 60000) {
        ctx.playWindowStart = now;
        ctx.playRecordsInWindow = 0;
    }
    if (++ctx.playRecordsInWindow > ctx.limits.playRecordsPerMinute) {
        lua_pushnil(L); // [..., nil]
        lua_pushstring(L, core::tr("quá nhiều lượt ghi trong một phút", "too many records in one minute").c_str()); // [..., nil, why]
        return 2;
    }
    if (ctx.services.onPlay) {
        PlayFact f;
        f.kind = PlayFact::Kind::Content;
        f.plugin = ctx.manifest.name;
        f.placement = ctx.placement.id;
        f.zone = ctx.placement.kind == Placement::Kind::Zone;
        f.contentId.assign(id, n);
        f.at = ctx.wallNow();
        f.duration = core::Millis(static_cast<std::int64_t>(std::llround(seconds * 1000)));
        ctx.services.onPlay(f);
    }
    lua_pushboolean(L, 1); // [..., true]
    return 1;
}

const luaL_Reg kPlayLog[] = {
    {"record", guarded<playlogRecord>},
    {nullptr, nullptr},
};

} // namespace

void openPlayLog(lua_State* L) {
    lua_newtable(L);             // [playlog]
    setFunctions(L, kPlayLog);   // [playlog]
    lua_setglobal(L, "playlog"); // []
}

} // namespace signage::scripting
