// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Alert.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/TomlTable.h"

#include "fleet/Topics.h"

namespace signage::fleet {

const char* alertLevelName(AlertLevel level) {
    switch (level) {
    case AlertLevel::Normal: return "normal";
    case AlertLevel::Priority: return "priority";
    case AlertLevel::Emergency: return "emergency";
    }
    return "normal";
}

std::optional<AlertLevel> parseAlertLevel(std::string_view t) {
    if (t == "normal") return AlertLevel::Normal;
    if (t == "priority") return AlertLevel::Priority;
    if (t == "emergency") return AlertLevel::Emergency;
    return std::nullopt;
}

const char* refusalName(AlertRefusal r) {
    switch (r) {
    case AlertRefusal::None: return "accepted";
    case AlertRefusal::Malformed: return "malformed";
    case AlertRefusal::BadSignature: return "bad signature";
    case AlertRefusal::OtherWard: return "for another ward";
    case AlertRefusal::NotForThisBox: return "not for this box";
    case AlertRefusal::Expired: return "expired";
    case AlertRefusal::Replayed: return "replayed";
    }
    return "?";
}

bool Alert::forBox(const std::string& box, const std::string& site) const {
    if (boxes.empty() && sites.empty()) return true;
    for (const auto& b : boxes)
        if (b == box) return true;
    for (const auto& s : sites)
        if (!site.empty() && s == site) return true;
    return false;
}

std::string alertBody(const Alert& a) {
    toml::table t;
    t.insert("id", a.id);
    t.insert("ward", a.ward);
    t.insert("level", alertLevelName(a.level));
    if (!a.message.empty()) t.insert("message", a.message);
    if (!a.item.empty()) t.insert("item", a.item);
    t.insert("start_ms", a.startMs);
    t.insert("expiry_ms", a.expiryMs);
    t.insert("issued_ms", a.issuedMs);
    toml::array boxes, sites;
    for (const auto& b : a.boxes) boxes.push_back(b);
    for (const auto& s : a.sites) sites.push_back(s);
    t.insert("boxes", boxes);
    t.insert("sites", sites);
    std::ostringstream out;
    out << t << "\n";
    return out.str();
}

std::string signAlert(const Alert& alert, const playlog::BoxKey& officeKey) {
    std::string body = alertBody(alert);
    return playlog::toHex(officeKey.sign(body)) + "\n" + body;
}

AlertCheck checkAlert(std::string_view wire, const playlog::PublicKey& officeKey, const std::string& ward, const std::string& box,
                      const std::string& site, std::int64_t nowMs) {
    AlertCheck c;
    auto nl = wire.find('\n');
    playlog::Signature sig{};
    if (nl != 128 || !playlog::fromHex(wire.substr(0, 128), sig)) {
        c.refusal = AlertRefusal::Malformed;
        c.detail = "no signature line";
        return c;
    }
    std::string_view body = wire.substr(129);
    if (!playlog::verifySignature(officeKey, body, sig)) {
        c.refusal = AlertRefusal::BadSignature;
        return c;
    }
    // core::TomlTable; a mistyped field is named at its line:col. Unknown keys are ignored
    // (docs/architecture.md, "TOML files"): the office signed the body, and a newer office
    // may add keys an older box does not need.
    const core::TomlSource src{{}, "alert"};
    core::Diagnostics diags;
    auto parsed = core::parseToml(body, src, diags);
    Alert a;
    std::optional<AlertLevel> level;
    if (parsed) {
        core::TomlTable t(*parsed, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
        auto str = [&](const char* key, std::string& out) {
            if (auto v = t.string(key)) out = *v;
        };
        auto num = [&](const char* key, std::int64_t& out) {
            if (auto v = t.integer(key)) out = *v;
        };
        str("id", a.id), str("ward", a.ward), str("message", a.message), str("item", a.item);
        if (auto v = t.string("level")) level = parseAlertLevel(*v);
        num("start_ms", a.startMs), num("expiry_ms", a.expiryMs), num("issued_ms", a.issuedMs);
        if (auto v = t.stringArray("boxes")) a.boxes = *v;
        if (auto v = t.stringArray("sites")) a.sites = *v;
    }
    for (const auto& d : diags.all())
        if (d.severity == core::Diagnostic::Severity::Error) {
            c.refusal = AlertRefusal::Malformed;
            c.detail = d.format();
            return c;
        }
    if (!validName(a.id) || !level || a.expiryMs <= 0 || (a.message.empty() && a.item.empty())) {
        c.refusal = AlertRefusal::Malformed;
        c.detail = "needs id, level, expiry_ms and a message or an item";
        return c;
    }
    a.level = *level;
    c.alert = a;
    if (a.ward != ward) c.refusal = AlertRefusal::OtherWard;
    else if (!a.forBox(box, site)) c.refusal = AlertRefusal::NotForThisBox;
    else if (a.expiryMs <= nowMs) c.refusal = AlertRefusal::Expired;
    return c;
}

AlertGuard::AlertGuard(std::filesystem::path file) : _file(std::move(file)) {
    std::ifstream in(_file);
    std::string id;
    std::int64_t expiry = 0;
    while (in >> id >> expiry) _seen[id] = expiry;
}

bool AlertGuard::admit(const Alert& alert, std::int64_t nowMs) {
    if (_seen.count(alert.id)) return false;
    for (auto it = _seen.begin(); it != _seen.end();) it = it->second < nowMs - 86'400'000 ? _seen.erase(it) : std::next(it);
    _seen[alert.id] = alert.expiryMs;
    save();
    return true;
}

void AlertGuard::save() const {
    std::error_code ec;
    std::filesystem::create_directories(_file.parent_path(), ec);
    auto tmp = _file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto& [id, expiry] : _seen) out << id << " " << expiry << "\n";
    }
    std::filesystem::rename(tmp, _file, ec);
}

} // namespace signage::fleet
