// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/CsvParser.h"

#include "core/Lang.h"
#include "core/Utf8.h"

namespace signage::scripting {

bool parseCsv(std::string_view text, std::vector<CsvRow>& rows, ParseError& err, char separator) {
    rows.clear();
    size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    int line = 1;
    size_t lineStart = i;
    auto column = [&](size_t pos) { return static_cast<int>(pos - lineStart) + 1; };

    CsvRow row;
    std::string field;
    bool rowHasContent = false;
    auto endField = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
    };
    auto endRow = [&] {
        endField();
        bool blank = row.fields.size() == 1 && row.fields[0].empty() && !rowHasContent;
        if (!blank) rows.push_back(std::move(row));
        row = CsvRow{};
        rowHasContent = false;
    };

    row.line = line;
    while (i < text.size()) {
        char c = text[i];
        if (c == '"' && field.empty()) {
            // A quoted field: runs to the closing quote, may hold separators and newlines.
            int quoteLine = line, quoteCol = column(i);
            rowHasContent = true;
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    err = {quoteLine, quoteCol, core::tr("ngoặc kép chưa đóng", "unterminated quoted field")};
                    return false;
                }
                char q = text[i];
                if (q == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == '\n') {
                    ++line;
                    lineStart = i + 1;
                }
                field += q;
                ++i;
            }
            if (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                err = {line, column(i), core::tr("cần dấu phân cách sau ngoặc kép đóng", "expected a separator after the closing quote")};
                return false;
            }
            continue;
        }
        if (c == separator) {
            rowHasContent = true;
            endField();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            endRow();
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++i;
            ++line;
            lineStart = i;
            row.line = line;
            continue;
        }
        if (c == '"') {
            err = {line, column(i), core::tr("ngoặc kép giữa trường không có ngoặc", "quote inside an unquoted field")};
            return false;
        }
        rowHasContent = true;
        field += c;
        ++i;
    }
    if (rowHasContent || !field.empty() || !row.fields.empty()) endRow();

    for (const auto& r : rows) {
        for (const auto& f : r.fields) {
            if (!core::isValidUtf8(f)) {
                err = {r.line, 1, core::tr("không phải UTF-8 hợp lệ (hãy lưu CSV dạng UTF-8)", "not valid UTF-8 (save the CSV as UTF-8)")};
                return false;
            }
        }
    }
    return true;
}

} // namespace signage::scripting
