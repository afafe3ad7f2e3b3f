// SPDX-License-Identifier: GPL-3.0-or-later
// scamcheck_features CHECKER_DIR CORPUS.tsv: one line per message of a corpus v2 file
// (tests/data/scamcheck/v2), "label<TAB>feature=value ...<TAB>group", for scripts/scamcheck-train.py
// (the template group lets it cross-validate by template, as the corpus was split).
// Lookups (typing "lookup") are skipped: the model weighs messages only.
// scamcheck_features --verdicts CHECKER_DIR TRAIN.tsv: "label<TAB>verdict<TAB>features<TAB>text"
// per message, to read a TRAIN part's misses while fixing features. Both refuse a frozen
// test part (any test.tsv but v3's, which is spent).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "scamcheck/Checker.h"

int main(int argc, char** argv) {
    bool verdicts = argc == 4 && std::string(argv[1]) == "--verdicts";
    if (argc != 3 && !verdicts) {
        std::fprintf(stderr, "usage: scamcheck_features [--verdicts] CHECKER_DIR CORPUS.tsv\n");
        return 2;
    }
    const std::string corpus = argv[argc - 1];
    // The frozen test parts (v2, v4) are measured only in aggregate, once per model, by
    // CorpusV2Test; v3's test part was used once (2026-12-06) and is spent: it may be read
    // and trained on like a train part (docs/scamcheck.md).
    auto endsWith = [&](std::string_view tail) {
        return corpus.size() >= tail.size() && corpus.compare(corpus.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (endsWith("test.tsv") && !endsWith("v3/test.tsv")) {
        std::fprintf(stderr, "scamcheck_features: %s is a frozen test part: train parts only\n", corpus.c_str());
        return 2;
    }
    try {
        signage::scamcheck::Checker checker(argv[argc - 2]);
        std::ifstream in(corpus);
        std::string row;
        while (std::getline(in, row)) {
            if (row.empty() || row[0] == '#') continue;
            // group, label, method, typing, text
            size_t a = row.find('\t'), b = row.find('\t', a + 1), c = row.find('\t', b + 1), d = row.find('\t', c + 1);
            if (d == std::string::npos) continue;
            if (row.compare(c + 1, d - c - 1, "lookup") == 0) continue;
            std::cout << row.substr(a + 1, b - a - 1) << '\t';
            if (verdicts)
                std::cout << signage::scamcheck::levelName(
                                 checker.check(row.substr(d + 1), signage::scamcheck::Kind::Message).level)
                          << '\t';
            for (const auto& [name, value] : checker.messageFeatures(row.substr(d + 1))) std::cout << name << '=' << value << ' ';
            std::cout << '\t' << (verdicts ? row.substr(d + 1) : row.substr(0, a)) << '\n';
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scamcheck_features: %s\n", e.what());
        return 3;
    }
    return 0;
}
