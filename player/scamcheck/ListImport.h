// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports a published list of reported scam links (such as ChongLuaDao's, CC0) from a
// file the ward officer copied onto the box: no download. Accepted, one entry a line:
//   evil.top                     a domain (covers its subdomains)
//   https://evil.top/dang-nhap   a link (host + path; no path: the host as a domain)
//   0.0.0.0 evil.top             hosts-file lines (0.0.0.0 / 127.0.0.1 / ::1 + host)
//   ||evil.top^                  adblock-style domain rules
//   # ... ! ... // ...           comments, blank lines; a trailing " # comment" is dropped
// Any other line is refused with file:line:col (the column of what could not be read);
// a file with any refused line imports nothing. The result is written as a checker CSV
// (kind,value,source,reported_on; docs/scamcheck.md) that ListStore indexes like any list.
#include <string>
#include <string_view>
#include <vector>

#include "core/Diagnostic.h"

namespace signage::scamcheck {

struct ImportedList {
    struct Row {
        std::string kind;  // "domain" or "link"
        std::string value; // normalised: IDNA ASCII host (+ path)
    };
    std::vector<Row> rows; // in file order, duplicates dropped
    size_t duplicates = 0;
    size_t comments = 0;
};

/// Reads `text` (the file's bytes); errors go to `diags` as `fileName`:line:col.
ImportedList importReportedList(std::string_view text, const std::string& fileName, core::Diagnostics& diags);

/// The checker CSV for `list`, every row with `source` and `reportedOn` (YYYY-MM-DD or "").
std::string importedListCsv(const ImportedList& list, const std::string& source, const std::string& reportedOn);

} // namespace signage::scamcheck
