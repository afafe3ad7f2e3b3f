// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Rechain.h"

#include <utility>
#include <variant>
#include <vector>

#include "playlog/Chain.h"
#include "playlog/LinkReader.h"
#include "playlog/LogStore.h"

namespace signage::test {

void rechainLog(db::Database& db) {
    using namespace playlog;
    LogStore store(db);
    auto log = store.logs().at(0);
    // Read every link first: the reader's statement must be done before the rows change.
    std::vector<std::pair<StoredLink, Hash>> links;
    {
        LinkReader reader(db, log.id);
        Hash h = genesisHash(log.boxId, log.key, log.uid);
        while (auto s = reader.next()) {
            h = chainHash(h, s->link);
            links.push_back({*s, h});
        }
    }
    for (auto& [s, h] : links) {
        const char* sql = std::holds_alternative<StartLink>(s.link)   ? "UPDATE plays SET hash=?1 WHERE id=?2"
                          : std::holds_alternative<EndLink>(s.link)   ? "UPDATE plays SET end_hash=?1 WHERE id=?2"
                          : std::holds_alternative<EventLink>(s.link) ? "UPDATE events SET hash=?1 WHERE id=?2"
                                                                      : "UPDATE touch_checks SET hash=?1 WHERE id=?2";
        auto st = db.prepare(sql);
        st.bindBlob(1, h.data(), h.size()).bind(2, s.rowId);
        st.step();
    }
}

} // namespace signage::test
