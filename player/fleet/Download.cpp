// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Download.h"

#include <array>
#include <cstdio>
#include <curl/curl.h>
#include <memory>
#include <mutex>
#include <sodium.h>
#include <vector>

#include "playlog/BoxKey.h"

namespace signage::fleet {

namespace {
struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct FileDeleter {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

struct Sink {
    std::FILE* file = nullptr;
    CURL* curl = nullptr;
    std::uint64_t have = 0, limit = 0, received = 0;
    bool checkedStatus = false, restart = false, tooLong = false;
    const std::atomic<bool>* stop = nullptr;
};

size_t onData(char* data, size_t size, size_t n, void* user) {
    auto& s = *static_cast<Sink*>(user);
    const size_t bytes = size * n;
    if (!s.checkedStatus) {
        s.checkedStatus = true;
        long code = 0;
        curl_easy_getinfo(s.curl, CURLINFO_RESPONSE_CODE, &code);
        if (code == 200 && s.have > 0) { // the server ignored the Range: start again from 0
            s.restart = true;
            if (std::fseek(s.file, 0, SEEK_SET) != 0) return 0;
            s.have = 0;
        }
    }
    if (s.have + s.received + bytes > s.limit) {
        s.tooLong = true;
        return 0;
    }
    if (std::fwrite(data, 1, bytes, s.file) != bytes) return 0;
    s.received += bytes;
    return bytes;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto& s = *static_cast<Sink*>(user);
    return s.stop && s.stop->load() ? 1 : 0;
}

void globalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}
} // namespace

std::string sha256File(const std::filesystem::path& file) {
    std::unique_ptr<std::FILE, FileDeleter> f(std::fopen(file.c_str(), "rb"));
    if (!f || sodium_init() < 0) return {};
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    std::vector<unsigned char> buf(1 << 16);
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), f.get())) > 0) crypto_hash_sha256_update(&st, buf.data(), n);
    if (std::ferror(f.get())) return {};
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> out{};
    crypto_hash_sha256_final(&st, out.data());
    return playlog::toHex(out);
}

DownloadResult downloadResumable(const DownloadRequest& r) {
    globalInit();
    DownloadResult result;
    std::error_code ec;
    std::filesystem::create_directories(r.partFile.parent_path(), ec);
    std::uint64_t have = std::filesystem::exists(r.partFile, ec) ? std::filesystem::file_size(r.partFile, ec) : 0;
    if (ec || have > r.size) { // longer than announced: not this file
        std::filesystem::remove(r.partFile, ec);
        have = 0;
    }
    result.resumedFrom = have;
    if (have < r.size) {
        std::unique_ptr<std::FILE, FileDeleter> file(std::fopen(r.partFile.c_str(), have > 0 ? "r+b" : "wb"));
        if (!file || std::fseek(file.get(), static_cast<long>(have), SEEK_SET) != 0) {
            result.detail = "cannot write " + r.partFile.string();
            return result;
        }
        std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
        if (!curl) {
            result.detail = "curl_easy_init failed";
            return result;
        }
        Sink sink;
        sink.file = file.get();
        sink.curl = curl.get();
        sink.have = have;
        sink.limit = r.size;
        sink.stop = r.stop;
        char errbuf[CURL_ERROR_SIZE] = {0};
        CURL* c = curl.get();
        curl_easy_setopt(c, CURLOPT_URL, r.url.c_str());
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, r.stallSeconds);
        if (!r.caFile.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, r.caFile.c_str());
        if (have > 0) curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(have));
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onData);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, &sink);
        CURLcode rc = curl_easy_perform(c);
        result.received = sink.received;
        if (sink.restart) result.resumedFrom = 0;
        if (std::fflush(file.get()) != 0) rc = CURLE_WRITE_ERROR;
        file.reset();
        if (sink.tooLong) {
            std::filesystem::remove(r.partFile, ec);
            result.status = DownloadResult::Status::Mismatch;
            result.detail = "larger than the announced " + std::to_string(r.size) + " bytes";
            return result;
        }
        if (rc != CURLE_OK) {
            result.detail = errbuf[0] ? errbuf : curl_easy_strerror(rc);
            return result; // Interrupted: partial kept
        }
        have = std::filesystem::file_size(r.partFile, ec);
        if (sink.restart && have > sink.received) { // a restart over an older, longer partial file
            std::filesystem::resize_file(r.partFile, sink.received, ec);
            have = sink.received;
        }
        if (have < r.size) {
            result.detail =
                "the server ended the transfer at " + std::to_string(have) + " of " + std::to_string(r.size) + " bytes";
            return result;
        }
    }
    std::string sum = sha256File(r.partFile);
    if (sum != r.sha256) {
        std::filesystem::remove(r.partFile, ec);
        result.status = DownloadResult::Status::Mismatch;
        result.detail =
            "sha256 " + (sum.empty() ? std::string("unreadable") : sum) + " is not the announced " + r.sha256;
        return result;
    }
    result.status = DownloadResult::Status::Complete;
    return result;
}

} // namespace signage::fleet
