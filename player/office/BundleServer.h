// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The office's HTTPS server for announced bundles (cpp-httplib): GET /bundles/NAME.bundle
// from OFFICE_DIR/bundles, streamed from disk in chunks, with Range requests (a box that
// lost its link half way asks for the rest). TLS with the broker's server certificate,
// so a box checks it against the same office CA as its MQTT link. Its own thread.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "fleet/BundleAnnounce.h"
#include "office/OfficeDir.h"

namespace signage::office {

struct BundleServerOptions {
    std::filesystem::path dir; // files served (names [A-Za-z0-9._-]+ ending .bundle)
    std::string bind = "0.0.0.0";
    int port = 8443;
    std::filesystem::path cert, key; // both empty: plain HTTP (tests only)
};

class BundleServer {
public:
    explicit BundleServer(BundleServerOptions options);
    ~BundleServer();
    BundleServer(const BundleServer&) = delete;
    BundleServer& operator=(const BundleServer&) = delete;

    bool start(std::string* error = nullptr);
    void stop();
    int port() const { return _options.port; }
    std::uint64_t requests() const { return _requests; }
    std::uint64_t rangeRequests() const { return _ranges; }

    struct Impl;

private:
    BundleServerOptions _options;
    std::unique_ptr<Impl> _impl;
    std::thread _thread;
    std::atomic<std::uint64_t> _requests{0}, _ranges{0};
};

/// Copies a signed bundle (FILE and FILE.minisig) into OFFICE_DIR/bundles as ID-VERSION.bundle
/// (id and version from the signature's trusted comment) and returns its announcement
/// (not yet signed). The URL is "https://{host}:PORT/bundles/...": each box puts in the
/// address it already uses for the broker (a name in the office certificate). Throws
/// std::runtime_error with the file's name.
fleet::BundleAnnouncement stageBundle(const OfficeDir& dir, const OfficeSettings& s,
                                      const std::filesystem::path& bundle, std::int64_t nowMs);

} // namespace signage::office
