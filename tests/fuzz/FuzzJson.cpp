// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the plugins' JSON and TOML data readers (data.json / data.toml).
#include <cstdint>
#include <string_view>

#include "scripting/JsonParser.h"
#include "scripting/TomlData.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    signage::scripting::DataValue value;
    signage::scripting::ParseError err;
    (void)signage::scripting::parseJson(text, value, err);
    (void)signage::scripting::parseTomlData(text, value, err);
    return 0;
}
