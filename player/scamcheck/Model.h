// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// checker/model.tsv: the fitted weights of two logistic models over a message's frame
// features (Frames.h): P(scam) — a harmful request — and P(flag) — a scam or its opening
// move. Written by scripts/scamcheck-train.py from the corpus's train part (docs/
// scamcheck.md, "Retraining"); the engine only loads and applies them. Rows:
//   feature<TAB>weight_scam<TAB>weight_flag     ('#' comments; "bias" is the intercept)
// A feature the file does not name weighs 0; a row the engine does not know is kept (a
// newer trainer may add features). Immutable after load; any thread.
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/Diagnostic.h"
#include "scamcheck/Frames.h"

namespace signage::scamcheck {

struct ModelOutput {
    double scam = 0; // P(harmful scam)
    double flag = 0; // P(scam or opening move)
};

class Model {
public:
    /// Reads `file`; nullopt (and an error file:line:col in `diags`) when a row is broken.
    static std::optional<Model> load(const std::filesystem::path& file, core::Diagnostics& diags);
    static std::optional<Model> parse(std::string_view text, const std::string& fileName, core::Diagnostics& diags);

    ModelOutput predict(const Features& features) const;
    /// This feature's push towards "scam" (weight_scam × value), for ordering reasons.
    double contribution(const std::string& feature, double value) const;
    size_t size() const { return _weights.size(); }

private:
    struct Weights {
        double scam = 0, flag = 0;
    };
    std::unordered_map<std::string, Weights> _weights;
    Weights _bias;
};

} // namespace signage::scamcheck
