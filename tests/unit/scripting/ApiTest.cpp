// SPDX-License-Identifier: GPL-3.0-or-later
// Every function of the plugin API, driven through real plugins on a PluginPresenter.
// Test plugins report values with playlog.record(...) (captured as PlayFacts) and check
// themselves with assert (a failed assert is a fault: lastError).
#include "PluginFixture.h"
#include "scripting/PluginInstance.h"

namespace signage::test {
namespace {

using Kind = RecordingCanvas::Call::Kind;

class Api : public PluginFixture {
protected:
    /// Opens `code` as an item with every permission, draws one frame, expects no fault.
    scripting::PluginPresenter& run(const std::string& code, std::map<std::string, std::string> options = {},
                                    const std::string& extraToml = "") {
        auto& p = openItem(allPlugin("t" + std::to_string(++_n), code, extraToml), std::move(options));
        frame(p);
        EXPECT_EQ(p.lastError(), "");
        return p;
    }
    /// Runs `code` (inside plugin.frame) expecting a fault whose text contains `needle`.
    void expectError(const std::string& body, const std::string& needle) {
        auto& p = openItem(allPlugin("e" + std::to_string(++_n), "function plugin.frame() " + body + " end"));
        frame(p);
        EXPECT_NE(p.lastError().find(needle), std::string::npos) << body << "\n→ " << p.lastError();
    }
    int _n = 0;
};

// ---- plugin -------------------------------------------------------------------------

TEST_F(Api, PluginIdentityOptionsAndLifecycleOrder) {
    auto& p = run(R"lua(
        playlog.record(plugin.name .. " " .. plugin.version .. " " .. plugin.api_version .. " " .. plugin.placement .. " " .. plugin.id)
        playlog.record("city=" .. plugin.options.city)
        function plugin.load() playlog.record("load") end
        function plugin.enter() playlog.record("enter") end
        function plugin.frame(dt) playlog.record("frame " .. dt) end
        function plugin.leave() playlog.record("leave") end
    )lua", {{"city", "Mỹ Tho"}}, "fps = 60\n");
    frame(p, 100);
    p.stop();
    EXPECT_EQ(reported(), (std::vector<std::string>{"t1 1.0.0 1 item item-1", "city=Mỹ Tho", "load", "enter", "frame 0.0", "frame 0.1", "leave"}));
}

TEST_F(Api, FinishEndsTheItemEarly) {
    auto& p = run("function plugin.frame() plugin.finish() end");
    EXPECT_EQ(p.status(), render::PresenterStatus::Finished);
}

TEST_F(Api, ZonePlacement) {
    auto& p = openZone(allPlugin("z", "function plugin.frame() local w, h = gfx.size(); playlog.record(plugin.placement .. ' ' .. plugin.id .. ' ' .. w .. 'x' .. h) end"),
                       0, 0.9f, 1, 0.1f);
    frame(p, 16, render::RectF{0, 972, 1920, 108});
    EXPECT_EQ(reported(), (std::vector<std::string>{"zone zone-1 1920x108"}));
}

// ---- gfx ----------------------------------------------------------------------------

TEST_F(Api, GfxRectClearClipAndSize) {
    auto& p = run(R"lua(
        function plugin.frame()
            local w, h = gfx.size()
            playlog.record(w .. "x" .. h)
            gfx.clear("#000000")
            gfx.rect(10, 20, 30, 40, "#ff000080")
            gfx.rect(0, 0, 5, 5, {0, 255, 0})
            gfx.clip(0, 0, 100, 100)
            gfx.rect(0, 0, 0, 10, "#ffffff") -- empty: dropped
            gfx.clip()
        end
    )lua");
    EXPECT_EQ(reported(), (std::vector<std::string>{"1920x1080"}));
    const auto& cmds = p.shownFrame().commands();
    ASSERT_EQ(cmds.size(), 5u);
    EXPECT_FLOAT_EQ(cmds[1].rect.w, 30);
    EXPECT_EQ(cmds[1].color, (content::Color{255, 0, 0, 0x80}));
    EXPECT_EQ(cmds[2].color, (content::Color{0, 255, 0, 255}));
    EXPECT_EQ(cmds[3].kind, scripting::DrawCommand::Kind::Clip);
    EXPECT_TRUE(cmds[4].clipOff);
    auto fills = canvas.ofKind(Kind::Fill);
    ASSERT_GE(fills.size(), 4u); // background + clear + 2 rects
    EXPECT_EQ(fills[0].color, (content::Color{0x0b, 0x2e, 0x59, 255})) << "items paint their background first";
}

TEST_F(Api, GfxPushTranslatePop) {
    auto& p = run(R"lua(
        function plugin.frame()
            gfx.push()
            gfx.translate(100, 50)
            gfx.rect(1, 2, 3, 4, "#ffffff")
            gfx.push()
            gfx.translate(10, 10)
            gfx.clip(0, 0, 5, 5)
            gfx.pop()
            gfx.rect(1, 2, 3, 4, "#ffffff")
            gfx.pop()
            gfx.rect(1, 2, 3, 4, "#ffffff")
        end
    )lua", {}, "fps = 60\n");
    const auto& cmds = p.shownFrame().commands();
    ASSERT_EQ(cmds.size(), 4u);
    EXPECT_FLOAT_EQ(cmds[0].rect.x, 101);
    EXPECT_FLOAT_EQ(cmds[0].rect.y, 52);
    EXPECT_FLOAT_EQ(cmds[1].rect.x, 110) << "clip moves too";
    EXPECT_FLOAT_EQ(cmds[2].rect.x, 101);
    EXPECT_FLOAT_EQ(cmds[3].rect.x, 1);
    frame(p);
    EXPECT_FLOAT_EQ(p.shownFrame().commands()[3].rect.x, 1) << "the offset starts at zero every frame";
    expectError("gfx.pop()", "gfx.pop without a matching gfx.push");
    expectError("for i = 1, 100 do gfx.push() end", "nested too deeply");
}

TEST_F(Api, GfxTextMeasureNewTextAndDraw) {
    auto& p = run(R"lua(
        local banner
        function plugin.load()
            banner = gfx.newText("Cảnh báo lừa đảo", {size = 40, bold = true})
            local w, h = banner:size()
            playlog.record("newText " .. w .. "x" .. h)
        end
        function plugin.frame()
            local w, h = gfx.text("Gọi 113", 10, 20, {size = 20, color = "#ffc82e"})
            playlog.record("text " .. w .. "x" .. h)
            local mw, mh = gfx.measure("Gọi 113", {size = 20})
            playlog.record("measure " .. mw .. "x" .. mh)
            local ww, wh = gfx.measure(string.rep("a", 100), {size = 20, width = 300, align = "center"})
            playlog.record("wrapped " .. ww .. "x" .. wh)
            gfx.draw(banner, 0, 100)
            gfx.text("mờ", 0, 0, {opacity = 0}) -- invisible: nothing recorded
            gfx.draw(banner, 0, 200, 100, 50, 0.5)
            playlog.record(tostring(banner))
        end
    )lua", {}, "fps = 60\n");
    EXPECT_EQ(reported(), (std::vector<std::string>{"newText 320x50", "text 70x25", "measure 70x25", "wrapped 300x100",
                                                     "signage.Text 320x50"}));
    const auto& cmds = p.shownFrame().commands();
    ASSERT_EQ(cmds.size(), 3u);
    auto* t = dynamic_cast<FakeTextPicture*>(cmds[0].picture.get());
    ASSERT_TRUE(t);
    EXPECT_EQ(t->text, "Gọi 113");
    EXPECT_EQ(t->style.color, (content::Color{0xff, 0xc8, 0x2e, 255}));
    EXPECT_FLOAT_EQ(cmds[2].rect.w, 100);
    EXPECT_FLOAT_EQ(cmds[2].opacity, 0.5f);
    int before = text.renders;
    size_t reports = reported().size();
    frame(p, 16);
    EXPECT_GT(reported().size(), reports) << "fps = 60: the frame ran again";
    EXPECT_EQ(text.renders, before) << "gfx.text is cached across frames";
}

TEST_F(Api, GfxNewImageFromThePluginFolderOnly) {
    auto dir = allPlugin("img", R"lua(
        local img
        function plugin.load() img = gfx.newImage("media/logo.png") end
        function plugin.frame()
            local w, h = img:size()
            playlog.record(w .. "x" .. h)
            gfx.draw(img, 5, 5)
            local ok, e = pcall(gfx.newImage, "../other/x.png")
            playlog.record(ok and "escaped" or "refused")
            ok, e = pcall(gfx.newImage, "media/broken.png")
            playlog.record(e:find("not an image") and "broken reported" or e)
            img:release()
            ok, e = pcall(gfx.draw, img, 0, 0)
            playlog.record(e:find("was released") and "released" or e)
        end
    )lua");
    // A PNG header saying 200x100.
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\xc8\0\0\0\x64", 24);
    tmp.write("plugins/img/media/logo.png", png);
    tmp.write("plugins/img/media/broken.png", "BAD!");
    auto& p = openItem(dir);
    frame(p);
    EXPECT_EQ(p.lastError(), "");
    EXPECT_EQ(reported(), (std::vector<std::string>{"200x100", "refused", "broken reported", "released"}));
}

TEST_F(Api, GfxErrorsAreClear) {
    expectError("gfx.rect(0, 0, 10, 10, 'red')", "invalid colour \"red\"");
    expectError("gfx.rect(0, 0, 0/0, 10, '#ffffff')", "NaN/inf");
    expectError("gfx.text('x', 0, 0, {align = 'middle'})", "invalid value for style.align: \"middle\" (use one of: left, center, right)");
    expectError("gfx.text('x', 0, 0, {size = 5000})", "style.size must be 1..1000");
    expectError("gfx.text(string.rep('x', 9000), 0, 0)", "text too long");
    expectError("gfx.draw({}, 0, 0)", "signage.Image or signage.Text expected");
    auto& p = openItem(allPlugin("outside", "gfx.rect(0, 0, 1, 1, '#ffffff')"), {}, false);
    EXPECT_NE(p.failureReason().find("gfx.rect can only be used inside plugin.frame"), std::string::npos) << p.failureReason();
}

TEST_F(Api, TextFailuresAndMissingRenderer) {
    text.failNext = true;
    expectError("gfx.text('x', 0, 0)", "gfx.text: font missing");
    host->setTextRenderer(nullptr);
    run("function plugin.frame() local w, h = gfx.text('x', 0, 0); local t = gfx.newText('y'); playlog.record(w .. ' ' .. t:size()) end");
    EXPECT_EQ(reported().back(), "0 0") << "no renderer: text draws nothing, no fault";
}

// ---- timer, tween -------------------------------------------------------------------

TEST_F(Api, TimersFireOnTheClockAndCancel) {
    auto& p = run(R"lua(
        local n = 0
        local every
        function plugin.enter()
            timer.after(0.5, function() playlog.record("after") end)
            every = timer.every(0.2, function() n = n + 1; playlog.record("every " .. n); if n == 3 then every:cancel() end end)
            local t = timer.after(0.1, function() playlog.record("never") end)
            playlog.record(tostring(t:active()))
            t:release()
            playlog.record(tostring(t:active()))
        end
    )lua");
    EXPECT_EQ(p.nextChange(clock.steadyNow()).value() - clock.steadyNow(), 200 - 16) << "the loop may sleep until the timer";
    for (int i = 0; i < 100; ++i) frame(p, 20);
    EXPECT_EQ(reported(), (std::vector<std::string>{"true", "false", "every 1", "every 2", "after", "every 3"}));
    EXPECT_FALSE(p.nextChange(clock.steadyNow())) << "no timers, no fps, no tweens: nothing to wake for";
}

TEST_F(Api, TimerArgumentsAreChecked) {
    expectError("timer.after(-1, function() end)", "timer seconds");
    expectError("timer.every(1, 'x')", "function expected");
    expectError("for i = 1, 300 do timer.after(1, function() end) end", "too many timers");
}

TEST_F(Api, TweensMoveAndKeepTheFramesComing) {
    auto& p = run(R"lua(
        local tw
        function plugin.enter() tw = tween.new(0, 100, 1, "linear") end
        function plugin.frame()
            playlog.record(string.format("%.0f %s", tw:value(), tostring(tw:done())))
            if tw:done() then tw:restart() ; tw:release() end
        end
        playlog.record(string.format("%.2f", tween.ease("inQuad", 0.5)))
    )lua");
    EXPECT_TRUE(p.nextChange(clock.steadyNow())) << "a running tween asks for frames";
    frame(p, 500);
    frame(p, 600);
    auto r = reported();
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0], "0.25");
    EXPECT_EQ(r[1], "2 false"); // 16 ms after enter
    EXPECT_EQ(r[2], "52 false");
    EXPECT_EQ(r[3], "100 true");
    expectError("tween.new(0, 1, 1, 'wobble')", "use one of: linear, inQuad");
    expectError("tween.new(0, 1, 1, 'linear', 'forever')", "once, loop, pingpong");
}

// ---- time ---------------------------------------------------------------------------

TEST_F(Api, TimeInTheBoxZoneTheVietnameseWay) {
    run(R"lua(
        playlog.record(time.date())
        playlog.record(time.clock())
        playlog.record(time.clock(time.now() + 5, true))
        playlog.record(time.weekday() .. " " .. time.weekday(nil, true))
        playlog.record(time.format("%A %d/%m/%Y %H:%M"))
        local p = time.parts()
        playlog.record(p.year .. "-" .. p.month .. "-" .. p.day .. " " .. p.hour .. ":" .. p.min .. " wday " .. p.wday)
        playlog.record(time.date(0))
        playlog.record(tostring(time.steady() >= 0))
        playlog.record(tostring(os.time()) .. " " .. os.date("%H:%M") .. " " .. os.date("!%H:%M"))
        playlog.record(tostring(os.time({year = 2026, month = 11, day = 23, hour = 7, min = 30})))
        playlog.record(os.date("*t").hour .. " " .. type(os.clock()))
    )lua");
    EXPECT_EQ(reported(), (std::vector<std::string>{"Thứ Hai, 23/11/2026", "07:30", "07:30:05", "Thứ Hai T2",
                                                     "Thứ Hai 23/11/2026 07:30", "2026-11-23 7:30 wday 2",
                                                     "Thứ Năm, 01/01/1970", "true", "1795393800 07:30 00:30",
                                                     "1795393800", "7 number"}));
    expectError("time.format('%Q')", "invalid time format: %Q");
    expectError("os.execute('ls')", "attempt to call a nil value (field 'execute')");
}

// ---- log, res, text -----------------------------------------------------------------

TEST_F(Api, LogAndPrintDoNotFail) {
    run("log.debug('d') log.info('i', 1, true, nil) log.warn('w') log.error('e') print('p', {})");
}

TEST_F(Api, ResReadsOnlyItsOwnFolder) {
    auto dir = allPlugin("res", R"lua(
        playlog.record(res.read("notes/a.txt"))
        playlog.record(tostring(res.exists("notes/a.txt")) .. " " .. tostring(res.exists("nope")) .. " " .. tostring(res.exists("../x")))
        playlog.record(table.concat(res.list("notes"), ","))
        playlog.record(table.concat(res.list(), ","))
        local ok, e = pcall(res.read, "../../etc/passwd")
        playlog.record(e:find('"..\" is not allowed', 1, true) and "refused" or e)
        ok, e = pcall(res.read, "/etc/passwd")
        playlog.record(e:find("relative") and "refused" or e)
        ok, e = pcall(res.read, "big.bin")
        playlog.record(e:find("too large") and "too large" or e)
    )lua");
    tmp.write("plugins/res/notes/a.txt", "Xin chào");
    tmp.write("plugins/res/notes/b.txt", "");
    tmp.write("plugins/res/big.bin", std::string(5u << 20, 'x'));
    auto& p = openItem(dir);
    EXPECT_EQ(p.lastError(), "");
    EXPECT_EQ(reported(), (std::vector<std::string>{"Xin chào", "true false false", "a.txt,b.txt", "big.bin,main.lua,notes,plugin.toml",
                                                     "refused", "refused", "too large"}));
}

TEST_F(Api, TextHelpers) {
    std::string nfd = "Kho\xCC\x82ng"; // "Không" with a combining circumflex
    run("playlog.record(text.nfc('" + nfd + "')) playlog.record(text.fold('Không Chuyển Khoản Đâu')) "
        "playlog.record(text.lower('CẢNH BÁO')) playlog.record(tostring(text.len('Việt')))");
    EXPECT_EQ(reported(), (std::vector<std::string>{"Không", "khong chuyen khoan dau", "cảnh báo", "4"}));
}

// ---- data ---------------------------------------------------------------------------

TEST_F(Api, DataFilesAreParsedByTheHostAndNormalised) {
    auto dir = allPlugin("d", R"lua(
        local rows, header = data.csv("hotlines.csv")
        playlog.record(#rows .. " rows; " .. table.concat(header, "|"))
        playlog.record(rows[1].name .. "=" .. rows[1].phone)
        local raw = data.csv("hotlines.csv", {header = false})
        playlog.record(raw[1][1] .. " " .. #raw)
        local semi = data.csv("semi.csv", {separator = ";"})
        playlog.record(semi[1].b)
        local j = data.json("news.json")
        playlog.record(j.items[2].title .. " " .. tostring(j.items[2].extra == data.null) .. " " .. math.type(j.count))
        local t = data.toml("news.toml")
        playlog.record(t.items[1].title .. " " .. t.when)
    )lua");
    tmp.write("plugins/d/hotlines.csv", "name, phone\nCông an phường,113\nCứu hỏa,114\n");
    tmp.write("plugins/d/semi.csv", "a;b\n1;Kho\xCC\x82ng\n"); // NFD in the file
    tmp.write("plugins/d/news.json", R"({"count": 2, "items": [{"title": "a"}, {"title": "Giả danh công an", "extra": null}]})");
    tmp.write("plugins/d/news.toml", "when = 2026-11-23\n[[items]]\ntitle = \"Lừa đảo qua mạng\"\n");
    auto& p = openItem(dir);
    EXPECT_EQ(p.lastError(), "");
    EXPECT_EQ(reported(), (std::vector<std::string>{"2 rows; name|phone", "Công an phường=113", "name 3", "Không",
                                                     "Giả danh công an true integer", "Lừa đảo qua mạng 2026-11-23"}));
}

TEST_F(Api, DataErrorsNameFileLineAndColumn) {
    expectError("data.json('../bad/a.json')", "\"..\" is not allowed");
    int i = 0;
    for (auto [call, where] : std::vector<std::pair<std::string, std::string>>{
             {"data.json('a.json')", "/a.json:3:1: "},
             {"data.csv('b.csv')", "/b.csv:2:3: unterminated quoted field"},
             {"data.csv('c.csv')", "/c.csv:2:1: row has 3 fields but the header has 2"},
             {"data.toml('d.toml')", "/d.toml:1:"},
             {"data.json('none.json')", "/none.json: no such file"},
         }) {
        std::string name = "bad" + std::to_string(++i);
        auto dir = allPlugin(name, "function plugin.frame() " + call + " end");
        tmp.write("plugins/" + name + "/a.json", "{\n  \"x\": [1,\n}");
        tmp.write("plugins/" + name + "/b.csv", "a,b\n1,\"open\n");
        tmp.write("plugins/" + name + "/c.csv", "a,b\n1,2,3\n");
        tmp.write("plugins/" + name + "/d.toml", "x = \n");
        auto& p = openItem(dir);
        frame(p);
        EXPECT_NE(p.lastError().find(name + where), std::string::npos) << call << " → " << p.lastError();
    }
}

// ---- kv -----------------------------------------------------------------------------

TEST_F(Api, KvStoresPersistAcrossRestartsWithAQuota) {
    auto dir = allPlugin("counter", R"lua(
        function plugin.load()
            local n = kv.get("runs", 0) + 1
            assert(kv.set("runs", n))
            assert(kv.set("city", "Mỹ Tho"))
            assert(kv.set("ratio", 0.25))
            assert(kv.set("on", true))
            assert(kv.set("tmp", "x")); assert(kv.delete("tmp")); assert(not kv.delete("tmp"))
            assert(kv.set("tmp2", "y")); assert(kv.set("tmp2", nil)); assert(kv.get("tmp2") == nil)
            local ok, why = kv.set("big", string.rep("x", 70000))
            assert(ok == nil and why:find("value longer than"), why)
            local used, quota = kv.usage()
            playlog.record(n .. " " .. kv.get("city") .. " " .. kv.get("ratio") .. " " .. tostring(kv.get("on")) .. " " ..
                           table.concat(kv.keys(), ",") .. " " .. tostring(used > 0 and quota == 262144))
            local pok, e = pcall(kv.set, "t", {})
            assert(not pok and e:find("stores strings, numbers and booleans"), e)
        end
    )lua");
    openItem(dir);
    makeHost(); // a restart: new host, the store is read back from the data dir
    openItem(dir);
    EXPECT_EQ(reported(), (std::vector<std::string>{"1 Mỹ Tho 0.25 true city,on,ratio,runs true",
                                                     "2 Mỹ Tho 0.25 true city,on,ratio,runs true"}));
    presenters.clear();
    host.reset();
    EXPECT_EQ(filesUnder(tmp.path() / "var"), (std::vector<std::string>{"plugins/counter/kv.sqlite"}));
}

TEST_F(Api, KvQuotaIsEnforced) {
    auto& p = run(R"lua(
        local i = 0
        while true do
            i = i + 1
            local ok, why = kv.set("k" .. i, string.rep("x", 60000))
            if not ok then playlog.record(why) break end
        end
    )lua");
    (void)p;
    EXPECT_EQ(reported(), (std::vector<std::string>{"kv quota exceeded (262144 bytes)"}));
}

TEST_F(Api, ModulesNeedTheirPermission) {
    auto& p = openItem(plugin("noperm", "function plugin.frame() kv.get('x') end"));
    frame(p);
    EXPECT_NE(p.lastError().find("kv needs the permission \"kv\" in plugin.toml: permissions = [\"kv\"]"), std::string::npos) << p.lastError();
    for (const char* m : {"data.csv('x')", "playlog.record('x')"}) {
        auto& q = openItem(plugin(std::string("np") + m[0], std::string("function plugin.frame() ") + m + " end"));
        frame(q);
        EXPECT_NE(q.lastError().find("needs the permission"), std::string::npos) << m << " " << q.lastError();
    }
}

// ---- playlog ------------------------------------------------------------------------

TEST_F(Api, PlaylogRecordsContentWithARateLimit) {
    run(R"lua(
        assert(playlog.record("news-42", 8))
        local ok, why
        for i = 1, 100 do ok, why = playlog.record("spam") end
        assert(ok == nil and why:find("too many"), why)
    )lua");
    ASSERT_FALSE(facts.empty());
    auto it = std::find_if(facts.begin(), facts.end(), [](auto& f) { return f.contentId == "news-42"; });
    ASSERT_NE(it, facts.end());
    EXPECT_EQ(it->duration.count(), 8000);
    EXPECT_EQ(it->placement, "item-1");
    EXPECT_EQ(it->at, clock.wallNow() - 16);
    EXPECT_EQ(reported().size(), 60u) << "60 per minute";
    expectError("playlog.record('')", "content_id must be 1..200 bytes");
}

// ---- input --------------------------------------------------------------------------

TEST_F(Api, TouchAndKeysReachPluginsThatAskForThem) {
    auto dir = plugin("touchy", R"lua(
        function plugin.input(ev)
            if ev.kind == "key" then playlog.record("key " .. ev.key) return true end
            if ev.kind == "text" then playlog.record("text " .. ev.text) return true end
            playlog.record(ev.kind .. " " .. ev.x .. "," .. ev.y .. " #" .. ev.finger)
            return ev.kind == "down"
        end
    )lua", "\"touch\", \"playlog\"");
    auto& z = openZone(dir, 0.5f, 0.5f, 0.5f, 0.5f);
    frame(z, 16, render::RectF{960, 540, 960, 540});
    using K = render::InputEvent::Kind;
    EXPECT_FALSE(z.handleInput({K::TouchDown, 10, 10, 1})) << "outside the zone";
    EXPECT_FALSE(z.handleInput({K::TouchMove, 970, 550, 1})) << "a touch that began outside";
    EXPECT_TRUE(z.handleInput({K::TouchDown, 1000, 600, 2}));
    EXPECT_FALSE(z.handleInput({K::TouchMove, 1010, 610, 2}));
    EXPECT_FALSE(z.handleInput({K::TouchUp, 1010, 610, 2}));
    EXPECT_TRUE(z.handleInput({K::Key, 0, 0, 0, "return"}));
    render::InputEvent t{K::Text};
    t.text = "ă";
    EXPECT_TRUE(z.handleInput(t));
    EXPECT_EQ(reported(), (std::vector<std::string>{"down 40.0,60.0 #2", "move 50.0,70.0 #2", "up 50.0,70.0 #2", "key return", "text ă"}));
    EXPECT_EQ(z.nextChange(clock.steadyNow()), clock.steadyNow()) << "input asks for a frame";

    auto& deaf = openItem(plugin("deaf", "function plugin.input() error('never') end", "\"playlog\""));
    EXPECT_FALSE(deaf.handleInput({K::TouchDown, 10, 10, 1})) << "no touch permission";
    EXPECT_EQ(deaf.lastError(), "");
}

} // namespace
} // namespace signage::test
