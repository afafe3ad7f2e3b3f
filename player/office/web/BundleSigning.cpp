// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/BundleSigning.h"

#include <archive.h>
#include <archive_entry.h>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <sys/stat.h>

#include "bundle/BundleWriter.h"
#include "bundle/Minisign.h"

namespace signage::office::web {
namespace {

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

bundle::SecretKey officeBundleKey(const std::filesystem::path& root) {
    auto keyFile = root / "bundle.key", pubFile = root / "bundle.pub";
    if (!std::filesystem::exists(keyFile)) {
        auto key = bundle::generateSecretKey();
        auto tmp = keyFile;
        tmp += ".tmp";
        {
            std::ofstream out(tmp, std::ios::trunc);
            ::chmod(tmp.c_str(), 0600);
            out << bundle::formatSecretKey(key);
        }
        std::filesystem::rename(tmp, keyFile);
        std::ofstream(pubFile, std::ios::trunc) << bundle::formatPublicKey(key.publicKey());
    }
    return bundle::parseSecretKey(readAll(keyFile));
}

struct WriteFree {
    void operator()(archive* a) const { archive_write_free(a); }
};

void writeZip(const std::filesystem::path& out,
              const std::vector<std::pair<std::string, std::filesystem::path>>& entries) {
    std::unique_ptr<archive, WriteFree> a(archive_write_new());
    archive_write_set_format_zip(a.get());
    archive_write_zip_set_compression_store(a.get()); // a bundle is a tar: nothing to gain
    auto tmp = out;
    tmp += ".tmp";
    if (archive_write_open_filename(a.get(), tmp.c_str()) != ARCHIVE_OK)
        throw std::runtime_error(tmp.string() + ": " + archive_error_string(a.get()));
    std::vector<char> buf(256 * 1024);
    for (const auto& [name, file] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(std::filesystem::file_size(file)));
        archive_write_header(a.get(), e);
        archive_entry_free(e);
        std::ifstream in(file, std::ios::binary);
        while (in) {
            in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
            if (in.gcount() > 0 && archive_write_data(a.get(), buf.data(), static_cast<size_t>(in.gcount())) < 0)
                throw std::runtime_error(out.string() + ": " + archive_error_string(a.get()));
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        throw std::runtime_error(out.string() + ": " + archive_error_string(a.get()));
    std::filesystem::rename(tmp, out);
}

} // namespace

std::filesystem::path bundlesDir(const std::filesystem::path& root) { return root / "bundles"; }

SignedContent signContent(const std::filesystem::path& root, const std::filesystem::path& contentDir) {
    auto key = officeBundleKey(root);
    auto dir = bundlesDir(root);
    std::filesystem::create_directories(dir);
    auto staging = dir / ".signing.bundle";
    std::error_code ec;
    std::filesystem::remove(staging, ec);
    std::filesystem::remove(bundle::signaturePathFor(staging), ec);
    auto r = bundle::createBundle(contentDir, key, staging);
    SignedContent s;
    s.id = r.manifest.id;
    s.version = r.manifest.version;
    s.name = r.manifest.name;
    const std::string base = s.id + "-" + s.version;
    s.bundle = dir / (base + ".bundle");
    s.signature = bundle::signaturePathFor(s.bundle);
    std::filesystem::rename(r.bundle, s.bundle);
    std::filesystem::rename(r.signature, s.signature);
    s.stickZip = dir / (base + "-usb.zip");
    writeZip(s.stickZip, {{"signage/" + base + ".bundle", s.bundle},
                          {"signage/" + base + ".bundle.minisig", s.signature},
                          {"signage/office-bundle.pub", root / "bundle.pub"}});
    return s;
}

} // namespace signage::office::web
