// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Checkpoint.h"

#include <sodium.h>

#include <cstring>
#include <sstream>

#include "core/Lang.h"

namespace signage::playlog {

using core::tr;

namespace {
constexpr const char* kOriginPrefix = "canhbao-signage/playlog/";
constexpr const char* kDash = "\xE2\x80\x94 "; // "— " (U+2014 and a space), as signed notes write it
constexpr std::uint8_t kAlgEd25519 = 0x01, kAlgCosignature = 0x04;

std::array<std::uint8_t, 4> keyId(const std::string& name, std::uint8_t alg, const PublicKey& key) {
    ensureSodium();
    std::string in = name + "\n";
    in += static_cast<char>(alg);
    in.append(reinterpret_cast<const char*>(key.data()), key.size());
    std::uint8_t h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(in.data()), in.size());
    return {h[0], h[1], h[2], h[3]};
}

std::string cosignedMessage(const std::string& body, std::int64_t t) {
    return "cosignature/v1\ntime " + std::to_string(t) + "\n" + body;
}

bool parseInt(const std::string& s, std::int64_t& out) {
    if (s.empty() || s.size() > 19) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    out = std::stoll(s);
    return true;
}
} // namespace

std::string base64(const std::uint8_t* data, size_t size) {
    ensureSodium();
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool fromBase64(const std::string& text, std::vector<std::uint8_t>& out) {
    ensureSodium();
    out.assign(text.size(), 0);
    size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return false;
    out.resize(len);
    return true;
}

std::string Checkpoint::origin() const { return kOriginPrefix + boxId + "/" + toHex(uid); }

std::string Checkpoint::body() const {
    return origin() + "\n" + std::to_string(size) + "\n" + base64(root.data(), root.size()) + "\n" + "checkpoint " +
           std::to_string(number) + "\n" + "created_ms " + std::to_string(createdMs) + "\n";
}

std::string SignedNote::text() const {
    std::string t = body + "\n";
    for (const auto& s : signatures) t += kDash + s.name + " " + base64(s.bytes.data(), s.bytes.size()) + "\n";
    return t;
}

std::optional<SignedNote> parseNote(const std::string& text, std::string& error) {
    auto sep = text.find("\n\n");
    if (sep == std::string::npos) {
        error = tr("không phải ghi chú có chữ ký (thiếu dòng trống)", "not a signed note (no blank line)");
        return std::nullopt;
    }
    SignedNote n;
    n.body = text.substr(0, sep + 1);
    std::istringstream in(text.substr(sep + 2));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        if (line.rfind(kDash, 0) != 0) {
            error = tr("dòng chữ ký không bắt đầu bằng \"— \": ", "signature line does not start with \"— \": ") + line;
            return std::nullopt;
        }
        std::string rest = line.substr(std::strlen(kDash));
        auto sp = rest.rfind(' ');
        NoteSignature s;
        if (sp == std::string::npos || sp == 0 || !fromBase64(rest.substr(sp + 1), s.bytes) || s.bytes.size() < 5) {
            error = tr("dòng chữ ký hỏng: ", "malformed signature line: ") + line;
            return std::nullopt;
        }
        s.name = rest.substr(0, sp);
        n.signatures.push_back(std::move(s));
    }
    if (n.signatures.empty()) {
        error = tr("ghi chú không có chữ ký", "the note has no signature");
        return std::nullopt;
    }
    return n;
}

std::optional<Checkpoint> parseCheckpoint(const std::string& body, std::string& error) {
    std::vector<std::string> lines;
    std::istringstream in(body);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    Checkpoint cp;
    auto bad = [&](const std::string& why) {
        error = tr("điểm kiểm hỏng: ", "malformed checkpoint: ") + why;
        return std::nullopt;
    };
    if (lines.size() < 5) return bad(tr("thiếu dòng", "missing lines"));
    std::string prefix = kOriginPrefix;
    auto slash = lines[0].rfind('/');
    if (lines[0].rfind(prefix, 0) != 0 || slash == std::string::npos || slash < prefix.size())
        return bad(tr("nguồn gốc: ", "origin: ") + lines[0]);
    cp.boxId = lines[0].substr(prefix.size(), slash - prefix.size());
    if (!fromHex(lines[0].substr(slash + 1), cp.uid)) return bad(tr("mã sổ: ", "log id: ") + lines[0]);
    std::vector<std::uint8_t> root;
    if (!parseInt(lines[1], cp.size)) return bad(tr("kích thước: ", "size: ") + lines[1]);
    if (!fromBase64(lines[2], root) || root.size() != cp.root.size()) return bad(tr("mã băm gốc: ", "root hash: ") + lines[2]);
    std::memcpy(cp.root.data(), root.data(), cp.root.size());
    if (lines[3].rfind("checkpoint ", 0) != 0 || !parseInt(lines[3].substr(11), cp.number) || cp.number < 1)
        return bad(lines[3]);
    if (lines[4].rfind("created_ms ", 0) != 0 || !parseInt(lines[4].substr(11), cp.createdMs)) return bad(lines[4]);
    return cp;
}

SignedNote signCheckpoint(const Checkpoint& cp, const BoxKey& boxKey) {
    SignedNote n;
    n.body = cp.body();
    auto id = keyId(cp.boxId, kAlgEd25519, boxKey.publicKey());
    Signature sig = boxKey.sign(n.body);
    NoteSignature s{cp.boxId, {id.begin(), id.end()}};
    s.bytes.insert(s.bytes.end(), sig.begin(), sig.end());
    n.signatures.push_back(std::move(s));
    return n;
}

bool hasValidSignature(const SignedNote& note, const std::string& name, const PublicKey& key) {
    auto id = keyId(name, kAlgEd25519, key);
    for (const auto& s : note.signatures) {
        if (s.name != name || s.bytes.size() != 4 + 64 || !std::equal(id.begin(), id.end(), s.bytes.begin())) continue;
        Signature sig{};
        std::memcpy(sig.data(), s.bytes.data() + 4, sig.size());
        if (verifySignature(key, note.body, sig)) return true;
    }
    return false;
}

void cosign(SignedNote& note, const BoxKey& officeKey, const std::string& officeName, std::int64_t timeSec) {
    auto id = keyId(officeName, kAlgCosignature, officeKey.publicKey());
    Signature sig = officeKey.sign(cosignedMessage(note.body, timeSec));
    NoteSignature s{officeName, {id.begin(), id.end()}};
    for (int i = 7; i >= 0; --i) s.bytes.push_back(static_cast<std::uint8_t>(static_cast<std::uint64_t>(timeSec) >> (8 * i)));
    s.bytes.insert(s.bytes.end(), sig.begin(), sig.end());
    note.signatures.push_back(std::move(s));
}

std::optional<std::int64_t> validCosignature(const SignedNote& note, const std::string& name, const PublicKey& key) {
    auto id = keyId(name, kAlgCosignature, key);
    for (const auto& s : note.signatures) {
        if (s.name != name || s.bytes.size() != 4 + 8 + 64 || !std::equal(id.begin(), id.end(), s.bytes.begin())) continue;
        std::uint64_t t = 0;
        for (int i = 0; i < 8; ++i) t = (t << 8) | s.bytes[4 + i];
        Signature sig{};
        std::memcpy(sig.data(), s.bytes.data() + 12, sig.size());
        if (verifySignature(key, cosignedMessage(note.body, static_cast<std::int64_t>(t)), sig)) return static_cast<std::int64_t>(t);
    }
    return std::nullopt;
}

} // namespace signage::playlog
