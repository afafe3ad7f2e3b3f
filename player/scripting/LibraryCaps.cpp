// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/LibraryCaps.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/PatternSteps.h"

namespace signage::scripting {

namespace {

using ByteSet = std::bitset<256>;

// --- the shape of a Lua pattern (Lua 5.4 reference manual §6.4.1) ----------------------

void addEscape(ByteSet& set, char letter) {
    for (int c = 0; c < 256; ++c)
        if (luaClassMatches(static_cast<unsigned char>(c), static_cast<unsigned char>(letter)))
            set.set(static_cast<std::size_t>(c));
}

// One single-character class at p[i]: '.', %x, [set] or a literal. Returns the index past
// it, or npos when malformed (the real function then raises its own error).
std::size_t parseSingle(std::string_view p, std::size_t i, ByteSet& set) {
    const char c = p[i];
    if (c == '.') {
        set.set();
        return i + 1;
    }
    if (c == '%') {
        if (i + 1 >= p.size()) return std::string_view::npos;
        addEscape(set, p[i + 1]);
        return i + 2;
    }
    if (c != '[') {
        set.set(static_cast<unsigned char>(c));
        return i + 1;
    }
    std::size_t j = i + 1;
    const bool negate = j < p.size() && p[j] == '^';
    if (negate) ++j;
    ByteSet inner;
    bool first = true; // a ']' right after '[' or '[^' is a member
    while (true) {
        if (j >= p.size()) return std::string_view::npos;
        const char m = p[j];
        if (m == ']' && !first) break;
        first = false;
        if (m == '%') {
            if (j + 1 >= p.size()) return std::string_view::npos;
            addEscape(inner, p[j + 1]);
            j += 2;
        } else if (j + 2 < p.size() && p[j + 1] == '-' && p[j + 2] != ']') {
            for (int b = static_cast<unsigned char>(m); b <= static_cast<unsigned char>(p[j + 2]); ++b)
                inner.set(static_cast<std::size_t>(b));
            j += 3;
        } else {
            inner.set(static_cast<unsigned char>(m));
            ++j;
        }
    }
    set |= negate ? ~inner : inner;
    return j + 1;
}

struct Item {
    enum class Kind { Single, Scan, Frontier, EndAnchor }; // Scan: %b or a back-reference (linear)
    Kind kind = Kind::Single;
    ByteSet set;
    char quantifier = 0; // 0, '*', '+', '-', '?'
};

bool parseItems(std::string_view p, std::size_t i, std::vector<Item>& items) {
    while (i < p.size()) {
        const char c = p[i];
        if (c == '(' || c == ')') {
            ++i;
            continue;
        }
        Item item;
        if (c == '$' && i + 1 == p.size()) {
            item.kind = Item::Kind::EndAnchor;
            ++i;
        } else if (c == '%' && i + 1 < p.size() && p[i + 1] == 'b') {
            item.kind = Item::Kind::Scan;
            i += 4;
        } else if (c == '%' && i + 1 < p.size() && p[i + 1] == 'f') {
            item.kind = Item::Kind::Frontier;
            i += 2;
            if (i >= p.size() || p[i] != '[') return false;
            i = parseSingle(p, i, item.set);
            if (i == std::string_view::npos) return false;
        } else if (c == '%' && i + 1 < p.size() && std::isdigit(static_cast<unsigned char>(p[i + 1]))) {
            item.kind = Item::Kind::Scan;
            i += 2;
        } else {
            i = parseSingle(p, i, item.set);
            if (i == std::string_view::npos) return false;
            if (i < p.size() && std::strchr("*+-?", p[i])) item.quantifier = p[i++];
        }
        items.push_back(item);
    }
    return true;
}

} // namespace

double patternWork(std::string_view subject, std::string_view pattern, bool anchorHonoured) {
    if (subject.empty() || pattern.empty()) return 0;
    const bool anchored = anchorHonoured && pattern[0] == '^';
    std::vector<Item> items;
    if (!parseItems(pattern, anchored ? 1 : 0, items)) return 0;

    std::array<double, 256> histogram{};
    for (unsigned char c : subject) histogram[c] += 1;
    const double n = static_cast<double>(subject.size());
    auto count = [&](const ByteSet& set) {
        double k = 0;
        for (std::size_t c = 0; c < 256; ++c)
            if (set.test(c)) k += histogram[c];
        return k;
    };

    // From the last item back: cost = matcher steps to match items[k..] from one position.
    double cost = 1;
    for (std::size_t k = items.size(); k-- > 0;) {
        const Item& it = items[k];
        switch (it.kind) {
        case Item::Kind::Scan: cost = n + cost; break;
        case Item::Kind::Frontier:
        case Item::Kind::EndAnchor: cost = 1 + cost; break;
        case Item::Kind::Single:
            if (it.quantifier == 0) {
                cost = 1 + cost;
            } else if (it.quantifier == '?') {
                cost = 1 + 2 * cost;
            } else {
                // A repetition stops (and tries the rest) only where the rest can get past
                // its first required character: count those places.
                const double own = count(it.set);
                double stops = own;
                if (k + 1 < items.size()) {
                    ByteSet first;
                    bool bounded = false;
                    double extra = 0;
                    for (std::size_t j = k + 1; j < items.size(); ++j) {
                        const Item& next = items[j];
                        if (next.kind == Item::Kind::EndAnchor) {
                            extra = 1;
                            bounded = true;
                            break;
                        }
                        if (next.kind != Item::Kind::Single) break;
                        first |= next.set;
                        if (next.quantifier == 0 || next.quantifier == '+') {
                            bounded = true;
                            break;
                        }
                    }
                    stops = std::min(own, bounded ? count(first) + extra : n);
                } else {
                    stops = 0; // last item: the first stop succeeds
                }
                cost = (own + 1) + (stops + 1) * cost;
            }
            break;
        }
        if (cost > 1e300) cost = 1e300;
    }
    return (anchored ? 1 : n + 1) * cost;
}

namespace {

// Calls the original function (upvalue 1) with every argument; returns all its results.
int callOriginal(lua_State* L) {
    const int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1)); // [args..., orig]
    lua_insert(L, 1);                      // [orig, args...]
    lua_call(L, n, LUA_MULTRET);           // [results...]
    return lua_gettop(L);
}

const char* nameOf(lua_State* L) { return lua_tostring(L, lua_upvalueindex(2)); }

[[noreturn]] void refuse(lua_State* L, const std::string& why) { raise(L, std::string(nameOf(L)) + ": " + why); }

int cappedRep(lua_State* L) {
    std::size_t len = 0, sepLen = 0;
    luaL_checklstring(L, 1, &len);
    const lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sepLen);
    // n itself is capped too: repeating "" 2^50 times loops 2^50 times and builds nothing.
    if (n > 0 && (static_cast<double>(n) > static_cast<double>(kMaxRepBytes) ||
                  static_cast<double>(n) * static_cast<double>(len + sepLen) > static_cast<double>(kMaxRepBytes))) {
        refuse(L, core::tr("chuỗi kết quả quá lớn (tối đa 4 MB, hoặc 4 triệu lần lặp)",
                           "resulting string too large (at most 4 MB, or 4 million repeats)"));
    }
    return callOriginal(L);
}

template <PatternCall kCall>
int cappedPattern(lua_State* L) {
    constexpr bool kAnchorHonoured = kCall != PatternCall::Gmatch;
    constexpr bool kPlainAllowed = kCall == PatternCall::Find;
    std::size_t sLen = 0, pLen = 0;
    const char* s = luaL_checklstring(L, 1, &sLen);
    const char* p = luaL_checklstring(L, 2, &pLen);
    const std::string_view subject(s, sLen), pattern(p, pLen);
    // find(s, p, init, true) and patterns without specials are a plain, linear search.
    const bool plain =
        kPlainAllowed && (lua_toboolean(L, 4) || pattern.find_first_of("^$*+?.([%-") == std::string_view::npos);
    // The static estimate is cheap and never too low; only when it is over the cap does
    // the dry run count the real steps (a line splitter is linear, the estimate says n²).
    if (!plain && patternWork(subject, pattern, kAnchorHonoured) > kMaxPatternWork) {
        const std::int64_t init = kCall == PatternCall::Gsub ? 1 : luaL_optinteger(L, 3, 1);
        const std::int64_t maxN = kCall == PatternCall::Gsub && !lua_isnoneornil(L, 4) ? luaL_checkinteger(L, 4) : -1;
        const PatternSteps counted = countPatternSteps(kCall, subject, pattern, init, maxN, kMaxPatternWork);
        if (counted.overLimit) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "%s %zu byte (> %.0e)",
                          core::tr("mẫu quá phức tạp cho chuỗi", "pattern too complex for a string of").c_str(), sLen,
                          kMaxPatternWork);
            refuse(L, buf);
        }
    }
    return callOriginal(L);
}

int cappedMove(lua_State* L) {
    const lua_Integer f = luaL_checkinteger(L, 2);
    const lua_Integer e = luaL_checkinteger(L, 3);
    if (e >= f && static_cast<double>(e) - static_cast<double>(f) >= static_cast<double>(kMaxMoveElements)) {
        refuse(L, core::tr("quá nhiều phần tử (tối đa 1 triệu)", "too many elements (at most 1 million)"));
    }
    return callOriginal(L);
}

int cappedSort(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_len(L, 1) > kMaxSortElements) {
        refuse(L, core::tr("danh sách quá dài (tối đa 131072 phần tử)", "list too long (at most 131072 elements)"));
    }
    return callOriginal(L);
}

void wrap(lua_State* L, const char* table, const char* field, lua_CFunction fn) {
    lua_getglobal(L, table);                   // [t]
    lua_getfield(L, -1, field);                // [t, orig]
    lua_pushfstring(L, "%s.%s", table, field); // [t, orig, name]
    lua_pushcclosure(L, fn, 2);                // [t, capped]
    lua_setfield(L, -2, field);                // [t]
    lua_pop(L, 1);                             // []
}

} // namespace

void capLibraryWork(lua_State* L) {
    wrap(L, "string", "rep", cappedRep);
    wrap(L, "string", "find", cappedPattern<PatternCall::Find>);
    wrap(L, "string", "match", cappedPattern<PatternCall::Match>);
    wrap(L, "string", "gmatch", cappedPattern<PatternCall::Gmatch>);
    wrap(L, "string", "gsub", cappedPattern<PatternCall::Gsub>);
    wrap(L, "table", "move", cappedMove);
    wrap(L, "table", "sort", cappedSort);
}

} // namespace signage::scripting
