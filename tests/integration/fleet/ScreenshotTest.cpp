// SPDX-License-Identifier: GPL-3.0-or-later
// A small screenshot on request: the office asks, the box's render loop is woken and
// hands over a frame, the agent scales it to at most 320 px and sends a JPEG under its own
// topic, and the office keeps the latest per box (OFFICE_DIR/screenshots/BOX.jpg).
#include <gtest/gtest.h>

#include <atomic>

#include "fleet/Screenshot.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "unit/bundle/BundleFixtures.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
// Width and height from a JPEG's SOF marker (0, 0 when there is none).
std::pair<int, int> jpegSize(const std::string& j) {
    for (size_t i = 2; i + 9 < j.size();) {
        if (static_cast<unsigned char>(j[i]) != 0xFF) return {0, 0};
        unsigned char m = static_cast<unsigned char>(j[i + 1]);
        size_t len = (static_cast<unsigned char>(j[i + 2]) << 8) | static_cast<unsigned char>(j[i + 3]);
        if (m >= 0xC0 && m <= 0xC2) {
            int h = (static_cast<unsigned char>(j[i + 5]) << 8) | static_cast<unsigned char>(j[i + 6]);
            int w = (static_cast<unsigned char>(j[i + 7]) << 8) | static_cast<unsigned char>(j[i + 8]);
            return {w, h};
        }
        i += 2 + len;
    }
    return {0, 0};
}

std::vector<std::uint8_t> frame(int w, int h) {
    std::vector<std::uint8_t> rgba(static_cast<size_t>(w) * h * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            auto* p = &rgba[(static_cast<size_t>(y) * w + x) * 4];
            p[0] = static_cast<std::uint8_t>(x * 255 / w);
            p[1] = static_cast<std::uint8_t>(y * 255 / h);
            p[2] = 128;
            p[3] = 255;
        }
    return rgba;
}
} // namespace

TEST(Screenshot, EncodesSmallJpeg) {
    std::string j = fleet::encodeSmallJpeg(frame(1920, 1080), 1920, 1080, 320);
    ASSERT_GT(j.size(), 100u);
    EXPECT_EQ(static_cast<unsigned char>(j[0]), 0xFF);
    EXPECT_EQ(static_cast<unsigned char>(j[1]), 0xD8);
    EXPECT_EQ(jpegSize(j), std::make_pair(320, 180));
    EXPECT_LT(j.size(), 30'000u);
    EXPECT_TRUE(fleet::encodeSmallJpeg({}, 10, 10).empty()) << "a short buffer is refused, not read past";
}

TEST(Screenshot, OnRequestTheOfficeStoresTheLatestPerBox) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    std::atomic<int> woken{0};
    box.agent->setWake([&] { ++woken; });
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    // The box subscribes before it publishes its status on that connection: once the office
    // has the status, the broker has the box's subscription and the request cannot be lost.
    ASSERT_TRUE(waitFor([&] { return o.office->stats().statusMessages >= 1; }));
    EXPECT_FALSE(o.office->latestScreenshot("box-cho-01").has_value());
    EXPECT_FALSE(box.agent->screenshotWanted());

    ASSERT_TRUE(o.office->requestScreenshot("box-cho-01", 320));
    ASSERT_TRUE(waitFor([&] { return box.agent->screenshotWanted(); })) << "the request did not reach the box";
    EXPECT_GE(woken.load(), 1) << "the render loop is woken, not left to its next frame";
    box.agent->screenshot(frame(1280, 720), 1280, 720); // what the render loop does
    EXPECT_FALSE(box.agent->screenshotWanted());
    ASSERT_TRUE(waitFor([&] { return o.office->latestScreenshot("box-cho-01").has_value(); }));
    auto shot = *o.office->latestScreenshot("box-cho-01");
    EXPECT_EQ(shot.file, o.dir.screenshots() / "box-cho-01.jpg");
    std::string bytes = test::readFile(shot.file);
    EXPECT_EQ(bytes.size(), shot.bytes);
    EXPECT_EQ(jpegSize(bytes), std::make_pair(320, 180));
    EXPECT_EQ(box.agent->stats().screenshotsSent, 1u);
    EXPECT_EQ(o.office->stats().screenshots, 1u);

    // A frame handed over without a request is not sent.
    box.agent->screenshot(frame(64, 64), 64, 64);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(box.agent->stats().screenshotsSent, 1u);
    EXPECT_FALSE(o.office->requestScreenshot("../etc", 320)) << "box names are topic levels and file names";
}
