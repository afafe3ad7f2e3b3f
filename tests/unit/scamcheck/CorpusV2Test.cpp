// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 figures on the corpora v2, v3 and v4 (tests/data/scamcheck/v2, v3, v4), train part
// and frozen test part separately, with the shipped checker data (assets/checker, model.tsv
// included): scams flagged (goal >= 97 %), scams called likely_scam (>= 85 %), benign called
// likely_scam (<= 2 %), opening moves not called "no known signs" (>= 80 %). Train and
// frozen test are separate tests, so that work on the model runs only the train ones
// (--gtest_filter='Corpus*.Train*'); the frozen parts are run once per model, after it
// is fixed. The floors pin the test parts' measured figures from below (a few points of
// slack), so a regression fails; they were set after one measurement and the model was
// never refitted against them.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "CorpusChecker.h"
#include "scamcheck/Checker.h"

using namespace signage;
using namespace signage::scamcheck;

namespace {
struct Figures {
    int scams = 0, scamsFlagged = 0, scamsLikely = 0, benign = 0, benignLikely = 0, openings = 0, openingsFlagged = 0;
    // Lookups (typing "lookup", read with Kind::Auto as the CLI does): scams called
    // likely_scam, openings (foreign numbers) flagged, "reenter" lines answered reenter,
    // benign lookups not flagged.
    int lookups = 0, lookupsRight = 0;
    double pct(int a, int b) const { return b ? 100.0 * a / b : 100.0; }
};

// `corpus`: "v2", "v3" or "v4"; `part`: "train.tsv" or "test.tsv". Lookup lines are asked of
// the lookup checker (the shipped data plus the corpora's lookup list, CorpusChecker.h),
// messages of the shipped data alone.
Figures run(const corpus::CorpusCheckers& checkers, const char* corpus, const char* part) {
    std::ifstream in(std::string(SIGNAGE_TEST_DATA_DIR) + "/scamcheck/" + corpus + "/" + part);
    Figures f;
    std::string row;
    while (std::getline(in, row)) {
        if (row.empty() || row[0] == '#') continue;
        size_t a = row.find('\t'), b = row.find('\t', a + 1), c = row.find('\t', b + 1), d = row.find('\t', c + 1);
        if (d == std::string::npos) continue;
        std::string label = row.substr(a + 1, b - a - 1);
        if (row.compare(c + 1, d - c - 1, "lookup") == 0) {
            Verdict v = checkers.lookups().check(row.substr(d + 1));
            ++f.lookups;
            bool right = (label == "scam" && v.level == Level::LikelyScam) ||
                         (label == "opening" && (v.level == Level::Suspicious || v.level == Level::LikelyScam)) ||
                         (label == "reenter" && v.level == Level::Reenter) ||
                         (label == "benign" && v.level == Level::NoKnownSigns);
            f.lookupsRight += right;
            if (!right)
                std::printf("  %s/%s lookup %s -> %s\n", corpus, part, label.c_str(),
                            std::string(levelName(v.level)).c_str());
            continue;
        }
        Verdict v = checkers.messages().check(row.substr(d + 1), Kind::Message);
        if (label == "scam") {
            ++f.scams;
            f.scamsFlagged += v.level != Level::NoKnownSigns;
            f.scamsLikely += v.level == Level::LikelyScam;
        } else if (label == "benign") {
            ++f.benign;
            f.benignLikely += v.level == Level::LikelyScam;
        } else if (label == "opening") {
            ++f.openings;
            f.openingsFlagged += v.level != Level::NoKnownSigns;
        }
    }
    std::printf("%s/%s: scams flagged %.1f %% (%d/%d), likely_scam %.1f %% (%d/%d), benign likely_scam %.1f %% "
                "(%d/%d), openings flagged %.1f %% (%d/%d)\n",
                corpus, part, f.pct(f.scamsFlagged, f.scams), f.scamsFlagged, f.scams, f.pct(f.scamsLikely, f.scams),
                f.scamsLikely, f.scams, f.pct(f.benignLikely, f.benign), f.benignLikely, f.benign,
                f.pct(f.openingsFlagged, f.openings), f.openingsFlagged, f.openings);
    if (f.lookups)
        std::printf("%s/%s: lookups answered as labelled %.1f %% (%d/%d)\n", corpus, part,
                    f.pct(f.lookupsRight, f.lookups), f.lookupsRight, f.lookups);
    return f;
}

class CorpusF : public ::testing::Test {
protected:
    corpus::CorpusCheckers checker;
};
using CorpusV2 = CorpusF;
using CorpusV3 = CorpusF;
using CorpusV4 = CorpusF;
} // namespace

TEST_F(CorpusV2, TrainFigures) {
    Figures train = run(checker, "v2", "train.tsv");
    EXPECT_GT(train.scams, 300);
    EXPECT_LE(train.pct(train.benignLikely, train.benign), 2.0);
    EXPECT_GE(train.pct(train.lookupsRight, train.lookups), 90.0);
}

TEST_F(CorpusV2, FrozenTestFigures) {
    Figures test = run(checker, "v2", "test.tsv");
    EXPECT_GT(test.scams, 100);
    // The floors pin the figures measured once per shipped model on this frozen part.
    // Third model (2026-12-07: fitted on v2 + v3 train, accents kept apart: 'lại' is not
    // 'lãi'): scams flagged 94.8 % (first two models 98+ %; goal >= 97 %: missed), likely
    // 87.9 % (goal >= 85 %), benign called likely 1.2 % (was 15.0 %; goal <= 2 %),
    // openings 91.7 % (was 97+ %). The recall drop is the price of the false alarms
    // fixed; it is reported in docs/scamcheck.md, not hidden by this floor.
    // Fourth model (2026-12-07, round four on train only: conditional threats, secrecy
    // scope, 'chuyển' + amount, hyphenated hosts...): flagged 100 % (174/174), likely
    // 96.6 %, benign likely 1.2 % (1/80), openings 91.7 % (55/60).
    // Fifth model (2026-12-07, round five: v3 spent test and v4 train in training, the
    // blocklist leak removed), measured once here: flagged 92.0 % (160/174; goal >= 97 %:
    // missed), likely 79.9 % (139/174; goal >= 85 %: missed), benign likely 0.0 % (0/80),
    // openings 100 % (60/60). The floors below pin these from below.
    EXPECT_GE(test.pct(test.scamsFlagged, test.scams), 90.0);
    EXPECT_GE(test.pct(test.scamsLikely, test.scams), 77.0);
    EXPECT_LE(test.pct(test.benignLikely, test.benign), 2.0);
    // Lookups, measured once on the test part after the lookup fixes (12/12; train 30/31).
    EXPECT_GE(test.pct(test.lookupsRight, test.lookups), 90.0);
    EXPECT_GE(test.pct(test.openingsFlagged, test.openings), 95.0);
}

TEST_F(CorpusV3, TrainFigures) {
    Figures train = run(checker, "v3", "train.tsv");
    EXPECT_GT(train.scams, 150);
    EXPECT_GT(train.benign, 150);
    EXPECT_GT(train.openings, 50);
    EXPECT_LE(train.pct(train.benignLikely, train.benign), 2.0);
}

// v3's test part was run once as a frozen part (fourth model, 2026-12-06: scams flagged 91.8 %,
// likely 91.8 %, benign called likely 12.2 %, openings 82.5 %), then folded into training for
// the fifth model (docs/scamcheck.md): it is spent, a train-like figure now, no measure.
TEST_F(CorpusV3, SpentTestFigures) {
    Figures test = run(checker, "v3", "test.tsv");
    EXPECT_GT(test.scams, 50);
    EXPECT_GT(test.benign, 50);
    EXPECT_GT(test.openings, 10);
    EXPECT_LE(test.pct(test.benignLikely, test.benign), 2.0);
}

// Corpus v4 (written for issue 16's fifth round by another hand, split once into train and a
// frozen test part before the fifth model was fitted): the train part was tuned on; the test
// part is run once, by the lead, on the final model (not by the session that tuned it).
TEST_F(CorpusV4, TrainFigures) {
    Figures train = run(checker, "v4", "train.tsv");
    EXPECT_GT(train.scams, 50);
    EXPECT_GT(train.benign, 50);
    EXPECT_LE(train.pct(train.benignLikely, train.benign), 2.0);
}

TEST_F(CorpusV4, FrozenTestFigures) {
    Figures test = run(checker, "v4", "test.tsv");
    EXPECT_GT(test.scams, 50);
    EXPECT_GT(test.benign, 50);
    EXPECT_GT(test.openings, 10);
    // Run once, on the fifth model (2026-12-07; the first run of this part, written by a
    // helper who never read the checker): scams flagged 95.5 % (106/111; goal >= 97 %:
    // missed), likely 70.3 % (78/111; goal >= 85 %: missed), benign called likely 5.0 %
    // (5/101; goal <= 2 %: missed), openings 97.6 % (41/42; goal >= 80 %: met). The floors
    // pin these from below so that a regression fails; they are no goal.
    EXPECT_GE(test.pct(test.scamsFlagged, test.scams), 93.0);
    EXPECT_GE(test.pct(test.scamsLikely, test.scams), 67.0);
    EXPECT_LE(test.pct(test.benignLikely, test.benign), 6.0);
    EXPECT_GE(test.pct(test.openingsFlagged, test.openings), 95.0);
}
