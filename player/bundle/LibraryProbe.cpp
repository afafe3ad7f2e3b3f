// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/LibraryProbe.h"

#include <archive.h>
#include <sodium.h>

#include "core/Lang.h"

namespace signage::bundle {

core::LibraryInfos libraryInfo() {
    core::LibraryInfo sodium{"libsodium", sodium_version_string()};
    if (sodium_init() < 0) {
        sodium.ok = false;
        sodium.problem = core::tr("không khởi động được (không kiểm được chữ ký)", "failed to start (no signature checks)");
    }
    core::LibraryInfo archive{"libarchive", archive_version_details()};
    if (auto pos = archive.version.find(' '); pos != std::string::npos) {
        // "libarchive 3.6.2 zlib/1.2.13 ...": keep the version number only.
        auto end = archive.version.find(' ', pos + 1);
        archive.version = archive.version.substr(pos + 1, end == std::string::npos ? std::string::npos : end - pos - 1);
    }
    return {sodium, archive};
}

} // namespace signage::bundle
