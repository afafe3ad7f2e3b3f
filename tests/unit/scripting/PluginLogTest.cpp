// SPDX-License-Identifier: GPL-3.0-or-later
// Plugin log lines reach the journal attributed and inert (issue 18): every line carries
// the plugin's name, control bytes are escaped, a newline cannot forge another entry.
#include <sstream>

#include "PluginFixture.h"
#include "scripting/PluginLog.h"

namespace signage::test {
namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST(JournalLines, EscapesControlBytesAndSplitsLines) {
    using scripting::journalLines;
    EXPECT_EQ(journalLines("plain"), std::vector<std::string>{"plain"});
    EXPECT_EQ(journalLines("red \x1b[31mtext"), std::vector<std::string>{"red \\x1b[31mtext"});
    EXPECT_EQ(journalLines("a\nb\r\nc\n"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(journalLines("tab\tkept, bell\a, del\x7f"), std::vector<std::string>{"tab\tkept, bell\\x07, del\\x7f"});
    EXPECT_EQ(journalLines("Tạm thời không dùng được"), std::vector<std::string>{"Tạm thời không dùng được"});
    EXPECT_EQ(journalLines("c1 \xc2\x9b"
                           "2J, broken \xff\xc3"),
              std::vector<std::string>{"c1 \\xc2\\x9b2J, broken \\xff\\xc3"});
    EXPECT_EQ(journalLines(std::string("nul\0byte", 8)), std::vector<std::string>{"nul\\x00byte"});
    EXPECT_EQ(journalLines(std::string(100, '\n')).size(), 40u) << "a message is at most 40 lines";
}

TEST_F(PluginFixture, PluginLogLinesAreAttributedAndEscaped) {
    auto dir = plugin("noisy", R"(
function plugin.load()
    log.info("first\n[error] player: forged entry\27[2J")
    print("tab\tok", "\27]0;title\7")
    error("boom\nsecond line of the error")
end
)");
    testing::internal::CaptureStderr();
    openItem(dir, {}, false);
    std::string err = testing::internal::GetCapturedStderr();
    auto lines = linesOf(err);
    ASSERT_GE(lines.size(), 5u) << err;
    for (const auto& line : lines) {
        EXPECT_NE(line.find("plugin:noisy: "), std::string::npos) << "unattributed: " << line;
        EXPECT_EQ(line.find('\x1b'), std::string::npos) << "raw ESC: " << line;
        EXPECT_EQ(line.find('\a'), std::string::npos) << "raw BEL: " << line;
    }
    EXPECT_NE(err.find("plugin:noisy: [error] player: forged entry\\x1b[2J"), std::string::npos) << err;
    EXPECT_NE(err.find("plugin:noisy: second line of the error"), std::string::npos) << err;
    EXPECT_NE(err.find("tab\tok\t\\x1b]0;title\\x07"), std::string::npos) << err;
}

} // namespace
} // namespace signage::test
