// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TomlMessages.h"

#include <charconv>

#include "core/Lang.h"
#include "core/Suggest.h"
#include "core/Utf8.h"

namespace signage::core::tomlmsg {

namespace {
// Quoted, with control characters escaped so one message stays one log line.
std::string q(std::string_view s) { return "\"" + core::escapeControl(s) + "\""; }

std::string number(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}
} // namespace

std::string aString() { return tr("một chuỗi", "a string"); }
std::string aNumber() { return tr("một số", "a number"); }
std::string aBoolean() { return tr("true hoặc false", "a boolean"); }
std::string anInteger() { return tr("một số nguyên", "an integer"); }
std::string anArray() { return tr("một mảng", "an array"); }
std::string aTable() { return tr("một bảng", "a table"); }
std::string aScalar() { return tr("một chuỗi, số hoặc true/false", "a string, number or boolean"); }

std::string typeName(std::string_view t) {
    if (t == "string") return aString();
    if (t == "integer") return anInteger();
    if (t == "floating-point") return tr("một số thực", "a floating-point number");
    if (t == "boolean") return tr("giá trị true/false", "a boolean");
    if (t == "date") return tr("một ngày", "a date");
    if (t == "time") return tr("một giờ", "a time");
    if (t == "date-time") return tr("một ngày giờ", "a date-time");
    if (t == "array") return anArray();
    if (t == "table") return aTable();
    return std::string(t);
}

std::string syntaxError(std::string_view d) { return core::tomlSyntaxError(d); }
std::string cannotRead(std::string_view reason) {
    return tr("không đọc được tệp: ", "cannot read file: ") + std::string(reason);
}
std::string fileTooLarge(std::uintmax_t limit) {
    return tr("tệp quá lớn (tối đa ", "file too large (at most ") + std::to_string(limit / 1024) + " KiB)";
}

std::string unknownKey(std::string_view key, std::string_view table, std::string_view suggestion,
                       const std::vector<std::string>& allowed) {
    std::string out = tr("khóa không hợp lệ ", "unknown key ") + q(key);
    if (!table.empty()) out += tr(" trong [", " in [") + std::string(table) + "]";
    if (!suggestion.empty()) return out + core::didYouMeanText(suggestion);
    return out + tr(" (các khóa hợp lệ: ", " (allowed keys: ") + core::joinList(allowed) + ")";
}

std::string keyNotForType(std::string_view key, std::string_view itemType) {
    return tr("khóa ", "key ") + q(key) + tr(" không dùng cho mục kiểu ", " does not apply to items of type ") +
           q(itemType);
}

std::string wrongType(std::string_view name, std::string_view expected, std::string_view found) {
    return std::string(name) + tr(": cần ", ": expected ") + std::string(expected) + tr(", nhưng gặp ", ", found ") +
           std::string(found);
}

std::string missingKey(std::string_view key) { return tr("thiếu khóa bắt buộc ", "missing required key ") + q(key); }
std::string empty(std::string_view name) {
    return std::string(name) + tr(": không được để trống", ": must not be empty");
}

std::string badDuration(std::string_view name, std::string_view w, std::string_view reason) {
    return std::string(name) + ": " + q(w) + tr(" không phải thời lượng hợp lệ: ", " is not a valid duration: ") +
           std::string(reason);
}
std::string durationNotPositive(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" phải lớn hơn 0", " must be longer than zero");
}

std::string badEnum(std::string_view name, std::string_view w, const std::vector<std::string>& valid,
                    std::string_view s) {
    std::string out = std::string(name) + ": " + q(w) +
                      tr(" không hợp lệ (chọn một trong: ", " is not valid (expected one of: ") +
                      core::joinList(valid) + ")";
    if (!s.empty()) out += tr("; ý bạn là ", "; did you mean ") + q(s) + "?";
    return out;
}

std::string outOfRange(std::string_view name, double v, double lo, double hi) {
    return std::string(name) + ": " + number(v) + tr(" nằm ngoài khoảng ", " is out of range ") + number(lo) + ".." +
           number(hi);
}

} // namespace signage::core::tomlmsg
