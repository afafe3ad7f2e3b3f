// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one log's links back in chain order (seq 1, 2, 3, …), whichever table holds
// them: a merge of four ordered cursors (play starts, play ends, events, touch checks).
// Used by verify, export and merge. Reads only; one thread.
#include <array>
#include <memory>
#include <optional>

#include "db/Database.h"
#include "playlog/LogStore.h"

namespace signage::playlog {

struct StoredLink {
    Link link;
    std::int64_t rowId = 0; // plays.id / events.id / touch_checks.id
    Hash storedHash{};      // the hash column as found in the file
};

class LinkReader {
public:
    /// Reads links with seq >= fromSeq (the fleet agent resumes uploads from there).
    LinkReader(db::Database& db, std::int64_t logId, std::int64_t fromSeq = 1);
    ~LinkReader();
    /// The next link in seq order, or nullopt at the end.
    std::optional<StoredLink> next();
    /// Total links in this log (for progress).
    std::int64_t count();

private:
    struct Cursor;
    db::Database& _db;
    std::int64_t _log;
    std::unordered_map<std::int64_t, std::string> _names, _boots;
    std::array<std::unique_ptr<Cursor>, 4> _cursors;
};

} // namespace signage::playlog
