#pragma once
// RAII owners for libarchive handles (the only archive.h includes are in the .cpp files
// that read and write bundles).
#include <archive.h>
#include <archive_entry.h>
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

} // namespace signage::bundle
