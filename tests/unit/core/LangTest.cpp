// SPDX-License-Identifier: GPL-3.0-or-later
// Library errors are wrapped in our words, with the library's text as the detail.
#include <gtest/gtest.h>

#include "core/Lang.h"

namespace signage::core {
namespace {

TEST(LangTest, LibraryDetailIsMarkedInVietnameseAndAppendedInEnglish) {
    setLang(Lang::Vi);
    EXPECT_EQ(withLibraryDetail("gói hỏng", "libarchive", "Truncated tar archive"), "gói hỏng (chi tiết từ libarchive: Truncated tar archive)");
    EXPECT_EQ(withLibraryDetail("gói hỏng", "libarchive", ""), "gói hỏng");
    EXPECT_EQ(tomlSyntaxError("Error while parsing"), "lỗi cú pháp TOML (chi tiết từ toml++: Error while parsing)");
    setLang(Lang::En);
    EXPECT_EQ(withLibraryDetail("damaged bundle", "libarchive", "Truncated tar archive"), "damaged bundle: Truncated tar archive");
    EXPECT_EQ(tomlSyntaxError("Error while parsing"), "TOML syntax error: Error while parsing");
    setLang(Lang::Vi);
}

} // namespace
} // namespace signage::core
