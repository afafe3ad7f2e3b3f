// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal of issue 8: the bundle is refused with the right reason, the previous
// content stays in place (same link, every file intact) and nothing is left half installed.
#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "BundleFixtures.h"
#include "bundle/BundleStore.h"
#include "bundle/BundleWriter.h"
#include "bundle/Refusal.h"
#include "core/Lang.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

using bundle::ImportResult;
using bundle::Reason;
using Type = RawEntry::Type;

class ImportRefusal : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        key = makeKey(tmp.path() / "keys", "ward");
        data = tmp.path() / "data";
        fs::path v1 = makeBundle(makeContent(tmp.path() / "c1", "1.0.0", {{"media/a.bin", 100000}, {"slides/s.toml", 100}}), key,
                                 tmp.path() / "v1.bundle");
        auto r = bundle::importBundle(v1, optionsFor(data, key));
        ASSERT_EQ(r.status, ImportResult::Status::Installed) << r.message();
        before = contentTarget(data);
        ASSERT_FALSE(before.empty());
    }

    /// A correctly signed v2.0.0 bundle.
    fs::path v2(const std::string& extraManifest = "", size_t size = 200000) {
        std::string n = std::to_string(counter++);
        return makeBundle(makeContent(tmp.path() / ("c2-" + n), "2.0.0", {{"media/b.bin", size}}, extraManifest), key,
                          tmp.path() / ("v2-" + n + ".bundle"));
    }

    ImportResult import(const fs::path& file) { return bundle::importBundle(file, optionsFor(data, key)); }
    ImportResult import(const fs::path& file, const bundle::ImportOptions& o) { return bundle::importBundle(file, o); }

    void expectRefused(const ImportResult& r, Reason reason) {
        EXPECT_EQ(r.status, ImportResult::Status::Refused) << r.message();
        EXPECT_EQ(r.reason, reason) << r.message();
        EXPECT_FALSE(bundle::reasonText(r.reason).empty());
        EXPECT_EQ(contentTarget(data), before) << "DATA_DIR/content moved";
        EXPECT_EQ(playableProblem(data), "");
        EXPECT_TRUE(leftovers(data).empty()) << "half-installed staging left behind";
        EXPECT_EQ(bundle::BundleStore(data).installed().size(), 1u);
    }

    fs::path raw(const std::string& manifest, const std::vector<RawEntry>& entries, bool zstd = false) {
        fs::path out = tmp.path() / ("raw-" + std::to_string(counter++) + ".bundle");
        writeRawBundle(out, manifest, entries, key, zstd);
        return out;
    }

    TempDir tmp;
    TestKey key;
    fs::path data;
    std::string before;
    int counter = 0;
};

TEST_F(ImportRefusal, AcceptsNewerSignedBundle) {
    auto r = import(v2());
    EXPECT_EQ(r.status, ImportResult::Status::Installed) << r.message();
    EXPECT_NE(contentTarget(data), before);
    EXPECT_EQ(playableProblem(data), "");
    EXPECT_EQ(r.message(), "Updated: Nội dung mẫu, 2.0.0");
}

TEST_F(ImportRefusal, RefusesUnsigned) {
    fs::path b = v2();
    fs::remove(bundle::signaturePathFor(b));
    expectRefused(import(b), Reason::Unsigned);
}

TEST_F(ImportRefusal, RefusesUnknownKey) {
    TestKey stranger = makeKey(tmp.path() / "stranger", "stranger");
    fs::path b = makeBundle(makeContent(tmp.path() / "cs", "2.0.0", {{"media/b.bin", 1000}}), stranger, tmp.path() / "s.bundle");
    auto r = import(b);
    expectRefused(r, Reason::UnknownKey);
    EXPECT_NE(r.detail.find(stranger.secret.publicKey().idHex()), std::string::npos) << r.detail;
}

TEST_F(ImportRefusal, RefusesUnknownKeyWhenNoKeysAreTrusted) {
    auto o = optionsFor(data, key);
    o.trustedKeys = bundle::TrustedKeys::load(tmp.path() / "no-such-dir");
    expectRefused(import(v2(), o), Reason::UnknownKey);
}

TEST_F(ImportRefusal, RefusesBadSignatureWhenAByteIsFlipped) {
    fs::path b = v2();
    std::string bytes = readFile(b);
    bytes[bytes.size() / 2] ^= 0x01; // inside media/b.bin's data
    writeFile(b, bytes);
    expectRefused(import(b), Reason::BadSignature);
}

TEST_F(ImportRefusal, RefusesBadSignatureWhenTrustedCommentIsAltered) {
    fs::path b = v2();
    std::string sig = readFile(bundle::signaturePathFor(b));
    auto pos = sig.find("version:2.0.0");
    ASSERT_NE(pos, std::string::npos);
    sig.replace(pos, 13, "version:9.0.0");
    writeFile(bundle::signaturePathFor(b), sig);
    expectRefused(import(b), Reason::BadSignature);
}

TEST_F(ImportRefusal, RefusesBadSignatureFromAnotherFile) {
    fs::path a = v2(), b = v2("", 300000);
    fs::copy_file(bundle::signaturePathFor(a), bundle::signaturePathFor(b), fs::copy_options::overwrite_existing);
    expectRefused(import(b), Reason::BadSignature);
}

TEST_F(ImportRefusal, RefusesMalformedSignatureFile) {
    fs::path b = v2();
    writeFile(bundle::signaturePathFor(b), "untrusted comment: x\nnot base64!\n");
    expectRefused(import(b), Reason::BadSignature);
}

TEST_F(ImportRefusal, RefusesFileHashMismatch) {
    std::vector<RawEntry> entries{{"media/b.bin", Type::File, "real bytes", {}, {}}};
    std::string m = manifestFor(entries, "2.0.0");
    m.replace(m.find(sha256Hex("real bytes")), 64, sha256Hex("other bytes"));
    auto r = import(raw(m, entries));
    expectRefused(r, Reason::HashMismatch);
    EXPECT_NE(r.detail.find("media/b.bin"), std::string::npos);
}

TEST_F(ImportRefusal, RefusesFileMissingFromBundle) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}, {"media/c.bin", Type::File, "c", {}, {}}};
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), {listed[0]})), Reason::HashMismatch);
}

TEST_F(ImportRefusal, RefusesFileNotInManifest) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({"media/extra.bin", Type::File, "x", {}, {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::HashMismatch);
}

TEST_F(ImportRefusal, RefusesPathTraversalWithDotDot) {
    std::vector<RawEntry> entries{{"media/../../evil.txt", Type::File, "evil", {}, {}}};
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    entries.insert(entries.begin(), listed[0]);
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::PathTraversal);
    EXPECT_FALSE(fs::exists(data / "bundles" / "evil.txt"));
    EXPECT_FALSE(fs::exists(data / "evil.txt"));
}

TEST_F(ImportRefusal, RefusesPathTraversalListedInManifest) {
    std::vector<RawEntry> entries{{"../evil.txt", Type::File, "evil", {}, {}}};
    auto r = import(raw(manifestFor(entries, "2.0.0"), entries));
    expectRefused(r, Reason::PathTraversal);
    EXPECT_NE(r.detail.find("manifest.toml:"), std::string::npos) << r.detail; // file:line:col
}

TEST_F(ImportRefusal, RefusesAbsolutePath) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({(tmp.path() / "evil.txt").string(), Type::File, "evil", {}, {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::PathTraversal);
    EXPECT_FALSE(fs::exists(tmp.path() / "evil.txt"));
}

TEST_F(ImportRefusal, RefusesSymlink) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({"media/passwd", Type::Symlink, {}, "/etc/passwd", {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::ForbiddenEntry);
}

TEST_F(ImportRefusal, RefusesHardLink) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({"media/c.bin", Type::Hardlink, {}, "media/b.bin", {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::ForbiddenEntry);
}

TEST_F(ImportRefusal, RefusesDeviceFile) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({"media/null", Type::CharDevice, {}, {}, {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::ForbiddenEntry);
}

TEST_F(ImportRefusal, RefusesFifo) {
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    entries.push_back({"media/pipe", Type::Fifo, {}, {}, {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries)), Reason::ForbiddenEntry);
}

TEST_F(ImportRefusal, RefusesDecompressionBombLargerThanDeclared) {
    // The manifest says 1000 bytes; the zstd tar inflates the entry to 64 MB of zeros.
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, std::string(1000, '\0'), {}, {}}};
    auto entries = listed;
    entries[0].headerSize = 64 << 20;
    fs::path b = raw(manifestFor(listed, "2.0.0"), entries, true);
    EXPECT_LT(fs::file_size(b), 1u << 20);
    expectRefused(import(b), Reason::TooLarge);
}

TEST_F(ImportRefusal, RefusesDeclaredSizesOverLimits) {
    auto o = optionsFor(data, key);
    o.limits.maxTotalBytes = 100000;
    expectRefused(import(v2("", 200000), o), Reason::TooLarge);
}

TEST_F(ImportRefusal, RefusesHugeDeclaredSizeWithDefaultLimits) {
    std::vector<RawEntry> entries{{"media/b.bin", Type::File, "b", {}, {}}};
    std::string m = manifestFor(entries, "2.0.0");
    m.replace(m.find("size = 1"), 8, "size = 107374182400"); // 100 GiB
    expectRefused(import(raw(m, entries)), Reason::TooLarge);
}

TEST_F(ImportRefusal, RefusesTooManyEntries) {
    auto o = optionsFor(data, key);
    o.limits.maxFiles = 4;
    std::vector<RawEntry> listed{{"media/b.bin", Type::File, "b", {}, {}}};
    auto entries = listed;
    for (int i = 0; i < 10; ++i) entries.push_back({"d" + std::to_string(i), Type::Dir, {}, {}, {}});
    expectRefused(import(raw(manifestFor(listed, "2.0.0"), entries), o), Reason::TooLarge);
}

TEST_F(ImportRefusal, RefusesOlderVersion) {
    fs::path old = makeBundle(makeContent(tmp.path() / "c0", "0.9.0", {{"media/old.bin", 1000}}), key, tmp.path() / "old.bundle");
    auto r = import(old);
    expectRefused(r, Reason::Older);
    EXPECT_NE(r.detail.find("1.0.0"), std::string::npos) << r.detail;
}

TEST_F(ImportRefusal, RefusesSameVersionWithOtherContent) {
    fs::path same = makeBundle(makeContent(tmp.path() / "c1b", "1.0.0", {{"media/other.bin", 1000}}), key, tmp.path() / "same.bundle");
    expectRefused(import(same), Reason::Older);
}

TEST_F(ImportRefusal, RefusesStickPulledDuringSignatureCheck) {
    auto o = optionsFor(data, key);
    o.openSource = [](const fs::path& p) -> std::unique_ptr<bundle::ByteSource> {
        struct Pulled : bundle::ByteSource {
            std::unique_ptr<bundle::ByteSource> inner;
            std::uint64_t left = 50000;
            size_t read(void* buf, size_t n) override {
                if (left == 0) throw bundle::BundleError(Reason::SourceUnreadable, "Input/output error");
                n = std::min<size_t>(n, left);
                n = inner->read(buf, n);
                left -= n;
                return n;
            }
            std::uint64_t size() const override { return inner->size(); }
        };
        auto s = std::make_unique<Pulled>();
        s->inner = bundle::openFileSource(p);
        return s;
    };
    expectRefused(import(v2(), o), Reason::SourceUnreadable);
}

TEST_F(ImportRefusal, RefusesStickPulledMidUnpack) {
    // The first pass reads everything; the USB stick disappears halfway through the second.
    auto o = optionsFor(data, key);
    auto opened = std::make_shared<int>(0);
    o.openSource = [opened](const fs::path& p) -> std::unique_ptr<bundle::ByteSource> {
        struct Pulled : bundle::ByteSource {
            std::unique_ptr<bundle::ByteSource> inner;
            std::uint64_t done = 0, failAt = 0;
            size_t read(void* buf, size_t n) override {
                if (failAt && done >= failAt) throw bundle::BundleError(Reason::SourceUnreadable, "Input/output error");
                n = inner->read(buf, std::min<size_t>(n, 64 * 1024));
                done += n;
                return n;
            }
            std::uint64_t size() const override { return inner->size(); }
        };
        auto s = std::make_unique<Pulled>();
        s->inner = bundle::openFileSource(p);
        if (++*opened == 2) s->failAt = s->inner->size() / 2;
        return s;
    };
    auto r = import(v2("", 1 << 20), o);
    EXPECT_EQ(*opened, 2);
    expectRefused(r, Reason::SourceUnreadable);
}

TEST_F(ImportRefusal, RefusesStickPulledBetweenPasses) {
    fs::path b = v2();
    auto o = optionsFor(data, key);
    o.progress = [&](const bundle::Progress& p) {
        if (p.phase == bundle::Phase::Verifying && p.done == p.total) fs::remove(b); // the file is gone from the stick
    };
    expectRefused(import(b, o), Reason::SourceUnreadable);
}

TEST_F(ImportRefusal, RefusesFileTruncatedBetweenPasses) {
    fs::path b = v2();
    auto o = optionsFor(data, key);
    o.progress = [&](const bundle::Progress& p) {
        if (p.phase == bundle::Phase::Verifying && p.done == p.total) fs::resize_file(b, p.total / 2);
    };
    expectRefused(import(b, o), Reason::SourceUnreadable);
}

TEST_F(ImportRefusal, RefusesWhenDiskIsFullBeforeUnpacking) {
    auto o = optionsFor(data, key);
    o.reserveFreeBytes = 1ull << 60; // no disk has an exabyte free
    auto r = import(v2(), o);
    expectRefused(r, Reason::DiskFull);
    EXPECT_TRUE(bundle::isRuntimeReason(r.reason));
}

TEST_F(ImportRefusal, RefusesWhenDiskFillsMidImport) {
    // A child whose file writes fail past 64 kB (RLIMIT_FSIZE: EFBIG, like a full disk).
    fs::path b = v2("", 1 << 20);
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN);
        rlimit lim{64 * 1024, 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &lim);
        auto r = bundle::importBundle(b, optionsFor(data, key));
        int code = r.ok() ? -1 : static_cast<int>(r.reason);
        [[maybe_unused]] auto n = write(fds[1], &code, sizeof code);
        _exit(0);
    }
    close(fds[1]);
    int code = -2;
    ASSERT_EQ(read(fds[0], &code, sizeof code), static_cast<ssize_t>(sizeof code));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_GE(code, 0) << "import succeeded despite the write limit";
    ImportResult r;
    r.reason = static_cast<Reason>(code);
    expectRefused(r, Reason::DiskFull);
}

TEST_F(ImportRefusal, RefusesBundleForOtherBoxes) {
    auto o = optionsFor(data, key);
    o.boxId = "box-001";
    o.site = "ben-xe-my-tho";
    expectRefused(import(v2("[target]\nboxes = [\"box-999\"]\nsites = [\"cho-lon\"]\n"), o), Reason::NotForThisBox);
}

// Issue 18: a box with no id or site accepted bundles meant for other sites.
TEST_F(ImportRefusal, RefusesTargetedBundleWhenThisBoxIsUnnamed) {
    signage::core::setLang(signage::core::Lang::En);
    auto r = import(v2("[target]\nsites = [\"cho-lon\"]\n"), optionsFor(data, key));
    expectRefused(r, Reason::NotForThisBox);
    EXPECT_NE(r.detail.find("only for sites cho-lon, but this box has no id or site configured"), std::string::npos) << r.detail;
    // An untargeted bundle is still fine on an unnamed box.
    EXPECT_EQ(import(v2("")).status, ImportResult::Status::Installed);
}

TEST_F(ImportRefusal, AcceptsBundleForThisSite) {
    auto o = optionsFor(data, key);
    o.boxId = "box-001";
    o.site = "ben-xe-my-tho";
    auto r = import(v2("[target]\nsites = [\"ben-xe-my-tho\"]\n"), o);
    EXPECT_EQ(r.status, ImportResult::Status::Installed) << r.message();
}

TEST_F(ImportRefusal, RefusesBundleNeedingNewerPlayer) {
    expectRefused(import(v2("min_player_version = \"99.0\"\n")), Reason::PlayerTooOld);
}

TEST_F(ImportRefusal, RefusesCorruptArchive) {
    fs::path b = tmp.path() / "junk.bundle";
    writeFile(b, std::string(100000, 'x'));
    signFile(b, key);
    expectRefused(import(b), Reason::Malformed);
}

TEST_F(ImportRefusal, RefusesManifestNotFirst) {
    std::vector<RawEntry> entries{{"media/b.bin", Type::File, "b", {}, {}}};
    entries.push_back({"manifest.toml", Type::File, manifestFor(entries, "2.0.0"), {}, {}});
    expectRefused(import(raw("", entries)), Reason::BadManifest);
}

TEST_F(ImportRefusal, RefusesInvalidManifest) {
    std::vector<RawEntry> entries{{"media/b.bin", Type::File, "b", {}, {}}};
    auto r = import(raw("id = \"demo\"\nname = \"x\"\nversion = \"two\"\n", entries));
    expectRefused(r, Reason::BadManifest);
    EXPECT_NE(r.detail.find("manifest.toml:3:"), std::string::npos) << r.detail;
}

TEST_F(ImportRefusal, CancelLeavesPreviousContent) {
    std::stop_source stop;
    auto o = optionsFor(data, key);
    o.stop = stop.get_token();
    o.progress = [&](const bundle::Progress& p) {
        if (p.phase == bundle::Phase::Unpacking && p.done > p.total / 3) stop.request_stop();
    };
    expectRefused(import(v2("", 2 << 20), o), Reason::Cancelled);
}

TEST_F(ImportRefusal, MessagesInVietnameseAndEnglish) {
    fs::path b = v2();
    fs::remove(bundle::signaturePathFor(b));
    core::setLang(core::Lang::Vi);
    auto vi = import(b);
    EXPECT_NE(vi.message().find("chưa được ký"), std::string::npos) << vi.message();
    core::setLang(core::Lang::En);
    auto en = import(b);
    EXPECT_NE(en.message().find("not signed"), std::string::npos) << en.message();
}

} // namespace
} // namespace signage::test
