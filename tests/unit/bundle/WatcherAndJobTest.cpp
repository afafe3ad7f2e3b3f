// SPDX-License-Identifier: GPL-3.0-or-later
// The player's side: InboxWatcher notices bundles without polling, ImportJob imports on a
// worker thread with progress the render thread can read, and calls the after-import hook.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

#include "BundleFixtures.h"
#include "bundle/BundleWriter.h"
#include "bundle/ImportJob.h"
#include "bundle/InboxWatcher.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

using namespace std::chrono_literals;

/// Collects watcher reports (called on the watcher thread).
struct Found {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<bundle::FoundBundle> items;
    void add(const bundle::FoundBundle& f) {
        std::lock_guard lock(mutex);
        items.push_back(f);
        cv.notify_all();
    }
    bool waitFor(size_t n, std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, timeout, [&] { return items.size() >= n; });
    }
    size_t size() {
        std::lock_guard lock(mutex);
        return items.size();
    }
};

void copyBundle(const fs::path& b, const fs::path& dir) {
    fs::copy_file(b, dir / b.filename());
    fs::copy_file(bundle::signaturePathFor(b), dir / (b.filename().string() + ".minisig"));
}

class Watcher : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLogLevel(core::LogLevel::Error);
        key = makeKey(tmp.path() / "keys", "ward");
        bundleFile = makeBundle(makeContent(tmp.path() / "c", "1.0.0", {{"media/a.bin", 50000}}), key, tmp.path() / "demo.bundle");
        options.inboxDir = tmp.path() / "inbox";
        options.mountInfo = "";
        options.settle = 100ms;
    }
    TempDir tmp;
    TestKey key;
    fs::path bundleFile;
    bundle::InboxWatcher::Options options;
    Found found;
};

TEST_F(Watcher, ReportsABundleDroppedInTheInboxOnce) {
    bundle::InboxWatcher w(options, [&](const bundle::FoundBundle& f) { found.add(f); });
    w.start();
    copyBundle(bundleFile, options.inboxDir);
    ASSERT_TRUE(found.waitFor(1, 5s));
    EXPECT_EQ(found.items[0].origin, bundle::FoundBundle::Origin::Inbox);
    EXPECT_EQ(found.items[0].path, options.inboxDir / "demo.bundle");
    EXPECT_EQ(found.items[0].sourceRoot, options.inboxDir);
    std::this_thread::sleep_for(400ms);
    EXPECT_EQ(found.size(), 1u) << "the same bundle must not be reported twice";
    w.stop();
}

TEST_F(Watcher, WaitsUntilACopyHasFinished) {
    bundle::InboxWatcher w(options, [&](const bundle::FoundBundle& f) { found.add(f); });
    w.start();
    std::string bytes = readFile(bundleFile);
    fs::copy_file(bundle::signaturePathFor(bundleFile), options.inboxDir / "demo.bundle.minisig"); // signature first
    {
        std::ofstream out(options.inboxDir / "demo.bundle", std::ios::binary);
        for (size_t off = 0; off < bytes.size(); off += bytes.size() / 8) {
            out.write(bytes.data() + off, static_cast<std::streamsize>(std::min(bytes.size() - off, bytes.size() / 8)));
            out.flush();
            std::this_thread::sleep_for(40ms); // a slow USB copy: less than the settle time between writes
        }
    }
    ASSERT_TRUE(found.waitFor(1, 5s));
    EXPECT_EQ(fs::file_size(found.items[0].path), bytes.size()) << "reported before the copy finished";
    w.stop();
}

TEST_F(Watcher, ReportsWhatIsAlreadyThereAtStart) {
    fs::create_directories(options.inboxDir);
    copyBundle(bundleFile, options.inboxDir);
    fs::path media = tmp.path() / "media";
    fs::create_directories(media / "usb0");
    fs::create_directories(media / "empty-stick");
    copyBundle(bundleFile, media / "usb0");
    writeFile(tmp.path() / "mountinfo", "40 22 8:17 / " + (media / "usb0").string() + " rw - vfat /dev/sdb1 rw\n" +
                                            "41 22 8:18 / " + (media / "empty-stick").string() + " rw - vfat /dev/sdc1 rw\n");
    options.mountInfo = tmp.path() / "mountinfo";
    options.mountRoots = {media};
    bundle::InboxWatcher w(options, [&](const bundle::FoundBundle& f) { found.add(f); });
    w.start();
    ASSERT_TRUE(found.waitFor(2, 5s));
    std::this_thread::sleep_for(300ms);
    ASSERT_EQ(found.size(), 2u) << "a stick without bundles is not reported";
    bool usb = false, inbox = false;
    for (const auto& f : found.items) {
        if (f.origin == bundle::FoundBundle::Origin::Usb) {
            usb = true;
            EXPECT_EQ(f.path, media / "usb0");
            EXPECT_EQ(f.sourceRoot, media / "usb0");
        } else {
            inbox = true;
        }
    }
    EXPECT_TRUE(usb && inbox);
}

TEST_F(Watcher, StopsPromptlyWhileIdle) {
    bundle::InboxWatcher w(options, [&](const bundle::FoundBundle& f) { found.add(f); });
    w.start();
    auto t0 = std::chrono::steady_clock::now();
    w.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 1s);
}

/// Slows reads down so a job can be watched (and cancelled) mid-way.
bundle::SourceOpener slowOpener(std::chrono::microseconds perRead) {
    return [perRead](const fs::path& p) -> std::unique_ptr<bundle::ByteSource> {
        struct Slow : bundle::ByteSource {
            std::unique_ptr<bundle::ByteSource> inner;
            std::chrono::microseconds delay{};
            size_t read(void* buf, size_t n) override {
                std::this_thread::sleep_for(delay);
                return inner->read(buf, std::min<size_t>(n, 32 * 1024));
            }
            std::uint64_t size() const override { return inner->size(); }
        };
        auto s = std::make_unique<Slow>();
        s->inner = bundle::openFileSource(p);
        s->delay = perRead;
        return s;
    };
}

TEST_F(Watcher, ImportJobReportsProgressAndCallsTheHook) {
    core::setLang(core::Lang::Vi);
    fs::path big = makeBundle(makeContent(tmp.path() / "c2", "2.0.0", {{"media/b.bin", 1 << 20}}), key, tmp.path() / "big.bundle");
    auto o = optionsFor(tmp.path() / "data", key);
    o.openSource = slowOpener(2ms);
    std::mutex m;
    std::vector<std::pair<bundle::ImportResult::Status, fs::path>> hooked;
    bundle::ImportJob job(big, tmp.path(), o, [&](const bundle::ImportResult& r, const fs::path& root) {
        std::lock_guard lock(m);
        hooked.push_back({r.status, root});
    });
    std::vector<int> seen;
    std::string midBanner;
    auto deadline = std::chrono::steady_clock::now() + 20s;
    while (!job.finished() && std::chrono::steady_clock::now() < deadline) { // the render thread, once a frame
        int p = job.percent();
        seen.push_back(p);
        if (p > 20 && p < 90 && midBanner.empty()) midBanner = job.bannerText();
        std::this_thread::sleep_for(5ms);
    }
    ASSERT_TRUE(job.finished());
    ASSERT_NE(job.result(), nullptr);
    EXPECT_EQ(job.result()->status, bundle::ImportResult::Status::Installed) << job.result()->message();
    EXPECT_EQ(job.percent(), 100);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end())) << "progress went backwards";
    EXPECT_NE(midBanner.find("Đang nạp nội dung… "), std::string::npos) << midBanner;
    EXPECT_EQ(job.bannerText(), "Đã cập nhật: Nội dung mẫu, 2.0.0");
    std::lock_guard lock(m);
    ASSERT_EQ(hooked.size(), 1u);
    EXPECT_EQ(hooked[0].second, tmp.path());
    core::setLang(core::Lang::En);
}

TEST_F(Watcher, ImportJobHookSeesRefusals) {
    fs::remove(bundle::signaturePathFor(bundleFile));
    std::atomic<int> calls{0};
    {
        bundle::ImportJob job(bundleFile, tmp.path(), optionsFor(tmp.path() / "data", key),
                              [&](const bundle::ImportResult& r, const fs::path&) {
                                  EXPECT_EQ(r.reason, bundle::Reason::Unsigned);
                                  ++calls;
                              });
        while (!job.finished()) std::this_thread::sleep_for(2ms);
        EXPECT_FALSE(job.result()->ok());
    }
    EXPECT_EQ(calls.load(), 1);
}

TEST_F(Watcher, ImportJobCancelsCleanly) {
    fs::path data = tmp.path() / "data";
    ASSERT_TRUE(bundle::importBundle(bundleFile, optionsFor(data, key)).ok());
    std::string before = contentTarget(data);
    fs::path big = makeBundle(makeContent(tmp.path() / "c3", "3.0.0", {{"media/c.bin", 2 << 20}}), key, tmp.path() / "c3.bundle");
    auto o = optionsFor(data, key);
    o.openSource = slowOpener(5ms);
    std::atomic<int> calls{0};
    bundle::ImportJob job(big, tmp.path(), o, [&](const bundle::ImportResult&, const fs::path&) { ++calls; });
    while (job.percent() < 5) std::this_thread::sleep_for(2ms);
    job.cancel();
    while (!job.finished()) std::this_thread::sleep_for(2ms);
    EXPECT_EQ(job.result()->reason, bundle::Reason::Cancelled);
    EXPECT_EQ(calls.load(), 0) << "no stick writing after a cancel";
    EXPECT_EQ(contentTarget(data), before);
    EXPECT_TRUE(leftovers(data).empty());
}

} // namespace
} // namespace signage::test
