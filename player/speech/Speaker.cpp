// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/Speaker.h"

#include "speech/SpokenText.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "core/Lang.h"
#include "core/Log.h"
#include "speech/WavReader.h"

extern char** environ;

namespace signage::speech {

namespace {

// A pipe end that closes itself.
struct Fd {
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) {}
    Fd(Fd&& o) noexcept : fd(o.fd) { o.fd = -1; }
    Fd& operator=(Fd&& o) noexcept {
        reset();
        fd = o.fd;
        o.fd = -1;
        return *this;
    }
    ~Fd() { reset(); }
    void reset() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
};

// The espeak-ng process: killed and reaped when it goes out of scope.
struct Child {
    pid_t pid = -1;
    ~Child() {
        if (pid <= 0) return;
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
    }
};

// Starts `argv` with stdin and stdout on pipes; stderr to /dev/null.
bool spawn(const std::vector<std::string>& argv, Child& child, Fd& in, Fd& out, std::string* error) {
    int inPipe[2], outPipe[2];
    if (::pipe2(inPipe, O_CLOEXEC) != 0) return false;
    Fd inRead(inPipe[0]), inWrite(inPipe[1]);
    if (::pipe2(outPipe, O_CLOEXEC) != 0) return false;
    Fd outRead(outPipe[0]), outWrite(outPipe[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inRead.fd, 0);
    posix_spawn_file_actions_adddup2(&actions, outWrite.fd, 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int rc = posix_spawnp(&child.pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        child.pid = -1;
        if (error) *error = argv[0] + ": " + std::strerror(rc);
        return false;
    }
    in = std::move(inWrite);
    out = std::move(outRead);
    return true;
}

// Mono (or any) 16-bit samples at `from` Hz to the output's rate and channels, linear.
class Resampler {
public:
    Resampler(int fromRate, int fromChannels, audio::AudioFormat to) : _step(double(fromRate) / to.sampleRate), _inCh(fromChannels), _to(to) {}
    void push(const std::vector<float>& in, std::vector<float>& out) {
        for (size_t i = 0; i + static_cast<size_t>(_inCh) <= in.size(); i += static_cast<size_t>(_inCh)) {
            float s = 0;
            for (int c = 0; c < _inCh; ++c) s += in[i + static_cast<size_t>(c)];
            _frames.push_back(s / static_cast<float>(_inCh));
        }
        while (_pos + 1 < static_cast<double>(_frames.size())) {
            size_t i = static_cast<size_t>(_pos);
            double t = _pos - static_cast<double>(i);
            float v = static_cast<float>(_frames[i] * (1 - t) + _frames[i + 1] * t);
            for (int c = 0; c < _to.channels; ++c) out.push_back(v);
            _pos += _step;
        }
        size_t used = static_cast<size_t>(_pos);
        if (used > 0) {
            _frames.erase(_frames.begin(), _frames.begin() + static_cast<std::ptrdiff_t>(std::min(used, _frames.size())));
            _pos -= static_cast<double>(used);
        }
    }

private:
    double _step, _pos = 0;
    int _inCh;
    audio::AudioFormat _to;
    std::vector<float> _frames;
};

} // namespace

Speaker::Speaker(audio::AudioOutput& output, const core::Clock& clock, Options options)
    : _output(output), _clock(clock), _options(std::move(options)), _worker([this] { run(); }) {}

Speaker::~Speaker() {
    {
        std::lock_guard lock(_mutex);
        _quit = true;
        ++_generation;
        if (_stream) _stream->close();
    }
    _wake.notify_all();
    _worker.join();
}

bool Speaker::speak(std::string text, std::string* error) {
    std::lock_guard lock(_mutex);
    if (!_brokenReason.empty()) {
        if (error) *error = _brokenReason;
        return false;
    }
    ++_generation;
    if (_stream) _stream->close(); // what was being read stops now
    _stream.reset();
    _job = std::move(text);
    _requestedAt = std::chrono::steady_clock::now();
    _startLatencyMs.reset();
    _wake.notify_all();
    return true;
}

void Speaker::stop() {
    std::lock_guard lock(_mutex);
    ++_generation;
    _job.reset();
    if (_stream) _stream->close();
    _stream.reset();
}

bool Speaker::speaking() const {
    std::lock_guard lock(_mutex);
    if (_job || (_busy && _busyGeneration == _generation)) return true;
    return _stream && !_stream->closed() && !_stream->finished(_clock.steadyNow());
}

std::optional<double> Speaker::lastStartLatencyMs() const {
    std::lock_guard lock(_mutex);
    return _startLatencyMs;
}

void Speaker::run() {
    std::unique_lock lock(_mutex);
    for (;;) {
        _wake.wait(lock, [this] { return _quit || _job; });
        if (_quit) return;
        std::string text = std::move(*_job);
        _job.reset();
        const std::uint64_t generation = _generation;
        _busy = true;
        _busyGeneration = generation;
        lock.unlock();
        synthesise(text, generation);
        lock.lock();
        _busy = false;
    }
}

void Speaker::synthesise(const std::string& text, std::uint64_t generation) {
    core::Logger log("speech");
    auto cancelled = [&] {
        std::lock_guard lock(_mutex);
        return _generation != generation || _quit;
    };
    Child child;
    Fd in, out;
    std::string error;
    std::vector<std::string> argv{_options.program, "-v", _options.voice, "-s", std::to_string(_options.wordsPerMinute), "--stdout"};
    if (!spawn(argv, child, in, out, &error)) {
        std::lock_guard lock(_mutex);
        _brokenReason = core::tr("không đọc to được: ", "cannot read aloud: ") + error;
        log.warn(_brokenReason);
        return;
    }
    // The text on stdin, then EOF: espeak-ng reads it all before speaking. Never argv.
    ::signal(SIGPIPE, SIG_IGN);
    // Hotlines and account numbers digit by digit, OTP letter by letter (SpokenText.h).
    std::string body = spokenText(text) + "\n";
    for (size_t done = 0; done < body.size();) {
        ssize_t n = ::write(in.fd, body.data() + done, body.size() - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    in.reset();

    auto stream = _output.createStream(2.0);
    {
        std::lock_guard lock(_mutex);
        if (_generation != generation) return;
        _stream = stream;
    }
    WavReader wav;
    std::optional<Resampler> resampler;
    std::vector<float> samples, outFrames;
    bool started = false;
    std::uint8_t buf[8192];
    for (;;) {
        if (cancelled()) return; // Child's destructor kills espeak-ng
        pollfd p{out.fd, POLLIN, 0};
        if (::poll(&p, 1, 100) == 0) continue;
        ssize_t n = ::read(out.fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        samples.clear();
        if (!wav.feed(buf, static_cast<size_t>(n), samples, &error)) {
            log.warn(core::tr("giọng đọc trả về dữ liệu lạ: ", "the voice sent something odd: ") + error);
            return;
        }
        if (!wav.format() || samples.empty()) continue;
        if (!resampler) resampler.emplace(wav.format()->sampleRate, wav.format()->channels, stream->format());
        outFrames.clear();
        resampler->push(samples, outFrames);
        size_t frames = outFrames.size() / static_cast<size_t>(stream->format().channels);
        size_t offset = 0;
        while (offset < frames) {
            if (cancelled()) return;
            offset += stream->write(outFrames.data() + offset * static_cast<size_t>(stream->format().channels), frames - offset,
                                    std::chrono::milliseconds(100));
            if (stream->closed()) return;
        }
        if (!started && frames > 0) {
            started = true;
            stream->play(_clock.steadyNow());
            std::lock_guard lock(_mutex);
            _startLatencyMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - _requestedAt).count();
        }
    }
    int status = 0;
    if (child.pid > 0 && ::waitpid(child.pid, &status, 0) == child.pid) child.pid = -1;
    if (!started) {
        std::lock_guard lock(_mutex);
        _brokenReason = core::tr("giọng đọc không trả về âm thanh (", "the voice produced no sound (") + _options.program + " -v " +
                        _options.voice + ")";
        log.warn(_brokenReason);
        return;
    }
    stream->markEnd();
}

bool Speaker::available(const Options& options, std::string* why) {
    Child child;
    Fd in, out;
    std::string error;
    if (!spawn({options.program, "--voices=" + options.voice}, child, in, out, &error)) {
        if (why) *why = error;
        return false;
    }
    in.reset();
    std::string listing;
    char buf[4096];
    for (ssize_t n; (n = ::read(out.fd, buf, sizeof buf)) > 0;) listing.append(buf, static_cast<size_t>(n));
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    child.pid = -1;
    if (listing.find(" " + options.voice + " ") == std::string::npos) {
        if (why) *why = options.program + core::tr(": không có giọng ", ": no voice ") + options.voice;
        return false;
    }
    return true;
}

} // namespace signage::speech
