// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/MountTable.h"

#include <sstream>
#include <string>

namespace signage::bundle {

namespace fs = std::filesystem;

static std::string unescapeOctal(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        auto octal = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '7'; };
        if (s[i] == '\\' && octal(i + 1) && octal(i + 2) && octal(i + 3)) {
            out += static_cast<char>((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0'));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<fs::path> parseMountInfo(std::string_view text) {
    std::vector<fs::path> out;
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string id, parent, dev, root, mountPoint;
        if (fields >> id >> parent >> dev >> root >> mountPoint) out.emplace_back(unescapeOctal(mountPoint));
    }
    return out;
}

std::vector<fs::path> mountsUnder(const std::vector<fs::path>& mounts, const std::vector<fs::path>& roots) {
    std::vector<fs::path> out;
    for (const auto& m : mounts) {
        for (const auto& r : roots) {
            auto rel = m.lexically_relative(r);
            if (!rel.empty() && rel != "." && *rel.begin() != "..") {
                out.push_back(m);
                break;
            }
        }
    }
    return out;
}

} // namespace signage::bundle
