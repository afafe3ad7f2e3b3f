// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small strict JSON parser (RFC 8259) for plugin data files: UTF-8 checked, \u escapes
// with surrogate pairs, nesting at most 200 deep, errors located by line and column.
#include <string_view>

#include "scripting/DataValue.h"

namespace signage::scripting {

inline constexpr int kMaxDataDepth = 200;

/// Parses one JSON document. False with `err` filled when malformed.
bool parseJson(std::string_view text, DataValue& out, ParseError& err);

} // namespace signage::scripting
