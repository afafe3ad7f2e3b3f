// SPDX-License-Identifier: GPL-3.0-or-later
// `signage bundle keygen|create|verify|import|rollback|list`: signed content bundles.
// Human messages go to stderr (Vietnamese first), `--json` results to stdout.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <string>

#include "app/AlertBundleDir.h"
#include "app/Commands.h"
#include "app/Config.h"
#include "app/ValidationChecks.h"
#include "bundle/BundleStore.h"
#include "bundle/BundleWriter.h"
#include "bundle/Fd.h"
#include "bundle/Importer.h"
#include "bundle/Keys.h"
#include "bundle/TerminalProgress.h"
#include "bundle/Verifier.h"
#include "content/Validator.h"
#include "core/Clock.h"
#include "core/Lang.h"
#include "core/Paths.h"

namespace signage::app {

namespace fs = std::filesystem;
using core::tr;

namespace {

std::string json(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

void say(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

int exitFor(bundle::Reason r) { return bundle::isRuntimeReason(r) ? kExitRuntime : kExitBadInput; }

std::string megabytes(std::uint64_t bytes) {
    char buf[32];
    if (bytes < (1u << 20)) std::snprintf(buf, sizeof buf, "%.1f kB", double(bytes) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / double(1 << 20));
    return buf;
}

bundle::TrustedKeys loadKeys(const std::string& dir) {
    std::vector<std::string> problems;
    auto keys = bundle::TrustedKeys::load(dir.empty() ? bundle::defaultTrustedKeysDir() : fs::path(dir), &problems);
    for (const auto& p : problems) say(tr("cảnh báo: khóa tin cậy: ", "warning: trusted keys: ") + p);
    return keys;
}

/// Password for a minisign password-protected key: --password-file, else $SIGNAGE_KEY_PASSWORD.
std::optional<std::string> keyPassword(const std::string& passwordFile) {
    if (!passwordFile.empty()) {
        std::string text = bundle::readSmallFile(passwordFile, 4096);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        return text;
    }
    if (const char* env = std::getenv("SIGNAGE_KEY_PASSWORD")) return std::string(env);
    return std::nullopt;
}

void printResultJson(const bundle::ImportResult& r) {
    const char* status = r.status == bundle::ImportResult::Status::Installed          ? "installed"
                         : r.status == bundle::ImportResult::Status::AlreadyInstalled ? "already_installed"
                                                                                      : "refused";
    std::string out = std::string("{\"status\":\"") + status + "\"";
    if (!r.ok()) out += std::string(",\"reason\":\"") + bundle::reasonCode(r.reason) + "\",\"detail\":" + json(r.detail);
    out += ",\"message\":" + json(r.message()) + ",\"source\":" + json(r.source.string()) + ",\"id\":" + json(r.manifest.id) +
           ",\"name\":" + json(r.manifest.name) + ",\"version\":" + json(r.manifest.version) + ",\"key_id\":" + json(r.keyId) +
           ",\"key_name\":" + json(r.keyName) + ",\"installed_dir\":" + json(r.installedDir.string()) + "}";
    std::printf("%s\n", out.c_str());
}

void addKeygen(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("keygen", tr("Tạo cặp khóa ký (NAME.key bí mật, NAME.pub công khai)",
                                                   "Make a signing key pair (NAME.key secret, NAME.pub public)"));
    auto name = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    cmd->add_option("--out", *name, tr("Tên tệp khóa, không đuôi", "Key file name, without extension"))->required();
    cmd->add_flag("--force", *force, tr("Ghi đè khóa đã có", "Overwrite existing key files"));
    cmd->callback([&exitCode, name, force] {
        try {
            bundle::SecretKey key = bundle::generateSecretKey();
            bundle::PublicKey pk = bundle::writeKeyPair(*name, key, *force);
            say(tr("Đã tạo khóa ", "Made key ") + pk.idHex() + ": " + *name + ".key " +
                tr("(bí mật, chỉ người ký giữ) và ", "(secret: keep it with the signer) and ") + *name + ".pub " +
                tr("(chép vào /etc/signage/keys/ trên mỗi máy phát)", "(copy it to /etc/signage/keys/ on every box)"));
            exitCode = kExitOk;
        } catch (const std::system_error& e) {
            say(tr("Không tạo được khóa: ", "Could not make the key: ") + e.what() +
                (e.code().value() == EEXIST ? tr(" (dùng --force để ghi đè)", " (use --force to overwrite)") : ""));
            exitCode = e.code().value() == EEXIST ? kExitBadInput : kExitRuntime;
        }
    });
}

void addCreate(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("create", tr("Đóng gói và ký một thư mục nội dung", "Pack and sign a content directory"));
    struct Args {
        std::string dir, key, out, passwordFile, kind = "content";
        bool zstd = false;
        int level = 3;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("CONTENT_DIR", a->dir,
                    tr("Thư mục nội dung (có manifest.toml); với --kind alert: tệp .alert",
                       "Content directory (with manifest.toml); with --kind alert: the .alert file"))
        ->required();
    cmd->add_option("--key", a->key, tr("Khóa bí mật NAME.key", "Secret key NAME.key"))->required();
    cmd->add_option("--out", a->out, tr("Tệp gói cần tạo (chữ ký ở FILE.minisig)", "Bundle file to write (signature in FILE.minisig)"))->required();
    cmd->add_option(
           "--kind", a->kind,
           tr("content: thư mục nội dung; alert: một tệp .alert do văn phòng ký (signage office alert --usb)",
              "content: a content directory; alert: an office-signed .alert file (signage office alert --usb)"))
        ->check(CLI::IsMember({"content", "alert"}));
    cmd->add_flag("--zstd", a->zstd, tr("Nén bằng zstd", "Compress with zstd"));
    cmd->add_option("--zstd-level", a->level, tr("Mức nén zstd", "zstd level"))->check(CLI::Range(1, 19));
    cmd->add_option("--password-file", a->passwordFile,
                    tr("Mật khẩu của khóa minisign có mật khẩu (hoặc $SIGNAGE_KEY_PASSWORD)", "Password of a password-protected minisign key (or $SIGNAGE_KEY_PASSWORD)"));
    cmd->callback([&exitCode, a] {
        bundle::SecretKey key;
        try {
            std::string keyText = bundle::readSmallFile(a->key, 64 * 1024);
            bool needsPassword = bundle::secretKeyNeedsPassword(keyText);
            auto password = needsPassword ? keyPassword(a->passwordFile) : std::nullopt;
            if (needsPassword && !password) {
                say(a->key + tr(": khóa có mật khẩu; dùng --password-file hoặc $SIGNAGE_KEY_PASSWORD",
                                ": the key is password-protected; use --password-file or $SIGNAGE_KEY_PASSWORD"));
                exitCode = kExitBadInput;
                return;
            }
            key = bundle::parseSecretKey(keyText, password ? &*password : nullptr);
        } catch (const std::exception& e) {
            say(a->key + tr(": không đọc được khóa bí mật: ", ": cannot read the secret key: ") + e.what());
            exitCode = kExitBadInput;
            return;
        }
        // An alert bundle is packed from a staging directory made from the .alert file.
        fs::path contentDir = a->dir;
        struct TempDir {
            fs::path path;
            ~TempDir() {
                std::error_code ec;
                if (!path.empty()) fs::remove_all(path, ec);
            }
        } staged;
        if (a->kind == "alert") {
            std::string tmpl = (fs::temp_directory_path() / "signage-alert-XXXXXX").string();
            if (!::mkdtemp(tmpl.data())) {
                say(tmpl + ": " + std::strerror(errno));
                exitCode = kExitRuntime;
                return;
            }
            staged.path = contentDir = tmpl;
            std::string why;
            if (!stageAlertBundle(a->dir, contentDir, core::RealClock{}.wallNow(), &why)) {
                say(tr("Không tạo gói cảnh báo: ", "Not making the alert bundle: ") + why);
                exitCode = kExitBadInput;
                return;
            }
        }
        // Signing says "this is good to play": content `validate` rejects is not signed.
        registerValidationChecks();
        content::ValidationReport report;
        if (a->kind == "content") report = content::validatePaths({fs::path(a->dir)});
        for (const auto& d : report.diagnostics.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
        if (report.diagnostics.hasErrors()) {
            say(tr("Không tạo gói: nội dung có ", "Not making the bundle: the content has ") +
                std::to_string(report.diagnostics.errorCount()) +
                tr(" lỗi (sửa các dòng trên, kiểm tra lại bằng `signage validate`)",
                   " error(s) (fix the lines above, check again with `signage validate`)"));
            exitCode = kExitBadInput;
            return;
        }
        bundle::TerminalProgress bar;
        bundle::CreateOptions options;
        options.zstd = a->zstd;
        options.zstdLevel = a->level;
        options.progress = bar.callback();
        try {
            auto r = bundle::createBundle(contentDir, key, a->out, options);
            bar.finish();
            say(tr("Đã tạo gói ", "Made bundle ") + a->out + " (" + r.manifest.id + " " + r.manifest.version + ", " +
                std::to_string(r.manifest.files.size()) + tr(" tệp, ", " files, ") + megabytes(r.bundleBytes) + ") " +
                tr("và chữ ký ", "and signature ") + r.signature.string());
            if (r.skippedHidden) say(tr("Bỏ qua ", "Skipped ") + std::to_string(r.skippedHidden) + tr(" tệp ẩn (tên bắt đầu bằng '.')", " hidden entries (names starting with '.')"));
            exitCode = kExitOk;
        } catch (const bundle::BundleError& e) {
            bar.finish();
            say(tr("Không tạo được gói: ", "Could not make the bundle: ") + bundle::reasonText(e.reason()) + (e.detail().empty() ? "" : ": " + e.detail()));
            exitCode = exitFor(e.reason());
        }
    });
}

void addVerify(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("verify", tr("Kiểm tra chữ ký và mọi tệp của gói", "Check a bundle's signature and every file"));
    struct Args {
        std::string file, keys;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("FILE", a->file, tr("Tệp gói", "Bundle file"))->required();
    cmd->add_option("--trusted-keys", a->keys, tr("Thư mục (hoặc tệp .pub) khóa tin cậy, mặc định /etc/signage/keys",
                                                  "Trusted keys directory (or one .pub), default /etc/signage/keys"));
    cmd->add_flag("--json", a->json, tr("Kết quả JSON ra stdout", "JSON result on stdout"));
    cmd->callback([&exitCode, a] {
        auto keys = loadKeys(a->keys);
        bundle::TerminalProgress bar;
        try {
            auto r = bundle::verifyBundle(a->file, keys, {}, bar.callback());
            bar.finish();
            say(tr("Gói hợp lệ: ", "Bundle OK: ") + r.manifest.name + ", " + r.manifest.version + tr(" — ký bởi ", " — signed by ") +
                r.signature.signer->name + " (" + r.signature.signer->key.idHex() + "), " + std::to_string(r.manifest.files.size()) +
                tr(" tệp khớp", " files match"));
            if (a->json)
                std::printf("{\"ok\":true,\"id\":%s,\"name\":%s,\"version\":%s,\"key_id\":%s,\"key_name\":%s,\"files\":%zu,\"bytes\":%llu}\n",
                            json(r.manifest.id).c_str(), json(r.manifest.name).c_str(), json(r.manifest.version).c_str(),
                            json(r.signature.signer->key.idHex()).c_str(), json(r.signature.signer->name).c_str(), r.manifest.files.size(),
                            static_cast<unsigned long long>(r.bytes));
            exitCode = kExitOk;
        } catch (const bundle::BundleError& e) {
            bar.finish();
            say(tr("Gói KHÔNG hợp lệ: ", "Bundle NOT valid: ") + bundle::reasonText(e.reason()) + (e.detail().empty() ? "" : " (" + e.detail() + ")"));
            if (a->json)
                std::printf("{\"ok\":false,\"reason\":\"%s\",\"message\":%s,\"detail\":%s}\n", bundle::reasonCode(e.reason()),
                            json(bundle::reasonText(e.reason())).c_str(), json(e.detail()).c_str());
            exitCode = exitFor(e.reason());
        }
    });
}

void addImport(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("import", tr("Nạp gói (tệp, hoặc thư mục như thẻ nhớ USB) vào máy",
                                                   "Install a bundle (a file, or a directory such as a USB stick)"));
    struct Args {
        std::string source, dataDir, keys, boxId, site, config;
        size_t keep = 3;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("SOURCE", a->source, tr("Tệp gói hoặc thư mục", "Bundle file or directory"))->required();
    cmd->add_option("--data-dir", a->dataDir, tr("Thư mục dữ liệu (mặc định ./var hoặc /var/lib/signage)", "Data directory (default ./var or /var/lib/signage)"));
    cmd->add_option("--trusted-keys", a->keys, tr("Thư mục khóa tin cậy, mặc định /etc/signage/keys", "Trusted keys directory, default /etc/signage/keys"));
    cmd->add_option("--box-id", a->boxId, tr("Mã máy này (để kiểm tra [target])", "This box's id (checked against [target])"));
    cmd->add_option("--site", a->site, tr("Mã điểm đặt máy", "This box's site id"));
    cmd->add_option("--config", a->config,
                    tr("Tệp cấu hình cho mã máy và mã điểm khi không có --box-id/--site (mặc định như signage play)",
                       "Config file giving the box id and site when --box-id/--site are absent (default: as signage play)"));
    cmd->add_option("--keep", a->keep, tr("Số gói giữ lại để quay lại", "Bundles kept for rollback"))->check(CLI::Range(1, 100));
    cmd->add_flag("--json", a->json, tr("Kết quả JSON ra stdout", "JSON result on stdout"));
    cmd->callback([&exitCode, a] {
        bundle::ImportOptions options;
        options.dataDir = a->dataDir.empty() ? core::defaultDataDir() : fs::path(a->dataDir);
        options.trustedKeys = loadKeys(a->keys);
        options.boxId = a->boxId;
        options.site = a->site;
        if (options.boxId.empty() && options.site.empty()) {
            // A .deb box keeps its id in signage.toml, not in the udev helper's environment.
            BoxConfig config = loadBoxConfig(a->config.empty() ? std::nullopt : std::optional<fs::path>(a->config));
            options.boxId = config.boxId;
            options.site = config.site;
        }
        options.keep = a->keep;
        bundle::TerminalProgress bar;
        options.progress = bar.callback();
        auto r = bundle::importBundle(a->source, options);
        bar.finish();
        say(r.message());
        if (a->json) printResultJson(r);
        exitCode = r.ok() ? kExitOk : exitFor(r.reason);
    });
}

void addRollback(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("rollback", tr("Quay lại gói đã cài trước gói hiện tại", "Go back to the bundle installed before the current one"));
    struct Args {
        std::string dataDir;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("--data-dir", a->dataDir, tr("Thư mục dữ liệu", "Data directory"));
    cmd->add_flag("--json", a->json, tr("Kết quả JSON ra stdout", "JSON result on stdout"));
    cmd->callback([&exitCode, a] {
        auto r = bundle::rollbackBundle(a->dataDir.empty() ? core::defaultDataDir() : fs::path(a->dataDir));
        if (r.ok())
            say(tr("Đã quay lại: ", "Rolled back to: ") + r.manifest.name + ", " + r.manifest.version);
        else
            say(tr("Không quay lại được: ", "Cannot roll back: ") + bundle::reasonText(r.reason) + (r.detail.empty() ? "" : " (" + r.detail + ")"));
        if (a->json) printResultJson(r);
        exitCode = r.ok() ? kExitOk : exitFor(r.reason);
    });
}

void addList(CLI::App& parent, int& exitCode) {
    auto* cmd = parent.add_subcommand("list", tr("Liệt kê các gói đã cài", "List installed bundles"));
    struct Args {
        std::string dataDir;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("--data-dir", a->dataDir, tr("Thư mục dữ liệu", "Data directory"));
    cmd->add_flag("--json", a->json, tr("Kết quả JSON ra stdout", "JSON result on stdout"));
    cmd->callback([&exitCode, a] {
        bundle::BundleStore store(a->dataDir.empty() ? core::defaultDataDir() : fs::path(a->dataDir));
        auto current = store.current();
        std::string out = "[";
        for (const auto& b : store.installed()) {
            bool isCurrent = current && current->dir == b.dir;
            std::fprintf(stderr, "%s %s  %s  %s  %s  %s\n", isCurrent ? "*" : " ", b.dir.filename().c_str(), b.name.c_str(),
                         b.version.c_str(), b.installedAt.c_str(), b.keyName.c_str());
            if (out.size() > 1) out += ",";
            out += "{\"dir\":" + json(b.dir.string()) + ",\"id\":" + json(b.id) + ",\"name\":" + json(b.name) + ",\"version\":" +
                   json(b.version) + ",\"installed_at\":" + json(b.installedAt) + ",\"key_name\":" + json(b.keyName) +
                   ",\"current\":" + (isCurrent ? "true" : "false") + "}";
        }
        if (a->json) std::printf("%s]\n", out.c_str());
        exitCode = kExitOk;
    });
}

} // namespace

void addBundleCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("bundle", tr("Gói nội dung có chữ ký: keygen, create, verify, import, rollback, list",
                                                 "Signed content bundles: keygen, create, verify, import, rollback, list"));
    cmd->require_subcommand(1);
    addKeygen(*cmd, exitCode);
    addCreate(*cmd, exitCode);
    addVerify(*cmd, exitCode);
    addImport(*cmd, exitCode);
    addRollback(*cmd, exitCode);
    addList(*cmd, exitCode);
}

} // namespace signage::app
