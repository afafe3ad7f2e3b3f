// SPDX-License-Identifier: GPL-3.0-or-later
// data (permission "data"): data files of the plugin's folder, parsed by the host. Text is
// returned NFC; errors name the file, line and column.
//   data.csv(path [, {header = true, separator = ","}]) -> rows, header
//   data.json(path) -> value        data.toml(path) -> table        data.null (JSON null)
#include "core/Lang.h"
#include "core/Utf8.h"
#include "scripting/CsvParser.h"
#include "scripting/JsonParser.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"
#include "scripting/TomlData.h"

namespace signage::scripting {

using core::tr;

namespace {

void pushText(lua_State* L, const std::string& s) {
    std::string nfc = core::toNfc(s);
    lua_pushlstring(L, nfc.data(), nfc.size()); // [..., s]
}

void pushValue(lua_State* L, const DataValue& v) {
    luaL_checkstack(L, 4, "data nested too deeply");
    switch (v.type) {
    case DataValue::Type::Null: lua_pushlightuserdata(L, nullptr); break;
    case DataValue::Type::Bool: lua_pushboolean(L, v.boolean); break;
    case DataValue::Type::Integer: lua_pushinteger(L, static_cast<lua_Integer>(v.integer)); break;
    case DataValue::Type::Number: lua_pushnumber(L, v.number); break;
    case DataValue::Type::String: pushText(L, v.text); break;
    case DataValue::Type::Array:
        lua_createtable(L, static_cast<int>(v.items.size()), 0); // [..., arr]
        for (size_t i = 0; i < v.items.size(); ++i) {
            pushValue(L, v.items[i]);                            // [..., arr, item]
            lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1)); // [..., arr]
        }
        break;
    case DataValue::Type::Object:
        lua_createtable(L, 0, static_cast<int>(v.fields.size())); // [..., obj]
        for (const auto& [k, child] : v.fields) {
            pushText(L, k);       // [..., obj, k]
            pushValue(L, child);  // [..., obj, k, v]
            lua_rawset(L, -3);    // [..., obj]
        }
        break;
    }
}

[[noreturn]] void parseFailed(lua_State* L, const std::string& shown, const ParseError& e) {
    raise(L, shown + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message);
}

int dataJson(lua_State* L) {
    std::string shown;
    std::string text = readPluginFile(L, luaL_checkstring(L, 1), &shown);
    DataValue v;
    ParseError err;
    if (!parseJson(text, v, err)) parseFailed(L, shown, err);
    pushValue(L, v); // [path, value]
    return 1;
}

int dataToml(lua_State* L) {
    std::string shown;
    std::string text = readPluginFile(L, luaL_checkstring(L, 1), &shown);
    DataValue v;
    ParseError err;
    if (!parseTomlData(text, v, err, shown)) parseFailed(L, shown, err);
    pushValue(L, v); // [path, table]
    return 1;
}

int dataCsv(lua_State* L) {
    const char* rel = luaL_checkstring(L, 1);
    bool header = true;
    char separator = ',';
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_getfield(L, 2, "header"); // [path, opts, header]
        if (!lua_isnil(L, -1)) header = lua_toboolean(L, -1);
        lua_pop(L, 1);                // [path, opts]
        lua_getfield(L, 2, "separator"); // [path, opts, sep]
        if (!lua_isnil(L, -1)) {
            size_t n = 0;
            const char* s = luaL_checklstring(L, -1, &n);
            if (n != 1 || *s == '"' || *s == '\n' || *s == '\r') raise(L, tr("separator phải là một ký tự, vd. \";\"", "separator must be one character, e.g. \";\""));
            separator = *s;
        }
        lua_pop(L, 1);                // [path, opts]
    }
    std::string shown;
    std::string text = readPluginFile(L, rel, &shown);
    std::vector<CsvRow> rows;
    ParseError err;
    if (!parseCsv(text, rows, err, separator)) parseFailed(L, shown, err);

    std::vector<std::string> names;
    size_t first = 0;
    if (header && !rows.empty()) {
        for (auto& f : rows[0].fields) {
            std::string name = core::toNfc(f);
            while (!name.empty() && name.back() == ' ') name.pop_back();
            while (!name.empty() && name.front() == ' ') name.erase(0, 1);
            names.push_back(std::move(name));
        }
        first = 1;
    }
    lua_createtable(L, static_cast<int>(rows.size() - first), 0); // [..., rows]
    for (size_t r = first; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (header && row.fields.size() > names.size()) {
            parseFailed(L, shown, {row.line, 1, tr("dòng có ", "row has ") + std::to_string(row.fields.size()) +
                                                   tr(" cột nhưng tiêu đề có ", " fields but the header has ") + std::to_string(names.size())});
        }
        lua_createtable(L, header ? 0 : static_cast<int>(row.fields.size()), header ? static_cast<int>(names.size()) : 0); // [..., rows, row]
        for (size_t i = 0; i < row.fields.size(); ++i) {
            pushText(L, row.fields[i]); // [..., rows, row, v]
            if (header) lua_setfield(L, -2, names[i].c_str()); // [..., rows, row]
            else lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
        }
        lua_rawseti(L, -2, static_cast<lua_Integer>(r - first + 1)); // [..., rows]
    }
    lua_createtable(L, static_cast<int>(names.size()), 0); // [..., rows, header]
    for (size_t i = 0; i < names.size(); ++i) {
        lua_pushlstring(L, names[i].data(), names[i].size()); // [..., rows, header, name]
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));  // [..., rows, header]
    }
    return 2;
}

const luaL_Reg kData[] = {
    {"csv", guarded<dataCsv>},
    {"json", guarded<dataJson>},
    {"toml", guarded<dataToml>},
    {nullptr, nullptr},
};

} // namespace

void openData(lua_State* L) {
    lua_newtable(L);                   // [data]
    setFunctions(L, kData);            // [data]
    lua_pushlightuserdata(L, nullptr); // [data, null]
    lua_setfield(L, -2, "null");       // [data]
    lua_setglobal(L, "data");          // []
}

} // namespace signage::scripting
