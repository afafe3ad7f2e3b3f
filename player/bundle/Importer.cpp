// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Importer.h"

#include <algorithm>
#include <sys/statvfs.h>
#include <system_error>

#include "bundle/AlertBundle.h"
#include "bundle/BundleStore.h"
#include "bundle/BundleWriter.h"
#include "bundle/Crypto.h"
#include "bundle/Fd.h"
#include "bundle/StagingWriter.h"
#include "bundle/Verifier.h"
#include "bundle/Version.h"
#include "core/Lang.h"
#include "core/Log.h"

namespace signage::bundle {

namespace fs = std::filesystem;
using core::tr;

namespace {

const core::Logger kLog("bundle");

/// Removes the staging directory unless the import got as far as committing it.
struct StagingGuard {
    fs::path dir;
    ~StagingGuard() {
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
    }
};

std::string megabytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return !value.empty() && std::find(list.begin(), list.end(), value) != list.end();
}

/// "sites cho-lon; boxes box-9" for a refusal.
std::string targetText(const BundleManifest& m) {
    auto join = [](const std::vector<std::string>& v) {
        std::string out;
        for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
        return out;
    };
    std::string out;
    if (!m.targetSites.empty()) out += tr("điểm ", "sites ") + join(m.targetSites);
    if (!m.targetBoxes.empty()) out += (out.empty() ? "" : "; ") + tr("máy ", "boxes ") + join(m.targetBoxes);
    return out;
}

/// The checks made once the manifest is known and before a single byte is written.
void checkPolicy(const BundleManifest& m, const std::optional<InstalledBundle>& current, const ImportOptions& o,
                 const fs::path& staging) {
    if (m.kind == "alert")
        throw BundleError(Reason::BadManifest, tr("gói cảnh báo (kind = \"alert\") không phải nội dung: máy nhận nó "
                                                  "qua USB và kiểm tra như cảnh báo của văn phòng",
                                                  "an alert bundle (kind = \"alert\") is not content: a box takes it "
                                                  "from USB and checks it like an office alert"));
    if (!m.minPlayerVersion.empty() && playerVersion() < *Version::parse(m.minPlayerVersion))
        throw BundleError(Reason::PlayerTooOld, tr("cần ", "needs ") + m.minPlayerVersion + tr(", máy đang chạy ", ", this box runs ") +
                                                    playerVersion().text());
    if (!m.targetBoxes.empty() || !m.targetSites.empty()) {
        if (o.boxId.empty() && o.site.empty()) {
            // Accepting would play another site's content; refusing tells staff what to set.
            throw BundleError(Reason::NotForThisBox,
                              tr("gói chỉ dành cho ", "the bundle is only for ") + targetText(m) +
                                  tr(", nhưng máy này chưa có mã máy hay mã điểm ([box] id, site trong signage.toml)",
                                     ", but this box has no id or site configured ([box] id, site in signage.toml)"));
        } else if (!contains(m.targetBoxes, o.boxId) && !contains(m.targetSites, o.site)) {
            throw BundleError(Reason::NotForThisBox, tr("máy ", "box ") + (o.boxId.empty() ? "?" : o.boxId) + tr(", điểm ", ", site ") +
                                                         (o.site.empty() ? "?" : o.site));
        }
    }
    if (current) {
        auto installed = Version::parse(current->version);
        auto incoming = Version::parse(m.version);
        if (installed && incoming && !(*installed < *incoming))
            throw BundleError(Reason::Older, m.version + tr(", đang dùng ", ", installed ") + current->version +
                                                 tr(" (dùng `signage bundle rollback` để quay lại bản cũ)", " (use `signage bundle rollback` to go back)"));
    }
    struct statvfs vfs {};
    if (::statvfs(staging.c_str(), &vfs) == 0) {
        std::uint64_t avail = static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize;
        std::uint64_t need = m.totalBytes() + o.reserveFreeBytes;
        if (avail < need)
            throw BundleError(Reason::DiskFull, tr("cần ", "needs ") + megabytes(need) + tr(", còn trống ", ", free ") + megabytes(avail));
    }
}

void fillFromInstalled(ImportResult& r, const InstalledBundle& b) {
    r.manifest.id = b.id;
    r.manifest.name = b.name;
    r.manifest.version = b.version;
    r.installedDir = b.dir;
}

ImportResult importFile(const fs::path& file, const ImportOptions& o) {
    ImportResult r;
    r.source = file;
    auto report = [&](Phase phase, std::uint64_t done, std::uint64_t total, double base, double span) {
        if (o.progress) o.progress({phase, done, total, base + span * (total ? double(done) / double(total) : 1.0)});
    };
    try {
        BundleStore store(o.dataDir);
        auto lock = store.lock();
        store.recover();
        if (!fs::exists(file)) throw BundleError(Reason::NotFound, file.string());

        SignatureCheck sig = checkSignatureFile(file, o.trustedKeys);
        r.keyId = keyIdHex(sig.signature.keyId);
        r.keyName = sig.signer->name;
        auto comment = parseTrustedComment(sig.signature.trustedComment);
        r.manifest.id = comment["bundle"];
        r.manifest.version = comment["version"];

        auto current = store.current();
        if (current) {
            std::string installedSig;
            try {
                installedSig = readSmallFile(current->dir / "bundle.minisig", 64 * 1024);
            } catch (const std::system_error&) {
            }
            if (installedSig == sig.signatureText) {
                fillFromInstalled(r, *current);
                r.status = ImportResult::Status::AlreadyInstalled;
                return r;
            }
        }

        // Pass 1: the signature over the whole file, before any parser sees its bytes.
        const SourceOpener opener = o.openSource ? o.openSource : SourceOpener(openFileSource);
        std::uint64_t sourceSize = 0;
        auto open = [&](bool second) {
            std::unique_ptr<ByteSource> source;
            try {
                source = opener(file);
            } catch (const BundleError& e) {
                // Gone between the passes: the stick was pulled.
                if (second && e.reason() == Reason::NotFound) throw BundleError(Reason::SourceUnreadable, e.detail());
                throw;
            }
            if (second && source->size() != sourceSize)
                throw BundleError(Reason::SourceUnreadable, file.filename().string() + tr(" (kích thước tệp thay đổi)", " (the file changed size)"));
            sourceSize = source->size();
            return source;
        };
        FileHash hash;
        {
            auto source = open(false);
            hash = hashSource(*source, [&](std::uint64_t d, std::uint64_t t) { report(Phase::Verifying, d, t, 0.0, 0.45); }, o.stop);
        }
        if (!verifyHash(sig.signer->key, sig.signature, hash))
            throw BundleError(Reason::BadSignature, file.filename().string());
        if (current && current->fileHash == toHex(hash)) {
            fillFromInstalled(r, *current);
            r.status = ImportResult::Status::AlreadyInstalled;
            return r;
        }

        // Pass 2: unpack, checking every file against the (now authenticated) manifest and
        // hashing the stream again, so a file swapped between the passes is caught.
        fs::path staging = store.createStaging();
        StagingGuard guard{staging};
        StagingWriter writer(staging / "content", [&](const BundleManifest& m) {
            r.manifest = m;
            checkPolicy(m, current, o, staging);
        });
        ScanResult scan;
        {
            auto source = open(true);
            scan = scanBundle(*source, o.limits, &writer, [&](std::uint64_t d, std::uint64_t t) { report(Phase::Unpacking, d, t, 0.45, 0.5); },
                              o.stop);
        }
        if (scan.fileHash != hash)
            throw BundleError(Reason::BadSignature, file.filename().string() + tr(" (tệp thay đổi khi đang nạp)", " (changed while being imported)"));
        r.manifest = scan.manifest;
        r.bytes = scan.bytesRead;

        writeFileUnsynced(staging / "bundle.minisig", sig.signatureText);
        if (o.stop.stop_requested()) throw BundleError(Reason::Cancelled, {});

        report(Phase::Syncing, 0, 1, 0.95, 0.03); // commit() syncs staging, then renames it
        InstalledBundle info;
        info.id = r.manifest.id;
        info.name = r.manifest.name;
        info.version = r.manifest.version;
        info.keyId = r.keyId;
        info.keyName = r.keyName;
        info.fileHash = toHex(hash);
        info.source = fs::absolute(file).string();
        InstalledBundle installed = store.commit(staging, info);
        guard.dir.clear();
        report(Phase::Switching, 0, 1, 0.98, 0.02);
        store.activate(installed);
        store.prune(o.keep);
        r.installedDir = installed.dir;
        r.status = ImportResult::Status::Installed;
        report(Phase::Done, 1, 1, 0.0, 1.0);
    } catch (const BundleError& e) {
        r.status = ImportResult::Status::Refused;
        r.reason = e.reason();
        r.detail = e.detail();
    } catch (const std::system_error& e) {
        r.status = ImportResult::Status::Refused;
        r.reason = reasonForWriteErrno(e.code().value());
        r.detail = e.what();
    } catch (const std::exception& e) {
        r.status = ImportResult::Status::Refused;
        r.reason = Reason::IoError;
        r.detail = e.what();
    }
    return r;
}

bool hasSuffix(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::vector<fs::path> findBundleFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const fs::path& d : {dir, dir / "signage"}) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(d, ec)) {
            std::string name = entry.path().filename().string();
            if (name.empty() || name[0] == '.' || hasSuffix(name, ".minisig") || !entry.is_regular_file(ec)) continue;
            if (hasSuffix(name, ".bundle") || fs::exists(signaturePathFor(entry.path()), ec)) out.push_back(entry.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

ImportResult importDirectory(const fs::path& dir, const ImportOptions& o) {
    auto files = findBundleFiles(dir);
    // Alert bundles on the stick are the fleet agent's (ContentUpdates hands them over), not content.
    files.erase(std::remove_if(files.begin(), files.end(), [](const fs::path& f) { return isAlertBundle(f); }),
                files.end());
    if (files.empty()) {
        ImportResult r;
        r.source = dir;
        r.reason = Reason::NotFound;
        r.detail = dir.string();
        return r;
    }
    // Highest signed version first (the trusted comment is authenticated cheaply);
    // unverifiable files last, where their refusal is still reported if nothing else works.
    struct Candidate {
        fs::path file;
        std::optional<Version> version;
    };
    std::vector<Candidate> candidates;
    for (const auto& f : files) {
        Candidate c{f, std::nullopt};
        try {
            auto sig = checkSignatureFile(f, o.trustedKeys);
            c.version = Version::parse(parseTrustedComment(sig.signature.trustedComment)["version"]);
        } catch (const BundleError&) {
        }
        candidates.push_back(std::move(c));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.version && b.version) return *b.version < *a.version;
        return a.version.has_value() && !b.version.has_value();
    });
    std::optional<ImportResult> firstRefusal;
    for (const auto& c : candidates) {
        ImportResult r = importFile(c.file, o);
        if (r.ok() || r.reason == Reason::Cancelled) return r;
        if (!firstRefusal) firstRefusal = std::move(r);
    }
    return *firstRefusal;
}

} // namespace

std::string ImportResult::message() const {
    std::string what = manifest.name.empty() ? manifest.id : manifest.name;
    std::string label = what.empty() ? source.filename().string() : what + (manifest.version.empty() ? "" : ", " + manifest.version);
    switch (status) {
    case Status::Installed: return tr("Đã cập nhật: ", "Updated: ") + label;
    case Status::AlreadyInstalled: return tr("Đã có sẵn: ", "Already installed: ") + label;
    case Status::Refused: break;
    }
    return tr("Không nạp ", "Refused ") + source.filename().string() + ": " + reasonText(reason) + (detail.empty() ? "" : " (" + detail + ")");
}

ImportResult importBundle(const fs::path& fileOrDir, const ImportOptions& options) {
    std::error_code ec;
    if (fs::is_directory(fileOrDir, ec)) return importDirectory(fileOrDir, options);
    return importFile(fileOrDir, options);
}

ImportResult rollbackBundle(const fs::path& dataDir) {
    ImportResult r;
    r.source = dataDir;
    try {
        BundleStore store(dataDir);
        auto lock = store.lock();
        store.recover();
        auto current = store.current();
        auto all = store.installed();
        const InstalledBundle* target = nullptr;
        for (const auto& b : all)
            if (current && b.seq < current->seq) target = &b;
        if (!target)
            throw BundleError(Reason::NotFound, tr("không có bản cài trước để quay lại", "no earlier bundle to roll back to"));
        store.activate(*target);
        fillFromInstalled(r, *target);
        r.keyId = target->keyId;
        r.keyName = target->keyName;
        r.status = ImportResult::Status::Installed;
    } catch (const BundleError& e) {
        r.reason = e.reason();
        r.detail = e.detail();
    } catch (const std::exception& e) {
        r.reason = Reason::IoError;
        r.detail = e.what();
    }
    return r;
}

void recoverStore(const fs::path& dataDir) {
    try {
        BundleStore store(dataDir);
        auto lock = store.lock();
        store.recover();
    } catch (const std::exception& e) {
        kLog.error(std::string("recovering ") + dataDir.string() + ": " + e.what());
    }
}

} // namespace signage::bundle
