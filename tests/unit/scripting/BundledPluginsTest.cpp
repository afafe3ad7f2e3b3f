// SPDX-License-Identifier: GPL-3.0-or-later
// The plugins shipped in plugins/: each loads and draws as a playlist item and as a zone
// without a single fault, and does its job (Vietnamese clock text, smooth ticker motion,
// hotlines from the CSV, news stories counted as plays).
#include "PluginFixture.h"

namespace signage::test {
namespace {

using Kind = RecordingCanvas::Call::Kind;

fs::path bundled(const std::string& name) { return fs::path(SIGNAGE_SOURCE_DIR) / "plugins" / name; }

class Bundled : public PluginFixture {
protected:
    /// Texts drawn in the last draw call batch.
    std::vector<std::string> textsDrawn() const {
        std::vector<std::string> out;
        for (const auto& c : canvas.ofKind(Kind::Picture)) {
            if (auto* t = dynamic_cast<const FakeTextPicture*>(c.picture)) out.push_back(t->text);
        }
        return out;
    }
    static bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
    void runFor(scripting::PluginPresenter& p, int seconds, std::optional<render::RectF> area = std::nullopt) {
        for (int i = 0; i < seconds * 60; ++i) frame(p, 16, area);
    }
};

class EachBundled : public Bundled, public ::testing::WithParamInterface<const char*> {};

TEST_P(EachBundled, PlaysAsItemAndZoneWithoutFaults) {
    auto dir = bundled(GetParam());
    auto& item = openItem(dir);
    runFor(item, 30);
    EXPECT_EQ(item.faultCount(), 0u) << item.lastError();
    EXPECT_FALSE(item.shownFrame().empty());
    item.stop();

    const auto* m = item.manifest();
    ASSERT_TRUE(m);
    ASSERT_TRUE(m->defaultZone) << "bundled plugins declare where they go as overlays";
    auto z = *m->defaultZone;
    auto& zone = openZone(dir, z[0], z[1], z[2], z[3]);
    render::RectF area{z[0] * 1920, z[1] * 1080, z[2] * 1920, z[3] * 1080};
    runFor(zone, 30, area);
    EXPECT_EQ(zone.faultCount(), 0u) << zone.lastError();
    EXPECT_FALSE(zone.shownFrame().empty());
    EXPECT_LT(zone.luaMemory(), 1u << 20) << "a bundled plugin stays small";
}

INSTANTIATE_TEST_SUITE_P(Plugins, EachBundled, ::testing::Values("clock", "ticker", "hotline", "scamnews"));

TEST_F(Bundled, ClockShowsVietnameseTimeAndRedrawsOnlyWhenItChanges) {
    auto& p = openItem(bundled("clock"), {{"city", "Mỹ Tho"}});
    canvas.reset();
    frame(p);
    auto texts = textsDrawn();
    EXPECT_TRUE(has(texts, "07:30")) << texts.size();
    EXPECT_TRUE(has(texts, "Thứ Hai, 23/11/2026"));
    EXPECT_TRUE(has(texts, "Mỹ Tho"));
    // The stage redraws at 60 Hz for three minutes: the clock's Lua runs about once a minute.
    int before = text.renders;
    runFor(p, 190); // 182.4 s of clock time: 07:33:02
    EXPECT_LE(text.renders - before, 6) << "new text only when the minute changes";
    canvas.reset();
    frame(p);
    EXPECT_TRUE(has(textsDrawn(), "07:33"));
    EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
}

TEST_F(Bundled, ClockZoneIsOneLine) {
    auto& z = openZone(bundled("clock"), 0.7f, 0.02f, 0.28f, 0.08f);
    canvas.reset();
    frame(z, 16, render::RectF{1344, 21.6f, 537.6f, 86.4f});
    auto texts = textsDrawn();
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_TRUE(texts[0] == "07:30  ·  Thứ Hai, 23/11/2026" || texts[0] == "07:30") << texts[0];
}

TEST_F(Bundled, TickerScrollsSmoothlyEvenWithIrregularFrames) {
    auto& p = openZone(bundled("ticker"), 0, 0.9f, 1, 0.1f, {{"speed", "120"}});
    render::RectF area{0, 972, 1920, 108};
    frame(p, 16, area);
    auto firstX = [&] {
        // The first warning (its text never changes) is drawn at x = area.x + 1920 - offset.
        for (const auto& c : p.shownFrame().commands()) {
            auto* t = dynamic_cast<const FakeTextPicture*>(c.picture.get());
            if (t && t->text.rfind("Không chuyển tiền", 0) == 0) return c.rect.x;
        }
        return -1e9f;
    };
    float x0 = firstX();
    std::int64_t steps[] = {16, 17, 16, 33, 16, 50, 16, 17};
    std::int64_t total = 0;
    for (auto ms : steps) {
        frame(p, ms, area);
        total += ms;
        EXPECT_NEAR(firstX(), x0 - 120.0f * static_cast<float>(total) / 1000.0f, 0.01f) << "position follows the clock";
    }
    int renders = text.renders;
    runFor(p, 5, area);
    EXPECT_EQ(text.renders, renders) << "warnings are rendered once, then only moved";
    EXPECT_EQ(*p.nextChange(clock.steadyNow()) - clock.steadyNow(), 16);
}

TEST_F(Bundled, TickerReadsCsvAndTomlToo) {
    fs::copy(bundled("ticker"), tmp.path() / "ticker", fs::copy_options::recursive);
    tmp.write("ticker/w.csv", "text,source\nCảnh báo từ CSV,UBND\n");
    tmp.write("ticker/w.toml", "[[warnings]]\ntext = \"Cảnh báo từ TOML\"\n");
    for (auto [file, expect] : {std::pair{"w.csv", "Cảnh báo từ CSV"}, std::pair{"w.toml", "Cảnh báo từ TOML"}}) {
        auto& p = openZone(tmp.path() / "ticker", 0, 0.9f, 1, 0.1f, {{"file", file}, {"label", ""}});
        canvas.reset();
        for (int i = 0; i < 60; ++i) frame(p, 16, render::RectF{0, 972, 1920, 108});
        EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
        EXPECT_TRUE(has(textsDrawn(), expect)) << file;
    }
}

// A ward office's long warnings.txt (issue 18): the ticker's gmatch line splitter is
// linear, and the pattern cap must not take it for a backtracking search.
TEST_F(Bundled, TickerReadsALongWarningsFile) {
    fs::copy(bundled("ticker"), tmp.path() / "ticker", fs::copy_options::recursive);
    std::string longText = "# một tệp dài\n";
    for (int i = 1; i <= 800; ++i)
        longText += "  Cảnh báo số " + std::to_string(i) + ": không chuyển tiền cho người lạ.\r\n";
    ASSERT_GT(longText.size(), 50000u);
    tmp.write("ticker/long.txt", longText);
    auto& p = openZone(tmp.path() / "ticker", 0, 0.9f, 1, 0.1f, {{"file", "long.txt"}, {"label", ""}});
    canvas.reset();
    for (int i = 0; i < 30; ++i) frame(p, 16, render::RectF{0, 972, 1920, 108});
    EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
    EXPECT_TRUE(has(textsDrawn(), "Cảnh báo số 1: không chuyển tiền cho người lạ.")) << "trimmed, comment skipped";
}

TEST_F(Bundled, TickerCountsEachWarningShown) {
    auto& p = openZone(bundled("ticker"), 0, 0.9f, 1, 0.1f);
    runFor(p, 20, render::RectF{0, 972, 1920, 108});
    auto r = reported();
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r[0], "ticker:1");
}

TEST_F(Bundled, HotlineListsTheCsv) {
    auto& p = openItem(bundled("hotline"));
    canvas.reset();
    frame(p);
    auto texts = textsDrawn();
    EXPECT_TRUE(has(texts, "Số điện thoại cần nhớ"));
    EXPECT_TRUE(has(texts, "Cảnh sát 113"));
    EXPECT_TRUE(has(texts, "113"));
}

TEST_F(Bundled, HotlineZoneRotates) {
    auto& z = openZone(bundled("hotline"), 0, 0, 0.35f, 0.12f, {{"rotate", "2"}});
    render::RectF area{0, 0, 672, 129.6f};
    frame(z, 16, area);
    canvas.reset();
    frame(z, 16, area);
    EXPECT_TRUE(has(textsDrawn(), "Công an phường (trực ban)"));
    runFor(z, 3, area);
    canvas.reset();
    frame(z, 16, area);
    EXPECT_TRUE(has(textsDrawn(), "Cảnh sát 113"));
}

TEST_F(Bundled, ScamnewsRotatesStoriesAndCountsThemAsPlays) {
    auto& p = openItem(bundled("scamnews"), {{"interval", "5"}});
    runFor(p, 16);
    EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
    EXPECT_EQ(reported(), (std::vector<std::string>{"scamnews:2026-11-gia-danh-cong-an", "scamnews:2026-11-viec-nhe-luong-cao",
                                                     "scamnews:2026-10-link-la", "scamnews:2026-11-gia-danh-cong-an"}));
    auto content = std::find_if(facts.begin(), facts.end(), [](auto& f) { return f.kind == scripting::PlayFact::Kind::Content; });
    EXPECT_EQ(content->duration.count(), 5000);
}

TEST_F(Bundled, ScamnewsReadsJson) {
    fs::copy(bundled("scamnews"), tmp.path() / "scamnews", fs::copy_options::recursive);
    fs::remove(tmp.path() / "scamnews" / "news.toml");
    tmp.write("scamnews/news.json", R"({"stories": [{"id": "j1", "title": "Lừa đảo qua JSON", "date": "01/12/2026"}]})");
    auto& p = openItem(tmp.path() / "scamnews");
    canvas.reset();
    frame(p);
    EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
    EXPECT_TRUE(has(textsDrawn(), "Lừa đảo qua JSON"));
}

} // namespace
} // namespace signage::test
