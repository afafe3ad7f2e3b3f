// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/StagingWriter.h"

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

#include "bundle/Refusal.h"
#include "core/Lang.h"

namespace signage::bundle {

namespace fs = std::filesystem;

StagingWriter::StagingWriter(fs::path root, std::function<void(const BundleManifest&)> onManifest)
    : _root(std::move(root)), _onManifest(std::move(onManifest)) {}

void StagingWriter::writeFailed(int err, const std::string& what) const {
    throw BundleError(reasonForWriteErrno(err), what + ": " + std::strerror(err));
}

void StagingWriter::manifest(const BundleManifest& manifest, std::string_view text) {
    if (_onManifest) _onManifest(manifest);
    if (::mkdir(_root.c_str(), 0755) != 0) writeFailed(errno, _root.string());
    _dirs.insert("");
    UniqueFd fd(::open((_root / "manifest.toml").c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd) writeFailed(errno, "manifest.toml");
    if (int err = writeAll(fd.get(), text.data(), text.size())) writeFailed(err, "manifest.toml");
    if (int err = fd.close()) writeFailed(err, "manifest.toml");
    _bytes += text.size();
}

void StagingWriter::ensureDir(const std::string& relative) {
    if (relative.empty() || _dirs.count(relative)) return;
    size_t pos = 0;
    for (;;) {
        size_t slash = relative.find('/', pos);
        std::string prefix = relative.substr(0, slash);
        if (!_dirs.count(prefix)) {
            fs::path full = _root / prefix;
            if (::mkdir(full.c_str(), 0755) != 0) {
                struct stat st {};
                if (errno != EEXIST) writeFailed(errno, prefix);
                // Exists: fine if it is a directory we made, else a file and a directory share a name.
                if (::lstat(full.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
                    throw BundleError(Reason::Malformed, prefix + core::tr(" vừa là tệp vừa là thư mục", " is both a file and a directory"));
            }
            _dirs.insert(prefix);
        }
        if (slash == std::string::npos) break;
        pos = slash + 1;
    }
}

void StagingWriter::directory(const std::string& path) { ensureDir(path); }

void StagingWriter::beginFile(const std::string& path, std::uint64_t size) {
    auto slash = path.rfind('/');
    if (slash != std::string::npos) ensureDir(path.substr(0, slash));
    if (_dirs.count(path)) throw BundleError(Reason::Malformed, path + core::tr(" vừa là tệp vừa là thư mục", " is both a file and a directory"));
    fs::path full = _root / path;
    _file.reset(::open(full.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!_file) writeFailed(errno, path);
    _filePath = path;
    // Reserve the space up front: a full disk shows up here, before the bytes are read
    // off the stick, and the file lands in one piece. Not every file system can (EOPNOTSUPP).
    if (size > 0 && ::fallocate(_file.get(), 0, 0, static_cast<off_t>(size)) != 0) {
        int err = errno;
        if (err == ENOSPC || err == EDQUOT || err == EFBIG) writeFailed(err, path);
    }
}

void StagingWriter::fileData(const void* data, size_t size) {
    if (int err = writeAll(_file.get(), data, size)) writeFailed(err, _filePath);
    _bytes += size;
}

void StagingWriter::endFile() {
    if (int err = _file.close()) writeFailed(err, _filePath);
}

} // namespace signage::bundle
