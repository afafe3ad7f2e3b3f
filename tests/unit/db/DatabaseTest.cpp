// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "db/Database.h"
#include "support/TempDir.h"

using namespace signage::db;

TEST(Database, RoundTripsValuesThroughPreparedStatements) {
    auto db = Database::memory();
    db.exec("CREATE TABLE t(i INTEGER, s TEXT, b BLOB)");
    auto ins = db.prepare("INSERT INTO t VALUES(?,?,?)");
    const char blob[] = {1, 2, 3};
    ins.bind(1, std::int64_t{42}).bind(2, "Không chuyển khoản").bindBlob(3, blob, 3);
    EXPECT_EQ(ins.execute(), 101); // SQLITE_DONE
    auto sel = db.prepare("SELECT i, s, b FROM t");
    ASSERT_TRUE(sel.step());
    EXPECT_EQ(sel.columnInt(0), 42);
    EXPECT_EQ(sel.columnText(1), "Không chuyển khoản");
    EXPECT_EQ(sel.columnBlob(2).size(), 3u);
    EXPECT_FALSE(sel.step());
}

TEST(Database, ErrorsNameTheProblem) {
    auto db = Database::memory();
    try {
        db.prepare("SELEC 1");
        FAIL() << "expected DbError";
    } catch (const DbError& e) {
        EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos);
    }
    signage::test::TempDir dir;
    EXPECT_THROW(Database(dir.path() / "missing" / "x.sqlite"), DbError);
}

TEST(Database, TransactionRollsBackOnThrow) {
    auto db = Database::memory();
    db.exec("CREATE TABLE t(i)");
    EXPECT_THROW(db.transaction([&] {
        db.exec("INSERT INTO t VALUES(1)");
        throw std::runtime_error("boom");
    }), std::runtime_error);
    auto count = db.prepare("SELECT count(*) FROM t");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.columnInt(0), 0);
}
