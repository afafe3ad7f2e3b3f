// SPDX-License-Identifier: GPL-3.0-or-later
// espeak-ng into the player's (null) sound output: real speech, stopped and replaced fast.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "audio/NullAudioOutput.h"
#include "speech/Speaker.h"

using namespace signage;
using namespace std::chrono_literals;

namespace {

class SpeakerTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string why;
        if (!speech::Speaker::available({}, &why)) GTEST_SKIP() << "no espeak-ng with a Vietnamese voice: " << why;
        output.setTap([this](core::SteadyMs, const float* s, std::size_t frames) {
            for (std::size_t i = 0; i < frames * 2; ++i)
                if (std::fabs(s[i]) > 0.01f) {
                    ++loud;
                    break;
                }
            heardFrames += frames;
        });
    }
    bool waitUntil(const std::function<bool()>& cond, std::chrono::milliseconds limit) {
        auto end = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < end) {
            if (cond()) return true;
            std::this_thread::sleep_for(20ms);
        }
        return cond();
    }
    core::RealClock clock;
    audio::NullAudioOutput output{clock};
    std::atomic<long> loud{0}, heardFrames{0};
};

TEST_F(SpeakerTest, ReadsVietnameseAloudIntoTheOutput) {
    speech::Speaker speaker(output, clock);
    std::string error;
    auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(speaker.speak("Có dấu hiệu lừa đảo. Không chuyển tiền. Hãy gọi 113.", &error)) << error;
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 50ms) << "speak() never waits";
    EXPECT_TRUE(speaker.speaking());
    ASSERT_TRUE(waitUntil([&] { return !speaker.speaking(); }, 15s));
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_GT(seconds, 1.0) << "a sentence takes a moment to say";
    EXPECT_GT(loud.load(), 10) << "the output heard speech, not silence";
    ASSERT_TRUE(speaker.lastStartLatencyMs());
    EXPECT_LT(*speaker.lastStartLatencyMs(), 2000);
    std::printf("speak() to first samples: %.0f ms, spoken in %.1f s\n", *speaker.lastStartLatencyMs(), seconds);
}

TEST_F(SpeakerTest, StopAndReplaceAreImmediate) {
    speech::Speaker speaker(output, clock);
    std::string error;
    const std::string longText = "Không thực hiện theo yêu cầu của người lạ qua điện thoại. Không tham lam. Không kết bạn với người lạ. "
                                 "Không chuyển khoản khi chưa xác minh. Không đầu tư vào sàn không phép.";
    ASSERT_TRUE(speaker.speak(longText, &error));
    ASSERT_TRUE(waitUntil([&] { return loud.load() > 0; }, 5s));
    auto t0 = std::chrono::steady_clock::now();
    speaker.stop();
    EXPECT_FALSE(speaker.speaking());
    long at = heardFrames.load();
    std::this_thread::sleep_for(300ms);
    long loudAfter = loud.load();
    std::this_thread::sleep_for(500ms);
    EXPECT_EQ(loud.load(), loudAfter) << "silence after stop()";
    (void)at;
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);

    ASSERT_TRUE(speaker.speak(longText, &error));
    ASSERT_TRUE(speaker.speak("Gọi 113.", &error)) << "a second speak replaces the first";
    ASSERT_TRUE(waitUntil([&] { return !speaker.speaking(); }, 10s));
}

TEST_F(SpeakerTest, DestructorDuringSynthesisReturnsPromptly) {
    auto speaker = std::make_unique<speech::Speaker>(output, clock);
    std::string error;
    ASSERT_TRUE(speaker->speak(std::string(20, 'a') + " Không chuyển khoản cho người lạ.", &error));
    std::this_thread::sleep_for(50ms);
    auto t0 = std::chrono::steady_clock::now();
    speaker.reset();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 1s);
}

} // namespace

TEST(SpeakerMissing, AMissingProgramIsAClearErrorNotACrash) {
    core::RealClock clock;
    audio::NullAudioOutput output{clock};
    speech::Speaker::Options o;
    o.program = "no-such-espeak-program";
    std::string why;
    EXPECT_FALSE(speech::Speaker::available(o, &why));
    speech::Speaker speaker(output, clock, o);
    std::string error;
    speaker.speak("Xin chào", &error); // the first one finds out
    for (int i = 0; i < 100 && speaker.speaking(); ++i) std::this_thread::sleep_for(20ms);
    EXPECT_FALSE(speaker.speaking());
    EXPECT_FALSE(speaker.speak("Xin chào", &error));
    EXPECT_NE(error.find("no-such-espeak-program"), std::string::npos) << error;
}
