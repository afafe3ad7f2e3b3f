// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMedia.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <vector>

namespace signage::test {

namespace fs = std::filesystem;

namespace {
fs::path cacheDir() {
    fs::path dir = SIGNAGE_TEST_MEDIA_CACHE;
    fs::create_directories(dir);
    return dir;
}

std::vector<char> readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& p, const std::vector<char>& data) {
    std::ofstream(p, std::ios::binary).write(data.data(), static_cast<std::streamsize>(data.size()));
}
} // namespace

fs::path makeMedia(const std::string& name, const std::string& ffmpegArgs) {
    // Keyed by the arguments, so changing a recipe regenerates its file.
    std::ostringstream key;
    key << std::hex << std::hash<std::string>{}(ffmpegArgs);
    const fs::path out = cacheDir() / (key.str() + "-" + name);
    if (fs::exists(out)) return out;
    // Written under a private name and renamed, so parallel tests never see half a file.
    const fs::path tmp = cacheDir() / (key.str() + "-" + std::to_string(::getpid()) + "-tmp-" + name);
    const std::string cmd = "ffmpeg -hide_banner -nostdin -loglevel error -y " + ffmpegArgs + " '" + tmp.string() + "'";
    const int rc = std::system(cmd.c_str());
    if (rc != 0 || !fs::exists(tmp)) {
        ADD_FAILURE() << "ffmpeg failed (" << rc << "): " << cmd;
        return out;
    }
    fs::rename(tmp, out);
    return out;
}

std::string countingVideoInput(double seconds, int fps, int width, int height) {
    // drawbox with timeline expressions: several times cheaper to generate than geq.
    std::ostringstream s;
    s << "-f lavfi -i \"color=c=black:s=" << width << "x" << height << ":r=" << fps << ":d=" << seconds
      << ",format=yuv420p";
    for (int bit = 0; bit < 8; ++bit) {
        s << ",drawbox=x=iw*" << bit << "/8:y=0:w=iw/8:h=ih/2:color=white:t=fill:enable='bitand(n," << (1 << bit)
          << ")'";
    }
    s << ",drawbox=x=0:y=ih/2:w=iw:h=ih/2:color=white:t=fill:enable='eq(mod(n,15),7)'\"";
    return s.str();
}

std::string clickAudioInput(double seconds) {
    std::ostringstream s;
    s << "-f lavfi -i \"aevalsrc='if(gte(t,7/30)*lt(mod(t-7/30,0.5),0.02),0.8*sin(2*PI*1000*t),0)'"
      << ":s=48000:c=stereo:d=" << seconds << "\"";
    return s.str();
}

std::string sineAudioInput(double seconds) {
    std::ostringstream s;
    s << "-f lavfi -i \"sine=frequency=440:sample_rate=48000:duration=" << seconds << "\" -ac 2";
    return s.str();
}

namespace {
const std::string kH264 = " -c:v libx264 -preset veryfast -bf 2 -crf 12 -g 30 -pix_fmt yuv420p";
const std::string kAac = " -c:a aac -b:a 128k";
} // namespace

fs::path countedClip() {
    return makeMedia("counted3s.mp4", countingVideoInput(3) + " " + clickAudioInput(3) + kH264 + kAac +
                                          " -movflags +faststart");
}
fs::path countedVideoOnly() {
    return makeMedia("counted3s-video.mp4", countingVideoInput(3) + kH264 + " -movflags +faststart");
}
fs::path oneSecondClip() {
    return makeMedia("counted1s.mp4", countingVideoInput(1) + " " + clickAudioInput(1) + kH264 + kAac +
                                          " -movflags +faststart");
}
fs::path longClip() {
    // Noise makes the frames big enough (1.5 MB in all) that the read-ahead cannot hold the file.
    return makeMedia("counted10s.mp4", countingVideoInput(10) + " -vf noise=alls=10:allf=t" + kH264 +
                                           " -movflags +faststart");
}
fs::path sineMp3() { return makeMedia("sine1s.mp3", sineAudioInput(1) + " -c:a libmp3lame -b:a 128k"); }

int readFrameCode(const std::uint8_t* luma, int pitch, int width, int height) {
    int code = 0;
    const int y = height / 4;
    for (int bit = 0; bit < 8; ++bit) {
        const int x = (2 * bit + 1) * width / 16; // column centre
        const int v = luma[y * pitch + x];
        if (v > 100 && v < 150) return -1; // neither black nor white: not our pattern
        if (v >= 150) code |= 1 << bit;
    }
    return code;
}

bool readFlash(const std::uint8_t* luma, int pitch, int width, int height) {
    return luma[(3 * height / 4) * pitch + width / 2] > 128;
}

void truncateCopy(const fs::path& from, const fs::path& to, double fraction) {
    auto data = readAll(from);
    data.resize(static_cast<std::size_t>(static_cast<double>(data.size()) * fraction));
    writeAll(to, data);
}

void corruptCopy(const fs::path& from, const fs::path& to, double start, double end) {
    auto data = readAll(from);
    std::mt19937 rng(42);
    for (auto i = static_cast<std::size_t>(static_cast<double>(data.size()) * start);
         i < static_cast<std::size_t>(static_cast<double>(data.size()) * end); ++i) {
        data[i] = static_cast<char>(rng() & 0xff);
    }
    writeAll(to, data);
}

} // namespace signage::test
