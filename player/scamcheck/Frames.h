// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message read as clauses with request frames (issue 16): who the sender claims to be,
// what is asked (money, a fee, a code, personal data, a card, a password, a SIM, an
// install, a click, secrecy, a video call, "have your banking app ready"), urgency,
// threats, lures, opening moves ("this is my new number", "are you there?", befriend,
// join a group), and the negation and warning context that turns a quoted scam phrase
// into advice. Negation scopes over the rest of its clause ("chúng tôi không bao giờ
// yêu cầu quý khách cung cấp OTP, mật khẩu hay số thẻ" negates all three), except
// "nếu không" (a threat), "không cần …" (a lure) and "không được nói với ai" (secrecy).
//
// The frames become named features; Model.h weighs them with weights fitted by
// scripts/scamcheck-train.py. Lexicon phrases are matched folded (TextNormalizer), so
// typed without diacritics, in teen code, Telex or VNI they read the same; a phrase written
// with diacritics ("lãi suất") is matched on the accent too when the text was typed with
// them, so "lại" (again) is not "lãi" (interest) while a text typed "lai" meets both.
// Immutable after construction; any thread.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scamcheck/Entities.h"
#include "scamcheck/Findings.h"
#include "scamcheck/TextNormalizer.h"

namespace signage::scamcheck {

using Features = FeatureList;

struct FrameReading {
    Features features;            // name → value (0..1), only non-zero ones
    std::vector<std::string> cues; // frame names that fired (not negated): "req.money", "open.group"...
    bool warningContext = false;   // the text reads as a warning or a genuine notice
};

class FrameReader {
public:
    FrameReader();
    /// `soFar`: what the link/phone/account checks and the tactics already found.
    FrameReading read(const NormalizedText& text, const Entities& items, const Findings& soFar) const;
    /// Every phrase word (for TextNormalizer's word splitting).
    std::vector<std::string> vocabulary() const;
    /// The reason shown for a cue, empty Text for a cue with none; rule ids alongside.
    /// `withLink`: the message holds a link (a reason may name it only then).
    static Text reasonFor(const std::string& cue, std::vector<std::string>& rules, bool withLink = false);

private:
    struct Phrase {
        std::vector<std::string> words;
        std::string cat;
        std::vector<std::string> accents; // accentKey per word; empty: written without marks, meets any
    };
    /// Word k of `p` against a token: same folded word, and, when both the phrase and the
    /// token say how the word is accented, the same accent (typed without diacritics, a
    /// word meets every accented word that folds to it).
    static bool wordMeets(const Phrase& p, size_t k, const Token& t, bool accentedText);
    std::vector<Phrase> _phrases;
    std::unordered_map<std::string, std::vector<size_t>> _byFirst;
};

} // namespace signage::scamcheck
