// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a published reported-links list (ChongLuaDao-style) from a file: every shape
// read and normalised like the checker's own lists, malformed lines refused with
// file:line:col, and `signage check import-list` writing a CSV the checker then uses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "scamcheck/Checker.h"
#include "scamcheck/Link.h"
#include "scamcheck/ListImport.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::scamcheck;
namespace fs = std::filesystem;

namespace {
const std::string kDir = std::string(SIGNAGE_TEST_DATA_DIR) + "/scamcheck/import/";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
}
} // namespace

TEST(ListImport, ReadsPlainHostsAndAdblockLines) {
    core::Diagnostics diags;
    ImportedList list = importReportedList(slurp(kDir + "reported-links.txt"), "reported-links.txt", diags);
    EXPECT_FALSE(diags.hasErrors());
    std::vector<std::string> got;
    for (const auto& r : list.rows) got.push_back(r.kind + " " + r.value);
    const std::vector<std::string> want = {
        "domain lua-dao-mau.top",
        "link vietcombank.com.xacminh-mau.top/dang-nhap",
        "link 192.168.1.1/vcb/login",
        "domain hosts-mau.xyz",
        "domain tab-hosts-mau.xyz",
        "domain adblock-mau.click",
        "domain " + labelToAscii("ngân-hàng-mau").value() + ".vn",
    };
    EXPECT_EQ(got, want);
    EXPECT_EQ(list.duplicates, 1u);
    EXPECT_EQ(list.comments, 4u);
    EXPECT_EQ(importedListCsv(list, "ChongLuaDao, CC0", "2026-12-01").substr(0, 80),
              std::string("kind,value,source,reported_on\ndomain,lua-dao-mau.top,\"ChongLuaDao, CC0\",2026-12-01\n")
                  .substr(0, 80));
}

TEST(ListImport, MalformedLinesAreRefusedWithFileLineColumn) {
    core::Diagnostics diags;
    ImportedList list = importReportedList(slurp(kDir + "malformed.txt"), "malformed.txt", diags);
    std::vector<std::string> where;
    for (const auto& d : diags.all()) where.push_back(d.format().substr(0, d.format().find(": ", 15)));
    ASSERT_EQ(diags.all().size(), 4u) << (where.empty() ? "" : where[0]);
    EXPECT_EQ(diags.all()[0].format().rfind("malformed.txt:2:4: ", 0), 0u)
        << diags.all()[0].format(); // "hai ten.top": the space
    EXPECT_EQ(diags.all()[1].format().rfind("malformed.txt:3:1: ", 0), 0u)
        << diags.all()[1].format(); // no dot: no host
    EXPECT_EQ(diags.all()[2].format().rfind("malformed.txt:4:3: ", 0), 0u)
        << diags.all()[2].format(); // adblock rule with a path
    EXPECT_EQ(diags.all()[3].format().rfind("malformed.txt:6:4: ", 0), 0u)
        << diags.all()[3].format(); // indented "%%.top"
    EXPECT_NE(diags.all()[0].format().find("mỗi dòng chỉ một"), std::string::npos) << "Vietnamese first";
    (void)list;
}

TEST(ListImport, CommandWritesACsvTheCheckerUsesAndRefusesABadFile) {
    test::TempDir tmp;
    fs::path checker = tmp.path() / "checker";
    fs::copy(std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker", checker, fs::copy_options::recursive);
    auto r = test::runSignage({"check", "import-list", kDir + "reported-links.txt", "--checker-data", checker.string(),
                               "--source", "ChongLuaDao (CC0)", "--date", "2026-12-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("7"), std::string::npos) << r.out;
    ASSERT_TRUE(fs::exists(checker / "imported-reported-links.csv"));
    Checker c(checker, Checker::Options{tmp.path() / "cache", "", "", ""});
    EXPECT_EQ(c.check("https://sub.lua-dao-mau.top/x").level, Level::LikelyScam);
    EXPECT_EQ(c.check("http://3232235777/vcb/login").level, Level::LikelyScam);
    Verdict idn = c.check("ngân-hàng-mau.vn");
    EXPECT_EQ(idn.level, Level::LikelyScam);
    ASSERT_FALSE(idn.reasons.empty());
    EXPECT_NE(idn.reasons[0].text.vi.find("ChongLuaDao (CC0), ngày 2026-12-01"), std::string::npos)
        << idn.reasons[0].text.vi;

    auto bad = test::runSignage({"check", "import-list", kDir + "malformed.txt", "--checker-data", checker.string()});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_NE(bad.err.find("malformed.txt:2:4: "), std::string::npos) << bad.err;
    EXPECT_FALSE(fs::exists(checker / "imported-malformed.csv")) << "a file with a bad line imports nothing";
    EXPECT_EQ(test::runSignage({"check", "import-list", kDir + "reported-links.txt", "--checker-data", checker.string(),
                                "--date", "1/12/2026"})
                  .exitCode,
              2);
}
