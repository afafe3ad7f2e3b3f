// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small RFC 4180 reader for the ward officer's spreadsheets: quoted fields with ""
// escapes and line breaks, a UTF-8 BOM (Excel writes one), ',' or ';' or tab as the
// delimiter (guessed from the first line), CRLF or LF. Every field keeps its
// line:column (1-based, in characters) so errors point into the file.
#include <string>
#include <string_view>
#include <vector>

namespace signage::scamcheck {

struct CsvField {
    std::string text;
    int line = 0;
    int column = 0;
};
using CsvRecord = std::vector<CsvField>;

class CsvReader {
public:
    explicit CsvReader(std::string_view data);
    /// Reads the next record; false at the end. Blank lines come back as one empty field.
    bool next(CsvRecord& record);
    char delimiter() const { return _delim; }

private:
    char peek() const { return _pos < _data.size() ? _data[_pos] : '\0'; }
    void advance();

    std::string_view _data;
    size_t _pos = 0;
    int _line = 1, _column = 1;
    char _delim = ',';
};

} // namespace signage::scamcheck
