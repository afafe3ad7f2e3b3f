// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/RecentEvents.h"

#include <stdexcept>

#include "db/Database.h"
#include "playlog/Schema.h"

namespace signage::playlog {

LogGlance glanceAtLog(const std::filesystem::path& file, int maxEvents) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) throw std::runtime_error("no play log at " + file.string());
    db::Database db(file, db::Database::Mode::ReadOnly);
    LogGlance g;
    {
        auto q = db.prepare("SELECT box_id FROM logs ORDER BY id DESC LIMIT 1");
        if (q.step()) g.boxId = q.columnText(0);
    }
    {
        auto q = db.prepare("SELECT wall_ms, kind, detail FROM events ORDER BY id DESC LIMIT ?");
        q.bind(1, maxEvents);
        while (q.step()) g.events.push_back({q.columnInt(0), q.columnText(1), q.columnText(2)});
    }
    {
        auto q = db.prepare(
            "SELECT wall_ms, kind, detail FROM events WHERE kind = 'content_import' ORDER BY id DESC LIMIT 1");
        if (q.step()) g.lastImport = RecentEvent{q.columnInt(0), q.columnText(1), q.columnText(2)};
    }
    if (hasTable(db, "checkpoints")) {
        auto q = db.prepare(
            "SELECT c.number, c.created_ms, c.cosigned_ms FROM checkpoints c "
            "WHERE c.cosigned_ms IS NOT NULL AND c.log_uid = (SELECT log_uid FROM logs ORDER BY id DESC LIMIT 1) "
            "ORDER BY c.number DESC LIMIT 1");
        if (q.step()) g.lastCosigned = LogGlance::Cosigned{q.columnInt(0), q.columnInt(1), q.columnInt(2)};
    }
    return g;
}

} // namespace signage::playlog
