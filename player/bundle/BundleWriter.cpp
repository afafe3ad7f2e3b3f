// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleWriter.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <exception>
#include <fcntl.h>
#include <vector>

#include "bundle/ArchiveHandle.h"
#include "bundle/Crypto.h"
#include "bundle/Fd.h"
#include "bundle/Refusal.h"
#include "bundle/SafePath.h"
#include "core/Lang.h"

namespace signage::bundle {

namespace fs = std::filesystem;
using core::tr;

namespace {

constexpr size_t kChunk = 256 * 1024;

struct SourceFile {
    fs::path full;
    FileEntry entry;
};

/// Regular files under `dir`, sorted by path so the same content makes the same tar.
std::vector<SourceFile> listFiles(const fs::path& dir, size_t& skippedHidden) {
    std::vector<SourceFile> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    if (ec) throw BundleError(Reason::BadManifest, dir.string() + ": " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) throw BundleError(Reason::IoError, dir.string() + ": " + ec.message());
        const fs::path& p = it->path();
        std::string rel = p.lexically_relative(dir).generic_string();
        if (p.filename().string().front() == '.') {
            ++skippedHidden;
            if (it->is_directory(ec) && !it->is_symlink(ec)) it.disable_recursion_pending();
            continue;
        }
        fs::file_status st = it->symlink_status(ec);
        if (fs::is_symlink(st))
            throw BundleError(Reason::ForbiddenEntry, rel + tr(" (liên kết mềm: hãy chép tệp thật vào)", " (symbolic link: copy the real file in)"));
        if (fs::is_directory(st)) continue;
        if (!fs::is_regular_file(st)) throw BundleError(Reason::ForbiddenEntry, rel + tr(" (không phải tệp thường)", " (not a regular file)"));
        if (rel == "manifest.toml") continue;
        SourceFile f;
        f.full = p;
        f.entry.path = checkEntryPath(rel);
        files.push_back(std::move(f));
    }
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.entry.path < b.entry.path; });
    return files;
}

/// Reads a file in chunks; `onChunk` sees each one. Returns the sha256.
template <typename Fn>
std::string readFile(const SourceFile& f, std::vector<std::uint8_t>& buf, Fn&& onChunk) {
    UniqueFd fd(::open(f.full.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd) throw BundleError(Reason::IoError, f.full.string() + ": " + std::strerror(errno));
    Sha256 sha;
    for (;;) {
        ssize_t n = ::read(fd.get(), buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw BundleError(Reason::IoError, f.full.string() + ": " + std::strerror(errno));
        if (n == 0) break;
        sha.update(buf.data(), static_cast<size_t>(n));
        onChunk(buf.data(), static_cast<size_t>(n));
    }
    return sha.finishHex();
}

/// libarchive's output: the temp file, hashed (BLAKE2b-512) on the way for the signature.
struct WriteClient {
    int fd = -1;
    Blake2b512 hash;
    std::uint64_t written = 0;
    int error = 0;

    static la_ssize_t onWrite(archive* a, void* self, const void* data, size_t size) {
        auto* c = static_cast<WriteClient*>(self);
        if (int err = writeAll(c->fd, data, size)) {
            c->error = err;
            archive_set_error(a, err, "write failed");
            return -1;
        }
        c->hash.update(data, size);
        c->written += size;
        return static_cast<la_ssize_t>(size);
    }
};

/// Removes the half-written temp file unless released.
struct TempFileGuard {
    fs::path path;
    ~TempFileGuard() {
        if (!path.empty()) ::unlink(path.c_str());
    }
};

void check(archive* a, int rc, const WriteClient& client, const std::string& what) {
    if (rc == ARCHIVE_OK || rc == ARCHIVE_WARN) return;
    if (client.error) throw BundleError(reasonForWriteErrno(client.error), what + ": " + std::strerror(client.error));
    const char* msg = archive_error_string(a);
    throw BundleError(Reason::IoError, what + ": " + core::withLibraryDetail(core::tr("không ghi được gói", "cannot write the bundle"), "libarchive", msg ? msg : ""));
}

void writeHeader(archive* a, const WriteClient& client, const std::string& path, std::uint64_t size) {
    ArchiveEntryPtr e(archive_entry_new());
    archive_entry_set_pathname_utf8(e.get(), path.c_str());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), 0644);
    archive_entry_set_size(e.get(), static_cast<la_int64_t>(size));
    archive_entry_set_mtime(e.get(), 0, 0); // same content, same bytes
    check(a, archive_write_header(a, e.get()), client, path);
}

} // namespace

fs::path signaturePathFor(const fs::path& bundle) {
    fs::path p = bundle;
    p += ".minisig";
    return p;
}

CreateResult createBundle(const fs::path& contentDir, const SecretKey& key, const fs::path& out, const CreateOptions& options) {
    CreateResult result;
    fs::path manifestPath = contentDir / "manifest.toml";
    std::string original;
    try {
        original = readSmallFile(manifestPath, 16u << 20);
    } catch (const std::system_error& e) {
        throw BundleError(Reason::BadManifest, manifestPath.string() + ": " + e.code().message());
    }
    parseManifest(original, manifestPath.string()); // file:line:col errors against the author's file

    std::vector<SourceFile> files = listFiles(contentDir, result.skippedHidden);
    std::uint64_t total = 0;
    for (auto& f : files) {
        std::error_code ec;
        f.entry.size = fs::file_size(f.full, ec);
        total += f.entry.size;
    }
    std::vector<std::uint8_t> buf(kChunk);
    std::uint64_t done = 0;
    auto report = [&](Phase phase, double base) {
        if (options.progress) options.progress({phase, done, total, base + 0.5 * (total ? double(done) / double(total) : 1.0)});
    };
    for (auto& f : files) {
        std::uint64_t size = 0;
        f.entry.sha256 = readFile(f, buf, [&](const std::uint8_t*, size_t n) {
            size += n;
            done += n;
            report(Phase::Hashing, 0);
        });
        f.entry.size = size;
    }
    std::vector<FileEntry> entries;
    for (const auto& f : files) entries.push_back(f.entry);
    std::string manifestText = manifestWithFiles(original, entries, manifestPath.string());
    result.manifest = parseManifest(manifestText, "manifest.toml");

    fs::path tmp = out;
    tmp += ".tmp-" + std::to_string(::getpid());
    TempFileGuard guard{tmp};
    UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644));
    if (!fd) throw BundleError(reasonForWriteErrno(errno), tmp.string() + ": " + std::strerror(errno));
    WriteClient client;
    client.fd = fd.get();
    ScopedUtf8Locale utf8; // before the archive handle, gone after it
    {
        ArchiveWritePtr a(archive_write_new()); // destroyed before `client`
        // pax_restricted: plain ustar headers, pax records only for long or non-ASCII
        // (Vietnamese) names, which are stored as UTF-8.
        archive_write_set_format_pax_restricted(a.get());
        if (options.zstd) {
            if (archive_write_add_filter_zstd(a.get()) != ARCHIVE_OK)
                throw BundleError(Reason::IoError, tr("libarchive không hỗ trợ zstd", "libarchive lacks zstd support"));
            archive_write_set_filter_option(a.get(), "zstd", "compression-level", std::to_string(options.zstdLevel).c_str());
        }
        archive_write_set_bytes_in_last_block(a.get(), 1);
        check(a.get(), archive_write_open2(a.get(), &client, nullptr, &WriteClient::onWrite, nullptr, nullptr), client, out.string());

        writeHeader(a.get(), client, "manifest.toml", manifestText.size());
        if (archive_write_data(a.get(), manifestText.data(), manifestText.size()) < 0) check(a.get(), ARCHIVE_FATAL, client, "manifest.toml");
        done = 0;
        for (const auto& f : files) {
            writeHeader(a.get(), client, f.entry.path, f.entry.size);
            std::uint64_t size = 0;
            std::string sha = readFile(f, buf, [&](const std::uint8_t* p, size_t n) {
                size += n;
                if (size > f.entry.size) return; // caught below as a change
                if (archive_write_data(a.get(), p, n) < 0) check(a.get(), ARCHIVE_FATAL, client, f.entry.path);
                done += n;
                report(Phase::Writing, 0.5);
            });
            if (size != f.entry.size || sha != f.entry.sha256)
                throw BundleError(Reason::HashMismatch, f.full.string() + tr(" (tệp thay đổi khi đang đóng gói)", " (changed while being bundled)"));
        }
        check(a.get(), archive_write_close(a.get()), client, out.string());
    }
    if (::fsync(fd.get()) != 0) throw BundleError(reasonForWriteErrno(errno), tmp.string() + ": " + std::strerror(errno));
    if (int err = fd.close()) throw BundleError(reasonForWriteErrno(err), tmp.string() + ": " + std::strerror(err));

    FileHash hash = client.hash.finish();
    std::string trusted = "timestamp:" + std::to_string(static_cast<long long>(std::time(nullptr))) +
                          "\tfile:" + out.filename().string() + "\thashed\tbundle:" + result.manifest.id +
                          "\tversion:" + result.manifest.version +
                          (result.manifest.kind == "alert" ? "\tkind:alert" : "");
    Signature sig = signHash(key, hash, trusted, "signature from canhbao-signage key " + keyIdHex(key.id));
    if (::rename(tmp.c_str(), out.c_str()) != 0) throw BundleError(reasonForWriteErrno(errno), out.string() + ": " + std::strerror(errno));
    guard.path.clear();
    result.signature = signaturePathFor(out);
    try {
        writeFileAtomic(result.signature, formatSignature(sig));
    } catch (const std::system_error& e) {
        throw BundleError(reasonForWriteErrno(e.code().value()), e.what());
    }
    result.bundle = out;
    result.bundleBytes = client.written;
    if (options.progress) options.progress({Phase::Done, total, total, 1.0});
    return result;
}

} // namespace signage::bundle
