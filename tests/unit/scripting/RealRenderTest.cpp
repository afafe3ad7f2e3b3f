// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled plugins drawn for real: the software SDL renderer, the slides' text engine
// (LayoutTextRenderer on render/TextLayout) and Vietnamese fonts. Checks that text reaches
// the pixels, that measure() agrees with the rendered picture, and that the ticker moves.
// With SIGNAGE_PLUGIN_SCREENSHOTS=DIR it also saves a screenshot of each plugin as an
// item and as an overlay (docs/screenshots/plugins/ was made that way).
#include <cstdlib>

#include "PluginFixture.h"
#include "render/PngWriter.h"
#include "scripting/LayoutTextRenderer.h"
#include "unit/render/RenderTestSupport.h"

namespace signage::test {
namespace {

using render::testing::SoftwareTarget;

fs::path bundled(const std::string& name) { return fs::path(SIGNAGE_SOURCE_DIR) / "plugins" / name; }

class RealRender : public PluginFixture {
protected:
    void SetUp() override {
        PluginFixture::SetUp();
        layout = render::testing::textOrSkip();
        if (!layout) GTEST_SKIP() << "no Vietnamese-capable font installed";
        renderer = std::make_unique<scripting::LayoutTextRenderer>(layout);
        host->setTextRenderer(renderer.get());
    }
    void TearDown() override {
        PluginFixture::TearDown();
    }
    void save(SoftwareTarget& t, const std::string& name) {
        const char* dir = std::getenv("SIGNAGE_PLUGIN_SCREENSHOTS");
        if (!dir) return;
        std::string err;
        EXPECT_TRUE(render::writePng(fs::path(dir) / (name + ".png"), t.pixels(), kSize, &err, {true})) << err;
    }
    static constexpr render::Size kSize{1280, 720};
    std::shared_ptr<render::TextLayout> layout;
    std::unique_ptr<scripting::LayoutTextRenderer> renderer;
};

TEST_F(RealRender, MeasureMatchesTheRenderedPicture) {
    SoftwareTarget t(kSize);
    for (const auto& style : {scripting::TextStyle{40}, scripting::TextStyle{24, {255, 200, 46, 255}, true, 300, scripting::TextStyle::Align::Center}}) {
        std::string s = "Không chuyển khoản cho người lạ, kể cả người tự xưng là công an";
        auto size = renderer->measure(s, style);
        std::string err;
        auto pic = renderer->renderToPicture(*t.canvas, s, style, &err);
        ASSERT_TRUE(pic) << err;
        EXPECT_EQ(pic->size().w, size.w);
        EXPECT_EQ(pic->size().h, size.h);
    }
}

class RealRenderEach : public RealRender, public ::testing::WithParamInterface<const char*> {};

TEST_P(RealRenderEach, ItemAndOverlayPutTextOnScreen) {
    std::string name = GetParam();
    {
        SoftwareTarget t(kSize);
        auto& p = openItemOn(*t.canvas, bundled(name));
        t.canvas->clear({0, 0, 0, 255});
        clock.advance(8000);
        p.draw(*t.canvas, {0, 0, float(kSize.w), float(kSize.h)}, 1, clock.steadyNow());
        EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
        auto px = t.pixels();
        EXPECT_GT(render::testing::countDifferent(px, {0x0b, 0x2e, 0x59, 255}), 2000) << name << ": text and shapes on the background";
        save(t, name + "-item");
        p.stop();
    }
    {
        SoftwareTarget t(kSize);
        const auto* m = presenters.back()->manifest();
        ASSERT_TRUE(m && m->defaultZone);
        auto z = *m->defaultZone;
        render::RectF area{z[0] * kSize.w, z[1] * kSize.h, z[2] * kSize.w, z[3] * kSize.h};
        content::Zone zone;
        zone.id = "overlay";
        zone.x = z[0], zone.y = z[1], zone.w = z[2], zone.h = z[3];
        presenters.push_back(host->createZone(bundled(name), zone));
        auto& p = *presenters.back();
        std::string err;
        ASSERT_TRUE(p.open(*t.canvas, err)) << err;
        p.start(clock.steadyNow());
        clock.advance(8000);
        p.draw(*t.canvas, area, 1, clock.steadyNow());
        clock.advance(1000); // fades that began at this moment are done
        t.canvas->clear({0x20, 0x20, 0x20, 255}); // stands for the item under the overlay
        p.draw(*t.canvas, area, 1, clock.steadyNow());
        EXPECT_EQ(p.faultCount(), 0u) << p.lastError();
        auto px = t.pixels();
        long changed = render::testing::countDifferent(px, {0x20, 0x20, 0x20, 255});
        EXPECT_GT(changed, 500) << name;
        EXPECT_LE(changed, static_cast<long>(area.w * area.h) + 4) << name << " drew outside its zone";
        save(t, name + "-zone");
    }
}

INSTANTIATE_TEST_SUITE_P(Plugins, RealRenderEach, ::testing::Values("clock", "ticker", "hotline", "scamnews"));

TEST_F(RealRender, TickerPixelsMoveWithTheClock) {
    SoftwareTarget t(kSize);
    content::Zone zone;
    zone.id = "ticker";
    zone.y = 0.9f, zone.h = 0.1f;
    presenters.push_back(host->createZone(bundled("ticker"), zone));
    auto& p = *presenters.back();
    std::string err;
    ASSERT_TRUE(p.open(*t.canvas, err)) << err;
    p.start(clock.steadyNow());
    render::RectF area{0, 648, 1280, 72};
    auto shot = [&] {
        t.canvas->clear({0, 0, 0, 255});
        p.draw(*t.canvas, area, 1, clock.steadyNow());
        return t.pixels();
    };
    clock.advance(3000);
    auto a = shot();
    clock.advance(500); // 60 px at 120 px/s
    auto b = shot();
    // Row through the middle of the band: b shifted right by 60 px equals a.
    int y = 684, same = 0, total = 0;
    for (int x = 400; x < 1200; ++x) {
        auto pa = render::testing::pixelAt(a, kSize, x, y);
        auto pb = render::testing::pixelAt(b, kSize, x - 60, y);
        ++total;
        same += std::abs(pa.r - pb.r) + std::abs(pa.g - pb.g) + std::abs(pa.b - pb.b) < 40;
    }
    EXPECT_GT(same, total * 95 / 100) << "the band moved by exactly speed * time";
}

} // namespace
} // namespace signage::test
