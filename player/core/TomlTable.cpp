// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TomlTable.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/Suggest.h"
#include "core/TomlMessages.h"
#include "core/Utf8.h"

namespace signage::core {

namespace {
std::string typeText(const toml::node& n) {
    std::ostringstream s;
    s << n.type();
    return tomlmsg::typeName(s.str());
}

std::string numberText(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}
} // namespace

std::optional<toml::table> parseToml(std::string_view text, const TomlSource& src, Diagnostics& diags) {
    try {
        return toml::parse(text, src.display);
    } catch (const toml::parse_error& e) {
        diags.error(src.at(e.source().begin), tomlmsg::syntaxError(e.description()));
        return std::nullopt;
    }
}

std::optional<toml::table> parseTomlFile(const TomlSource& src, Diagnostics& diags, std::uintmax_t maxBytes) {
    std::error_code ec;
    auto size = std::filesystem::file_size(src.path, ec);
    if (ec) {
        diags.error(src.whole(), tomlmsg::cannotRead(ec.message()));
        return std::nullopt;
    }
    if (size > maxBytes) {
        diags.error(src.whole(), tomlmsg::fileTooLarge(maxBytes));
        return std::nullopt;
    }
    std::ifstream in(src.path, std::ios::binary);
    if (!in) {
        diags.error(src.whole(), tomlmsg::cannotRead(std::strerror(errno)));
        return std::nullopt;
    }
    std::string text(static_cast<size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    return parseToml(text, src, diags);
}

void appendSorted(const Diagnostics& from, Diagnostics& to) {
    std::vector<Diagnostic> items = from.all();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    for (auto& d : items) {
        if (d.severity == Diagnostic::Severity::Error) to.error(std::move(d.pos), std::move(d.message));
        else to.warning(std::move(d.pos), std::move(d.message));
    }
}

std::vector<std::string> sortedMessages(const Diagnostics& diags) {
    Diagnostics sorted;
    appendSorted(diags, sorted);
    std::vector<std::string> out;
    for (const auto& d : sorted.all()) out.push_back(d.format());
    return out;
}

std::optional<std::string> firstSortedError(const Diagnostics& diags) {
    Diagnostics sorted;
    appendSorted(diags, sorted);
    for (const auto& d : sorted.all())
        if (d.severity == Diagnostic::Severity::Error) return d.format();
    return std::nullopt;
}

TomlTable::TomlTable(const toml::table& table, const TomlSource& source, Diagnostics& diags, std::string prefix,
                     UnknownKeys unknownKeys)
    : _table(table), _source(source), _diags(diags), _prefix(std::move(prefix)), _unknownKeys(unknownKeys) {}

TomlTable TomlTable::child(const toml::table& sub, std::string prefix) const {
    return TomlTable(sub, _source, _diags, std::move(prefix), _unknownKeys);
}

std::string TomlTable::name(std::string_view key) const {
    return _prefix.empty() ? std::string(key) : _prefix + "." + std::string(key);
}

SourcePos TomlTable::keyPos(std::string_view key) const {
    auto it = _table.find(key);
    return it == _table.end() ? tablePos() : _source.at(it->first.source().begin);
}

SourcePos TomlTable::valuePos(std::string_view key) const {
    const toml::node* n = _table.get(key);
    return n ? _source.at(n->source().begin) : tablePos();
}

SourcePos TomlTable::tablePos() const {
    auto p = _source.at(_table.source().begin);
    if (p.line == 0) return _source.start();
    return p;
}

void TomlTable::error(SourcePos pos, std::string message) {
    ++_errors;
    _diags.error(std::move(pos), std::move(message));
}

void TomlTable::warning(SourcePos pos, std::string message) { _diags.warning(std::move(pos), std::move(message)); }

void TomlTable::unknown(SourcePos pos, std::string message) {
    if (_unknownKeys == UnknownKeys::Error) error(std::move(pos), std::move(message));
    else warning(std::move(pos), std::move(message));
}

void TomlTable::missing(std::string_view key) { error(tablePos(), tomlmsg::missingKey(name(key))); }

void TomlTable::wrongType(const toml::node& n, std::string_view what, const std::string& expected) {
    error(_source.at(n.source().begin), tomlmsg::wrongType(what, expected, typeText(n)));
}

template <typename T>
const T* TomlTable::typed(std::string_view key, const std::string& expected) {
    const toml::node* n = _table.get(key);
    if (!n) return nullptr;
    if (const T* v = n->as<T>()) return v;
    wrongType(*n, name(key), expected);
    return nullptr;
}

std::optional<std::string> TomlTable::string(std::string_view key) {
    if (auto* v = typed<toml::value<std::string>>(key, tomlmsg::aString())) return toNfc(v->get());
    return std::nullopt;
}

std::optional<std::string> TomlTable::requiredString(std::string_view key, bool allowEmpty) {
    if (!has(key)) {
        missing(key);
        return std::nullopt;
    }
    auto s = string(key);
    if (s && s->empty() && !allowEmpty) {
        error(valuePos(key), tomlmsg::empty(name(key)));
        return std::nullopt;
    }
    return s;
}

std::optional<double> TomlTable::number(std::string_view key, double lo, double hi) {
    const toml::node* n = _table.get(key);
    if (!n) return std::nullopt;
    double v = 0;
    if (auto* i = n->as_integer()) v = static_cast<double>(i->get());
    else if (auto* f = n->as_floating_point()) v = f->get();
    else {
        wrongType(*n, name(key), tomlmsg::aNumber());
        return std::nullopt;
    }
    if (!std::isfinite(v) || v < lo || v > hi) {
        error(_source.at(n->source().begin), tomlmsg::outOfRange(name(key), v, lo, hi));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> TomlTable::integer(std::string_view key) {
    if (auto* i = typed<toml::value<std::int64_t>>(key, tomlmsg::anInteger())) return i->get();
    return std::nullopt;
}

std::optional<std::int64_t> TomlTable::integer(std::string_view key, std::int64_t lo, std::int64_t hi) {
    auto v = integer(key);
    if (v && (*v < lo || *v > hi)) {
        error(valuePos(key), tomlmsg::outOfRange(name(key), static_cast<double>(*v), static_cast<double>(lo),
                                                 static_cast<double>(hi)));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> TomlTable::boolean(std::string_view key) {
    if (auto* b = typed<toml::value<bool>>(key, tomlmsg::aBoolean())) return b->get();
    return std::nullopt;
}

std::optional<std::vector<std::string>> TomlTable::stringArray(std::string_view key) {
    const toml::array* a = array(key);
    if (!a) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (size_t i = 0; i < a->size(); ++i) {
        const toml::node& e = *a->get(i);
        if (auto* s = e.as_string()) out.push_back(toNfc(s->get()));
        else {
            wrongType(e, name(key) + "[" + std::to_string(i + 1) + "]", tomlmsg::aString());
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

const toml::table* TomlTable::table(std::string_view key) { return typed<toml::table>(key, tomlmsg::aTable()); }
const toml::array* TomlTable::array(std::string_view key) { return typed<toml::array>(key, tomlmsg::anArray()); }

std::optional<Millis> TomlTable::duration(std::string_view key, bool allowZero) {
    auto text = string(key);
    if (!text) return std::nullopt;
    std::string reason;
    auto d = parseDuration(*text, &reason);
    if (!d) {
        error(valuePos(key), tomlmsg::badDuration(name(key), *text, reason));
        return std::nullopt;
    }
    if (!allowZero && d->count() <= 0) {
        error(valuePos(key), tomlmsg::durationNotPositive(name(key), *text));
        return std::nullopt;
    }
    return d;
}

std::optional<std::string> TomlTable::oneOf(std::string_view key, const std::vector<std::string>& valid) {
    auto text = string(key);
    if (!text) return std::nullopt;
    if (std::find(valid.begin(), valid.end(), *text) != valid.end()) return text;
    error(valuePos(key), tomlmsg::badEnum(name(key), *text, valid, closestMatch(*text, valid)));
    return std::nullopt;
}

std::optional<std::map<std::string, std::string>> TomlTable::scalarTable(std::string_view key) {
    const toml::table* t = table(key);
    if (!t) return std::nullopt;
    std::map<std::string, std::string> out;
    bool ok = true;
    for (auto&& [k, v] : *t) {
        std::string text;
        if (auto* s = v.as_string()) text = toNfc(s->get());
        else if (auto* i = v.as_integer()) text = std::to_string(i->get());
        else if (auto* f = v.as_floating_point()) text = numberText(f->get());
        else if (auto* b = v.as_boolean()) text = b->get() ? "true" : "false";
        else {
            wrongType(v, name(key) + "." + std::string(k.str()), tomlmsg::aScalar());
            ok = false;
            continue;
        }
        out[toNfc(k.str())] = std::move(text);
    }
    if (!ok) return std::nullopt;
    return out;
}

int TomlTable::rejectUnknownKeys(const std::vector<std::string>& allowed, const std::vector<std::string>& elsewhere,
                                 std::string_view typeName) {
    auto contains = [](const std::vector<std::string>& v, std::string_view k) {
        return std::find(v.begin(), v.end(), k) != v.end();
    };
    int reported = 0;
    for (auto&& [k, v] : _table) {
        std::string_view key = k.str();
        if (contains(allowed, key)) continue;
        ++reported;
        auto pos = _source.at(k.source().begin);
        if (contains(elsewhere, key)) {
            unknown(pos, tomlmsg::keyNotForType(key, typeName));
            continue;
        }
        std::vector<std::string> all = allowed;
        all.insert(all.end(), elsewhere.begin(), elsewhere.end());
        unknown(pos, tomlmsg::unknownKey(key, _prefix, closestMatch(key, all), allowed));
    }
    return reported;
}

} // namespace signage::core
