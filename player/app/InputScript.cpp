// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/InputScript.h"

#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <sstream>

#include "core/Lang.h"
#include "core/WipeOnFree.h"
#include "core/Log.h"

namespace signage::app {

namespace {

constexpr int kTapHoldMs = 50;
constexpr int kMaxWaitMs = 600000;

bool safeName(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}

// A file descriptor that closes itself.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd > 0) ::close(fd); // never close stdin (fd 0): the process may still use it
    }
};

} // namespace

std::optional<ScriptLine> parseScriptLine(const std::string& raw, const std::string& file, int lineNo,
                                          core::Diagnostics& diags) {
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') return std::nullopt;
    auto fail = [&](size_t col, const std::string& msg) -> std::optional<ScriptLine> {
        diags.error({file, lineNo, static_cast<int>(col) + 1}, msg);
        return std::nullopt;
    };
    size_t wordEnd = line.find_first_of(" \t", start);
    std::string word = line.substr(start, wordEnd == std::string::npos ? std::string::npos : wordEnd - start);
    size_t restAt = wordEnd == std::string::npos ? line.size() : line.find_first_not_of(" \t", wordEnd);
    if (restAt == std::string::npos) restAt = line.size();
    std::string rest = line.substr(restAt);

    ScriptLine out;
    if (word == "tap" || word == "down" || word == "move" || word == "up") {
        out.kind = word == "tap" ? ScriptLine::Kind::Tap : word == "down" ? ScriptLine::Kind::Down
                 : word == "move" ? ScriptLine::Kind::Move : ScriptLine::Kind::Up;
        std::istringstream in(rest);
        double x = NAN, y = NAN;
        if (!(in >> x >> y) || !std::isfinite(x) || !std::isfinite(y) || x < 0 || y < 0 || x > 1e5 || y > 1e5)
            return fail(restAt, core::tr("cần hai toạ độ điểm ảnh X Y", "needs two pixel coordinates X Y"));
        out.x = static_cast<float>(x);
        out.y = static_cast<float>(y);
        long long finger = 1;
        if (in >> finger) out.finger = finger;
        return out;
    }
    if (word == "key" || word == "text" || word == "shot" || word == "press" || word == "type") {
        if (rest.empty()) return fail(restAt, core::tr("thiếu tham số", "missing argument"));
        out.kind = word == "key"    ? ScriptLine::Kind::Key
                 : word == "text"   ? ScriptLine::Kind::Text
                 : word == "press"  ? ScriptLine::Kind::Press
                 : word == "type"   ? ScriptLine::Kind::Type
                                    : ScriptLine::Kind::Shot;
        out.arg = rest;
        if (out.kind == ScriptLine::Kind::Shot && !safeName(rest))
            return fail(restAt, core::tr("tên ảnh chỉ gồm chữ, số, - và _", "a shot name has only letters, digits, - and _"));
        return out;
    }
    if (word == "wait") {
        char* end = nullptr;
        long ms = std::strtol(rest.c_str(), &end, 10);
        if (rest.empty() || *end != '\0' || ms < 0 || ms > kMaxWaitMs)
            return fail(restAt, core::tr("wait cần số mili giây 0..600000", "wait needs milliseconds 0..600000"));
        out.kind = ScriptLine::Kind::Wait;
        out.waitMs = static_cast<int>(ms);
        return out;
    }
    if (word == "quit") {
        out.kind = ScriptLine::Kind::Quit;
        return out;
    }
    return fail(start, core::tr("lệnh không biết \"", "unknown command \"") + word + "\"");
}

InputScript::InputScript(std::filesystem::path file, platform::EventSource& events, std::function<void()> wake)
    : _file(std::move(file)), _events(events), _wake(std::move(wake)), _thread([this] { run(); }) {}

InputScript::~InputScript() {
    _stop = true;
    _commands.close();
    if (_thread.joinable()) _thread.join();
}

void InputScript::inject(const platform::Event& e) {
    if (e.kind == platform::Event::Kind::TouchDown)
        _lastDown = std::chrono::steady_clock::now().time_since_epoch().count();
    if (!_events.inject(e)) core::Logger("input").warn(core::tr("không đưa được sự kiện vào hàng đợi", "cannot inject the event"));
}

void InputScript::tap(float x, float y, long long finger) {
    platform::Event e;
    e.x = x;
    e.y = y;
    e.fingerId = finger;
    e.kind = platform::Event::Kind::TouchDown;
    inject(e);
    std::this_thread::sleep_for(std::chrono::milliseconds(kTapHoldMs));
    e.kind = platform::Event::Kind::TouchUp;
    inject(e);
}

void InputScript::press(const std::string& label) {
    // The label may not be drawn yet (an answer still coming): look again for up to 3 s.
    for (int attempt = 0; attempt < 30 && !_stop; ++attempt) {
        auto where = std::make_shared<std::promise<std::optional<std::pair<float, float>>>>();
        auto answer = where->get_future();
        _commands.push({ScriptCommand::Kind::Locate, label, nullptr, where});
        if (_wake) _wake();
        bool ready = false;
        for (int i = 0; i < 100 && !_stop && !ready; ++i)
            ready = answer.wait_for(std::chrono::milliseconds(100)) == std::future_status::ready;
        if (!ready) break;
        if (auto at = answer.get()) {
            tap(at->first, at->second, 1);
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    core::Logger("input").warn(core::tr("không thấy trên màn hình: ", "not on screen: ") + label);
}

void InputScript::run() {
    // Scripts type what a visitor would: the strings they pass through are zeroed when
    // freed, and the read buffers below are wiped, so a memory scan finds only the player's
    // own copies (tests/integration/touch).
    core::setWipeOnFree(true);
    core::Logger log("input");
    Fd fd;
    const bool stdinScript = _file == "-";
    fd.fd = stdinScript ? 0 : ::open(_file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK); // FIFO: no writer yet is fine
    if (fd.fd < 0) {
        log.error(_file.string() + ": " + core::tr("không mở được kịch bản nhập", "cannot open the input script"));
        return;
    }
    const std::string name = stdinScript ? "<stdin>" : _file.string();
    std::string buffer;
    int lineNo = 0;
    bool eof = false;
    while (!_stop && !eof) {
        // Wait for data in slices, so the destructor is never held up by a silent FIFO.
        pollfd p{fd.fd, POLLIN, 0};
        int ready = ::poll(&p, 1, 200);
        if (ready < 0) break;
        if (ready == 0) continue;
        char chunk[4096];
        ssize_t n = ::read(fd.fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) continue;
            break;
        }
        if (n == 0) {
            if (p.revents & POLLHUP || !stdinScript) eof = true; // FIFO writer gone or file end
            if (!eof) continue;
        }
        buffer.append(chunk, static_cast<size_t>(n));
        explicit_bzero(chunk, sizeof chunk);
        size_t nl;
        while (!_stop && ((nl = buffer.find('\n')) != std::string::npos || (eof && !buffer.empty()))) {
            std::string line = nl == std::string::npos ? buffer : buffer.substr(0, nl);
            const size_t before = buffer.size();
            buffer.erase(0, nl == std::string::npos ? buffer.size() : nl + 1);
            explicit_bzero(buffer.data() + buffer.size(), before - buffer.size()); // the bytes erase() left behind
            core::Diagnostics diags;
            auto step = parseScriptLine(line, name, ++lineNo, diags);
            for (const auto& d : diags.all()) log.warn(d.format());
            if (!step) continue;
            platform::Event e;
            e.x = step->x;
            e.y = step->y;
            e.fingerId = step->finger;
            switch (step->kind) {
            case ScriptLine::Kind::Tap: tap(e.x, e.y, e.fingerId); break;
            case ScriptLine::Kind::Press: press(step->arg); break;
            case ScriptLine::Kind::Type: {
                std::string text = step->arg;
                for (size_t i = 0; i < text.size() && !_stop;) {
                    size_t len = 1; // one UTF-8 character
                    while (i + len < text.size() && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
                    if (text[i] == ' ') { // a space is typed, not pressed: keyboards label it in words
                        platform::Event sp;
                        sp.kind = platform::Event::Kind::Text;
                        sp.text = " ";
                        inject(sp);
                    } else {
                        press(text.substr(i, len));
                    }
                    i += len;
                }
                break;
            }
            case ScriptLine::Kind::Down: e.kind = platform::Event::Kind::TouchDown; inject(e); break;
            case ScriptLine::Kind::Move: e.kind = platform::Event::Kind::TouchMove; inject(e); break;
            case ScriptLine::Kind::Up: e.kind = platform::Event::Kind::TouchUp; inject(e); break;
            case ScriptLine::Kind::Key: e.kind = platform::Event::Kind::Key; e.key = step->arg; inject(e); break;
            case ScriptLine::Kind::Text: e.kind = platform::Event::Kind::Text; e.text = step->arg; inject(e); break;
            case ScriptLine::Kind::Wait: {
                auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(step->waitMs);
                while (!_stop && std::chrono::steady_clock::now() < until)
                    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                        std::chrono::milliseconds(100), until - std::chrono::steady_clock::now()));
                break;
            }
            case ScriptLine::Kind::Shot: {
                auto taken = std::make_shared<std::promise<void>>();
                auto done = taken->get_future();
                _commands.push({ScriptCommand::Kind::Shot, step->arg, taken, nullptr});
                if (_wake) _wake();
                for (int i = 0; i < 100 && !_stop; ++i) // at most 10 s: a stuck loop must not hang the script forever
                    if (done.wait_for(std::chrono::milliseconds(100)) == std::future_status::ready) break;
                break;
            }
            case ScriptLine::Kind::Quit:
                _commands.push({ScriptCommand::Kind::Quit, {}, nullptr, nullptr});
                if (_wake) _wake();
                return;
            }
        }
    }
}

} // namespace signage::app
