// SPDX-License-Identifier: GPL-3.0-or-later
// checker (permission "checker"): the touch scam-check screen's window on the engine
// (player/scamcheck) and on the voice that reads verdicts aloud. Checks run on the
// AsyncChecker's worker; the verdict comes back to the plugin's callback on the render
// thread (PluginInstance::deliverChecks). What a visitor types goes to the engine and
// nowhere else: the play log gets only kind, verdict and tactic (HostServices::onCheck).
//   checker.ready() -> bool
//   checker.check(text, kind, callback) -> true | nil, reason
//   checker.contact() -> {police_name, police_phone, report_url, report_label}
//   checker.speak(text) -> true | nil, reason ; checker.stop_speaking() ; checker.speaking() -> bool
#include "core/Lang.h"
#include "scamcheck/AsyncChecker.h"
#include "scamcheck/Kind.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace {

constexpr std::size_t kMaxCheckBytes = 4000;  // a long SMS or Zalo message, pasted whole
constexpr std::size_t kMaxSpeakBytes = 2000;

int checkerReady(lua_State* L) {
    const PluginContext& ctx = contextOf(L);
    lua_pushboolean(L, ctx.services.checker && ctx.services.checker->ready()); // [..., ready]
    return 1;
}

int failWith(lua_State* L, const std::string& why) {
    lua_pushnil(L);                    // [..., nil]
    lua_pushstring(L, why.c_str());    // [..., nil, why]
    return 2;
}

int checkerCheck(lua_State* L) {
    size_t n = 0;
    const char* text = luaL_checklstring(L, 1, &n);
    static const std::vector<const char*> kKinds = {"auto", "phone", "link", "account", "message"};
    const int kindIndex = checkEnum(L, 2, kKinds, "kind", 0);
    luaL_checktype(L, 3, LUA_TFUNCTION);
    if (n > kMaxCheckBytes) luaL_argerror(L, 1, "≤ 4000 bytes");
    PluginContext& ctx = contextOf(L);
    if (!ctx.services.checker || !ctx.services.checker->ready())
        return failWith(L, core::tr("dữ liệu kiểm tra chưa sẵn sàng", "the checker data is not loaded yet"));

    // The newest check owns the callback; an older verdict still on its way is dropped.
    luaL_unref(L, LUA_REGISTRYINDEX, ctx.checkCallbackRef);
    lua_pushvalue(L, 3);                                              // [..., fn]
    ctx.checkCallbackRef = luaL_ref(L, LUA_REGISTRYINDEX);            // [...]
    const std::uint64_t seq = ++ctx.checkSeq;
    auto kind = scamcheck::parseKind(kKinds[static_cast<size_t>(kindIndex)]).value_or(scamcheck::Kind::Auto);
    bool queued = ctx.services.checker->submit(std::string(text, n), kind,
                                               [mailbox = ctx.checks, seq, wake = ctx.services.wake](scamcheck::Verdict v) {
                                                   mailbox->put(seq, std::move(v));
                                                   if (wake) wake();
                                               });
    if (!queued) return failWith(L, core::tr("bộ kiểm tra đang bận", "the checker is busy"));
    lua_pushboolean(L, 1); // [..., true]
    return 1;
}

void setString(lua_State* L, const char* key, const std::string& value) {
    lua_pushlstring(L, value.data(), value.size()); // [t, v]
    lua_setfield(L, -2, key);                       // [t]
}

int checkerContact(lua_State* L) {
    const CheckerContact& c = contextOf(L).services.contact;
    lua_createtable(L, 0, 4);                  // [t]
    setString(L, "police_name", c.policeName);
    setString(L, "police_phone", c.policePhone);
    setString(L, "report_url", c.reportUrl);
    setString(L, "report_label", c.reportLabel);
    return 1;
}

int checkerSpeak(lua_State* L) {
    size_t n = 0;
    const char* text = luaL_checklstring(L, 1, &n);
    if (n > kMaxSpeakBytes) luaL_argerror(L, 1, "≤ 2000 bytes");
    Voice* voice = contextOf(L).services.voice;
    if (!voice) return failWith(L, core::tr("máy không có giọng đọc", "no voice on this box"));
    std::string error;
    if (!voice->speak(std::string(text, n), &error)) return failWith(L, error);
    lua_pushboolean(L, 1); // [..., true]
    return 1;
}

int checkerStopSpeaking(lua_State* L) {
    if (Voice* voice = contextOf(L).services.voice) voice->stop();
    return 0;
}

int checkerSpeaking(lua_State* L) {
    Voice* voice = contextOf(L).services.voice;
    lua_pushboolean(L, voice && voice->speaking()); // [..., bool]
    return 1;
}

const luaL_Reg kChecker[] = {
    {"ready", guarded<checkerReady>},
    {"check", guarded<checkerCheck>},
    {"contact", guarded<checkerContact>},
    {"speak", guarded<checkerSpeak>},
    {"stop_speaking", guarded<checkerStopSpeaking>},
    {"speaking", guarded<checkerSpeaking>},
    {nullptr, nullptr},
};

void pushTexts(lua_State* L, const char* key, const std::vector<std::string>& texts) {
    lua_createtable(L, static_cast<int>(texts.size()), 0); // [t, list]
    for (size_t i = 0; i < texts.size(); ++i) {
        lua_pushlstring(L, texts[i].data(), texts[i].size()); // [t, list, s]
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));   // [t, list]
    }
    lua_setfield(L, -2, key); // [t]
}

} // namespace

void openChecker(lua_State* L) {
    lua_newtable(L);             // [checker]
    setFunctions(L, kChecker);   // [checker]
    lua_setglobal(L, "checker"); // []
}

void pushVerdict(lua_State* L, const scamcheck::Verdict& v) {
    lua_createtable(L, 0, 8); // [t]
    setString(L, "verdict", std::string(scamcheck::levelName(v.level)));
    lua_pushinteger(L, v.score); // [t, score]
    lua_setfield(L, -2, "score"); // [t]
    setString(L, "kind", std::string(scamcheck::kindName(v.kind)));
    setString(L, "shown", v.normalized);
    setString(L, "headline", v.headline.text());
    std::vector<std::string> texts;
    for (const auto& r : v.reasons) texts.push_back(r.text.text());
    pushTexts(L, "reasons", texts);
    texts.clear();
    for (const auto& a : v.advice) texts.push_back(a.text());
    pushTexts(L, "advice", texts);
    lua_createtable(L, static_cast<int>(v.rules.size()), 0); // [t, rules]
    for (size_t i = 0; i < v.rules.size(); ++i) {
        lua_createtable(L, 0, 2);                     // [t, rules, r]
        setString(L, "id", v.rules[i]);
        setString(L, "title", scamcheck::ruleTitle(v.rules[i]).text());
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1)); // [t, rules]
    }
    lua_setfield(L, -2, "rules"); // [t]
}

} // namespace signage::scripting
