// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleStore.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <system_error>
#include <toml++/toml.h>

#include "core/Clock.h"
#include "core/Log.h"
#include "core/TomlTable.h"

namespace signage::bundle {

namespace fs = std::filesystem;

namespace {

const core::Logger kLog("bundle");

[[noreturn]] void throwErrno(int err, const fs::path& what) { throw std::system_error(err, std::generic_category(), what.string()); }

bool startsWith(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

/// "0004-demo-1.2.0" → 4; nullopt for other names.
std::optional<unsigned> seqOf(const std::string& name) {
    size_t i = 0;
    unsigned seq = 0;
    while (i < name.size() && i < 9 && name[i] >= '0' && name[i] <= '9') seq = seq * 10 + unsigned(name[i++] - '0');
    if (i < 4 || i >= name.size() || name[i] != '-') return std::nullopt;
    return seq;
}

std::string dirNameFor(unsigned seq, const std::string& id, const std::string& version) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u", seq);
    return std::string(buf) + "-" + id + "-" + version;
}

void renameOrThrow(const fs::path& from, const fs::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) throwErrno(errno, to);
}

void fsyncOrThrow(const fs::path& dir) {
    if (int err = fsyncPath(dir)) throwErrno(err, dir);
}

/// Renames a directory out of the numbered namespace first, so a crash halfway through
/// deleting it never leaves an incomplete bundle that looks installed.
void trashDir(const fs::path& bundles, const fs::path& dir) {
    fs::path trash = bundles / ("trash-" + dir.filename().string());
    std::error_code ec;
    fs::remove_all(trash, ec);
    if (::rename(dir.c_str(), trash.c_str()) != 0) return;
    fs::remove_all(trash, ec);
}

} // namespace

std::optional<InstalledBundle> readInstallInfo(const fs::path& bundleDir) {
    auto seq = seqOf(bundleDir.filename().string());
    if (!seq) return std::nullopt;
    // core::TomlTable. install.toml is written by the importer; unknown keys are ignored (a
    // newer player may write more), a broken or mistyped file is logged at file:line:col and
    // the directory is not taken as an installed bundle.
    const fs::path file = bundleDir / "install.toml";
    std::error_code ec;
    if (!fs::exists(file, ec)) return std::nullopt; // not (yet) an installed bundle
    const core::TomlSource src{file, file.string()};
    core::Diagnostics diags;
    std::optional<InstalledBundle> out;
    if (auto parsed = core::parseTomlFile(src, diags)) {
        core::TomlTable t(*parsed, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
        InstalledBundle b;
        b.seq = *seq;
        b.dir = bundleDir;
        for (auto [key, field] : {std::pair<const char*, std::string*>{"id", &b.id},
                                  {"name", &b.name},
                                  {"version", &b.version},
                                  {"key_id", &b.keyId},
                                  {"key_name", &b.keyName},
                                  {"file_blake2b", &b.fileHash},
                                  {"installed_at", &b.installedAt},
                                  {"source", &b.source}})
            if (auto v = t.string(key)) *field = *v;
        if (t.errors() == 0) out = std::move(b);
    }
    for (const auto& d : diags.all()) kLog.warn(d.format());
    return out;
}

BundleStore::BundleStore(fs::path dataDir) : _dataDir(fs::absolute(std::move(dataDir)).lexically_normal()) {}

BundleStore::Lock BundleStore::lock() const {
    std::error_code ec;
    fs::create_directories(bundlesDir(), ec);
    if (ec) throw std::system_error(ec, bundlesDir().string());
    fs::create_directories(inboxDir(), ec);
    fs::path lockPath = bundlesDir() / ".lock";
    UniqueFd fd(::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
    if (!fd) throwErrno(errno, lockPath);
    while (::flock(fd.get(), LOCK_EX) != 0)
        if (errno != EINTR) throwErrno(errno, lockPath);
    return Lock(std::move(fd));
}

std::vector<InstalledBundle> BundleStore::installed() const {
    std::vector<InstalledBundle> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(bundlesDir(), ec)) {
        if (!entry.is_directory(ec) || entry.is_symlink(ec)) continue;
        if (auto info = readInstallInfo(entry.path())) out.push_back(std::move(*info));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    return out;
}

std::optional<InstalledBundle> BundleStore::current() const {
    std::error_code ec;
    fs::path target = fs::read_symlink(contentLink(), ec);
    if (ec) return std::nullopt;
    // "bundles/0004-demo-1.2.0/content"
    fs::path dirName = target.parent_path().filename();
    if (target.filename() != "content" || target.parent_path().parent_path().filename() != "bundles") return std::nullopt;
    return readInstallInfo(bundlesDir() / dirName);
}

fs::path BundleStore::createStaging() const {
    std::string tmpl = (bundlesDir() / "staging-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throwErrno(errno, tmpl);
    ::chmod(tmpl.c_str(), 0755); // mkdtemp makes it 0700; the player may run as another user than the importer
    return tmpl;
}

static void writeInstallToml(const fs::path& dir, const InstalledBundle& b) {
    toml::table t{{"seq", static_cast<std::int64_t>(b.seq)}, {"id", b.id}, {"name", b.name}, {"version", b.version},
                  {"key_id", b.keyId}, {"key_name", b.keyName}, {"file_blake2b", b.fileHash},
                  {"installed_at", b.installedAt}, {"source", b.source}};
    std::ostringstream os;
    os << "# Written by `signage bundle import` when this bundle was installed.\n" << t << "\n";
    writeFileUnsynced(dir / "install.toml", os.str());
}

static unsigned nextSeq(const fs::path& bundles) {
    unsigned top = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(bundles, ec))
        if (auto s = seqOf(entry.path().filename().string())) top = std::max(top, *s);
    return top + 1;
}

static InstalledBundle commitAs(const fs::path& bundles, const fs::path& staging, InstalledBundle info) {
    if (info.installedAt.empty()) info.installedAt = core::formatIsoTime(core::RealClock().wallNow(), 0);
    writeInstallToml(staging, info);
    // Everything under staging (content, signature, install.toml) reaches the disk before
    // the rename makes it an installed bundle: a power cut cannot publish a partial one.
    if (int err = syncFileSystem(staging)) throwErrno(err, staging);
    info.dir = bundles / dirNameFor(info.seq, info.id, info.version);
    if (fs::exists(fs::symlink_status(info.dir))) trashDir(bundles, info.dir);
    renameOrThrow(staging, info.dir);
    fsyncOrThrow(bundles);
    return info;
}

InstalledBundle BundleStore::commit(const fs::path& staging, InstalledBundle info) const {
    info.seq = nextSeq(bundlesDir());
    return commitAs(bundlesDir(), staging, std::move(info));
}

void BundleStore::activate(const InstalledBundle& bundle) const {
    fs::path target = fs::path("bundles") / bundle.dir.filename() / "content";
    fs::path tmp = _dataDir / (".content-new-" + std::to_string(::getpid()));
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0) throwErrno(errno, tmp);
    fs::path link = contentLink();
    struct stat st {};
    if (::lstat(link.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        // First switch over a content directory copied by hand: exchange it with the
        // link in one step (no moment without content), then keep it as bundle 0000.
        if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, link.c_str(), RENAME_EXCHANGE) == 0) {
            fsyncOrThrow(_dataDir);
            adoptUnmanaged(tmp);
        } else {
            fs::path old = _dataDir / (".content-old-" + std::to_string(::getpid()));
            renameOrThrow(link, old); // recover() finishes this if we die right here
            renameOrThrow(tmp, link);
            fsyncOrThrow(_dataDir);
            adoptUnmanaged(old);
        }
    } else {
        renameOrThrow(tmp, link);
    }
    fsyncOrThrow(_dataDir);
}

void BundleStore::adoptUnmanaged(const fs::path& oldContent) const {
    fs::path staging = createStaging();
    renameOrThrow(oldContent, staging / "content");
    InstalledBundle info;
    info.seq = 0;
    info.id = "unmanaged";
    info.name = "unmanaged";
    info.version = "0";
    info.source = contentLink().string();
    // The hand-copied content's manifest names the kept copy; a broken one is logged at
    // file:line:col (not validated here: the content loader does that) and "unmanaged" stays.
    const fs::path manifest = staging / "content" / "manifest.toml";
    if (std::error_code ec; fs::exists(manifest, ec)) {
        const core::TomlSource src{manifest, manifest.string()};
        core::Diagnostics diags;
        if (auto m = core::parseTomlFile(src, diags)) {
            core::TomlTable t(*m, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
            if (auto v = t.string("name")) info.name = *v;
            if (auto v = t.string("version")) info.version = *v;
        }
        for (const auto& d : diags.all()) kLog.warn(d.format());
    }
    for (char& c : info.version)
        if (!((c >= '0' && c <= '9') || c == '.')) c = '_';
    for (const auto& b : installed())
        if (b.seq == 0) trashDir(bundlesDir(), b.dir);
    commitAs(bundlesDir(), staging, info);
    kLog.info("kept the previous content directory as " + dirNameFor(0, info.id, info.version));
}

void BundleStore::recover() const {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(bundlesDir(), ec)) {
        std::string name = entry.path().filename().string();
        if (startsWith(name, "staging-") || startsWith(name, "trash-")) {
            kLog.info("removing leftover " + name);
            std::error_code rmEc;
            fs::remove_all(entry.path(), rmEc);
        }
    }
    for (const auto& entry : fs::directory_iterator(_dataDir, ec)) {
        std::string name = entry.path().filename().string();
        if (!startsWith(name, ".content-new-") && !startsWith(name, ".content-old-")) continue;
        if (entry.is_symlink(ec) || !entry.is_directory(ec)) {
            ::unlink(entry.path().c_str());
        } else {
            adoptUnmanaged(entry.path());
        }
    }
    struct stat st {};
    fs::path link = contentLink();
    bool missing = ::lstat(link.c_str(), &st) != 0;
    bool dangling = !missing && S_ISLNK(st.st_mode) && ::stat(link.c_str(), &st) != 0;
    if (missing || dangling) {
        auto all = installed();
        if (!all.empty()) {
            kLog.warn("DATA_DIR/content " + std::string(missing ? "missing" : "dangling") + ", pointing it at " +
                      all.back().dir.filename().string());
            activate(all.back());
        }
    }
}

void BundleStore::prune(size_t keep) const {
    auto all = installed();
    auto cur = current();
    size_t kept = 0;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        bool isCurrent = cur && cur->dir == it->dir;
        if (isCurrent || kept < keep) {
            ++kept;
            continue;
        }
        kLog.info("removing old bundle " + it->dir.filename().string());
        trashDir(bundlesDir(), it->dir);
    }
    fsyncPath(bundlesDir());
}

} // namespace signage::bundle
