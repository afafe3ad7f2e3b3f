// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ContentUpdates.h"

#include "bundle/AlertBundle.h"
#include "bundle/BundleWriter.h"
#include "bundle/ImportJob.h"
#include "bundle/Importer.h"
#include "bundle/InboxWatcher.h"
#include "bundle/Keys.h"
#include "bundle/Refusal.h"
#include "core/Lang.h"

#include <fstream>
#include <sstream>

namespace signage::app {

namespace {
// The result banner stays this long (clock ms) so staff can read it.
constexpr core::SteadyMs kResultShownFor = 15000;
// Progress redraws while importing (clock ms; cheap: one banner).
constexpr core::SteadyMs kProgressStep = 250;
} // namespace

ContentUpdates::ContentUpdates(std::filesystem::path dataDir, const core::Clock& clock, std::function<void()> wake,
                               AfterImport afterImport)
    : _dataDir(std::move(dataDir)), _clock(clock), _wake(std::move(wake)), _afterImport(std::move(afterImport)) {}

ContentUpdates::~ContentUpdates() {
    if (_watcher) _watcher->stop();
    _job.reset(); // cancels and joins
    if (_loading.valid()) _loading.wait();
}

void ContentUpdates::setBox(std::string boxId, std::string site) {
    _boxId = std::move(boxId);
    _site = std::move(site);
}

bool ContentUpdates::takeAlerts(const bundle::FoundBundle& found) {
    namespace fs = std::filesystem;
    using core::tr;
    std::error_code ec;
    const bool usb = found.origin == bundle::FoundBundle::Origin::Usb;
    std::vector<fs::path> files, alertBundles;
    bool contentLeft = false; // a content bundle on the stick still to import
    if (usb) {
        files = bundle::findAlertFiles(found.path);
        for (const auto& b : bundle::findBundleFiles(found.path)) {
            if (bundle::isAlertBundle(b)) alertBundles.push_back(b);
            else contentLeft = true;
        }
    } else if (found.path.extension() == ".alert") {
        files = {found.path};
    } else if (bundle::isAlertBundle(found.path)) {
        alertBundles = {found.path};
    }
    if (files.empty() && alertBundles.empty()) return false;
    auto deliver = [&](const std::string& wire, const fs::path& f) {
        if (!_onAlertFile) {
            _log.warn(f.string() +
                      tr(": cảnh báo qua USB cần kết nối văn phòng ([fleet] với khoá văn phòng); bỏ qua",
                         ": a USB alert needs the ward office settings ([fleet] with the office key); ignored"));
            return;
        }
        _onAlertFile(wire, f);
    };
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in || text.str().size() > 64 * 1024) {
            _log.warn(tr("không đọc được tệp cảnh báo ", "cannot read the alert file ") + f.string());
            continue;
        }
        _log.info(tr("tìm thấy cảnh báo ", "alert file found ") + f.string());
        deliver(text.str(), f);
        if (!usb) fs::remove(f, ec);
    }
    if (!alertBundles.empty()) {
        // Verified like any bundle (trusted key, every file's hash) before the agent sees the alert.
        auto keys = bundle::TrustedKeys::load(bundle::defaultTrustedKeysDir());
        for (const auto& b : alertBundles) {
            try {
                bundle::AlertBundle a = bundle::readAlertBundle(b, keys);
                _log.info(tr("gói cảnh báo ", "alert bundle ") + b.string() + tr(" (ký bởi ", " (signed by ") +
                          a.signerName + tr("), chuyển cho kiểm tra cảnh báo", "), handed to the alert checks"));
                deliver(a.wire, b);
            } catch (const bundle::BundleError& e) {
                _log.warn(tr("từ chối gói cảnh báo ", "alert bundle refused ") + b.string() + ": " +
                          bundle::reasonText(e.reason()) + (e.detail().empty() ? "" : " (" + e.detail() + ")") +
                          tr("; vẫn phát nội dung hiện tại", "; the box keeps playing its current content"));
            }
            if (!usb) {
                fs::remove(bundle::signaturePathFor(b), ec);
                fs::remove(b, ec);
            }
        }
    }
    // A stick with alerts and no content bundle: nothing to import (no "not found" banner).
    return !usb || !contentLeft;
}

void ContentUpdates::start() {
    bundle::InboxWatcher::Options o;
    o.inboxDir = _dataDir / "inbox";
    if (_mountInfo) {
        o.mountInfo = *_mountInfo;
        o.mountRoots = _mountRoots;
    }
    _watcher = std::make_unique<bundle::InboxWatcher>(o, [this](const bundle::FoundBundle& found) {
        if (takeAlerts(found)) return;
        if (_found.tryPush(Found{found.path, found.sourceRoot}) && _wake) _wake();
    });
    try {
        _watcher->start();
        _log.info(core::tr("chờ gói nội dung ở ", "watching for content bundles in ") + o.inboxDir.string() +
                  core::tr(" và USB", " and on USB sticks"));
    } catch (const std::exception& e) {
        _log.warn(core::tr("không theo dõi được thư mục nhận: ", "cannot watch the inbox: ") + e.what());
        _watcher.reset();
    }
}

std::shared_ptr<LoadedContent> ContentUpdates::poll() {
    const core::SteadyMs now = _clock.steadyNow();
    if (!_job && !_loading.valid()) {
        if (auto found = _found.tryPop()) {
            bundle::ImportOptions o;
            o.dataDir = _dataDir;
            o.trustedKeys = bundle::TrustedKeys::load(bundle::defaultTrustedKeysDir());
            o.boxId = _boxId;
            o.site = _site;
            _log.info(core::tr("nạp gói ", "importing ") + found->bundle.string());
            auto wake = _wake;
            auto after = _afterImport;
            _job = std::make_unique<bundle::ImportJob>(found->bundle, found->sourceRoot, std::move(o),
                                                       [wake, after](const bundle::ImportResult& r, const std::filesystem::path& root) {
                                                           if (after) after(r, root);
                                                           if (wake) wake();
                                                       });
        }
    }
    if (_job && _job->finished()) {
        const bundle::ImportResult& r = *_job->result();
        _resultText = _job->bannerText();
        _resultUntil = now + kResultShownFor;
        _event = r.message();
        (r.status == bundle::ImportResult::Status::Refused ? _log.warn(_resultText) : _log.info(_resultText));
        if (r.status == bundle::ImportResult::Status::Installed) {
            // Loading the catalog reads files: a worker does it, the render thread swaps.
            std::filesystem::path dir = _dataDir / "content";
            auto wake = _wake;
            _loading = std::async(std::launch::async, [dir, wake] {
                auto loaded = std::make_shared<LoadedContent>(playback::loadContentFor(dir));
                if (wake) wake();
                return loaded;
            });
        }
        _job.reset();
    }
    if (_loading.valid() && _loading.wait_for(std::chrono::seconds(0)) == std::future_status::ready) return _loading.get();
    return nullptr;
}

std::string ContentUpdates::banner() const {
    if (_job) return _job->bannerText();
    if (!_resultText.empty() && _clock.steadyNow() < _resultUntil) return _resultText;
    return {};
}

std::optional<core::SteadyMs> ContentUpdates::nextBannerChange() const {
    const core::SteadyMs now = _clock.steadyNow();
    if (_job) return now + kProgressStep;
    if (!_resultText.empty() && now < _resultUntil) return _resultUntil;
    return std::nullopt;
}

std::optional<std::string> ContentUpdates::takeEvent() {
    auto e = std::move(_event);
    _event.reset();
    return e;
}

} // namespace signage::app
