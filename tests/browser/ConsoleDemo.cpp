// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ward the browser test drives: 20 boxes, real Mosquitto, the console on a
// free loopback port. Prints "PORT n", "DAY yyyy-mm-dd" (yesterday), "ZIP path" (a broken
// content zip), "CLEAN path" (a valid one) and "READY", then serves until stdin closes.
#include <fstream>
#include <iostream>

#include "integration/console/ConsoleFleet.h"
#include "playlog/Dating.h"

int main() {
    using namespace signage;
    test::ConsoleFleet fleet;
    auto zip = fleet.office.tmp.path() / "noi-dung-loi.zip";
    std::ofstream(zip, std::ios::binary) << test::zipDirectory(
        std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "bad-duration", "noi-dung/");
    auto clean = fleet.office.tmp.path() / "noi-dung-sach.zip";
    std::ofstream(clean, std::ios::binary)
        << test::zipDirectory(std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "clean", "noi-dung/");
    std::cout << "CLEAN " << clean.string() << "\n";
    std::cout << "PORT " << fleet.port() << "\nDAY " << playlog::formatDay(fleet.yesterday()) << "\nZIP "
              << zip.string() << "\nUSER can-bo " << test::ConsoleFleet::kPassword << "\nREADY" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {}
    return 0;
}
