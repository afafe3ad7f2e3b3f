// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/TomlData.h"

#include <sstream>
#include <toml++/toml.h>

#include "core/TomlTable.h"

namespace signage::scripting {

namespace {

DataValue convert(const toml::node& node) {
    DataValue v;
    if (auto* t = node.as_table()) {
        v.type = DataValue::Type::Object;
        for (const auto& [key, child] : *t) v.fields.emplace_back(std::string(key.str()), convert(child));
    } else if (auto* a = node.as_array()) {
        v.type = DataValue::Type::Array;
        for (const auto& child : *a) v.items.push_back(convert(child));
    } else if (auto* s = node.as_string()) {
        v = DataValue::makeString(s->get());
    } else if (auto* i = node.as_integer()) {
        v.type = DataValue::Type::Integer;
        v.integer = i->get();
    } else if (auto* f = node.as_floating_point()) {
        v.type = DataValue::Type::Number;
        v.number = f->get();
    } else if (auto* b = node.as_boolean()) {
        v.type = DataValue::Type::Bool;
        v.boolean = b->get();
    } else {
        // date, time, date-time: their TOML spelling ("2025-08-02T06:00:00+07:00").
        std::ostringstream out;
        node.visit([&](auto&& n) { out << n; });
        v = DataValue::makeString(out.str());
    }
    return v;
}

} // namespace

bool parseTomlData(std::string_view text, DataValue& out, ParseError& err, const std::string& shown) {
    const core::TomlSource src{{}, shown};
    core::Diagnostics diags;
    auto table = core::parseToml(text, src, diags);
    if (!table) {
        const core::Diagnostic& d = diags.all().front(); // parseToml reports exactly one
        err = {d.pos.line, d.pos.column, d.message};
        return false;
    }
    out = convert(*table);
    return true;
}

} // namespace signage::scripting
