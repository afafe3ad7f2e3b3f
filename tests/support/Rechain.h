// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The forger's last step in the play-log tests: after rows were changed, recompute every
// hash of the log so it chains again (what someone holding box.key and the source can do).
#include "db/Database.h"

namespace signage::test {

/// Rewrites the start, end, event and touch-check hashes of the first log in `db` in
/// chain order, from its genesis.
void rechainLog(db::Database& db);

} // namespace signage::test
