// SPDX-License-Identifier: GPL-3.0-or-later
// text: Vietnamese-aware string helpers (utf8proc through core/Utf8).
//   text.nfc(s)   text.fold(s) ("Không Chuyển" -> "khong chuyen")   text.lower(s)   text.len(s)
//   text.telex(word, key) ("vieej" + "t" ... "Việt": on-screen keyboards)
#include "core/Telex.h"
#include "core/Utf8.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"

namespace signage::scripting {

namespace {

template <std::string (*F)(std::string_view)>
int transform(lua_State* L) {
    size_t len = 0;
    const char* s = luaL_checklstring(L, 1, &len);
    std::string out = F(std::string_view(s, len));
    lua_pushlstring(L, out.data(), out.size()); // [s, out]
    return 1;
}

int textLen(lua_State* L) {
    size_t len = 0;
    const char* s = luaL_checklstring(L, 1, &len);
    lua_pushinteger(L, static_cast<lua_Integer>(core::utf8Length(std::string_view(s, len)))); // [s, n]
    return 1;
}

int textTelex(lua_State* L) {
    size_t len = 0, keyLen = 0;
    const char* word = luaL_checklstring(L, 1, &len);
    const char* key = luaL_checklstring(L, 2, &keyLen);
    if (keyLen != 1 || static_cast<unsigned char>(key[0]) >= 0x80) luaL_argerror(L, 2, "one ASCII character");
    if (len > 256) luaL_argerror(L, 1, "≤ 256 bytes (one word)");
    std::string out = core::telexType(std::string_view(word, len), key[0]);
    lua_pushlstring(L, out.data(), out.size()); // [word, key, out]
    return 1;
}

const luaL_Reg kText[] = {
    {"telex", guarded<textTelex>},
    {"nfc", guarded<transform<core::toNfc>>},
    {"fold", guarded<transform<core::foldDiacritics>>},
    {"lower", guarded<transform<core::toLower>>},
    {"len", guarded<textLen>},
    {nullptr, nullptr},
};

} // namespace

void openText(lua_State* L) {
    lua_newtable(L);          // [text]
    setFunctions(L, kText);   // [text]
    lua_setglobal(L, "text"); // []
}

} // namespace signage::scripting
