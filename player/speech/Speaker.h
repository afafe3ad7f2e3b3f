// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a text aloud in Vietnamese (the touch screen's "Đọc to"): espeak-ng synthesises
// it, as a separate process, and the samples play through the player's own sound output,
// mixed like any item's audio (global and quiet-hours volume apply).
//
// Threads: speak(), stop() and speaking() are for the render thread and never wait:
// synthesis runs on the Speaker's own worker, one utterance at a time; a new speak() or
// stop() kills the one in progress. The text goes to espeak-ng on its stdin (never on a
// command line other users could read) and is never logged.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "audio/AudioOutput.h"
#include "core/Clock.h"

namespace signage::speech {

class Speaker {
public:
    struct Options {
        std::string program = "espeak-ng";
        std::string voice = "vi";
        int wordsPerMinute = 140; // slower than espeak's 175: many listeners are elderly
    };

    Speaker(audio::AudioOutput& output, const core::Clock& clock, Options options);
    Speaker(audio::AudioOutput& output, const core::Clock& clock) : Speaker(output, clock, Options{}) {}
    ~Speaker(); // kills a running synthesis and joins the worker
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    /// Starts reading `text` (replacing what is being read). False + `error` when speech
    /// is known not to work here (the program failed before).
    bool speak(std::string text, std::string* error);
    /// Stops reading at once.
    void stop();
    /// True from speak() until the last sample has been heard (or stop()).
    bool speaking() const;

    /// Is `program` with a Vietnamese voice on this machine? (Runs it: not on the render thread.)
    static bool available(const Options& options, std::string* why);

    /// Milliseconds from the latest speak() to its first sample reaching the output (bench).
    std::optional<double> lastStartLatencyMs() const;

private:
    void run();
    void synthesise(const std::string& text, std::uint64_t generation);

    audio::AudioOutput& _output;
    const core::Clock& _clock;
    const Options _options;

    mutable std::mutex _mutex; // guards the members below
    std::condition_variable _wake;
    std::optional<std::string> _job;  // the next text to read
    std::uint64_t _generation = 0;    // bumped by speak() and stop(): older work stops
    bool _busy = false;               // the worker is synthesising ...
    std::uint64_t _busyGeneration = 0; // ... this generation's text (stale once bumped)
    bool _quit = false;
    std::string _brokenReason;        // set once the program cannot run
    std::shared_ptr<audio::AudioStream> _stream; // what is playing (kept until heard)
    std::chrono::steady_clock::time_point _requestedAt{};
    std::optional<double> _startLatencyMs;

    std::thread _worker; // last: starts after the members it uses
};

} // namespace signage::speech
