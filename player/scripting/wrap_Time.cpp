// SPDX-License-Identifier: GPL-3.0-or-later
// time: the player's clock in the box's zone, written the Vietnamese way. `t` arguments
// are seconds since 1970 (UTC), default now.
//   time.now() -> seconds (with milliseconds)   time.steady() -> monotonic seconds
//   time.date([t]) -> "Thứ Hai, 22/11/2026"      time.clock([t [, seconds]]) -> "07:30"
//   time.weekday([t [, short]]) -> "Thứ Hai" / "T2"
//   time.format(pattern [, t]) -> text           time.parts([t]) -> {year, month, day, hour,
//                                                  min, sec, wday (1 = Chủ Nhật), yday}
// os (only these three, on the same clock and zone):
//   os.time([parts]) -> integer seconds   os.date([format [, t]])   os.clock() -> CPU seconds
#include <cmath>
#include <ctime>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"
#include "scripting/VnTime.h"

namespace signage::scripting {

namespace {

core::WallMs optTime(lua_State* L, int idx) {
    if (lua_isnoneornil(L, idx)) return contextOf(L).wallNow();
    lua_Number s = luaL_checknumber(L, idx);
    if (!std::isfinite(s) || std::fabs(s) > 1e11) luaL_argerror(L, idx, "time out of range");
    return static_cast<core::WallMs>(std::llround(s * 1000));
}

int zoneOf(lua_State* L) { return contextOf(L).services.utcOffsetMinutes; }

void pushString(lua_State* L, const std::string& s) { lua_pushlstring(L, s.data(), s.size()); }

int timeNow(lua_State* L) {
    lua_pushnumber(L, static_cast<lua_Number>(contextOf(L).wallNow()) / 1000.0); // [now]
    return 1;
}

int timeSteady(lua_State* L) {
    lua_pushnumber(L, static_cast<lua_Number>(contextOf(L).services.clock->steadyNow()) / 1000.0); // [steady]
    return 1;
}

int timeDate(lua_State* L) {
    pushString(L, vnDate(optTime(L, 1), zoneOf(L))); // [..., text]
    return 1;
}

int timeClock(lua_State* L) {
    pushString(L, vnClock(optTime(L, 1), zoneOf(L), lua_toboolean(L, 2))); // [..., text]
    return 1;
}

int timeWeekday(lua_State* L) {
    LocalTime lt = toLocal(optTime(L, 1), zoneOf(L));
    pushString(L, weekdayName(lt.weekday, lua_toboolean(L, 2))); // [..., name]
    return 1;
}

std::string formatOrRaise(lua_State* L, std::string_view pattern, core::WallMs t, int offset) {
    char bad = 0;
    auto out = formatLocal(pattern, t, offset, &bad);
    if (!out) {
        raise(L, core::tr("định dạng thời gian không hợp lệ: %", "invalid time format: %") + std::string(1, bad ? bad : ' ') +
                     core::tr(" (dùng %d %m %Y %y %H %M %S %A %a %B %j %w %%)", " (use %d %m %Y %y %H %M %S %A %a %B %j %w %%)"));
    }
    return *out;
}

int timeFormat(lua_State* L) {
    const char* pattern = luaL_checkstring(L, 1);
    pushString(L, formatOrRaise(L, pattern, optTime(L, 2), zoneOf(L))); // [..., text]
    return 1;
}

void pushParts(lua_State* L, const LocalTime& lt) {
    lua_createtable(L, 0, 8); // [parts]
    auto set = [&](const char* k, int v) {
        lua_pushinteger(L, v);  // [parts, v]
        lua_setfield(L, -2, k); // [parts]
    };
    set("year", lt.year);
    set("month", lt.month);
    set("day", lt.day);
    set("hour", lt.hour);
    set("min", lt.minute);
    set("sec", lt.second);
    set("wday", lt.weekday + 1);
    set("yday", lt.yearDay);
}

int timeParts(lua_State* L) {
    pushParts(L, toLocal(optTime(L, 1), zoneOf(L))); // [..., parts]
    return 1;
}

int osTime(lua_State* L) {
    if (lua_isnoneornil(L, 1)) {
        lua_pushinteger(L, static_cast<lua_Integer>(contextOf(L).wallNow() / 1000)); // [now]
        return 1;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    auto field = [&](const char* k, int def) {
        lua_getfield(L, 1, k); // [t, v]
        lua_Integer v = lua_isnil(L, -1) ? def : luaL_checkinteger(L, -1);
        lua_pop(L, 1);         // [t]
        if (v < -1000000 || v > 1000000) raise(L, std::string("os.time: ") + k + " out of range");
        return static_cast<int>(v);
    };
    LocalTime lt;
    lt.year = field("year", 1970);
    lt.month = field("month", 1);
    lt.day = field("day", 1);
    lt.hour = field("hour", 12);
    lt.minute = field("min", 0);
    lt.second = field("sec", 0);
    lua_pushinteger(L, static_cast<lua_Integer>(fromLocal(lt, zoneOf(L)) / 1000)); // [t, secs]
    return 1;
}

int osDate(lua_State* L) {
    std::string fmt = luaL_optstring(L, 1, "%d/%m/%Y %H:%M:%S");
    core::WallMs t = optTime(L, 2);
    int offset = zoneOf(L);
    if (!fmt.empty() && fmt[0] == '!') {
        offset = 0;
        fmt.erase(0, 1);
    }
    if (fmt.rfind("*t", 0) == 0) {
        pushParts(L, toLocal(t, offset)); // [..., parts]
        return 1;
    }
    pushString(L, formatOrRaise(L, fmt, t, offset)); // [..., text]
    return 1;
}

int osClock(lua_State* L) {
    lua_pushnumber(L, static_cast<lua_Number>(std::clock()) / CLOCKS_PER_SEC); // [cpu]
    return 1;
}

const luaL_Reg kTime[] = {
    {"now", guarded<timeNow>},         {"steady", guarded<timeSteady>}, {"date", guarded<timeDate>},
    {"clock", guarded<timeClock>},     {"weekday", guarded<timeWeekday>}, {"format", guarded<timeFormat>},
    {"parts", guarded<timeParts>},     {nullptr, nullptr},
};

const luaL_Reg kOs[] = {
    {"time", guarded<osTime>},
    {"date", guarded<osDate>},
    {"clock", guarded<osClock>},
    {nullptr, nullptr},
};

} // namespace

void openTime(lua_State* L) {
    lua_newtable(L);          // [time]
    setFunctions(L, kTime);   // [time]
    lua_setglobal(L, "time"); // []
    lua_newtable(L);          // [os]
    setFunctions(L, kOs);     // [os]
    lua_setglobal(L, "os");   // []
}

} // namespace signage::scripting
