// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/InboxWatcher.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <system_error>

#include "bundle/Importer.h"
#include "bundle/MountTable.h"
#include "core/Log.h"

namespace signage::bundle {

namespace fs = std::filesystem;

namespace {

const core::Logger kLog("bundle");

bool hasSuffix(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string readAll(int fd) {
    std::string out;
    char buf[8192];
    ::lseek(fd, 0, SEEK_SET);
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    return out;
}

} // namespace

InboxWatcher::InboxWatcher(Options options, OnFound onFound) : _options(std::move(options)), _onFound(std::move(onFound)) {}

InboxWatcher::~InboxWatcher() { stop(); }

void InboxWatcher::start() {
    if (_thread.joinable()) return;
    std::error_code ec;
    fs::create_directories(_options.inboxDir, ec);
    _wake.reset(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    if (!_wake) throw std::system_error(errno, std::generic_category(), "eventfd");
    _inotify.reset(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
    if (!_inotify) throw std::system_error(errno, std::generic_category(), "inotify_init1");
    if (::inotify_add_watch(_inotify.get(), _options.inboxDir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_MODIFY | IN_CREATE) < 0)
        throw std::system_error(errno, std::generic_category(), _options.inboxDir.string());
    if (!_options.mountInfo.empty()) {
        _mounts.reset(::open(_options.mountInfo.c_str(), O_RDONLY | O_CLOEXEC));
        if (!_mounts) kLog.warn("cannot watch mounts (" + _options.mountInfo.string() + "); USB sticks will not be noticed");
    }
    // What is there already counts as known; reported at once when reportExisting.
    onMountsChanged(true);
    if (_options.reportExisting) {
        for (const auto& f : findBundleFiles(_options.inboxDir))
            if (f.parent_path() == _options.inboxDir) schedule(f, Clock::now());
        for (const auto& f : findAlertFiles(_options.inboxDir))
            if (f.parent_path() == _options.inboxDir) schedule(f, Clock::now());
    }
    _thread = std::thread([this] { run(); });
}

void InboxWatcher::stop() {
    if (!_thread.joinable()) return;
    std::uint64_t one = 1;
    [[maybe_unused]] ssize_t n = ::write(_wake.get(), &one, sizeof one);
    _thread.join();
}

void InboxWatcher::schedule(const fs::path& bundle, Clock::time_point when) { _pending[bundle] = when; }

int InboxWatcher::pollTimeoutMs() const {
    if (_pending.empty()) return -1; // sleep until the kernel has news
    auto next = Clock::time_point::max();
    for (const auto& [path, when] : _pending) next = std::min(next, when);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
    return ms < 0 ? 0 : static_cast<int>(std::min<long long>(ms + 1, 60000));
}

void InboxWatcher::run() {
    // Watcher thread.
    for (;;) {
        pollfd fds[3] = {{_wake.get(), POLLIN, 0}, {_inotify.get(), POLLIN, 0}, {_mounts ? _mounts.get() : -1, POLLPRI, 0}};
        int rc = ::poll(fds, 3, pollTimeoutMs());
        if (rc < 0 && errno != EINTR) {
            kLog.error(std::string("inbox watcher poll failed: ") + std::strerror(errno));
            return;
        }
        if (fds[0].revents) return;
        if (fds[1].revents & POLLIN) onInotify();
        if (fds[2].revents & (POLLPRI | POLLERR)) onMountsChanged(false);
        reportDue();
    }
}

void InboxWatcher::onInotify() {
    alignas(inotify_event) char buf[16384];
    for (;;) {
        ssize_t n = ::read(_inotify.get(), buf, sizeof buf);
        if (n <= 0) break;
        for (char* p = buf; p < buf + n;) {
            auto* ev = reinterpret_cast<inotify_event*>(p);
            p += sizeof(inotify_event) + ev->len;
            if (ev->len == 0) continue;
            std::string name = ev->name;
            if (name.empty() || name[0] == '.') continue;
            fs::path file = _options.inboxDir / name;
            if (hasSuffix(name, ".minisig")) file = _options.inboxDir / name.substr(0, name.size() - 8);
            else if (!hasSuffix(name, ".bundle") && !hasSuffix(name, ".alert") &&
                     !fs::exists(fs::path(file.string() + ".minisig")))
                continue;
            // Every write pushes the report back: a copy in progress is not taken early.
            schedule(file, Clock::now() + _options.settle);
        }
    }
}

void InboxWatcher::reportDue() {
    auto now = Clock::now();
    for (auto it = _pending.begin(); it != _pending.end();) {
        if (it->second > now) {
            ++it;
            continue;
        }
        fs::path file = it->first;
        it = _pending.erase(it);
        struct stat st {}, sig {};
        if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        Seen seen{static_cast<std::int64_t>(st.st_size), st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec, 0};
        if (::stat((file.string() + ".minisig").c_str(), &sig) == 0) seen.sigMtime = sig.st_mtim.tv_sec * 1000000000ll + sig.st_mtim.tv_nsec;
        auto& last = _reported[file];
        if (last == seen) continue; // the same file again (e.g. its .minisig touched without change)
        last = seen;
        if (_onFound) _onFound(FoundBundle{FoundBundle::Origin::Inbox, file, _options.inboxDir});
    }
}

void InboxWatcher::onMountsChanged(bool initial) {
    if (!_mounts) return;
    auto now = mountsUnder(parseMountInfo(readAll(_mounts.get())), _options.mountRoots);
    std::set<fs::path> current(now.begin(), now.end());
    for (const auto& m : now) {
        if (_knownMounts.count(m)) continue;
        if (initial && !_options.reportExisting) continue;
        if (findBundleFiles(m).empty() && findAlertFiles(m).empty())
            continue; // a stick without bundles or alerts is not ours to touch
        kLog.info("USB stick with bundles mounted at " + m.string());
        if (_onFound) _onFound(FoundBundle{FoundBundle::Origin::Usb, m, m});
    }
    _knownMounts = std::move(current);
}

std::vector<fs::path> findAlertFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const fs::path& d : {dir, dir / "signage"}) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(d, ec)) {
            std::string name = entry.path().filename().string();
            if (!name.empty() && name[0] != '.' && hasSuffix(name, ".alert") && entry.is_regular_file(ec))
                out.push_back(entry.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace signage::bundle
