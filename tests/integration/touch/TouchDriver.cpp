// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchDriver.h"

#include <fcntl.h>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "render/PngWriter.h"

namespace signage::test {

namespace fs = std::filesystem;

std::optional<ScreenText> Screen::find(const std::string& label) const {
    for (auto it = texts.rbegin(); it != texts.rend(); ++it)
        if (it->text == label) return *it;
    return std::nullopt;
}

std::optional<ScreenText> Screen::findPart(const std::string& part) const {
    for (const auto& t : texts)
        if (t.text.find(part) != std::string::npos) return t;
    return std::nullopt;
}

std::string Screen::dump() const {
    std::string out;
    for (const auto& t : texts) out += std::to_string(t.x) + "," + std::to_string(t.y) + " " + t.text + "\n";
    return out;
}

double Screen::colourFraction(int r, int g, int b, int tolerance) const {
    if (w <= 0 || h <= 0) return 0;
    size_t hits = 0, n = static_cast<size_t>(w) * static_cast<size_t>(h);
    for (size_t i = 0; i < n; ++i) {
        const auto* p = &rgba[i * 4];
        if (std::abs(p[0] - r) <= tolerance && std::abs(p[1] - g) <= tolerance && std::abs(p[2] - b) <= tolerance) ++hits;
    }
    return static_cast<double>(hits) / static_cast<double>(n);
}

TouchDriver::TouchDriver(Options o) {
    _data = _tmp.path() / "data";
    _shots = _tmp.path() / "shots";
    _fifo = _tmp.path() / "input.fifo";
    fs::create_directories(_data);
    fs::create_directories(_shots);
    if (::mkfifo(_fifo.c_str(), 0600) != 0) ADD_FAILURE() << "mkfifo failed";
    fs::path config = _tmp.write("signage.toml", o.config);
    fs::path content = o.content.empty() ? fs::path(SIGNAGE_SOURCE_DIR) / "playlists" / "demo" : o.content;
    std::vector<std::string> args{"play", content.string(), "--window", std::to_string(o.width) + "x" + std::to_string(o.height),
                                  "--config", config.string(), "--data-dir", _data.string(), "--screenshot-dir", _shots.string(),
                                  "--input-script", _fifo.string()};
    if (o.clockSpeed != 1.0) {
        args.push_back("--clock-speed");
        args.push_back(std::to_string(o.clockSpeed));
    }
    if (!o.clockStart.empty()) {
        args.push_back("--clock-start");
        args.push_back(o.clockStart);
    }
    args.insert(args.end(), o.extraArgs.begin(), o.extraArgs.end());
    _runner = std::thread([this, args] {
        _result = runSignage(args, 180);
        _done = true;
    });
    // Blocks until the player opens its end (or times out: the player failed to start).
    for (int i = 0; i < 300 && _fd < 0 && !_done; ++i) {
        _fd = ::open(_fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (_fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (_fd < 0) ADD_FAILURE() << "the player never opened the input script";
    else ::fcntl(_fd, F_SETFL, 0); // blocking writes from now on
}

TouchDriver::~TouchDriver() {
    if (!_done || _runner.joinable()) quit();
}

void TouchDriver::send(const std::string& line) {
    if (_fd < 0) return;
    std::string l = line + "\n";
    if (::write(_fd, l.data(), l.size()) != static_cast<ssize_t>(l.size())) ADD_FAILURE() << "write to the input script failed";
}

void TouchDriver::tap(float x, float y) {
    std::ostringstream s;
    s << "tap " << x << " " << y;
    send(s.str());
}

bool TouchDriver::tapLabel(const Screen& screen, const std::string& label) {
    auto t = screen.find(label);
    if (!t) {
        ADD_FAILURE() << "no \"" << label << "\" on screen:\n" << screen.dump();
        return false;
    }
    tap(t->cx(), t->cy());
    return true;
}

bool TouchDriver::typeKeys(const Screen& keyboard, const std::string& keys, const std::string& spaceLabel) {
    for (char c : keys) {
        if (!tapLabel(keyboard, c == ' ' ? spaceLabel : std::string(1, c))) return false;
    }
    return true;
}

Screen TouchDriver::shot(const std::string& stem) {
    const std::string name = stem + "-" + std::to_string(++_shotCount);
    send("shot " + name);
    Screen screen;
    fs::path txt = _shots / (name + ".txt"), png = _shots / (name + ".png");
    for (int i = 0; i < 400 && !fs::exists(txt); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!fs::exists(txt)) {
        ADD_FAILURE() << "no screenshot " << name;
        return screen;
    }
    std::ifstream in(txt);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        ScreenText t;
        if (!(ls >> t.x >> t.y >> t.w >> t.h)) continue;
        std::getline(ls >> std::ws, t.text);
        screen.texts.push_back(std::move(t));
    }
    std::string error;
    render::Size size;
    if (render::readPng(png, screen.rgba, size, &error)) {
        screen.w = size.w;
        screen.h = size.h;
    } else {
        ADD_FAILURE() << png << ": " << error;
    }
    return screen;
}

Screen TouchDriver::waitFor(const std::string& part, int tries, int waitMs) {
    Screen s;
    for (int i = 0; i < tries; ++i) {
        s = shot("wait");
        if (s.findPart(part)) return s;
        send("wait " + std::to_string(waitMs));
    }
    ADD_FAILURE() << "\"" << part << "\" never appeared; last screen:\n" << s.dump();
    return s;
}

CommandResult TouchDriver::quit() {
    if (_fd >= 0) {
        send("quit");
        ::close(_fd);
        _fd = -1;
    }
    if (_runner.joinable()) _runner.join();
    _done = true;
    // A failed touch test is read from the player's own log (a fault in the plugin, a
    // lost event): print it once, here, rather than in every test.
    if (::testing::Test::HasFailure() && !_logPrinted) {
        _logPrinted = true;
        std::fprintf(stderr, "--- the player's log ---\n%s\n--- end of the player's log ---\n", _result.err.c_str());
    }
    return _result;
}

int TouchDriver::playerPid() const {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator("/proc", ec)) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream in(e.path() / "cmdline", std::ios::binary);
        std::string cmd((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmd.find(_fifo.string()) != std::string::npos && cmd.find("play") != std::string::npos) return std::stoi(name);
    }
    return -1;
}

std::optional<std::vector<std::uintptr_t>> TouchDriver::findInPlayerMemory(const std::string& needle) const {
    int pid = playerPid();
    if (pid <= 0) return std::nullopt;
    const std::string proc = "/proc/" + std::to_string(pid);
    std::ifstream maps(proc + "/maps");
    int mem = ::open((proc + "/mem").c_str(), O_RDONLY | O_CLOEXEC);
    if (!maps || mem < 0) return std::nullopt;
    std::vector<std::uintptr_t> hits;
    std::string line;
    bool readAny = false;
    while (std::getline(maps, line)) {
        std::uintptr_t lo = 0, hi = 0;
        char perms[5] = {};
        if (std::sscanf(line.c_str(), "%lx-%lx %4s", &lo, &hi, perms) != 3 || perms[0] != 'r') continue;
        if (line.find("[vvar]") != std::string::npos || hi - lo > (512u << 20)) continue;
        std::string bytes(hi - lo, '\0');
        ssize_t n = ::pread(mem, bytes.data(), bytes.size(), static_cast<off_t>(lo));
        if (n <= 0) continue;
        readAny = true;
        bytes.resize(static_cast<size_t>(n));
        for (size_t at = bytes.find(needle); at != std::string::npos; at = bytes.find(needle, at + 1)) hits.push_back(lo + at);
    }
    ::close(mem);
    if (!readAny) return std::nullopt;
    return hits;
}

std::vector<fs::path> filesContaining(const fs::path& dir, const std::string& needle, const fs::path& skip) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        if (!skip.empty() && it->path().string().rfind(skip.string(), 0) == 0) continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.find(needle) != std::string::npos) out.push_back(it->path());
    }
    return out;
}

} // namespace signage::test
