// SPDX-License-Identifier: GPL-3.0-or-later
// The office's daily report names each box × target row by the target's name as people
// read it (schedule.toml `name`, else the slide's or playlist's title), never by the id
// alone; the HTML report next to the CSV says the same.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fleet/LogBatch.h"
#include "office/DailyReport.h"
#include "office/Ingest.h"
#include "playlog/Dating.h"
#include "playlog/Merge.h"
#include "playlog/ReportTable.h"
#include "support/TempDir.h"
#include "unit/playlog/PlayLogTestUtil.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
const char* kSchedule = R"([[targets]]
id = "sang-som"
name = "Không chuyển khoản — buổi sáng"
playlist = "chinh"
item = "khong_chuyen_khoan"
window = "05:30-07:30"

[[targets]]
id = "to-giac-sang"
playlist = "chinh"
item = "phai_to_giac"
window = "05:30-07:30"

[[targets]]
id = "to-giac-toi"
playlist = "chinh"
item = "phai_to_giac"
window = "18:00-21:00"

[[targets]]
id = "ca-danh-sach"
playlist = "chinh"
window = "05:30-07:30"
)";

const char* kPlaylist = R"(name = "Chiến dịch tháng 8"
[defaults]
duration = "15s"

[[items]]
id = "khong_chuyen_khoan"
type = "slide"
slide = "khong_chuyen_khoan"

[[items]]
id = "phai_to_giac"
type = "slide"
slide = "phai_to_giac"
)";

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Field `col` (0-based) of every data line of a CSV without quoted commas.
std::vector<std::string> column(const std::string& csv, size_t col) {
    std::vector<std::string> out;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line); // headers
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ls(line);
        for (std::string x; std::getline(ls, x, ',');) f.push_back(x);
        out.push_back(col < f.size() ? f[col] : std::string());
    }
    return out;
}

struct Ward {
    signage::test::TempDir tmp;
    office::OfficeDir dir{tmp.path() / "office"};
    office::OfficeSettings settings;

    Ward() {
        // One box that played both slides in the morning window of 2025-08-02.
        const auto boxDir = tmp.path() / "box";
        {
            auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
            auto o = options(boxDir, time);
            o.boxId = "may-01";
            PlayLog log(o);
            for (const char* item : {"khong_chuyen_khoan", "phai_to_giac"}) {
                auto t = log.playStarted(play(item));
                time->advance(15000);
                log.playEnded(t, {Outcome::Completed, {}, 15000});
            }
        }
        std::filesystem::create_directories(dir.root());
        {
            auto store = openAuditDatabase(dir.fleetLog());
            office::Ingest ingest(store, {{"may-01", BoxKey::load(boxDir / "box.key").publicKey()}});
            db::Database log(boxDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
            auto batch = fleet::readBatch(log, BoxKey::load(boxDir / "box.key"), 0, 500, kCampaignStart);
            EXPECT_TRUE(batch);
            EXPECT_EQ(ingest.apply(*batch, kCampaignStart).status, office::IngestResult::Status::Stored);
        }
        const auto content = tmp.path() / "campaign";
        std::filesystem::create_directories(content / "playlists");
        std::filesystem::create_directories(content / "slides");
        std::ofstream(content / "playlists" / "chinh.toml") << kPlaylist;
        std::ofstream(content / "slides" / "khong_chuyen_khoan.toml")
            << "title = \"Không chuyển khoản cho người lạ\"\nparagraph = \"Gọi 113\"\n";
        std::ofstream(content / "slides" / "phai_to_giac.toml")
            << "title = \"Phải tố giác kẻ lừa đảo\"\nparagraph = \"Gọi 113\"\n";
        std::ofstream(content / "schedule.toml") << kSchedule;
        settings.schedule = content / "schedule.toml";
        settings.utcOffsetMin = 7 * 60;
    }
    std::int64_t day() const { return localTime(kCampaignStart, 7 * 60).day; }
};
} // namespace

TEST(DailyReport, RowsNameTargetsByNameOrSlideTitleNotById) {
    Ward w;
    auto file = office::writeDailyReport(w.dir, w.settings, w.day(), nullptr);
    EXPECT_EQ(file, w.dir.reports() / "2025-08-02.csv");
    const std::string csv = read(file);
    ASSERT_FALSE(csv.empty());
    auto targets = column(csv, 2);
    ASSERT_EQ(targets.size(), 4u) << csv;
    EXPECT_EQ(targets[0], "Không chuyển khoản — buổi sáng") << "the schedule's name";
    EXPECT_EQ(targets[1], "Phải tố giác kẻ lừa đảo (05:30–07:30)") << "no name: the slide's title, with its window "
                                                                     "since two targets share the slide";
    EXPECT_EQ(targets[2], "Phải tố giác kẻ lừa đảo (18:00–21:00)");
    EXPECT_EQ(targets[3], "Chiến dịch tháng 8") << "a whole-playlist target: the playlist's name";
    for (const char* id : {"sang-som", "to-giac-sang", "to-giac-toi", "ca-danh-sach"})
        EXPECT_EQ(std::count(targets.begin(), targets.end(), id), 0) << id << " shown as the target";
    EXPECT_NE(csv.find("2025-08-02,may-01,Không chuyển khoản — buổi sáng,1,1,đạt/met,sang-som\n"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("2025-08-02,may-01,Phải tố giác kẻ lừa đảo (18:00–21:00),0,1,không đạt/not met,to-giac-toi\n"),
              std::string::npos)
        << csv;

    const std::string html = read(w.dir.reports() / "2025-08-02.html");
    ASSERT_FALSE(html.empty()) << "the HTML report is written next to the CSV";
    EXPECT_NE(html.find("Không chuyển khoản — buổi sáng"), std::string::npos);
    EXPECT_NE(html.find("Phải tố giác kẻ lừa đảo (18:00–21:00)"), std::string::npos);
    EXPECT_EQ(html.find(">to-giac-toi<"), std::string::npos) << "the id alone as a cell";
}

TEST(DailyReport, WithoutTargetsItemsReadAsTheirTitles) {
    Ward w;
    std::ofstream(w.settings.schedule) << "# no targets yet\n";
    const std::string csv = read(office::writeDailyReport(w.dir, w.settings, w.day(), nullptr));
    EXPECT_NE(csv.find("2025-08-02,may-01,Không chuyển khoản cho người lạ,1,,,khong_chuyen_khoan\n"), std::string::npos)
        << csv;
}

TEST(DailyReport, NameTargetsKeepsNamesAndIdsWithoutATitle) {
    std::vector<Target> t(3);
    t[0].id = "a";
    t[0].name = "Tên riêng";
    t[0].item = "x";
    t[1].id = "b";
    t[1].item = "khong-co-tieu-de";
    t[2].id = "c";
    t[2].item = "x";
    content::Titles titles;
    titles.items["x"] = "Tiêu đề X";
    office::nameTargets(t, titles);
    EXPECT_EQ(t[0].name, "Tên riêng");
    EXPECT_EQ(targetLabel(t[1]), "b");
    EXPECT_EQ(t[2].name, "Tiêu đề X");
}
