// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV as wards write it in a spreadsheet (RFC 4180): quoted fields with "" escapes and
// line breaks, CRLF or LF, an optional UTF-8 BOM, blank lines skipped.
#include <string>
#include <string_view>
#include <vector>

#include "scripting/DataValue.h"

namespace signage::scripting {

struct CsvRow {
    int line = 0; // where the row starts (1-based)
    std::vector<std::string> fields;
};

/// Parses `text` into rows. False with `err` filled on an unterminated quote, a quote in
/// the middle of an unquoted field, or invalid UTF-8.
bool parseCsv(std::string_view text, std::vector<CsvRow>& rows, ParseError& err, char separator = ',');

} // namespace signage::scripting
