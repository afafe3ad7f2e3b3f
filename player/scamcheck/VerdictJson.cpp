// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/VerdictJson.h"

#include "core/Json.h"

namespace signage::scamcheck {

std::string jsonString(std::string_view s) { return core::jsonQuote(s); }

namespace {
std::string text(const Text& t) {
    return "{\"text\":" + jsonString(t.text()) + ",\"vi\":" + jsonString(t.vi) + ",\"en\":" + jsonString(t.en) + "}";
}

std::string strings(const std::vector<std::string>& list) {
    std::string out = "[";
    for (size_t i = 0; i < list.size(); ++i) out += (i ? "," : "") + jsonString(list[i]);
    return out + "]";
}
} // namespace

std::string toJson(const Verdict& v) {
    std::string out = "{";
    out += "\"verdict\":" + jsonString(levelName(v.level));
    out += ",\"score\":" + std::to_string(v.score);
    out += ",\"kind\":" + jsonString(kindName(v.kind));
    out += ",\"normalized\":" + jsonString(v.normalized);
    out += ",\"headline\":" + text(v.headline);
    out += ",\"reasons\":[";
    for (size_t i = 0; i < v.reasons.size(); ++i) {
        const Reason& r = v.reasons[i];
        out += i ? "," : "";
        out += "{\"id\":" + jsonString(r.id) + ",\"tactic\":" + (r.tactic.empty() ? std::string("null") : jsonString(r.tactic)) +
               ",\"weight\":" + std::to_string(r.weight) + ",\"text\":" + jsonString(r.text.text()) + ",\"vi\":" + jsonString(r.text.vi) +
               ",\"en\":" + jsonString(r.text.en) + "}";
    }
    out += "]";
    out += ",\"rules\":" + strings(v.rules);
    out += ",\"tactics\":" + strings(v.tactics);
    out += ",\"advice\":[";
    for (size_t i = 0; i < v.advice.size(); ++i) out += (i ? "," : "") + text(v.advice[i]);
    out += "]";
    out += ",\"data_version\":" + jsonString(v.dataVersion);
    return out + "}";
}

} // namespace signage::scamcheck
