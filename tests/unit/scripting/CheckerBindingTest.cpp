// SPDX-License-Identifier: GPL-3.0-or-later
// The checker module and plugin.takeover: what the touch scam-check screen stands on.
// Checks run on the AsyncChecker's worker; the verdict reaches the plugin's callback on
// the next draw; the play-log hook sees kind, verdict and tactics, never the text.
#include <chrono>
#include <thread>

#include "PluginFixture.h"
#include "scamcheck/AsyncChecker.h"

namespace signage::test {
namespace {

using K = render::InputEvent::Kind;

class FakeVoice final : public scripting::Voice {
public:
    bool speak(const std::string& text, std::string*) override {
        spoken.push_back(text);
        talking = true;
        return true;
    }
    void stop() override { talking = false; }
    bool speaking() const override { return talking; }
    std::vector<std::string> spoken;
    bool talking = false;
};

class CheckerBinding : public PluginFixture {
protected:
    void SetUp() override {
        core::setLang(core::Lang::Vi);
        checker = std::make_shared<scamcheck::AsyncChecker>();
        checker->load(std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker",
                      scamcheck::Checker::Options{tmp.path() / "cache", "", "", ""});
        checker->drain();
        ASSERT_TRUE(checker->ready());
        scripting::HostServices s;
        s.clock = &clock;
        s.text = &text;
        s.dataDir = tmp.path() / "var";
        s.onPlay = [this](const scripting::PlayFact& f) { facts.push_back(f); };
        s.checker = checker;
        s.onCheck = [this](const scamcheck::Verdict& v) { counted.push_back(v.summary()); };
        s.wake = [this] { ++wakes; };
        s.contact.policeName = "Công an phường Hồng An";
        s.contact.reportUrl = "https://canhbao.khonggianmang.vn";
        s.voice = &voice;
        host = std::make_unique<scripting::PluginHost>(s);
    }
    void TearDown() override {
        PluginFixture::TearDown();
        core::setLang(core::Lang::En);
    }

    /// Draws until the plugin has reported `n` values (the verdict arrives from the worker).
    void drawUntilReported(scripting::PluginPresenter& p, size_t n) {
        for (int i = 0; i < 200 && reported().size() < n; ++i) {
            checker->drain();
            frame(p);
        }
    }

    std::shared_ptr<scamcheck::AsyncChecker> checker;
    std::vector<scamcheck::LogSummary> counted;
    std::atomic<int> wakes{0};
    FakeVoice voice;
};

const char* kReporter = R"lua(
    -- Reports what it receives through playlog.record (how test plugins speak to the test).
    function plugin.load()
        playlog.record("ready=" .. tostring(checker.ready()))
    end
    function plugin.input(ev)
        if ev.kind == "text" then
            local ok, why = checker.check(ev.text, "auto", function(r)
                playlog.record("verdict=" .. r.verdict .. " kind=" .. r.kind .. " score=" .. r.score)
                playlog.record("headline=" .. r.headline)
                playlog.record("rules=" .. #r.rules .. " first=" .. (r.rules[1] and r.rules[1].id or "-"))
                playlog.record("advice=" .. #r.advice .. " reasons=" .. #r.reasons)
            end)
            return ok
        end
        return false
    end
)lua";

TEST_F(CheckerBinding, AVerdictComesBackToTheCallbackAndIsCountedWithoutText) {
    auto& p = openZone(plugin("scamcheck", kReporter, "\"touch\", \"checker\", \"playlog\""), 0, 0, 1, 1);
    frame(p);
    const std::string typed = "Đây là Công an phường, anh phải chuyển tiền vào tài khoản tạm giữ ngay hôm nay";
    render::InputEvent t{K::Text};
    t.text = typed;
    EXPECT_TRUE(p.handleInput(t));
    drawUntilReported(p, 5);
    auto got = reported();
    ASSERT_EQ(got.size(), 5u);
    EXPECT_EQ(got[0], "ready=true");
    EXPECT_EQ(got[1], "verdict=likely_scam kind=message score=" + got[1].substr(got[1].rfind('=') + 1));
    EXPECT_NE(got[2].find("headline="), std::string::npos);
    EXPECT_GT(got[2].size(), std::string("headline=").size()) << "a headline in words";
    EXPECT_NE(got[3].find("first=khong_"), std::string::npos) << got[3];
    EXPECT_GT(wakes.load(), 0) << "the worker woke the loop";
    ASSERT_EQ(counted.size(), 1u) << "one count per answered check";
    EXPECT_EQ(counted[0].verdict, "likely_scam");
    EXPECT_FALSE(counted[0].tactics.empty());
    for (const auto& tactic : counted[0].tactics) EXPECT_EQ(tactic.find("chuyển"), std::string::npos);
}

TEST_F(CheckerBinding, OnlyTheNewestCheckAnswers) {
    auto& p = openZone(plugin("scamcheck", R"lua(
        function plugin.load()
            checker.check("0901234567", "phone", function(r) playlog.record("old") end)
            checker.check("https://vietcombank.com.xacminh.top/otp", "link", function(r) playlog.record("new " .. r.verdict) end)
        end
    )lua", "\"touch\", \"checker\", \"playlog\""), 0, 0, 1, 1);
    checker->drain();
    for (int i = 0; i < 5; ++i) frame(p);
    auto got = reported();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].rfind("new ", 0), 0u);
    EXPECT_EQ(counted.size(), 1u) << "the dropped check is not counted";
}

TEST_F(CheckerBinding, ContactVoiceAndBadArguments) {
    auto& p = openZone(plugin("scamcheck", R"lua(
        function plugin.load()
            local c = checker.contact()
            playlog.record(c.police_name .. "|" .. c.police_phone .. "|" .. c.report_url)
            playlog.record("speak=" .. tostring(checker.speak("Hãy gọi 113")) .. " speaking=" .. tostring(checker.speaking()))
            checker.stop_speaking()
            playlog.record("after stop=" .. tostring(checker.speaking()))
            local ok, err = pcall(checker.check, "x", "sms", function() end)
            playlog.record("bad kind: " .. tostring(ok) .. " " .. tostring(err):match("sms") )
            ok, err = pcall(checker.check, string.rep("a", 5000), "auto", function() end)
            playlog.record("too long: " .. tostring(ok))
            ok, err = pcall(checker.check, "x", "auto")
            playlog.record("no callback: " .. tostring(ok))
        end
    )lua", "\"touch\", \"checker\", \"playlog\""), 0, 0, 1, 1);
    frame(p);
    auto got = reported();
    ASSERT_EQ(got.size(), 6u) << p.lastError();
    EXPECT_EQ(got[0], "Công an phường Hồng An|113|https://canhbao.khonggianmang.vn");
    EXPECT_EQ(got[1], "speak=true speaking=true");
    EXPECT_EQ(got[2], "after stop=false");
    EXPECT_EQ(got[3], "bad kind: false sms");
    EXPECT_EQ(got[4], "too long: false");
    EXPECT_EQ(got[5], "no callback: false");
    ASSERT_EQ(voice.spoken.size(), 1u);
}

TEST_F(CheckerBinding, WithoutThePermissionTheModuleAndTakeoverAreRefused) {
    auto& p = openZone(plugin("nochecker", R"lua(
        function plugin.load()
            local ok, err = pcall(function() return checker.ready() end)
            playlog.record("module: " .. tostring(ok) .. " " .. (tostring(err):find("checker", 1, true) and "names it" or tostring(err)))
            ok = pcall(plugin.takeover, true)
            playlog.record("takeover: " .. tostring(ok))
        end
    )lua", "\"touch\", \"playlog\""), 0, 0, 1, 1);
    frame(p);
    auto got = reported();
    ASSERT_EQ(got.size(), 2u) << p.lastError();
    EXPECT_EQ(got[0], "module: false names it");
    EXPECT_EQ(got[1], "takeover: false");
    EXPECT_FALSE(p.takeoverRequested());
}

TEST_F(CheckerBinding, TakeoverIsForZonesAndARestartForgetsTheSession) {
    auto dir = plugin("scamcheck", R"lua(
        local typed = ""
        function plugin.input(ev)
            if ev.kind == "down" then plugin.takeover(true) return true end
            if ev.kind == "text" then typed = typed .. ev.text return true end
            if ev.kind == "key" and ev.key == "escape" then plugin.takeover(false) return true end
            return false
        end
        function plugin.frame() if typed ~= "" then gfx.text(typed, 0, 0) end end
    )lua", "\"touch\", \"checker\"");
    auto& zone = openZone(dir, 0, 0, 1, 1);
    frame(zone);
    render::InputEvent down{K::TouchDown};
    down.x = 10;
    down.y = 10;
    EXPECT_TRUE(zone.handleInput(down));
    EXPECT_TRUE(zone.takeoverRequested());
    render::InputEvent t{K::Text};
    t.text = "0901234567";
    zone.handleInput(t);
    frame(zone);
    ASSERT_EQ(zone.shownFrame().size(), 1u);
    EXPECT_EQ(zone.shownFrame().commands()[0].text, "0901234567") << "gfx.text keeps what the picture says";

    std::string error;
    ASSERT_TRUE(zone.restartFresh(error)) << error;
    EXPECT_FALSE(zone.takeoverRequested()) << "a fresh state has no session";
    frame(zone);
    EXPECT_TRUE(zone.shownFrame().empty()) << "the typed text is gone with the old state";

    auto& item = openItem(dir);
    frame(item);
    EXPECT_TRUE(item.handleInput(down));
    EXPECT_FALSE(item.takeoverRequested()) << "a full-screen item already has the screen";
}

} // namespace
} // namespace signage::test
