// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/JsonParser.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "core/Lang.h"
#include "core/Utf8.h"

namespace signage::scripting {

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : _text(text) {}

    bool document(DataValue& out, ParseError& err) {
        _err = &err;
        skipBom();
        skipSpace();
        if (!value(out, 0)) return false;
        skipSpace();
        if (_pos != _text.size()) return fail(core::tr("thừa ký tự sau giá trị JSON", "unexpected text after the JSON value"));
        return true;
    }

private:
    bool fail(const std::string& message) {
        int line = 1, col = 1;
        for (size_t i = 0; i < _pos && i < _text.size(); ++i) {
            if (_text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        *_err = {line, col, message};
        return false;
    }
    void skipBom() {
        if (_text.substr(0, 3) == "\xEF\xBB\xBF") _pos = 3;
    }
    void skipSpace() {
        while (_pos < _text.size() && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r')) ++_pos;
    }
    bool literal(std::string_view word) {
        if (_text.substr(_pos, word.size()) != word) return fail(core::tr("giá trị JSON không hợp lệ", "invalid JSON value"));
        _pos += word.size();
        return true;
    }

    bool value(DataValue& out, int depth) {
        if (depth > kMaxDataDepth) return fail(core::tr("lồng nhau quá sâu", "nested too deeply"));
        if (_pos >= _text.size()) return fail(core::tr("hết tệp khi đang chờ một giá trị", "end of file where a value was expected"));
        char c = _text[_pos];
        switch (c) {
        case '{': return object(out, depth);
        case '[': return array(out, depth);
        case '"': out.type = DataValue::Type::String; return string(out.text);
        case 't': out.type = DataValue::Type::Bool; out.boolean = true; return literal("true");
        case 'f': out.type = DataValue::Type::Bool; out.boolean = false; return literal("false");
        case 'n': out.type = DataValue::Type::Null; return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9')) return number(out);
            return fail(core::tr("ký tự không mong đợi '", "unexpected character '") + std::string(1, c) + "'");
        }
    }

    bool object(DataValue& out, int depth) {
        out.type = DataValue::Type::Object;
        ++_pos; // {
        skipSpace();
        if (_pos < _text.size() && _text[_pos] == '}') {
            ++_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (_pos >= _text.size() || _text[_pos] != '"') return fail(core::tr("cần tên khoá trong ngoặc kép", "expected a quoted key"));
            std::string key;
            if (!string(key)) return false;
            skipSpace();
            if (_pos >= _text.size() || _text[_pos] != ':') return fail(core::tr("cần ':' sau khoá", "expected ':' after the key"));
            ++_pos;
            skipSpace();
            DataValue v;
            if (!value(v, depth + 1)) return false;
            out.fields.emplace_back(std::move(key), std::move(v));
            skipSpace();
            if (_pos < _text.size() && _text[_pos] == ',') {
                ++_pos;
                continue;
            }
            if (_pos < _text.size() && _text[_pos] == '}') {
                ++_pos;
                return true;
            }
            return fail(core::tr("cần ',' hoặc '}'", "expected ',' or '}'"));
        }
    }

    bool array(DataValue& out, int depth) {
        out.type = DataValue::Type::Array;
        ++_pos; // [
        skipSpace();
        if (_pos < _text.size() && _text[_pos] == ']') {
            ++_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            DataValue v;
            if (!value(v, depth + 1)) return false;
            out.items.push_back(std::move(v));
            skipSpace();
            if (_pos < _text.size() && _text[_pos] == ',') {
                ++_pos;
                continue;
            }
            if (_pos < _text.size() && _text[_pos] == ']') {
                ++_pos;
                return true;
            }
            return fail(core::tr("cần ',' hoặc ']'", "expected ',' or ']'"));
        }
    }

    bool hex4(unsigned& cp) {
        if (_pos + 4 > _text.size()) return fail(core::tr("\\u thiếu chữ số", "\\u needs four hex digits"));
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            char h = _text[_pos++];
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= static_cast<unsigned>(h - 'A' + 10);
            else return fail(core::tr("\\u thiếu chữ số", "\\u needs four hex digits"));
        }
        return true;
    }

    bool string(std::string& out) {
        ++_pos; // opening quote
        size_t start = _pos;
        while (_pos < _text.size()) {
            unsigned char c = static_cast<unsigned char>(_text[_pos]);
            if (c == '"') {
                ++_pos;
                if (!core::isValidUtf8(out)) {
                    _pos = start;
                    return fail(core::tr("chuỗi không phải UTF-8 hợp lệ", "string is not valid UTF-8"));
                }
                return true;
            }
            if (c < 0x20) return fail(core::tr("ký tự điều khiển trong chuỗi", "control character in a string"));
            if (c != '\\') {
                out += static_cast<char>(c);
                ++_pos;
                continue;
            }
            ++_pos;
            if (_pos >= _text.size()) break;
            char e = _text[_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo = 0;
                    if (_text.substr(_pos, 2) != "\\u") return fail(core::tr("thiếu nửa sau của cặp surrogate", "missing low surrogate"));
                    _pos += 2;
                    if (!hex4(lo)) return false;
                    if (lo < 0xDC00 || lo > 0xDFFF) return fail(core::tr("cặp surrogate sai", "invalid surrogate pair"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(core::tr("cặp surrogate sai", "invalid surrogate pair"));
                }
                out += core::encodeUtf8(static_cast<char32_t>(cp));
                break;
            }
            default:
                _pos -= 2; // point at the backslash
                return fail(core::tr("chuỗi thoát không hợp lệ", "invalid escape"));
            }
        }
        return fail(core::tr("chuỗi chưa đóng ngoặc kép", "unterminated string"));
    }

    bool number(DataValue& out) {
        size_t start = _pos;
        bool isInteger = true;
        if (_text[_pos] == '-') ++_pos;
        auto digits = [&] {
            size_t s = _pos;
            while (_pos < _text.size() && _text[_pos] >= '0' && _text[_pos] <= '9') ++_pos;
            return _pos - s;
        };
        size_t intDigits = digits();
        if (intDigits == 0) return fail(core::tr("số không hợp lệ", "invalid number"));
        if (intDigits > 1 && _text[_pos - intDigits] == '0') {
            _pos -= intDigits;
            return fail(core::tr("số không được bắt đầu bằng 0", "numbers cannot have leading zeros"));
        }
        if (_pos < _text.size() && _text[_pos] == '.') {
            ++_pos;
            isInteger = false;
            if (digits() == 0) return fail(core::tr("số không hợp lệ", "invalid number"));
        }
        if (_pos < _text.size() && (_text[_pos] == 'e' || _text[_pos] == 'E')) {
            ++_pos;
            isInteger = false;
            if (_pos < _text.size() && (_text[_pos] == '+' || _text[_pos] == '-')) ++_pos;
            if (digits() == 0) return fail(core::tr("số không hợp lệ", "invalid number"));
        }
        std::string token(_text.substr(start, _pos - start));
        if (isInteger) {
            errno = 0;
            long long v = std::strtoll(token.c_str(), nullptr, 10);
            if (errno == 0) {
                out.type = DataValue::Type::Integer;
                out.integer = v;
                return true;
            }
        }
        out.type = DataValue::Type::Number;
        out.number = std::strtod(token.c_str(), nullptr);
        if (!std::isfinite(out.number)) {
            _pos = start;
            return fail(core::tr("số quá lớn", "number out of range"));
        }
        return true;
    }

    std::string_view _text;
    size_t _pos = 0;
    ParseError* _err = nullptr;
};

} // namespace

bool parseJson(std::string_view text, DataValue& out, ParseError& err) {
    out = DataValue{};
    return Parser(text).document(out, err);
}

} // namespace signage::scripting
