// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Csv.h"

namespace signage::scamcheck {

CsvReader::CsvReader(std::string_view data) : _data(data) {
    if (_data.substr(0, 3) == "\xEF\xBB\xBF") _data.remove_prefix(3);
    std::string_view first = _data.substr(0, _data.find('\n'));
    size_t commas = 0, semis = 0, tabs = 0;
    bool quoted = false;
    for (char c : first) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        commas += c == ',';
        semis += c == ';';
        tabs += c == '\t';
    }
    if (semis > commas && semis >= tabs) _delim = ';';
    else if (tabs > commas && tabs > semis) _delim = '\t';
}

void CsvReader::advance() {
    char c = _data[_pos++];
    if (c == '\n') {
        ++_line;
        _column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++_column; // count characters, not UTF-8 continuation bytes
    }
}

bool CsvReader::next(CsvRecord& record) {
    record.clear();
    if (_pos >= _data.size()) return false;
    while (true) {
        CsvField field{{}, _line, _column};
        if (peek() == '"') {
            advance();
            while (_pos < _data.size()) {
                char c = peek();
                advance();
                if (c == '"') {
                    if (peek() == '"') {
                        field.text += '"';
                        advance();
                    } else {
                        break;
                    }
                } else {
                    field.text += c;
                }
            }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            while (_pos < _data.size() && peek() != _delim && peek() != '\n' && peek() != '\r') {
                field.text += peek();
                advance();
            }
        } else {
            while (_pos < _data.size() && peek() != _delim && peek() != '\n' && peek() != '\r') {
                field.text += peek();
                advance();
            }
        }
        record.push_back(std::move(field));
        if (_pos >= _data.size()) return true;
        char c = peek();
        if (c == _delim) {
            advance();
            continue;
        }
        if (c == '\r') advance();
        if (peek() == '\n') advance();
        return true;
    }
}

} // namespace signage::scamcheck
