// SPDX-License-Identifier: GPL-3.0-or-later
// Key, signature and manifest formats; entry paths; versions.
#include <gtest/gtest.h>

#include "bundle/BundleManifest.h"
#include "bundle/Crypto.h"
#include "bundle/Minisign.h"
#include "bundle/MountTable.h"
#include "bundle/Refusal.h"
#include "bundle/SafePath.h"
#include "bundle/Verifier.h"
#include "bundle/Version.h"
#include "core/Lang.h"

namespace signage::bundle {
namespace {

FileHash hashOf(const std::string& s) {
    Blake2b512 h;
    h.update(s.data(), s.size());
    return h.finish();
}

TEST(Minisign, KeysRoundTrip) {
    SecretKey sk = generateSecretKey();
    PublicKey pk = parsePublicKey(formatPublicKey(sk.publicKey()));
    EXPECT_EQ(pk.id, sk.id);
    EXPECT_EQ(pk.key, sk.publicKey().key);
    SecretKey again = parseSecretKey(formatSecretKey(sk));
    EXPECT_EQ(again.key, sk.key);
    EXPECT_FALSE(secretKeyNeedsPassword(formatSecretKey(sk)));
    EXPECT_EQ(formatPublicKey(pk).rfind("untrusted comment: minisign public key " + pk.idHex() + "\n", 0), 0u);
}

TEST(Minisign, CorruptSecretKeyFailsItsChecksum) {
    SecretKey sk = generateSecretKey();
    std::string text = formatSecretKey(sk);
    auto nl = text.find('\n');
    auto raw = *fromBase64(std::string_view(text).substr(nl + 1, text.size() - nl - 2));
    raw[60] ^= 1; // inside the secret key
    std::string bad = text.substr(0, nl + 1) + toBase64(raw.data(), raw.size()) + "\n";
    EXPECT_THROW(parseSecretKey(bad), FormatError);
}

TEST(Minisign, SignAndVerify) {
    SecretKey sk = generateSecretKey();
    FileHash h = hashOf("bundle bytes");
    Signature sig = parseSignature(formatSignature(signHash(sk, h, "bundle:demo\tversion:1.0.0", "comment")));
    EXPECT_TRUE(verifyTrustedComment(sk.publicKey(), sig));
    EXPECT_TRUE(verifyHash(sk.publicKey(), sig, h));
    EXPECT_FALSE(verifyHash(sk.publicKey(), sig, hashOf("other bytes")));
    Signature altered = sig;
    altered.trustedComment = "bundle:demo\tversion:9.0.0";
    EXPECT_FALSE(verifyTrustedComment(sk.publicKey(), altered));
    EXPECT_FALSE(verifyHash(generateSecretKey().publicKey(), sig, h));
    EXPECT_EQ(parseTrustedComment(sig.trustedComment)["version"], "1.0.0");
}

TEST(Minisign, RejectsMalformedAndLegacySignatures) {
    EXPECT_THROW(parseSignature("garbage"), FormatError);
    EXPECT_THROW(parseSignature("untrusted comment: a\n!!!!\ntrusted comment: b\nAAAA\n"), FormatError);
    SecretKey sk = generateSecretKey();
    std::string text = formatSignature(signHash(sk, hashOf("x"), "t", "u"));
    auto line2 = text.find('\n') + 1;
    auto raw = *fromBase64(std::string_view(text).substr(line2, text.find('\n', line2) - line2));
    raw[1] = 'd'; // "Ed": legacy, whole-file signatures
    std::string legacy = text.substr(0, line2) + toBase64(raw.data(), raw.size()) + text.substr(text.find('\n', line2));
    EXPECT_THROW(parseSignature(legacy), FormatError);
    EXPECT_THROW(signHash(sk, hashOf("x"), "two\nlines", "u"), FormatError);
}

TEST(SafePath, NormalisesAndRefuses) {
    EXPECT_EQ(checkEntryPath("./media/a.png"), "media/a.png");
    EXPECT_EQ(checkEntryPath("media/dir/"), "media/dir");
    EXPECT_EQ(checkEntryPath("./"), "");
    EXPECT_EQ(checkEntryPath("media/ảnh.png"), "media/ảnh.png");
    for (const char* bad : {"/etc/passwd", "../x", "media/../../x", "a//b", "a/./b", "a\\b", "a\nb", "..", "a/.."}) {
        try {
            checkEntryPath(bad);
            ADD_FAILURE() << bad << " accepted";
        } catch (const BundleError& e) {
            EXPECT_EQ(e.reason(), Reason::PathTraversal) << bad;
        }
    }
    EXPECT_THROW(checkEntryPath(std::string("a\xff", 2)), BundleError);
    EXPECT_THROW(checkEntryPath(std::string(2000, 'a')), BundleError);
}

TEST(Version, ComparesNumerically) {
    EXPECT_TRUE(*Version::parse("1.2") < *Version::parse("1.10"));
    EXPECT_TRUE(*Version::parse("1.2") == *Version::parse("1.2.0"));
    EXPECT_FALSE(*Version::parse("2.0") < *Version::parse("1.99"));
    for (const char* bad : {"", "1.", ".1", "1..2", "v1", "1.2-beta", "1234567890"}) EXPECT_FALSE(Version::parse(bad)) << bad;
}

TEST(Manifest, ParsesFilesAndTargets) {
    auto m = parseManifest("id = \"demo\"\nname = \"Nội dung\"\nversion = \"1.0.0\"\nmin_player_version = \"0.1\"\n"
                           "[target]\nsites = [\"ben-xe\"]\nboxes = [\"box-1\"]\n"
                           "[[files]]\npath = \"media/a.png\"\nsha256 = \"" + std::string(64, 'a') + "\"\nsize = 12\n",
                           "manifest.toml");
    EXPECT_EQ(m.id, "demo");
    EXPECT_EQ(m.targetSites, std::vector<std::string>{"ben-xe"});
    ASSERT_EQ(m.files.size(), 1u);
    EXPECT_EQ(m.files[0].size, 12u);
    EXPECT_EQ(m.totalBytes(), 12u);
}

TEST(Manifest, ErrorsCarryLineAndColumn) {
    auto expectError = [](const std::string& text, Reason reason, const std::string& where) {
        try {
            parseManifest(text, "manifest.toml");
            ADD_FAILURE() << text;
        } catch (const BundleError& e) {
            EXPECT_EQ(e.reason(), reason) << e.detail();
            EXPECT_NE(e.detail().find(where), std::string::npos) << e.detail();
        }
    };
    expectError("id = \"Demo!\"\nname = \"x\"\nversion = \"1\"\n", Reason::BadManifest, "manifest.toml:1:");
    expectError("id = \"demo\"\nversion = \"1\"\n", Reason::BadManifest, "name");
    expectError("id = \"demo\"\nname = \"x\"\nversion = \"1\"\n[[files]]\npath = \"a\"\nsha256 = \"xyz\"\nsize = 1\n", Reason::BadManifest,
                "manifest.toml:6:");
    expectError("id = \"demo\"\nname = \"x\"\nversion = \"1\"\n[[files]]\npath = \"a\"\nsha256 = \"" + std::string(64, 'a') +
                    "\"\nsize = 1\nmode = 7\n",
                Reason::BadManifest, "mode");
    expectError("id = \"demo\"\nname = \"x\"\nversion = = \n", Reason::BadManifest, "manifest.toml:3:");
    // core::TomlTable's words: unknown keys with "did you mean", wrong types, both at line:col.
    core::setLang(core::Lang::En);
    expectError("id = \"demo\"\nname = \"x\"\nversion = \"1\"\n[target]\nsite = [\"a\"]\n", Reason::BadManifest,
                "manifest.toml:5:1: unknown key \"site\" in [target] (did you mean \"sites\"?)");
    expectError("id = \"demo\"\nname = \"x\"\nversion = \"1\"\n[[files]]\npath = \"a\"\nsha256 = \"" +
                    std::string(64, 'a') + "\"\nsize = \"1\"\n",
                Reason::BadManifest, "manifest.toml:7:8: files.size: expected an integer, found a string");
    expectError("id = \"demo\"\nname = \"x\"\nversion = \"1\"\nkind = \"alrt\"\n", Reason::BadManifest,
                "manifest.toml:4:8: kind");
    core::setLang(core::Lang::Vi);
}

TEST(Manifest, WithFilesKeepsTheAuthorsTextAndReplacesOldFiles) {
    std::vector<FileEntry> files{{"media/ảnh \"1\".png", std::string(64, 'b'), 5}};
    std::string text = "# ghi chú\nid = \"demo\"\nname = \"x\"\nversion = \"1\"\n";
    std::string out = manifestWithFiles(text, files);
    EXPECT_EQ(out.rfind(text, 0), 0u);
    auto m = parseManifest(out, "manifest.toml");
    ASSERT_EQ(m.files.size(), 1u);
    EXPECT_EQ(m.files[0].path, "media/ảnh \"1\".png");
    auto twice = parseManifest(manifestWithFiles(out, files), "manifest.toml");
    EXPECT_EQ(twice.files.size(), 1u);
}

// manifestWithFiles parses with core's reader: a broken manifest is a BadManifest refusal at
// file:line:col (it used to let toml::parse_error escape), a good one keeps its top level.
TEST(Manifest, WithFilesRefusesBrokenTextAtItsLineAndColumn) {
    std::vector<FileEntry> files{{"media/a.png", std::string(64, 'b'), 5}};
    core::setLang(core::Lang::En);
    try {
        manifestWithFiles("id = \"demo\"\nname = = \"x\"\n", files, "c/manifest.toml");
        ADD_FAILURE() << "no refusal";
    } catch (const BundleError& e) {
        EXPECT_EQ(e.reason(), Reason::BadManifest);
        EXPECT_EQ(e.detail().rfind("c/manifest.toml:2:", 0), 0u) << e.detail();
        EXPECT_NE(e.detail().find("TOML syntax error"), std::string::npos) << e.detail();
    }
    core::setLang(core::Lang::Vi);
    try {
        manifestWithFiles("id = \"demo\"\n[[files]]\npath = \"a\"\n[[files]\n", files);
        ADD_FAILURE() << "no refusal";
    } catch (const BundleError& e) {
        EXPECT_EQ(e.reason(), Reason::BadManifest);
        EXPECT_EQ(e.detail().rfind("manifest.toml:4:", 0), 0u) << e.detail();
        EXPECT_NE(e.detail().find("lỗi cú pháp TOML"), std::string::npos) << e.detail();
    }
    // Old [[files]] replaced, the rest of the author's top level kept.
    auto m = parseManifest(manifestWithFiles("id = \"demo\"\nname = \"x\"\nversion = \"2\"\n[[files]]\npath = \"old\"\n"
                                             "sha256 = \"" +
                                                 std::string(64, 'c') + "\"\nsize = 1\n",
                                             files),
                           "manifest.toml");
    EXPECT_EQ(m.version, "2");
    ASSERT_EQ(m.files.size(), 1u);
    EXPECT_EQ(m.files[0].path, "media/a.png");
}

TEST(MountTable, FindsMountsUnderRoots) {
    std::string info =
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        "40 22 8:17 / /media/usb0 rw - vfat /dev/sdb1 rw\n"
        "41 22 8:33 / /media/pi/TH\\040DUC rw - vfat /dev/sdc1 rw\n"
        "42 22 0:5 / /media rw - tmpfs tmpfs rw\n"
        "43 22 0:6 / /mediax/y rw - tmpfs tmpfs rw\n";
    auto mounts = parseMountInfo(info);
    ASSERT_EQ(mounts.size(), 5u);
    EXPECT_EQ(mounts[2], "/media/pi/TH DUC");
    auto usb = mountsUnder(mounts, {"/media", "/run/media"});
    ASSERT_EQ(usb.size(), 2u);
    EXPECT_EQ(usb[0], "/media/usb0");
}

} // namespace
} // namespace signage::bundle
