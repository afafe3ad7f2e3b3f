// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dotted version numbers ("1.2.0") as manifests write them, compared numerically with
// missing parts read as zero (1.2 == 1.2.0 < 1.10).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signage::bundle {

class Version {
public:
    /// nullopt unless `text` is digits separated by single dots (at most 9 digits each).
    static std::optional<Version> parse(std::string_view text);
    const std::string& text() const { return _text; }
    /// <0, 0, >0 like strcmp.
    int compare(const Version& other) const;
    bool operator<(const Version& o) const { return compare(o) < 0; }
    bool operator==(const Version& o) const { return compare(o) == 0; }

private:
    std::vector<long> _parts;
    std::string _text;
};

/// This player's version (the CMake project version).
const Version& playerVersion();

} // namespace signage::bundle
