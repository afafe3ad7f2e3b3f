// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ward the browser test drives: 20 boxes, real Mosquitto, the console on a
// free loopback port. Prints "PORT n", "DAY yyyy-mm-dd" (yesterday), "ZIP path" (a broken
// content zip), "CLEAN path" (a valid one), "USB1 path" / "USB2 path" (may-05's export and a
// forged new log of it) and "READY", then serves until stdin closes.
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
    // Two USB logs of may-05 for the Logs page: its real export, then a new log started
    // with its key (issue 17's forgery): the witness finding the Boxes page shows.
    std::cout << "USB1 " << fleet.exportOf("may-05", fleet.office.tmp.path() / "usb-1").string() << "\n";
    std::cout << "USB2 " << fleet.forgedNewLogOf("may-05", fleet.office.tmp.path() / "usb-2").string() << "\n";
    std::cout << "PORT " << fleet.port() << "\nDAY " << playlog::formatDay(fleet.yesterday()) << "\nZIP "
              << zip.string() << "\nUSER can-bo " << test::ConsoleFleet::kPassword << "\nREADY" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {}
    return 0;
}
