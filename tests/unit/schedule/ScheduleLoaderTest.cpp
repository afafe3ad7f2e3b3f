// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestContent.h"
#include "core/Lang.h"
#include "schedule/ScheduleLoader.h"
#include "schedule/ScheduleText.h"

namespace signage::schedule {
namespace {

struct Loaded {
    std::optional<Schedule> schedule;
    core::Diagnostics diags;
    std::string text() const {
        std::string s;
        for (const auto& d : diags.all()) s += d.format() + "\n";
        return s;
    }
};

Loaded load(const std::string& toml) {
    Loaded l;
    l.schedule = parseSchedule(toml, "schedule.toml", l.diags);
    return l;
}

class ScheduleLoader : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::Vi); }
};

TEST_F(ScheduleLoader, ReadsTheHongAnExample) {
    Schedule s = test::hongAnSchedule();
    EXPECT_EQ(s.timezone, "Asia/Ho_Chi_Minh");
    EXPECT_EQ(s.defaultPlaylist, "thuong-xuyen");
    ASSERT_EQ(s.rules.size(), 3u);
    EXPECT_EQ(s.rules[0].id, "cao-diem");
    EXPECT_EQ(*s.rules[0].days.from, daysFromCivil(2025, 8, 2));
    EXPECT_EQ(*s.rules[0].days.to, daysFromCivil(2025, 8, 14));
    EXPECT_TRUE(s.rules[0].windows.empty());
    EXPECT_TRUE(s.rules[0].weightGiven);
    EXPECT_EQ(s.rules[2].days.weekdays, 1u << 6); // "cn" = Sunday
    ASSERT_EQ(s.targets.size(), 3u);
    EXPECT_EQ(s.targets[0].window.startMin, 5 * 60 + 30);
    EXPECT_EQ(s.targets[0].window.endMin, 7 * 60 + 30);
    EXPECT_EQ(s.targets[2].item, "khong_chuyen_khoan");
    EXPECT_EQ(s.targets[2].times, 3);
    ASSERT_EQ(s.display.size(), 1u);
    EXPECT_EQ(s.display[0].windows[0].text(), "05:00-22:30");
}

TEST_F(ScheduleLoader, DefaultsAndForms) {
    auto l = load(R"(
[[rules]]
playlist = "a"
from = "2025-01-01"
weekdays = ["mon-fri", "Sunday"]
windows = "22:00-02:00"
)");
    ASSERT_TRUE(l.schedule) << l.text();
    EXPECT_TRUE(l.diags.all().empty()) << l.text();
    const Rule& r = l.schedule->rules.at(0);
    EXPECT_EQ(r.id, "rule-1");
    EXPECT_EQ(r.priority, 0);
    EXPECT_EQ(r.weight, 1.0);
    EXPECT_FALSE(r.days.to);
    EXPECT_EQ(r.days.weekdays, 0x1f | 0x40);
    ASSERT_EQ(r.windows.size(), 1u);
    EXPECT_TRUE(r.windows[0].crossesMidnight());
    EXPECT_EQ(r.windows[0].lengthMin(), 240);
    EXPECT_EQ(l.schedule->timezone, "Asia/Ho_Chi_Minh");
}

TEST_F(ScheduleLoader, UnknownKeysSayWhereAndSuggest) {
    auto l = load("timezone = \"Asia/Ho_Chi_Minh\"\n\n[[rules]]\nplaylist = \"a\"\npriorty = 3\n");
    ASSERT_EQ(l.diags.errorCount(), 1u) << l.text();
    const auto& d = l.diags.all()[0];
    EXPECT_EQ(d.pos.file, "schedule.toml");
    EXPECT_EQ(d.pos.line, 5);
    EXPECT_EQ(d.pos.column, 1);
    EXPECT_NE(d.message.find("did you mean \"priority\""), std::string::npos) << d.message;
    auto top = load("timzone = \"UTC\"\n");
    EXPECT_NE(top.text().find("did you mean \"timezone\""), std::string::npos) << top.text();
}

TEST_F(ScheduleLoader, WrongTypesNameTheKeyAndLeaveTheEntryOut) {
    auto l =
        load("[[rules]]\nid = \"a\"\nplaylist = 3\n\n[[rules]]\nid = \"b\"\nplaylist = \"p\"\npriority = \"high\"\n\n"
             "[[rules]]\nid = \"c\"\nplaylist = \"p\"\n");
    ASSERT_TRUE(l.schedule) << l.text();
    ASSERT_EQ(l.schedule->rules.size(), 1u) << l.text();
    EXPECT_EQ(l.schedule->rules[0].id, "c");
    ASSERT_EQ(l.diags.errorCount(), 2u) << l.text();
    EXPECT_NE(l.text().find("schedule.toml:3:12: playlist: expected a string, found an integer"), std::string::npos)
        << l.text();
    EXPECT_NE(l.text().find("schedule.toml:8:12: priority: expected an integer, found a string"), std::string::npos)
        << l.text();
    // A missing playlist is named too (and not as a wrong type).
    auto m = load("[[rules]]\nid = \"x\"\n");
    EXPECT_NE(m.text().find("schedule.toml:1:1: rule \"x\" has no \"playlist\""), std::string::npos) << m.text();
}

TEST_F(ScheduleLoader, VietnameseMessages) {
    core::setLang(core::Lang::Vi);
    auto l = load("[[rules]]\nplaylist = \"a\"\nwindows = [\"25:00-26:00\"]\n");
    EXPECT_NE(l.text().find("khung giờ không hợp lệ"), std::string::npos) << l.text();
}

TEST_F(ScheduleLoader, BadValuesArePositionedAndTheRestIsKept) {
    auto l = load(R"([[rules]]
id = "ok"
playlist = "a"

[[rules]]
id = "bad-window"
playlist = "b"
windows = ["06:00-06:00"]

[[rules]]
id = "bad-dates"
playlist = "c"
from = 2025-08-14
to = 2025-08-02

[[rules]]
id = "no-playlist"
windows = ["06:00-07:00"]

[[rules]]
id = "bad-day"
playlist = "d"
weekdays = ["mon", "thurs"]

[[rules]]
id = "bad-weight"
playlist = "e"
weight = 0

[[targets]]
playlist = "a"
times = 0
window = "05:30-07:30"

[[targets]]
playlist = "a"
)");
    ASSERT_TRUE(l.schedule);
    ASSERT_EQ(l.schedule->rules.size(), 1u) << l.text();
    EXPECT_EQ(l.schedule->rules[0].id, "ok");
    EXPECT_TRUE(l.schedule->targets.empty());
    std::string t = l.text();
    EXPECT_NE(t.find("schedule.toml:8:12: empty time window"), std::string::npos) << t;
    EXPECT_NE(t.find("schedule.toml:13:8: empty date range"), std::string::npos) << t;
    EXPECT_NE(t.find("\"no-playlist\" has no \"playlist\""), std::string::npos) << t;
    EXPECT_NE(t.find("unknown weekday \"thurs\" (did you mean \"thu\"?)"), std::string::npos) << t;
    EXPECT_NE(t.find("\"weight\" must be a positive number"), std::string::npos) << t;
    EXPECT_NE(t.find("\"times\" must be 1 or more"), std::string::npos) << t;
    EXPECT_NE(t.find("has no \"window\""), std::string::npos) << t;
}

TEST_F(ScheduleLoader, SyntaxErrorsGiveLineAndColumn) {
    auto l = load("[[rules]]\nplaylist = \"a\nwindows = []\n");
    EXPECT_FALSE(l.schedule);
    ASSERT_EQ(l.diags.errorCount(), 1u);
    EXPECT_EQ(l.diags.all()[0].pos.line, 2);
    EXPECT_NE(l.diags.all()[0].message.find("TOML"), std::string::npos);
}

TEST_F(ScheduleLoader, MissingFile) {
    core::Diagnostics d;
    EXPECT_FALSE(loadSchedule("/nonexistent/schedule.toml", d));
    EXPECT_TRUE(d.hasErrors());
}

TEST(ScheduleText, WindowsAndWeekdays) {
    int a = 0, b = 0;
    EXPECT_TRUE(parseWindowText("05:30-07:30", a, b));
    EXPECT_EQ(a, 330);
    EXPECT_EQ(b, 450);
    EXPECT_TRUE(parseWindowText(" 17:00 \u2013 19:00 ", a, b)); // en dash from a word processor
    EXPECT_EQ(b, 19 * 60);
    EXPECT_TRUE(parseWindowText("22:00-00:00", a, b));
    EXPECT_EQ(b, 1440);
    EXPECT_TRUE(parseWindowText("00:00-24:00", a, b));
    for (const char* bad : {"", "05:30", "5:30-7:30", "24:00-01:00", "07:60-08:00", "06:00-06:00", "a-b"})
        EXPECT_FALSE(parseWindowText(bad, a, b)) << bad;
    EXPECT_EQ(parseWeekdayWord("t2"), 1u);
    EXPECT_EQ(parseWeekdayWord("CN"), 1u << 6);
    EXPECT_EQ(parseWeekdayWord("sat-mon"), (1u << 5) | (1u << 6) | 1u);
    EXPECT_EQ(parseWeekdayWord("t2-t6"), 0x1fu);
    EXPECT_FALSE(parseWeekdayWord("thurs"));
}

} // namespace
} // namespace signage::schedule
