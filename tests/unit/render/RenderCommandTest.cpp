// SPDX-License-Identifier: GPL-3.0-or-later
// `signage render` through the real binary: exit codes and the PNG it writes.
#include <gtest/gtest.h>

#include "render/PngWriter.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using signage::test::runSignage;
using signage::test::TempDir;

namespace {

const char* kSlide = R"(title = "Không chuyển khoản"
paragraph = "Khi có người lạ tự xưng là cán bộ cơ quan nhà nước, tổ chức xã hội... yêu cầu cung cấp thông tin cá nhân hoặc chuyển khoản."
footer = "Gọi 113"
rule = "khong_chuyen_khoan"
)";

signage::render::Size pngSize(const std::filesystem::path& p) {
    std::vector<std::uint8_t> rgba;
    signage::render::Size s;
    std::string error;
    EXPECT_TRUE(signage::render::readPng(p, rgba, s, &error)) << error;
    return s;
}

} // namespace

TEST(RenderCommand, RendersASlideAtTheRequestedSize) {
    TempDir dir;
    auto slide = dir.write("slides/rule.toml", kSlide);
    auto out = dir.path() / "out/rule.png";
    auto r = runSignage({"render", slide.string(), "--out", out.string(), "--size", "1080x1920"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::uint8_t> rgba;
    signage::render::Size s;
    std::string error;
    ASSERT_TRUE(signage::render::readPng(out, rgba, s, &error)) << error;
    EXPECT_EQ(s.w, 1080);
    EXPECT_EQ(s.h, 1920);
    // Not blank: a good share of pixels differ from the slide's background.
    signage::content::Color bg = signage::content::Theme{}.background;
    long text = 0;
    for (size_t i = 0; i + 3 < rgba.size(); i += 4)
        if (std::abs(rgba[i] - bg.r) + std::abs(rgba[i + 1] - bg.g) + std::abs(rgba[i + 2] - bg.b) > 24) ++text;
    EXPECT_GT(text, 1080L * 1920 / 20);
}

TEST(RenderCommand, RendersAnImageAndTheDemoSlides) {
    TempDir dir;
    auto demo = std::filesystem::path(SIGNAGE_SOURCE_DIR) / "playlists/demo";
    auto r = runSignage({"render", (demo / "media/poster-5k2p.svg").string(), "--out", (dir.path() / "p.png").string(),
                         "--size", "640x360"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(pngSize(dir.path() / "p.png").w, 640);
    r = runSignage({"render", (demo / "slides/intro.toml").string(), "--out", (dir.path() / "i.png").string(), "--size",
                    "640x360"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(RenderCommand, BadInputExitsOne) {
    TempDir dir;
    auto out = (dir.path() / "x.png").string();
    auto broken = dir.write("media/broken.png", "\x89PNG\r\n\x1a\nbroken");
    auto r = runSignage({"render", broken.string(), "--out", out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("broken.png"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));

    r = runSignage({"render", (dir.path() / "missing.toml").string(), "--out", out});
    EXPECT_EQ(r.exitCode, 1);

    auto bad = dir.write("slides/bad.toml", "title = \"ok\"\nbullets = [\n");
    r = runSignage({"render", bad.string(), "--out", out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("bad.toml:"), std::string::npos) << r.err;
}

TEST(RenderCommand, UsageErrorsExitTwo) {
    TempDir dir;
    auto slide = dir.write("slides/rule.toml", kSlide);
    EXPECT_EQ(runSignage({"render", slide.string()}).exitCode, 2); // no --out
    auto r = runSignage({"render", slide.string(), "--out", (dir.path() / "x.png").string(), "--size", "big"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--size"), std::string::npos) << r.err;
}

TEST(RenderCommand, AnUnwritableOutputIsARuntimeFailure) {
    TempDir dir;
    auto slide = dir.write("slides/rule.toml", kSlide);
    auto blocker = dir.write("file", "x"); // a file where a folder should be
    auto r = runSignage({"render", slide.string(), "--out", (blocker / "x.png").string(), "--size", "320x180"});
    EXPECT_EQ(r.exitCode, 3) << r.err;
}
