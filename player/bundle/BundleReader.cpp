// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleReader.h"

#include <exception>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bundle/ArchiveHandle.h"
#include "bundle/Crypto.h"
#include "bundle/Refusal.h"
#include "core/Lang.h"

namespace signage::bundle {

using core::tr;

namespace {

constexpr size_t kReadBuffer = 256 * 1024;

/// libarchive's client: feeds it the source, hashing every byte on the way. Errors cannot
/// cross libarchive's C frames, so they are parked here and rethrown by the caller.
struct ReadClient {
    ByteSource& source;
    const ByteProgressFn& progress;
    std::stop_token stop;
    Blake2b512 hash;
    std::vector<std::uint8_t> buffer = std::vector<std::uint8_t>(kReadBuffer); // libarchive reads from here
    std::vector<std::uint8_t> chunk = std::vector<std::uint8_t>(kReadBuffer);  // entry data lands here
    std::uint64_t bytesRead = 0;
    std::exception_ptr error;

    size_t pull(void* dst, size_t size) {
        if (stop.stop_requested()) throw BundleError(Reason::Cancelled, {});
        size_t n = source.read(dst, size);
        hash.update(dst, n);
        bytesRead += n;
        if (progress) progress(bytesRead, source.size());
        return n;
    }

    static la_ssize_t onRead(archive* a, void* self, const void** out) {
        auto* c = static_cast<ReadClient*>(self);
        try {
            size_t n = c->pull(c->buffer.data(), c->buffer.size());
            *out = c->buffer.data();
            return static_cast<la_ssize_t>(n);
        } catch (...) {
            c->error = std::current_exception();
            archive_set_error(a, EIO, "source read failed");
            return -1;
        }
    }
};

[[noreturn]] void archiveFailed(archive* a, ReadClient& client) {
    if (client.error) std::rethrow_exception(client.error);
    const char* msg = archive_error_string(a);
    throw BundleError(Reason::Malformed, core::withLibraryDetail(core::tr("gói hỏng hoặc không phải gói nội dung", "the bundle is damaged or not a content bundle"),
                                                                 "libarchive", msg ? msg : ""));
}

/// Reads the next header; false at the end of the archive.
bool nextHeader(archive* a, archive_entry** entry, ReadClient& client) {
    int rc = archive_read_next_header(a, entry);
    if (rc == ARCHIVE_EOF) return false;
    if (rc == ARCHIVE_WARN) return true; // e.g. an unknown pax keyword: the checks below still apply
    if (rc != ARCHIVE_OK) archiveFailed(a, client);
    return true;
}

const char* entryPath(archive_entry* entry) {
    const char* p = archive_entry_pathname_utf8(entry);
    return p ? p : archive_entry_pathname(entry);
}

void checkType(archive_entry* entry, const std::string& path) {
    if (archive_entry_hardlink(entry))
        throw BundleError(Reason::ForbiddenEntry, path + tr(" (liên kết cứng)", " (hard link)"));
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR: return;
    case AE_IFLNK: throw BundleError(Reason::ForbiddenEntry, path + tr(" (liên kết mềm)", " (symbolic link)"));
    case AE_IFCHR:
    case AE_IFBLK: throw BundleError(Reason::ForbiddenEntry, path + tr(" (tệp thiết bị)", " (device file)"));
    case AE_IFIFO: throw BundleError(Reason::ForbiddenEntry, path + " (FIFO)");
    case AE_IFSOCK: throw BundleError(Reason::ForbiddenEntry, path + " (socket)");
    default: throw BundleError(Reason::ForbiddenEntry, path + tr(" (loại tệp lạ)", " (unknown file type)"));
    }
}

/// Reads an entry's data in chunks, at most `size` bytes in all.
template <typename Fn>
void readData(archive* a, ReadClient& client, std::uint64_t size, const std::string& path, Fn&& onChunk) {
    std::vector<std::uint8_t>& chunk = client.chunk;
    std::uint64_t got = 0;
    for (;;) {
        la_ssize_t n = archive_read_data(a, chunk.data(), chunk.size());
        if (n < 0) archiveFailed(a, client);
        if (n == 0) break;
        got += static_cast<std::uint64_t>(n);
        if (got > size) throw BundleError(Reason::TooLarge, path);
        onChunk(chunk.data(), static_cast<size_t>(n));
    }
    if (got != size) throw BundleError(Reason::HashMismatch, path + tr(" (thiếu dữ liệu)", " (short data)"));
}

void checkDeclaredLimits(const BundleManifest& m, const ReadLimits& limits) {
    if (m.files.size() > limits.maxFiles)
        throw BundleError(Reason::TooLarge, std::to_string(m.files.size()) + tr(" tệp, tối đa ", " files, at most ") + std::to_string(limits.maxFiles));
    std::uint64_t total = 0;
    for (const auto& f : m.files) {
        if (f.size > limits.maxFileBytes)
            throw BundleError(Reason::TooLarge, f.path + ": " + std::to_string(f.size) + tr(" byte, tối đa ", " bytes, at most ") + std::to_string(limits.maxFileBytes));
        total += f.size;
        if (total > limits.maxTotalBytes)
            throw BundleError(Reason::TooLarge, tr("tổng dung lượng vượt ", "total size exceeds ") + std::to_string(limits.maxTotalBytes) + tr(" byte", " bytes"));
    }
}

} // namespace

ScanResult scanBundle(ByteSource& source, const ReadLimits& limits, EntrySink* sink, const ByteProgressFn& progress,
                      std::stop_token stop) {
    ReadClient client{source, progress, stop};
    ScopedUtf8Locale utf8; // before the archive handle, gone after it
    ArchiveReadPtr a(archive_read_new());
    if (!a) throw std::bad_alloc();
    // Only what `bundle create` writes: tar, plain or zstd. No other format or filter
    // parser ever sees the bytes.
    archive_read_support_format_tar(a.get());
    archive_read_support_filter_zstd(a.get());
    if (archive_read_open(a.get(), &client, nullptr, &ReadClient::onRead, nullptr) != ARCHIVE_OK) archiveFailed(a.get(), client);

    archive_entry* entry = nullptr;
    if (!nextHeader(a.get(), &entry, client))
        throw BundleError(Reason::BadManifest, tr("gói rỗng", "empty bundle"));
    std::string first = checkEntryPath(entryPath(entry) ? entryPath(entry) : "", limits.paths);
    if (first != "manifest.toml" || archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
        throw BundleError(Reason::BadManifest, tr("manifest.toml phải là mục đầu tiên của gói", "manifest.toml must be the bundle's first entry"));
    la_int64_t manifestSize = archive_entry_size(entry);
    if (manifestSize < 0 || static_cast<std::uint64_t>(manifestSize) > limits.maxManifestBytes)
        throw BundleError(Reason::TooLarge, "manifest.toml");
    std::string manifestText;
    readData(a.get(), client, static_cast<std::uint64_t>(manifestSize), "manifest.toml",
             [&](const std::uint8_t* p, size_t n) { manifestText.append(reinterpret_cast<const char*>(p), n); });

    ScanResult result;
    result.manifest = parseManifest(manifestText, "manifest.toml");
    const BundleManifest& m = result.manifest;
    checkDeclaredLimits(m, limits);
    if (sink) sink->manifest(m, manifestText);

    std::unordered_map<std::string_view, const FileEntry*> expected;
    for (const auto& f : m.files) expected.emplace(f.path, &f);
    std::unordered_set<std::string> seen;
    // Bytes the tar stream may take beyond the files themselves: headers, pax records,
    // padding. Anything more is a bomb or garbage.
    const std::uint64_t streamCap = m.totalBytes() + (m.files.size() + limits.maxFiles / 4 + 16) * 3 * 1024 + (4u << 20);
    size_t directories = 0;

    while (nextHeader(a.get(), &entry, client)) {
        const char* rawPath = entryPath(entry);
        if (!rawPath) throw BundleError(Reason::PathTraversal, tr("tên tệp không đọc được", "unreadable file name"));
        std::string path = checkEntryPath(rawPath, limits.paths);
        checkType(entry, path);
        if (static_cast<std::uint64_t>(archive_filter_bytes(a.get(), 0)) > streamCap)
            throw BundleError(Reason::TooLarge, tr("luồng tar dài hơn khai báo", "tar stream longer than declared"));
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            if (++directories > limits.maxFiles) throw BundleError(Reason::TooLarge, tr("quá nhiều thư mục", "too many directories"));
            if (!path.empty() && sink) sink->directory(path);
            continue;
        }
        if (path == "manifest.toml" || !seen.insert(path).second)
            throw BundleError(Reason::Malformed, tr("tệp xuất hiện hai lần: ", "entry appears twice: ") + path);
        auto it = expected.find(path);
        if (it == expected.end())
            throw BundleError(Reason::HashMismatch, path + tr(" (không có trong manifest)", " (not in the manifest)"));
        const FileEntry& want = *it->second;
        if (!archive_entry_size_is_set(entry) || archive_entry_size(entry) < 0)
            throw BundleError(Reason::Malformed, path + tr(" (không rõ kích thước)", " (no size)"));
        auto actual = static_cast<std::uint64_t>(archive_entry_size(entry));
        if (actual > want.size) // never inflate more than the signed manifest allows
            throw BundleError(Reason::TooLarge, path + ": " + std::to_string(actual) + tr(" byte, manifest khai ", " bytes, the manifest says ") + std::to_string(want.size));
        if (actual != want.size)
            throw BundleError(Reason::HashMismatch, path + tr(" (kích thước khác manifest)", " (size differs from the manifest)"));
        if (sink) sink->beginFile(path, want.size);
        Sha256 sha;
        readData(a.get(), client, want.size, path, [&](const std::uint8_t* p, size_t n) {
            sha.update(p, n);
            if (sink) sink->fileData(p, n);
        });
        if (sha.finishHex() != want.sha256) throw BundleError(Reason::HashMismatch, path);
        if (sink) sink->endFile();
    }
    for (const auto& f : m.files)
        if (!seen.count(f.path)) throw BundleError(Reason::HashMismatch, f.path + tr(" (thiếu trong gói)", " (missing from the bundle)"));

    // libarchive stops at the end-of-archive marker; the signature covers the whole file,
    // so hash what is left of it too.
    while (client.pull(client.buffer.data(), client.buffer.size()) > 0) {
    }
    result.fileHash = client.hash.finish();
    result.bytesRead = client.bytesRead;
    return result;
}

FileHash hashSource(ByteSource& source, const ByteProgressFn& progress, std::stop_token stop) {
    Blake2b512 hash;
    std::vector<std::uint8_t> buf(1 << 20);
    std::uint64_t done = 0;
    for (;;) {
        if (stop.stop_requested()) throw BundleError(Reason::Cancelled, {});
        size_t n = source.read(buf.data(), buf.size());
        if (n == 0) break;
        hash.update(buf.data(), n);
        done += n;
        if (progress) progress(done, source.size());
    }
    return hash.finish();
}

} // namespace signage::bundle
