// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Verifier.h"

#include <system_error>

#include "bundle/BundleWriter.h"
#include "bundle/Fd.h"
#include "bundle/Refusal.h"
#include "core/Lang.h"

namespace signage::bundle {

namespace fs = std::filesystem;
using core::tr;

SignatureCheck checkSignatureFile(const fs::path& bundle, const TrustedKeys& keys) {
    SignatureCheck check;
    fs::path sigPath = signaturePathFor(bundle);
    try {
        check.signatureText = readSmallFile(sigPath, 64 * 1024);
    } catch (const std::system_error& e) {
        if (e.code().value() == ENOENT) throw BundleError(Reason::Unsigned, sigPath.filename().string() + tr(" không có", " is missing"));
        if (e.code().value() == EFBIG) throw BundleError(Reason::BadSignature, sigPath.filename().string());
        throw BundleError(Reason::SourceUnreadable, sigPath.string() + ": " + e.code().message());
    }
    try {
        check.signature = parseSignature(check.signatureText);
    } catch (const FormatError& e) {
        throw BundleError(Reason::BadSignature, sigPath.filename().string() + ": " + e.what());
    }
    check.signer = keys.find(check.signature.keyId);
    if (!check.signer)
        throw BundleError(Reason::UnknownKey, tr("khóa ", "key ") + keyIdHex(check.signature.keyId) +
                                                  (keys.empty() ? tr(", chưa có khóa tin cậy nào trong ", ", no trusted keys in ")
                                                                : tr(", không có trong ", ", not in ")) +
                                                  keys.source().string());
    if (!verifyTrustedComment(check.signer->key, check.signature))
        throw BundleError(Reason::BadSignature, tr("chú thích tin cậy bị sửa", "the trusted comment was altered"));
    return check;
}

std::map<std::string, std::string> parseTrustedComment(const std::string& comment) {
    std::map<std::string, std::string> out;
    size_t start = 0;
    while (start <= comment.size()) {
        size_t tab = comment.find('\t', start);
        std::string field = comment.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
        size_t colon = field.find(':');
        if (colon != std::string::npos) out[field.substr(0, colon)] = field.substr(colon + 1);
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

VerifyResult verifyBundle(const fs::path& bundle, const TrustedKeys& keys, const ReadLimits& limits, const ProgressFn& progress,
                          std::stop_token stop, const SourceOpener& open) {
    VerifyResult result;
    if (!fs::exists(bundle)) throw BundleError(Reason::NotFound, bundle.string());
    result.signature = checkSignatureFile(bundle, keys);
    auto source = open ? open(bundle) : openFileSource(bundle);
    ScanResult scan = scanBundle(*source, limits, nullptr, [&](std::uint64_t done, std::uint64_t total) {
        if (progress) progress({Phase::Verifying, done, total, total ? double(done) / double(total) : 1.0});
    }, stop);
    if (!verifyHash(result.signature.signer->key, result.signature.signature, scan.fileHash))
        throw BundleError(Reason::BadSignature, bundle.filename().string());
    result.manifest = std::move(scan.manifest);
    result.bytes = scan.bytesRead;
    return result;
}

} // namespace signage::bundle
