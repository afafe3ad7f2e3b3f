// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: both CSV readers (the checker's lists and the plugins' data.csv).
#include <cstdint>
#include <string_view>
#include <vector>

#include "scamcheck/Csv.h"
#include "scripting/CsvParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    signage::scamcheck::CsvReader reader(text);
    signage::scamcheck::CsvRecord record;
    for (std::size_t guard = 0; reader.next(record); ++guard)
        if (guard > size + 1) __builtin_trap(); // next() must consume input: no endless loop
    std::vector<signage::scripting::CsvRow> rows;
    signage::scripting::ParseError err;
    (void)signage::scripting::parseCsv(text, rows, err);
    (void)signage::scripting::parseCsv(text, rows, err, ';');
    return 0;
}
