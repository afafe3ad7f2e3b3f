// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/AlertBundle.h"

#include <system_error>

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/ByteSource.h"
#include "bundle/Fd.h"
#include "bundle/Minisign.h"
#include "bundle/Refusal.h"
#include "bundle/Verifier.h"
#include "core/Lang.h"

namespace signage::bundle {

namespace fs = std::filesystem;
using core::tr;

namespace {
/// Keeps alert.signed in memory; everything else is checked and dropped.
class AlertSink final : public EntrySink {
public:
    void beginFile(const std::string& path, std::uint64_t) override { _inAlert = path == kAlertEntry; }
    void fileData(const void* data, size_t size) override {
        if (_inAlert) _pending.append(static_cast<const char*>(data), size);
    }
    void endFile() override {
        if (_inAlert) _wire = std::move(_pending); // only once its sha256 matched the manifest
        _pending.clear();
        _inAlert = false;
    }
    std::string take() { return std::move(_wire); }

private:
    bool _inAlert = false;
    std::string _pending, _wire;
};
} // namespace

bool isAlertBundle(const fs::path& bundle) {
    try {
        auto sig = parseSignature(readSmallFile(signaturePathFor(bundle), 64 * 1024));
        return parseTrustedComment(sig.trustedComment)["kind"] == "alert";
    } catch (const std::exception&) {
        return false;
    }
}

AlertBundle readAlertBundle(const fs::path& bundle, const TrustedKeys& keys) {
    std::error_code ec;
    const auto size = fs::file_size(bundle, ec);
    if (ec) throw BundleError(Reason::SourceUnreadable, bundle.string() + ": " + ec.message());
    if (size > kMaxAlertBundleBytes)
        throw BundleError(Reason::TooLarge, bundle.filename().string() +
                                                tr(" (gói cảnh báo quá lớn)", " (too large for an alert bundle)"));
    SignatureCheck sig = checkSignatureFile(bundle, keys);
    ReadLimits limits;
    limits.maxTotalBytes = limits.maxFileBytes = kMaxAlertBundleBytes;
    limits.maxFiles = 4;
    limits.maxManifestBytes = 64 * 1024;
    // The signature over the whole file first, before any parser sees its bytes (as an import does).
    FileHash hash;
    {
        auto source = openFileSource(bundle);
        hash = hashSource(*source);
    }
    if (!verifyHash(sig.signer->key, sig.signature, hash))
        throw BundleError(Reason::BadSignature, bundle.filename().string());
    AlertSink sink;
    ScanResult scan;
    {
        auto source = openFileSource(bundle);
        scan = scanBundle(*source, limits, &sink);
    }
    if (scan.fileHash != hash)
        throw BundleError(Reason::BadSignature, bundle.filename().string() +
                                                    tr(" (tệp thay đổi khi đang đọc)", " (changed while being read)"));
    if (scan.manifest.kind != "alert")
        throw BundleError(Reason::BadManifest,
                          bundle.filename().string() + tr(": không phải gói cảnh báo", ": not an alert bundle"));
    AlertBundle out;
    out.manifest = std::move(scan.manifest);
    out.wire = sink.take();
    out.signerName = sig.signer->name;
    if (out.wire.empty())
        throw BundleError(Reason::BadManifest, bundle.filename().string() +
                                                   tr(": gói cảnh báo không có ", ": the alert bundle has no ") +
                                                   kAlertEntry);
    return out;
}

} // namespace signage::bundle
