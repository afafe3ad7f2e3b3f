// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/BundleAnnounce.h"

#include <sstream>
#include <toml++/toml.h>

#include "core/TomlTable.h"

namespace signage::fleet {

namespace {
bool safeFileName(const std::string& f) {
    if (f.empty() || f.size() > 200 || f[0] == '.') return false;
    for (char c : f)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
              c == '_'))
            return false;
    return f.size() > 7 && f.compare(f.size() - 7, 7, ".bundle") == 0;
}
bool hex64(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}
} // namespace

std::string announcementBody(const BundleAnnouncement& a) {
    toml::table t;
    t.insert("ward", a.ward);
    t.insert("id", a.id);
    t.insert("version", a.version);
    t.insert("issued_ms", a.issuedMs);
    t.insert("file", a.file);
    t.insert("size", static_cast<std::int64_t>(a.size));
    t.insert("sha256", a.sha256);
    t.insert("url", a.url);
    t.insert("minisig", a.minisig);
    std::ostringstream out;
    out << t << "\n";
    return out.str();
}

std::string signAnnouncement(const BundleAnnouncement& a, const playlog::BoxKey& officeKey) {
    std::string body = announcementBody(a);
    return playlog::toHex(officeKey.sign(body)) + "\n" + body;
}

std::optional<BundleAnnouncement> checkAnnouncement(std::string_view wire, const playlog::PublicKey& officeKey,
                                                    const std::string& ward, std::string* why) {
    auto fail = [&](std::string w) -> std::optional<BundleAnnouncement> {
        if (why) *why = std::move(w);
        return std::nullopt;
    };
    playlog::Signature sig{};
    if (wire.size() < 130 || wire[128] != '\n' || !playlog::fromHex(wire.substr(0, 128), sig))
        return fail("malformed: no signature line");
    std::string_view body = wire.substr(129);
    if (!playlog::verifySignature(officeKey, body, sig)) return fail("bad signature (forged?)");
    // core::TomlTable; a mistyped field is named at its line:col. Unknown keys are ignored
    // (docs/architecture.md, "TOML files"): the office signed the body, and a newer office
    // may add keys an older box does not need.
    const core::TomlSource src{{}, "bundle announcement"};
    core::Diagnostics diags;
    auto parsed = core::parseToml(body, src, diags);
    BundleAnnouncement a;
    std::int64_t size = -1;
    if (parsed) {
        core::TomlTable t(*parsed, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
        auto str = [&](const char* key, std::string& out) {
            if (auto v = t.string(key)) out = *v;
        };
        str("ward", a.ward), str("id", a.id), str("version", a.version), str("file", a.file);
        str("sha256", a.sha256), str("url", a.url), str("minisig", a.minisig);
        if (auto v = t.integer("issued_ms")) a.issuedMs = *v;
        if (auto v = t.integer("size")) size = *v;
    }
    for (const auto& d : diags.all())
        if (d.severity == core::Diagnostic::Severity::Error) return fail("malformed: " + d.format());
    if (size <= 0 || !hex64(a.sha256) || !safeFileName(a.file) || a.url.empty() || a.minisig.empty())
        return fail("malformed: needs file (*.bundle), size, sha256, url and minisig");
    a.size = static_cast<std::uint64_t>(size);
    if (a.ward != ward) return fail("for another ward: " + a.ward);
    return a;
}

} // namespace signage::fleet
