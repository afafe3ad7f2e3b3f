// SPDX-License-Identifier: GPL-3.0-or-later
// What "Đọc to" sends to espeak-ng: hotlines and account numbers digit by digit, OTP
// letter by letter, amounts, times and dates left for espeak-ng to read as numbers.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "audio/NullAudioOutput.h"
#include "speech/Speaker.h"
#include "speech/SpokenText.h"

using namespace signage;
using speech::spokenText;

TEST(SpokenText, HotlinesAndAccountNumbersDigitByDigit) {
    EXPECT_EQ(spokenText("Gọi ngay 113 để trình báo."), "Gọi ngay một một ba để trình báo.");
    EXPECT_EQ(spokenText("Hotline 1900 545 413"), "Hotline một chín không không năm bốn năm bốn một ba");
    EXPECT_EQ(spokenText("Công an phường (0225 3823 456)"),
              "Công an phường (không hai hai năm ba tám hai ba bốn năm sáu)");
    EXPECT_EQ(spokenText("STK 0071.0001.23456"),
              "số tài khoản không không bảy một không không không một hai ba bốn năm sáu");
    EXPECT_EQ(spokenText("số 090-123-4567"), "số không chín không một hai ba bốn năm sáu bảy");
}

TEST(SpokenText, OtpIsSpelledAsLetters) {
    EXPECT_EQ(spokenText("không đọc mã OTP cho bất kỳ ai"), "không đọc mã ô tê pê cho bất kỳ ai");
    EXPECT_EQ(spokenText("OTP, CCCD."), "ô tê pê, xê xê xê đê.");
    EXPECT_EQ(spokenText("OTPs"), "OTPs"); // only whole words
}

TEST(SpokenText, AmountsTimesDatesAndShortNumbersStayNumbers) {
    for (const char* t : {"5.000.000đ", "300.000 VND", "10 triệu đồng", "lúc 10:25", "ngày 12/08/2025",
                          "6 đến 19 chữ số", "10 chữ số", "24h"})
        EXPECT_EQ(spokenText(t), t) << t;
}

TEST(SpokenText, SpeakerSendsTheSpelledTextToEspeak) {
    // A stand-in for espeak-ng that keeps what it is given on stdin.
    auto dir = std::filesystem::temp_directory_path() / ("spoken-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto capture = dir / "stdin.txt";
    auto fake = dir / "fake-espeak";
    {
        std::ofstream f(fake);
        f << "#!/bin/sh\ncat > '" << capture.string() << ".part' && mv '" << capture.string() << ".part' '"
          << capture.string() << "'\n";
    }
    std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
    core::RealClock clock;
    audio::NullAudioOutput output{clock};
    {
        speech::Speaker speaker(output, clock, {fake.string(), "vi", 140});
        std::string error;
        ASSERT_TRUE(speaker.speak("Gọi ngay 113. Không đọc mã OTP.", &error)) << error;
        for (int i = 0; i < 100 && !std::filesystem::exists(capture); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::ifstream in(capture);
    std::stringstream got;
    got << in.rdbuf();
    EXPECT_EQ(got.str(), "Gọi ngay một một ba. Không đọc mã ô tê pê.\n");
    std::filesystem::remove_all(dir);
}
