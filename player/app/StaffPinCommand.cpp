// SPDX-License-Identifier: GPL-3.0-or-later
// signage staff-pin: reads a staff PIN (4-12 digits) from stdin and prints the
// `pin_hash = "..."` line for the [staff] section of signage.toml (docs/staff-menu.md).
// From stdin, so the PIN never appears in the shell history or the process list.
#include <iostream>
#include <string>

#include "app/Commands.h"
#include "app/StaffServices.h"
#include "core/Lang.h"
#include "core/Log.h"

namespace signage::app {

void addStaffPinCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("staff-pin", core::tr("Băm mã PIN nhân viên (đọc từ stdin) cho signage.toml",
                                                          "Hash a staff PIN (read from stdin) for signage.toml"));
    cmd->callback([&exitCode] {
        core::Logger log("staff");
        std::string pin;
        std::getline(std::cin, pin);
        while (!pin.empty() && (pin.back() == '\r' || pin.back() == ' ')) pin.pop_back();
        if (pin.size() < 4 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos) {
            log.error(core::tr("mã PIN phải là 4 đến 12 chữ số", "the PIN must be 4 to 12 digits"));
            exitCode = kExitBadInput;
            return;
        }
        try {
            std::cout << "[staff]\npin_hash = \"" << hashStaffPin(pin) << "\"\n";
            exitCode = kExitOk;
        } catch (const std::exception& e) {
            log.error(e.what());
            exitCode = kExitRuntime;
        }
    });
}

} // namespace signage::app
