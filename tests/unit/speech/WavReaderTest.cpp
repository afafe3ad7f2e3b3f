// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "speech/WavReader.h"

using signage::speech::WavReader;

namespace {
void put32(std::vector<std::uint8_t>& b, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void put16(std::vector<std::uint8_t>& b, std::uint16_t v) {
    b.push_back(static_cast<std::uint8_t>(v));
    b.push_back(static_cast<std::uint8_t>(v >> 8));
}
// A streaming header as espeak-ng writes it (placeholder sizes), then `samples`.
std::vector<std::uint8_t> wav(const std::vector<std::int16_t>& samples, std::uint32_t placeholder = 0x7fffffff) {
    std::vector<std::uint8_t> b{'R', 'I', 'F', 'F'};
    put32(b, placeholder);
    b.insert(b.end(), {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
    put32(b, 16);
    put16(b, 1);
    put16(b, 1);
    put32(b, 22050);
    put32(b, 44100);
    put16(b, 2);
    put16(b, 16);
    b.insert(b.end(), {'d', 'a', 't', 'a'});
    put32(b, placeholder);
    for (auto s : samples) put16(b, static_cast<std::uint16_t>(s));
    return b;
}
} // namespace

TEST(WavReader, ReadsAStreamFedByteByByte) {
    auto bytes = wav({0, 16384, -32768, 32767});
    WavReader r;
    std::vector<float> out;
    std::string error;
    for (auto byte : bytes) ASSERT_TRUE(r.feed(&byte, 1, out, &error)) << error;
    ASSERT_TRUE(r.format());
    EXPECT_EQ(r.format()->sampleRate, 22050);
    EXPECT_EQ(r.format()->channels, 1);
    ASSERT_EQ(out.size(), 4u);
    EXPECT_FLOAT_EQ(out[1], 0.5f);
    EXPECT_FLOAT_EQ(out[2], -1.0f);
}

TEST(WavReader, ZeroSizeFieldsStillStream) {
    auto bytes = wav({100, 200}, 0);
    WavReader r;
    std::vector<float> out;
    std::string error;
    ASSERT_TRUE(r.feed(bytes.data(), bytes.size(), out, &error)) << error;
    EXPECT_EQ(out.size(), 2u);
}

TEST(WavReader, RefusesWhatIsNotPcm16) {
    WavReader r;
    std::vector<float> out;
    std::string error;
    std::string junk = "this is not a wav stream at all";
    EXPECT_FALSE(r.feed(reinterpret_cast<const std::uint8_t*>(junk.data()), junk.size(), out, &error));
    auto bytes = wav({1});
    bytes[34] = 8; // 8-bit samples
    WavReader r2;
    EXPECT_FALSE(r2.feed(bytes.data(), bytes.size(), out, &error));
    EXPECT_NE(error.find("16-bit"), std::string::npos);
}
