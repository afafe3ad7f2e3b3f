// SPDX-License-Identifier: GPL-3.0-or-later
// playlog_crash_child DIR RUN [COMMIT_DELAY_MS]: a stand-in player for the kill -9 test. Records short plays
// (20–80 ms) through a real PlayLog (FULL sync, default commit delay) until killed, and
// after each call returns writes "S <i>" / "E <i>" to stdout so the parent knows what
// the player believed it had logged, and when.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>

#include "playlog/PlayLog.h"

using namespace signage::playlog;

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::string run = argv[2];
    PlayLogOptions o;
    o.dataDir = argv[1];
    o.boxId = "box-crash";
    // Optional 3rd argument: commit delay in ms (to show the test fails when it is too long).
    if (argc > 3) o.commitDelay = std::chrono::milliseconds(std::stoi(argv[3]));
    PlayLog log(o);
    std::mt19937 rng(static_cast<unsigned>(::getpid()));
    for (int i = 0;; ++i) {
        PlayStart s;
        s.site = "phong-thu";
        s.playlist = "chinh";
        s.item = run + "-" + std::to_string(i);
        PlayToken t = log.playStarted(s);
        std::printf("S %d\n", i);
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 60));
        log.playEnded(t, {Outcome::Completed});
        std::printf("E %d\n", i);
        if (i % 10 == 9) log.event(EventKind::Note, "tick " + std::to_string(i));
    }
}
