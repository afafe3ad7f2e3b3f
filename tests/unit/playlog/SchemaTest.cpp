// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "db/Database.h"
#include "playlog/Schema.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;

TEST(Schema, MigratesAVersion1FileKeepingItsRows) {
    auto db = db::Database::memory();
    migrate(db, 1);
    EXPECT_EQ(schemaVersion(db), 1);
    db.exec("INSERT INTO names(text) VALUES('khong_ket_ban')");
    EXPECT_NE(db.tryExec("SELECT * FROM rollup"), 0); // not there yet
    migrate(db);
    EXPECT_EQ(schemaVersion(db), kSchemaVersion);
    EXPECT_EQ(db.tryExec("SELECT * FROM rollup"), 0);
    auto st = db.prepare("SELECT text FROM names");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnText(0), "khong_ket_ban");
    migrate(db); // idempotent
    EXPECT_EQ(schemaVersion(db), kSchemaVersion);
}

TEST(Schema, RefusesAFileWrittenByANewerProgram) {
    auto db = db::Database::memory();
    db.exec("PRAGMA user_version=99");
    try {
        migrate(db);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("99"), std::string::npos);
    }
}

TEST(Schema, TheWriterConnectionUsesWalAndFullSync) {
    signage::test::TempDir dir;
    db::Database db(dir.path() / "p.sqlite");
    configureWriter(db, Durability::Full);
    auto mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.columnText(0), "wal");
    auto sync = db.prepare("PRAGMA synchronous");
    ASSERT_TRUE(sync.step());
    EXPECT_EQ(sync.columnInt(0), 2); // FULL
    EXPECT_EQ(integrityCheck(db), "ok");
}
