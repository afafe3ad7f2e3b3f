// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Model.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace signage::scamcheck {

namespace {
double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

bool parseNumber(const std::string& s, double& out) {
    try {
        size_t used = 0;
        out = std::stod(s, &used);
        return used == s.size() && std::isfinite(out);
    } catch (const std::exception&) {
        return false;
    }
}
} // namespace

std::optional<Model> Model::parse(std::string_view text, const std::string& fileName, core::Diagnostics& diags) {
    Model m;
    std::istringstream in{std::string(text)};
    std::string line;
    int lineNo = 0;
    bool ok = true;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::istringstream row(line);
        std::string name, a, b;
        Weights w;
        if (!std::getline(row, name, '\t') || !std::getline(row, a, '\t') || !std::getline(row, b, '\t') || !parseNumber(a, w.scam) ||
            !parseNumber(b, w.flag)) {
            diags.error({fileName, lineNo, 1}, "expected \"feature<TAB>weight_scam<TAB>weight_flag\" with two numbers");
            ok = false;
            continue;
        }
        if (name == "bias") m._bias = w;
        else m._weights[name] = w;
    }
    if (!ok) return std::nullopt;
    return m;
}

std::optional<Model> Model::load(const std::filesystem::path& file, core::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({file.string(), 0, 0}, "cannot read the model file");
        return std::nullopt;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    return parse(buf.str(), file.string(), diags);
}

ModelOutput Model::predict(const Features& features) const {
    double zs = _bias.scam, zf = _bias.flag;
    for (const auto& [name, value] : features) {
        auto it = _weights.find(name);
        if (it == _weights.end()) continue;
        zs += it->second.scam * value;
        zf += it->second.flag * value;
    }
    return {sigmoid(zs), sigmoid(zf)};
}

double Model::contribution(const std::string& feature, double value) const {
    auto it = _weights.find(feature);
    return it == _weights.end() ? 0.0 : it->second.scam * value;
}

} // namespace signage::scamcheck
