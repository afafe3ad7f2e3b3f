// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A parsed data file (JSON, TOML, CSV) before it crosses into Lua: one tree type for all
// three formats, so the Lua side sees the same shapes whatever the ward wrote.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace signage::scripting {

struct DataValue {
    enum class Type { Null, Bool, Integer, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0;
    std::string text;
    std::vector<DataValue> items;                            // Array
    std::vector<std::pair<std::string, DataValue>> fields;   // Object, in file order

    // The special members and the helpers are defined below the struct: with libstdc++ 12,
    // clang instantiates pair<string, DataValue> for the implicit ones while DataValue is
    // still incomplete and fails (gcc accepts it). The fuzz build uses clang.
    DataValue();
    DataValue(const DataValue&);
    DataValue(DataValue&&) noexcept;
    DataValue& operator=(const DataValue&);
    DataValue& operator=(DataValue&&) noexcept;
    ~DataValue();

    static DataValue makeString(std::string s);
    /// The field `key` of an object, or nullptr.
    const DataValue* find(const std::string& key) const;
};

inline DataValue::DataValue() = default;
inline DataValue::DataValue(const DataValue&) = default;
inline DataValue::DataValue(DataValue&&) noexcept = default;
inline DataValue& DataValue::operator=(const DataValue&) = default;
inline DataValue& DataValue::operator=(DataValue&&) noexcept = default;
inline DataValue::~DataValue() = default;

inline DataValue DataValue::makeString(std::string s) {
    DataValue v;
    v.type = Type::String;
    v.text = std::move(s);
    return v;
}

inline const DataValue* DataValue::find(const std::string& key) const {
    for (const auto& [k, v] : fields) {
        if (k == key) return &v;
    }
    return nullptr;
}

/// Where a data file is malformed (1-based line and column, in bytes).
struct ParseError {
    int line = 0;
    int column = 0;
    std::string message;
};

} // namespace signage::scripting
