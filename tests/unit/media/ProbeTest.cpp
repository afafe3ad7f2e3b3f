// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>

#include "TestMedia.h"
#include "core/Lang.h"
#include "media/MediaInfo.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::test;
using media::MediaUse;
using media::probeMedia;

namespace {

class ProbeTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::En); }
    TempDir tmp;
};

std::string probeError(const std::filesystem::path& file, MediaUse use = MediaUse::Video) {
    std::string error;
    auto info = probeMedia(file, error, use);
    EXPECT_FALSE(info.has_value()) << file;
    return error;
}

// Replaces every occurrence of `from` with `to` (same length) in a copy of the file.
void patchCopy(const std::filesystem::path& in, const std::filesystem::path& out, const std::string& from,
               const std::string& to) {
    std::ifstream f(in, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    for (size_t pos = data.find(from); pos != std::string::npos; pos = data.find(from, pos + 1)) {
        data.replace(pos, from.size(), to);
    }
    std::ofstream(out, std::ios::binary) << data;
}

} // namespace

TEST_F(ProbeTest, DescribesAGoodFile) {
    std::string error;
    auto info = probeMedia(countedClip(), error, MediaUse::Video);
    ASSERT_TRUE(info) << error;
    EXPECT_EQ(info->duration, core::Millis(3000));
    ASSERT_NE(info->video(), nullptr);
    EXPECT_EQ(info->video()->codec, "h264");
    EXPECT_EQ(info->video()->width, 320);
    EXPECT_EQ(info->video()->height, 240);
    EXPECT_DOUBLE_EQ(info->video()->fps, 30.0);
    ASSERT_NE(info->audio(), nullptr);
    EXPECT_EQ(info->audio()->codec, "aac");
    EXPECT_EQ(info->audio()->sampleRate, 48000);
    EXPECT_EQ(info->audio()->channels, 2);
    EXPECT_TRUE(info->warnings.empty());
    EXPECT_NE(media::describe(*info).find("h264 320x240 30 fps"), std::string::npos) << media::describe(*info);
}

TEST_F(ProbeTest, MissingEmptyAndNotMedia) {
    EXPECT_NE(probeError(tmp.path() / "nope.mp4").find("file not found"), std::string::npos);
    EXPECT_NE(probeError(tmp.write("zero.mp4", "")).find("empty file (0 bytes)"), std::string::npos);
    EXPECT_NE(probeError(tmp.path()).find("folder"), std::string::npos);
    const std::string e = probeError(tmp.write("junk.mp4", std::string(5000, 'x')));
    EXPECT_NE(e.find("not a media file"), std::string::npos) << e;
    EXPECT_EQ(e.rfind(tmp.path().string(), 0), 0u) << "starts with the path: " << e;
}

TEST_F(ProbeTest, TruncatedFiles) {
    // moov written last (no faststart): the header itself is missing.
    const auto noFaststart = makeMedia("counted1s-nofs.mp4", countingVideoInput(1) + " -c:v libx264 -preset ultrafast");
    const auto cut1 = tmp.path() / "cut1.mp4";
    truncateCopy(noFaststart, cut1, 0.6);
    EXPECT_NE(probeError(cut1).find("damaged"), std::string::npos);
    // moov first: the index points past the end of the file.
    const auto cut2 = tmp.path() / "cut2.mp4";
    truncateCopy(countedClip(), cut2, 0.7);
    EXPECT_NE(probeError(cut2).find("cut short"), std::string::npos) << probeError(cut2);
}

TEST_F(ProbeTest, WrongExtensionPlaysByContentWithAWarning) {
    const auto mkv = makeMedia("counted1s.mkv", countingVideoInput(1) + " -c:v libx264 -preset ultrafast");
    const auto renamed = tmp.path() / "really-mkv.mp4";
    std::filesystem::copy_file(mkv, renamed);
    std::string error;
    auto info = probeMedia(renamed, error, MediaUse::Video);
    ASSERT_TRUE(info) << error;
    ASSERT_EQ(info->warnings.size(), 1u);
    EXPECT_NE(info->warnings[0].find("extension does not match"), std::string::npos);

    // A picture named like a video is refused for a video item.
    const auto png = makeMedia("still.png", "-f lavfi -i testsrc2=size=64x48:rate=1 -frames:v 1");
    const auto fakeVideo = tmp.path() / "still.mp4";
    std::filesystem::copy_file(png, fakeVideo);
    EXPECT_NE(probeError(fakeVideo).find("still image"), std::string::npos) << probeError(fakeVideo);
}

TEST_F(ProbeTest, UnsupportedCodec) {
    const auto avi = makeMedia("mpeg4.avi", countingVideoInput(0.2) + " -c:v mpeg4 -vtag FMP4");
    const auto patched = tmp.path() / "unknown.avi";
    patchCopy(avi, patched, "FMP4", "QQZZ");
    const std::string e = probeError(patched);
    EXPECT_NE(e.find("unsupported video codec"), std::string::npos) << e;
    EXPECT_NE(e.find("QQZZ"), std::string::npos) << e;
}

TEST_F(ProbeTest, PicturesLargerThan8KAreRefused) {
    const auto huge = makeMedia("huge.mkv", "-f lavfi -i color=c=gray:s=8200x16:r=1:d=1 -c:v ffv1");
    const std::string e = probeError(huge);
    EXPECT_NE(e.find("picture too large: 8200x16"), std::string::npos) << e;
    // A portrait 8K screen is fine by area and side.
    EXPECT_LE(4320LL * 7680LL, media::kMaxPixels);
}

TEST_F(ProbeTest, WhatEachItemTypeNeeds) {
    const auto m4a = makeMedia("sine1s.m4a", sineAudioInput(1) + " -c:a aac");
    EXPECT_NE(probeError(m4a, MediaUse::Video).find("audio-only file in a video item"), std::string::npos);
    std::string error;
    EXPECT_TRUE(probeMedia(m4a, error, MediaUse::Audio)) << error;
    EXPECT_NE(probeError(countedVideoOnly(), MediaUse::Audio).find("no audio stream"), std::string::npos);
    // An audio item ignores the pictures of a video file.
    auto info = probeMedia(countedClip(), error, MediaUse::Audio);
    ASSERT_TRUE(info) << error;
    EXPECT_EQ(info->video(), nullptr);
}

TEST_F(ProbeTest, MessagesInVietnamese) {
    core::setLang(core::Lang::Vi);
    EXPECT_NE(probeError(tmp.write("zero.mp4", "")).find("tệp rỗng (0 byte)"), std::string::npos);
    const auto m4a = makeMedia("sine1s.m4a", sineAudioInput(1) + " -c:a aac");
    EXPECT_NE(probeError(m4a).find("tệp chỉ có tiếng, không có hình"), std::string::npos);
}
