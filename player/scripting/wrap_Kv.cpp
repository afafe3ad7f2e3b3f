// SPDX-License-Identifier: GPL-3.0-or-later
// kv (permission "kv"): a small persistent store of the plugin's own (strings, numbers,
// booleans), shared by every instance of the plugin, kept across restarts, with a quota.
//   kv.get(key [, default]) -> value     kv.set(key, value) -> true | nil, reason
//   kv.delete(key) -> existed            kv.keys() -> {keys…}      kv.usage() -> bytes, quota
// kv.set(key, nil) deletes. Writes reach the disk in the background, within a moment.
#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

using core::tr;

namespace {

KvStore& store(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    if (!ctx.kv) raise(L, tr("kv không sẵn sàng", "kv is not available"));
    return *ctx.kv;
}

std::string checkKey(lua_State* L) {
    size_t n = 0;
    const char* s = luaL_checklstring(L, 1, &n);
    return std::string(s, n);
}

int kvGet(lua_State* L) {
    auto v = store(L).get(checkKey(L));
    if (!v) {
        lua_settop(L, 2); // [key, default]
        return 1;
    }
    if (auto* s = std::get_if<std::string>(&*v)) lua_pushlstring(L, s->data(), s->size());
    else if (auto* d = std::get_if<double>(&*v)) lua_pushnumber(L, *d);
    else if (auto* i = std::get_if<std::int64_t>(&*v)) lua_pushinteger(L, static_cast<lua_Integer>(*i));
    else lua_pushboolean(L, std::get<bool>(*v)); // [..., value]
    return 1;
}

int kvSet(lua_State* L) {
    std::string key = checkKey(L);
    KvStore& kv = store(L);
    KvValue value;
    switch (lua_type(L, 2)) {
    case LUA_TNIL:
    case LUA_TNONE:
        kv.remove(key);
        lua_pushboolean(L, 1); // [..., true]
        return 1;
    case LUA_TBOOLEAN: value = static_cast<bool>(lua_toboolean(L, 2)); break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, 2)) value = static_cast<std::int64_t>(lua_tointeger(L, 2));
        else value = static_cast<double>(lua_tonumber(L, 2));
        break;
    case LUA_TSTRING: {
        size_t n = 0;
        const char* s = lua_tolstring(L, 2, &n);
        value = std::string(s, n);
        break;
    }
    default:
        raise(L, tr("kv.set chỉ lưu chuỗi, số và boolean (nhận ", "kv.set stores strings, numbers and booleans (got ") +
                     luaL_typename(L, 2) + ")");
    }
    std::string why;
    switch (kv.set(key, std::move(value))) {
    case KvStore::SetResult::Ok: lua_pushboolean(L, 1); return 1; // [..., true]
    case KvStore::SetResult::QuotaExceeded:
        why = tr("vượt hạn mức kv (", "kv quota exceeded (") + std::to_string(kv.limits().quotaBytes) + " bytes)";
        break;
    case KvStore::SetResult::KeyInvalid:
        why = tr("khoá rỗng hoặc dài quá ", "key empty or longer than ") + std::to_string(kv.limits().maxKeyBytes) + " bytes";
        break;
    case KvStore::SetResult::ValueTooLarge:
        why = tr("giá trị dài quá ", "value longer than ") + std::to_string(kv.limits().maxValueBytes) + " bytes";
        break;
    }
    lua_pushnil(L);                             // [..., nil]
    lua_pushlstring(L, why.data(), why.size()); // [..., nil, why]
    return 2;
}

int kvDelete(lua_State* L) {
    lua_pushboolean(L, store(L).remove(checkKey(L))); // [key, existed]
    return 1;
}

int kvKeys(lua_State* L) {
    auto keys = store(L).keys();
    lua_createtable(L, static_cast<int>(keys.size()), 0); // [keys]
    for (size_t i = 0; i < keys.size(); ++i) {
        lua_pushlstring(L, keys[i].data(), keys[i].size()); // [keys, k]
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1)); // [keys]
    }
    return 1;
}

int kvUsage(lua_State* L) {
    KvStore& kv = store(L);
    lua_pushinteger(L, static_cast<lua_Integer>(kv.bytesUsed()));          // [used]
    lua_pushinteger(L, static_cast<lua_Integer>(kv.limits().quotaBytes));  // [used, quota]
    return 2;
}

const luaL_Reg kKv[] = {
    {"get", guarded<kvGet>},   {"set", guarded<kvSet>},     {"delete", guarded<kvDelete>},
    {"keys", guarded<kvKeys>}, {"usage", guarded<kvUsage>}, {nullptr, nullptr},
};

} // namespace

void openKv(lua_State* L) {
    lua_newtable(L);        // [kv]
    setFunctions(L, kKv);   // [kv]
    lua_setglobal(L, "kv"); // []
}

} // namespace signage::scripting
