// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two checkers the corpus evaluators use (CorpusTest, CorpusV2Test): messages are checked
// with the shipped data (assets/checker) as a box has it; lookup lines (a lone number or
// link, "is this on the list?") with the shipped data plus tests/data/scamcheck/lookup-list.csv,
// the invented entries the corpora's blocklisted lookups were written against. The shipped
// sample list holds no corpus host or account, so no message is called a scam for being
// listed rather than for what it says.
#include <filesystem>
#include <memory>
#include <string>

#include "scamcheck/Checker.h"
#include "support/TempDir.h"

namespace signage::scamcheck::corpus {

class CorpusCheckers {
public:
    CorpusCheckers() {
        namespace fs = std::filesystem;
        const fs::path shipped = fs::path(SIGNAGE_SOURCE_DIR) / "assets" / "checker";
        for (const auto& e : fs::directory_iterator(shipped))
            if (e.is_regular_file() && e.path().filename().string()[0] != '.')
                fs::copy_file(e.path(), _lookupDir.path() / e.path().filename());
        fs::copy_file(fs::path(SIGNAGE_TEST_DATA_DIR) / "scamcheck" / "lookup-list.csv",
                      _lookupDir.path() / "lookup-list.csv");
        _lookups = std::make_unique<Checker>(_lookupDir.path(), Checker::Options{_cache.path() / "l", "", "", ""});
    }
    const Checker& messages() const { return _messages; }
    const Checker& lookups() const { return *_lookups; }

private:
    signage::test::TempDir _cache, _lookupDir;
    Checker _messages{std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker",
                      Checker::Options{_cache.path() / "m", "", "", ""}};
    std::unique_ptr<Checker> _lookups;
};

} // namespace signage::scamcheck::corpus
