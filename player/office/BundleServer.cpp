// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/BundleServer.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <httplib.h>

#include "core/Lang.h"
#include "core/Log.h"
#include "fleet/Download.h"
#include "fleet/Topics.h"

namespace signage::office {

namespace {
const core::Logger kLog("office");
} // namespace

struct BundleServer::Impl {
    std::unique_ptr<httplib::Server> server;
};

BundleServer::BundleServer(BundleServerOptions options)
    : _options(std::move(options)), _impl(std::make_unique<Impl>()) {}

BundleServer::~BundleServer() { stop(); }

bool BundleServer::start(std::string* error) {
    if (!_options.cert.empty())
        _impl->server = std::make_unique<httplib::SSLServer>(_options.cert.c_str(), _options.key.c_str());
    else _impl->server = std::make_unique<httplib::Server>();
    auto& srv = *_impl->server;
    if (!srv.is_valid()) {
        if (error) *error = "TLS certificate or key unusable: " + _options.cert.string();
        return false;
    }
    srv.Get(R"(/bundles/([A-Za-z0-9_-][A-Za-z0-9._-]*\.bundle))",
            [this](const httplib::Request& req, httplib::Response& res) {
                ++_requests;
                if (req.has_header("Range")) ++_ranges;
                std::filesystem::path file = _options.dir / req.matches[1].str();
                std::error_code ec;
                auto size = std::filesystem::file_size(file, ec);
                std::shared_ptr<std::FILE> f(ec ? nullptr : std::fopen(file.c_str(), "rb"), [](std::FILE* p) {
                    if (p) std::fclose(p);
                });
                if (!f) {
                    res.status = 404;
                    return;
                }
                res.set_content_provider(static_cast<size_t>(size), "application/octet-stream",
                                         [f](size_t offset, size_t length, httplib::DataSink& sink) {
                                             char buf[64 * 1024];
                                             size_t n = std::min(length, sizeof buf);
                                             if (std::fseek(f.get(), static_cast<long>(offset), SEEK_SET) != 0)
                                                 return false;
                                             n = std::fread(buf, 1, n, f.get());
                                             return n > 0 && sink.write(buf, n);
                                         });
            });
    if (_options.port == 0) _options.port = srv.bind_to_any_port(_options.bind.c_str());
    else if (!srv.bind_to_port(_options.bind.c_str(), _options.port)) _options.port = -1;
    if (_options.port <= 0) {
        if (error) *error = "cannot listen on " + _options.bind + ":" + std::to_string(_options.port);
        return false;
    }
    _thread = std::thread([&srv] { srv.listen_after_bind(); });
    kLog.info(core::tr("máy chủ gói nội dung ở cổng ", "bundle server on port ") + std::to_string(_options.port));
    return true;
}

void BundleServer::stop() {
    if (_impl->server) _impl->server->stop();
    if (_thread.joinable()) _thread.join();
}

fleet::BundleAnnouncement stageBundle(const OfficeDir& dir, const OfficeSettings& s,
                                      const std::filesystem::path& bundle, std::int64_t nowMs) {
    namespace fs = std::filesystem;
    using core::tr;
    fs::path sig = bundle;
    sig += ".minisig";
    std::ifstream sin(sig);
    if (!sin)
        throw std::runtime_error(sig.string() + ": " + tr("thiếu chữ ký (.minisig)", "missing signature (.minisig)"));
    std::ostringstream sigText;
    sigText << sin.rdbuf();
    // id and version from the signature's trusted comment ("...\tbundle:ID\tversion:V").
    fleet::BundleAnnouncement a;
    std::string text = sigText.str();
    auto field = [&](const std::string& name) {
        auto p = text.find("\t" + name + ":");
        if (p == std::string::npos) return std::string();
        p += name.size() + 2;
        auto e = text.find_first_of("\t\n", p);
        return text.substr(p, e == std::string::npos ? std::string::npos : e - p);
    };
    a.id = field("bundle");
    a.version = field("version");
    if (!fleet::validName(a.id) || a.version.empty() || !fleet::validName(a.version))
        throw std::runtime_error(
            sig.string() + ": " +
            tr("không có bundle/version trong chú thích tin cậy", "no bundle/version in the trusted comment"));
    a.ward = s.broker.ward;
    a.file = a.id + "-" + a.version + ".bundle";
    fs::create_directories(dir.bundles());
    fs::path dest = dir.bundles() / a.file, tmp = dest;
    tmp += ".tmp";
    fs::path destSig = dest;
    destSig += ".minisig";
    std::error_code same;
    if (!fs::equivalent(bundle, dest, same)) { // the console signs straight into bundles/
        fs::copy_file(bundle, tmp, fs::copy_options::overwrite_existing);
        fs::rename(tmp, dest);
    }
    if (!fs::equivalent(sig, destSig, same)) fs::copy_file(sig, destSig, fs::copy_options::overwrite_existing);
    a.size = fs::file_size(dest);
    a.sha256 = fleet::sha256File(dest);
    a.minisig = text;
    a.issuedMs = nowMs;
    // "{host}": each box puts in the address it reaches the office's broker at, which is the
    // office itself with the local broker. With an external cluster that address is the
    // cluster's, so the announcement names the office (the last of [office] hosts, the
    // name enroll gives the boxes in local mode; the office's certificate carries it).
    std::string host = "{host}";
    if (s.brokerLink.external() && !s.broker.hostNames.empty()) host = s.broker.hostNames.back();
    a.url = "https://" + host + ":" + std::to_string(s.httpPort) + "/bundles/" + a.file;
    return a;
}

} // namespace signage::office
