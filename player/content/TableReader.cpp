// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/TableReader.h"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <sstream>

#include "content/Messages.h"
#include "content/Values.h"
#include "core/Suggest.h"
#include "core/Utf8.h"

namespace signage::content {

namespace {
std::string typeText(const toml::node& n) {
    std::ostringstream s;
    s << n.type();
    return msg::typeName(s.str());
}

std::string numberText(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}
} // namespace

TableReader::TableReader(const toml::table& table, const SourceFile& file, core::Diagnostics& diags, std::string prefix)
    : _table(table), _file(file), _diags(diags), _prefix(std::move(prefix)) {}

std::string TableReader::name(std::string_view key) const {
    return _prefix.empty() ? std::string(key) : _prefix + "." + std::string(key);
}

core::SourcePos TableReader::keyPos(std::string_view key) const {
    auto it = _table.find(key);
    return it == _table.end() ? tablePos() : _file.at(it->first.source().begin);
}

core::SourcePos TableReader::valuePos(std::string_view key) const {
    const toml::node* n = _table.get(key);
    return n ? _file.at(n->source().begin) : tablePos();
}

core::SourcePos TableReader::tablePos() const {
    auto p = _file.at(_table.source().begin);
    if (p.line == 0) return _file.start();
    return p;
}

void TableReader::error(core::SourcePos pos, std::string message) {
    ++_errors;
    _diags.error(std::move(pos), std::move(message));
}

void TableReader::warning(core::SourcePos pos, std::string message) { _diags.warning(std::move(pos), std::move(message)); }

void TableReader::missing(std::string_view key) { error(tablePos(), msg::missingKey(name(key))); }

void TableReader::wrongType(const toml::node& n, std::string_view what, const std::string& expected) {
    error(_file.at(n.source().begin), msg::wrongType(what, expected, typeText(n)));
}

template <typename T>
const T* TableReader::typed(std::string_view key, const std::string& expected) {
    const toml::node* n = _table.get(key);
    if (!n) return nullptr;
    if (const T* v = n->as<T>()) return v;
    wrongType(*n, name(key), expected);
    return nullptr;
}

std::optional<std::string> TableReader::string(std::string_view key) {
    if (auto* v = typed<toml::value<std::string>>(key, msg::aString())) return core::toNfc(v->get());
    return std::nullopt;
}

std::optional<std::string> TableReader::requiredString(std::string_view key, bool allowEmpty) {
    if (!has(key)) {
        missing(key);
        return std::nullopt;
    }
    auto s = string(key);
    if (s && s->empty() && !allowEmpty) {
        error(valuePos(key), msg::empty(name(key)));
        return std::nullopt;
    }
    return s;
}

std::optional<double> TableReader::number(std::string_view key, double lo, double hi) {
    const toml::node* n = _table.get(key);
    if (!n) return std::nullopt;
    double v = 0;
    if (auto* i = n->as_integer()) v = static_cast<double>(i->get());
    else if (auto* f = n->as_floating_point()) v = f->get();
    else {
        wrongType(*n, name(key), msg::aNumber());
        return std::nullopt;
    }
    if (!std::isfinite(v) || v < lo || v > hi) {
        error(_file.at(n->source().begin), msg::outOfRange(name(key), v, lo, hi));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key) {
    const toml::node* n = _table.get(key);
    if (!n) return std::nullopt;
    if (auto* i = n->as_integer()) return i->get();
    wrongType(*n, name(key), msg::typeName("integer"));
    return std::nullopt;
}

std::optional<std::vector<std::string>> TableReader::stringArray(std::string_view key) {
    const toml::array* a = array(key);
    if (!a) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (size_t i = 0; i < a->size(); ++i) {
        const toml::node& e = *a->get(i);
        if (auto* s = e.as_string()) out.push_back(core::toNfc(s->get()));
        else {
            wrongType(e, name(key) + "[" + std::to_string(i + 1) + "]", msg::aString());
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

const toml::table* TableReader::table(std::string_view key) { return typed<toml::table>(key, msg::aTable()); }
const toml::array* TableReader::array(std::string_view key) { return typed<toml::array>(key, msg::anArray()); }

std::optional<Millis> TableReader::duration(std::string_view key, bool allowZero) {
    auto text = string(key);
    if (!text) return std::nullopt;
    std::string reason;
    auto d = core::parseDuration(*text, &reason);
    if (!d) {
        error(valuePos(key), msg::badDuration(name(key), *text, reason));
        return std::nullopt;
    }
    if (!allowZero && d->count() <= 0) {
        error(valuePos(key), msg::durationNotPositive(name(key), *text));
        return std::nullopt;
    }
    return d;
}

std::optional<Color> TableReader::color(std::string_view key, bool alphaAllowed) {
    auto text = string(key);
    if (!text) return std::nullopt;
    auto c = parseColor(*text, alphaAllowed);
    if (!c) error(valuePos(key), msg::badColour(name(key), *text, alphaAllowed));
    return c;
}

std::optional<std::string> TableReader::oneOf(std::string_view key, const std::vector<std::string>& valid) {
    auto text = string(key);
    if (!text) return std::nullopt;
    if (std::find(valid.begin(), valid.end(), *text) != valid.end()) return text;
    error(valuePos(key), msg::badEnum(name(key), *text, valid, core::closestMatch(*text, valid)));
    return std::nullopt;
}

std::optional<std::filesystem::path> TableReader::file(std::string_view key, const ContentDir& dir) {
    auto text = string(key);
    if (!text) return std::nullopt;
    // Resolve the path as written (not NFC): bytes on disk are what they are.
    const std::string& written = _table.get(key)->as_string()->get();
    auto r = dir.resolveFile(written);
    switch (r.problem) {
    case ContentDir::Problem::None: return r.absolute;
    case ContentDir::Problem::Outside: error(valuePos(key), msg::outsideDir(name(key), *text)); break;
    case ContentDir::Problem::LinkOutside: error(valuePos(key), msg::linkOutsideDir(name(key), *text)); break;
    case ContentDir::Problem::ControlChar: error(valuePos(key), msg::controlCharInPath(name(key), written)); break;
    case ContentDir::Problem::Url: error(valuePos(key), msg::urlNotFile(name(key), *text)); break;
    case ContentDir::Problem::EncodedPath: error(valuePos(key), msg::percentEncodedPath(name(key), *text)); break;
    case ContentDir::Problem::Missing: error(valuePos(key), msg::fileNotFound(name(key), *text)); break;
    case ContentDir::Problem::NotAFile: error(valuePos(key), msg::notAFile(name(key), *text)); break;
    }
    return std::nullopt;
}

std::optional<std::map<std::string, std::string>> TableReader::scalarTable(std::string_view key) {
    const toml::table* t = table(key);
    if (!t) return std::nullopt;
    std::map<std::string, std::string> out;
    bool ok = true;
    for (auto&& [k, v] : *t) {
        std::string text;
        if (auto* s = v.as_string()) text = core::toNfc(s->get());
        else if (auto* i = v.as_integer()) text = std::to_string(i->get());
        else if (auto* f = v.as_floating_point()) text = numberText(f->get());
        else if (auto* b = v.as_boolean()) text = b->get() ? "true" : "false";
        else {
            wrongType(v, name(key) + "." + std::string(k.str()), msg::aScalar());
            ok = false;
            continue;
        }
        out[core::toNfc(k.str())] = std::move(text);
    }
    if (!ok) return std::nullopt;
    return out;
}

void TableReader::rejectUnknownKeys(const std::vector<std::string>& allowed, const std::vector<std::string>& elsewhere,
                                    std::string_view typeName) {
    auto contains = [](const std::vector<std::string>& v, std::string_view k) { return std::find(v.begin(), v.end(), k) != v.end(); };
    for (auto&& [k, v] : _table) {
        std::string_view key = k.str();
        if (contains(allowed, key)) continue;
        auto pos = _file.at(k.source().begin);
        if (contains(elsewhere, key)) {
            error(pos, msg::keyNotForType(key, typeName));
            continue;
        }
        std::vector<std::string> all = allowed;
        all.insert(all.end(), elsewhere.begin(), elsewhere.end());
        error(pos, msg::unknownKey(key, _prefix, core::closestMatch(key, all), allowed));
    }
}

} // namespace signage::content
