// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments: every play that started at least 1 s before the kill is in
// the log afterwards, integrity_check passes and the hash chain verifies. Four stand-in
// players run side by side (one data dir each, reused across rounds so every start also
// recovers from the previous crash); 13 rounds = 52 kills.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <random>

#include "db/Database.h"
#include "playlog/Schema.h"
#include "playlog/Verifier.h"
#include "support/TestSeed.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using Steady = std::chrono::steady_clock;

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now().time_since_epoch()).count();
}

struct Child {
    std::filesystem::path dir;
    std::string run;
    pid_t pid = -1;
    int fd = -1;
    std::int64_t killAt = 0, killedAt = 0;
    std::string buffer;
    std::map<int, std::int64_t> starts, ends; // play index -> when the parent heard of it

    void spawn() {
        int p[2];
        ASSERT_EQ(::pipe(p), 0);
        pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::dup2(p[1], 1);
            ::close(p[0]);
            ::close(p[1]);
            const char* delay = std::getenv("PLAYLOG_CRASH_COMMIT_DELAY_MS"); // negative control, see docs/playlog.md
            ::execl(PLAYLOG_CRASH_CHILD, PLAYLOG_CRASH_CHILD, dir.c_str(), run.c_str(), delay ? delay : "250",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(p[1]);
        fd = p[0];
    }

    /// Reads what is there; `at` is when these lines count as heard.
    bool drain(std::int64_t at) {
        char buf[4096];
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) return false;
        buffer.append(buf, static_cast<size_t>(n));
        size_t nl;
        while ((nl = buffer.find('\n')) != std::string::npos) {
            std::string line = buffer.substr(0, nl);
            buffer.erase(0, nl + 1);
            if (line.size() > 2) (line[0] == 'S' ? starts : ends).emplace(std::stoi(line.substr(2)), at);
        }
        return true;
    }
};

/// Checks one crashed child's data dir; returns how many plays had to be there.
int checkAfterCrash(const Child& c) {
    auto file = c.dir / "playlog.sqlite";
    std::int64_t mustBefore = c.killedAt - 1000;
    int required = 0;
    for (auto& [i, at] : c.starts) required += at <= mustBefore;
    if (!std::filesystem::exists(file)) {
        EXPECT_EQ(required, 0) << c.run << ": no log file, yet plays started more than 1 s before the kill";
        return 0;
    }
    std::map<std::string, int> outcome;
    {
        db::Database db(file); // opening replays the WAL, as the next start would
        EXPECT_EQ(integrityCheck(db), "ok") << c.run;
        // Killed while the log was being created: the file exists but the schema does not
        // yet (seen with an early kill). Like no file at all, nothing may have started.
        auto schema = db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='plays'");
        if (schema.step() && schema.columnInt(0) == 0) {
            EXPECT_EQ(required, 0) << c.run << ": log without tables, yet plays started more than 1 s before the kill";
            return 0;
        }
        auto st = db.prepare("SELECT n.text, p.outcome FROM plays p JOIN names n ON n.id=p.item WHERE n.text LIKE ?1");
        st.bind(1, c.run + "-%");
        while (st.step()) outcome[st.columnText(0)] = static_cast<int>(st.columnInt(1));
    }
    auto v = verifyFile(file);
    EXPECT_TRUE(v.ok) << c.run << ": " << (v.problems.empty() ? "" : v.problems[0]);
    for (auto& [i, at] : c.starts) {
        if (at > mustBefore) continue;
        std::string item = c.run + "-" + std::to_string(i);
        EXPECT_TRUE(outcome.count(item)) << item << " started " << (c.killedAt - at) << " ms before kill -9 but is missing";
    }
    for (auto& [i, at] : c.ends) {
        if (at > mustBefore) continue;
        std::string item = c.run + "-" + std::to_string(i);
        EXPECT_EQ(outcome[item], static_cast<int>(Outcome::Completed)) << item << " ended " << (c.killedAt - at) << " ms before the kill";
    }
    return required;
}

} // namespace

TEST(PlayLogCrash, KillNineAtRandomMomentsLosesNothingStartedASecondEarlier) {
    constexpr int kLanes = 4, kRounds = 13;
    signage::test::TempDir tmp;
    const signage::test::ScopedTmpdir childTmp(tmp.path() / "tmp"); // what a killed child leaves goes with tmp
    std::mt19937 rng(signage::test::testSeed());
    int kills = 0, required = 0, earlyKills = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<Child> children(kLanes);
        for (int l = 0; l < kLanes; ++l) {
            auto& c = children[static_cast<size_t>(l)];
            c.dir = tmp.path() / ("lane" + std::to_string(l));
            c.run = "r" + std::to_string(round) + "l" + std::to_string(l);
            // One kill in eight lands during start-up (opening, migrating, making the key).
            bool early = rng() % 8 == 0;
            earlyKills += early;
            c.killAt = nowMs() + (early ? static_cast<std::int64_t>(rng() % 40) : 300 + static_cast<std::int64_t>(rng() % 1400));
            c.spawn();
        }
        for (int alive = kLanes; alive > 0;) {
            std::vector<pollfd> fds;
            std::int64_t next = INT64_MAX;
            for (auto& c : children) {
                if (c.killedAt) continue;
                fds.push_back({c.fd, POLLIN, 0});
                next = std::min(next, c.killAt);
            }
            ::poll(fds.data(), fds.size(), static_cast<int>(std::max<std::int64_t>(0, next - nowMs())));
            std::int64_t now = nowMs();
            for (auto& c : children) {
                if (c.killedAt) continue;
                for (auto& f : fds)
                    if (f.fd == c.fd && (f.revents & POLLIN)) c.drain(now);
                if (now >= c.killAt) {
                    ::kill(c.pid, SIGKILL);
                    c.killedAt = nowMs();
                    int status = 0;
                    ::waitpid(c.pid, &status, 0);
                    EXPECT_TRUE(WIFSIGNALED(status)) << c.run << " exited by itself: " << status;
                    while (c.drain(c.killedAt)) { // lines written before death count as heard at the kill
                    }
                    ::close(c.fd);
                    ++kills;
                    --alive;
                }
            }
        }
        for (auto& c : children) required += checkAfterCrash(c);
        if (HasFailure()) break;
    }
    EXPECT_GE(kills, 50);
    EXPECT_GT(required, 60) << "too few plays were old enough to check: the test proves little";
    std::printf("kill -9: %d kills (%d during start-up), %d plays that had to survive\n", kills, earlyKills, required);
}
