// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owners for libarchive handles (the only archive.h includes are in the .cpp files
// that read and write bundles).
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <memory>

namespace signage::bundle {

struct ArchiveReadDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct ArchiveWriteDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct ArchiveEntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using ArchiveReadPtr = std::unique_ptr<archive, ArchiveReadDeleter>;
using ArchiveWritePtr = std::unique_ptr<archive, ArchiveWriteDeleter>;
using ArchiveEntryPtr = std::unique_ptr<archive_entry, ArchiveEntryDeleter>;

/// libarchive converts names through the current locale's charset; under the C locale
/// (services, tests) a Vietnamese file name cannot be converted and the pax writer
/// crashes. Bundle names are UTF-8, so archive work runs under C.UTF-8 on this thread
/// only (uselocale), without touching the process locale.
class ScopedUtf8Locale {
public:
    ScopedUtf8Locale() : _locale(newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0))) {
        if (_locale) _previous = uselocale(_locale);
    }
    ~ScopedUtf8Locale() {
        if (_locale) {
            uselocale(_previous);
            freelocale(_locale);
        }
    }
    ScopedUtf8Locale(const ScopedUtf8Locale&) = delete;
    ScopedUtf8Locale& operator=(const ScopedUtf8Locale&) = delete;

private:
    locale_t _locale;
    locale_t _previous = static_cast<locale_t>(0);
};

} // namespace signage::bundle
