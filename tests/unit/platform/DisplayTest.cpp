// SPDX-License-Identifier: GPL-3.0-or-later
// The render-driver choice of platform::Display (the pure part; opening a display needs SDL).
#include <gtest/gtest.h>

#include "platform/Display.h"

namespace signage::platform {
namespace {

TEST(ChooseRenderDriver, OpenGlEs2OnKmsdrm) {
    EXPECT_EQ(chooseRenderDriver("KMSDRM", nullptr), "opengles2"); // SDL's own spelling
    EXPECT_EQ(chooseRenderDriver("kmsdrm", nullptr), "opengles2");
    EXPECT_EQ(chooseRenderDriver("kmsdrm", ""), "opengles2"); // set but empty: not a choice
}

TEST(ChooseRenderDriver, UserChoiceStands) {
    EXPECT_EQ(chooseRenderDriver("KMSDRM", "opengl"), "");
    EXPECT_EQ(chooseRenderDriver("KMSDRM", "opengles2"), "");
    EXPECT_EQ(chooseRenderDriver("KMSDRM", "software"), "");
}

TEST(ChooseRenderDriver, OtherVideoDriversLeftToSdl) {
    for (const char* driver : {"x11", "wayland", "offscreen", "dummy", "kmsdrm_legacy", "", "?"})
        EXPECT_EQ(chooseRenderDriver(driver, nullptr), "") << driver;
}

} // namespace
} // namespace signage::platform
