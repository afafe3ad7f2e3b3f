// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One resumable HTTP(S) download (libcurl) into a partial file: what is already there is
// kept and the rest asked for with a Range request, so a download cut by a power cut or
// a dropped link goes on where it stopped. The result is only reported complete when the
// size and the sha256 match the announcement. Blocking: the agent's download thread only.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>

namespace signage::fleet {

struct DownloadRequest {
    std::string url;
    std::string caFile;             // PEM the server's certificate must chain to (https); empty: system CAs
    std::filesystem::path partFile; // DATA_DIR/fleet/download/<sha256>.part
    std::uint64_t size = 0;
    std::string sha256;                      // 64 lowercase hex digits
    const std::atomic<bool>* stop = nullptr; // set: the transfer stops soon (partial file kept)
    long stallSeconds = 30;                  // no byte for this long: give up this attempt (resumed later)
};

struct DownloadResult {
    enum class Status { Complete, Interrupted, Mismatch };
    Status status = Status::Interrupted;
    std::string detail;            // libcurl's words, the HTTP status, or what did not match
    std::uint64_t resumedFrom = 0; // bytes that were already in the partial file
    std::uint64_t received = 0;    // bytes this attempt added
};

/// Interrupted keeps the partial file (try again later: it resumes); Mismatch deletes it
/// (size or sha256 wrong: the file is not what was announced). Complete leaves it whole.
DownloadResult downloadResumable(const DownloadRequest& request);

/// sha256 of a file as 64 lowercase hex digits ("" when it cannot be read).
std::string sha256File(const std::filesystem::path& file);

} // namespace signage::fleet
