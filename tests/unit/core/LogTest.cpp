// SPDX-License-Identifier: GPL-3.0-or-later
// Log lines carry the syslog priority when stderr is the journal, so that
// `journalctl -p warning` shows the player's warnings and errors (issue 18).
#include <gtest/gtest.h>

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "core/Log.h"
#include "support/TempDir.h"

namespace signage::core {
namespace {

std::string devIno(int fd) {
    struct stat st {};
    fstat(fd, &st);
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

// Sends fd 2 to a file for the test's lifetime and gives back what was written.
class CapturedStderr {
public:
    explicit CapturedStderr(const std::filesystem::path& file) : _file(file) {
        std::fflush(stderr);
        _saved = dup(2);
        int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fd, 2);
        close(fd);
    }
    ~CapturedStderr() { restore(); }
    std::string text() {
        restore();
        std::ifstream in(_file);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

private:
    void restore() {
        if (_saved < 0) return;
        std::fflush(stderr);
        dup2(_saved, 2);
        close(_saved);
        _saved = -1;
    }
    std::filesystem::path _file;
    int _saved = -1;
};

TEST(LogTest, JournalStreamMatchesOnlyTheSameFile) {
    test::TempDir dir;
    auto a = dir.write("a", "");
    auto b = dir.write("b", "");
    int fa = open(a.c_str(), O_RDONLY);
    int fb = open(b.c_str(), O_RDONLY);
    EXPECT_TRUE(isJournalStream(devIno(fa).c_str(), fa));
    EXPECT_FALSE(isJournalStream(devIno(fa).c_str(), fb)); // a redirect of the service's own
    EXPECT_FALSE(isJournalStream(nullptr, fa));
    EXPECT_FALSE(isJournalStream("", fa));
    EXPECT_FALSE(isJournalStream("garbage", fa));
    EXPECT_FALSE(isJournalStream((devIno(fa) + "x").c_str(), fa));
    close(fa);
    close(fb);
}

TEST(LogTest, PrioritiesAreSyslogs) {
    EXPECT_EQ(syslogPriority(LogLevel::Error), 3);
    EXPECT_EQ(syslogPriority(LogLevel::Warn), 4);
    EXPECT_EQ(syslogPriority(LogLevel::Info), 6);
    EXPECT_EQ(syslogPriority(LogLevel::Debug), 7);
}

TEST(LogTest, LinesArePrefixedForTheJournalOnly) {
    test::TempDir dir;
    const LogLevel before = logLevel();
    setLogLevel(LogLevel::Debug);
    Logger log("t");
    std::string journal, plain;
    {
        CapturedStderr cap(dir.path() / "journal.txt");
        setJournalPrefixes(true);
        log.error("e");
        log.warn("w");
        log.info("i");
        log.debug("d");
        log.warn("one\ntwo"); // journald makes a record per line: both get the priority
        setJournalPrefixes(false);
        journal = cap.text();
    }
    {
        CapturedStderr cap(dir.path() / "plain.txt");
        log.warn("w");
        plain = cap.text();
    }
    setLogLevel(before);
    EXPECT_EQ(journal, "<3>[error] t: e\n<4>[warn] t: w\n<6>[info] t: i\n<7>[debug] t: d\n<4>[warn] t: one\n<4>[warn] t: two\n");
    EXPECT_EQ(plain, "[warn] t: w\n");
}

} // namespace
} // namespace signage::core
