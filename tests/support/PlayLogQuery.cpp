// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PlayLogQuery.h"

#include "db/Database.h"

namespace signage::test {

std::vector<std::string> queryColumn(const std::filesystem::path& dbFile, const std::string& sql) {
    db::Database db(dbFile, db::Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.columnText(0));
    return out;
}

} // namespace signage::test
