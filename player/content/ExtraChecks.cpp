// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ExtraChecks.h"

#include <exception>
#include <utility>
#include <vector>

#include "core/Lang.h"

namespace signage::content {

namespace {
std::vector<std::pair<std::string, ExtraCheck>>& registry() {
    static std::vector<std::pair<std::string, ExtraCheck>> checks;
    return checks;
}
} // namespace

void registerExtraCheck(std::string name, ExtraCheck check) { registry().emplace_back(std::move(name), std::move(check)); }

void runExtraChecks(const Catalog& catalog, core::Diagnostics& diags) {
    for (const auto& [name, check] : registry()) {
        try {
            check(catalog, diags);
        } catch (const std::exception& e) {
            diags.error({catalog.displayRoot.string(), 0, 0},
                        core::tr("kiểm tra ", "check ") + name + core::tr(" bị lỗi: ", " failed: ") + e.what());
        }
    }
}

void clearExtraChecks() { registry().clear(); }

} // namespace signage::content
