// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SelftestChecks.h"

#include <fcntl.h>
#include <sys/timex.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>

#include "core/Lang.h"
#include "core/UniqueFd.h"
#include "render/FontLocator.h"

namespace signage::app {

namespace fs = std::filesystem;
using core::tr;

namespace {

CheckResult result(const char* id, std::string title, CheckStatus status, std::string detail) {
    return {id, std::move(title), status, std::move(detail)};
}

std::string errnoText(int err) { return std::strerror(err); }

std::string mebibytes(std::uintmax_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

/// A minisign public key line: base64 of "Ed" + 8-byte id + 32-byte key = 56 characters.
bool looksLikeMinisignKey(const std::string& line) {
    if (line.size() != 56 || line.rfind("RW", 0) != 0) return false;
    for (char c : line)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '=')) return false;
    return true;
}

bool publicKeyFileOk(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    int lines = 0;
    while (lines < 4 && std::getline(in, line)) {
        ++lines;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (looksLikeMinisignKey(line)) return true;
    }
    return false;
}

} // namespace

CheckResult checkLibraries(const core::LibraryInfos& libraries) {
    std::string found, problems;
    for (const auto& lib : libraries) {
        found += (found.empty() ? "" : ", ") + lib.name + " " + lib.version;
        if (!lib.ok) problems += (problems.empty() ? "" : "; ") + lib.name + ": " + lib.problem;
    }
    std::string title = tr("thư viện", "libraries");
    if (!problems.empty()) return result("libraries", title, CheckStatus::Fail, problems);
    return result("libraries", title, CheckStatus::Ok, found);
}

CheckResult checkFonts() {
    std::string error;
    auto fonts = render::locateFonts(&error);
    std::string title = tr("phông chữ", "fonts");
    if (!fonts) return result("fonts", title, CheckStatus::Fail, error);
    std::string detail = fonts->family + " (" + fonts->regular.string();
    if (fonts->bold == fonts->regular) {
        return result("fonts", title, CheckStatus::Warn,
                      detail + tr("); không có chữ đậm, tiêu đề sẽ in thường", "); no bold face, titles will be regular"));
    }
    return result("fonts", title, CheckStatus::Ok, detail + ", " + fonts->bold.filename().string() + ")");
}

CheckResult checkVideo(const platform::VideoProbe& p) {
    std::string title = tr("màn hình", "video");
    if (!p.ok) {
        std::string driver = p.driver.empty() ? "" : p.driver + ": ";
        return result("video", title, CheckStatus::Fail,
                      tr("không mở được trình điều khiển hình: ", "cannot open a video driver: ") + driver + p.error +
                          tr(" (máy kiosk cần /dev/dri/card0 và nhóm video)", " (a kiosk needs /dev/dri/card0 and the video group)"));
    }
    std::string detail = p.driver + ", " + std::to_string(p.displays) + tr(" màn hình", p.displays == 1 ? " display" : " displays");
    if (!p.mode.empty()) detail += ", " + p.mode;
    if (p.driver == "offscreen" || p.driver == "dummy") {
        // Asked for by SDL_VIDEODRIVER (CI, headless tests) that is fine. Otherwise SDL fell
        // back to drawing in memory because no real driver (KMSDRM, X11, Wayland) opened:
        // the player would run and nobody would see anything.
        if (!p.requested) {
            return result("video", title, CheckStatus::Fail,
                          detail + tr(": không có trình điều khiển hình thật nào mở được, hình chỉ vẽ trong bộ nhớ "
                                      "(máy kiosk cần /dev/dri/card0, nhóm video và SDL_VIDEODRIVER=kmsdrm)",
                                      ": no real video driver opened, frames would only be drawn in memory "
                                      "(a kiosk needs /dev/dri/card0, the video group and SDL_VIDEODRIVER=kmsdrm)"));
        }
        detail += tr(" (theo SDL_VIDEODRIVER: không hiện ra màn hình thật)", " (from SDL_VIDEODRIVER: nothing reaches a real screen)");
    }
    return result("video", title, CheckStatus::Ok, detail);
}

CheckResult checkAudio(const platform::AudioProbe& p) {
    std::string title = tr("âm thanh", "audio");
    if (!p.ok) {
        std::string driver = p.driver.empty() ? "" : p.driver + ": ";
        return result("audio", title, CheckStatus::Fail,
                      tr("không mở được âm thanh: ", "cannot open audio: ") + driver + p.error +
                          tr(" (máy không loa: đặt SDL_AUDIODRIVER=dummy)", " (a box without speakers: set SDL_AUDIODRIVER=dummy)"));
    }
    return result("audio", title, CheckStatus::Ok, p.driver + ", " + p.device);
}

CheckResult checkDataDir(const fs::path& dir) {
    std::string title = tr("thư mục dữ liệu", "data dir");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        return result("data_dir", title, CheckStatus::Fail,
                      dir.string() + tr(": không tạo được thư mục: ", ": cannot create the directory: ") +
                          (ec ? ec.message() : tr("đã có một tệp trùng tên", "a file of that name is in the way")));
    }
    // A real write + fsync: a read-only or full partition fails here, not in the play log later.
    fs::path probe = dir / (".selftest-" + std::to_string(::getpid()));
    core::UniqueFd fd(::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!fd) {
        int err = errno;
        return result("data_dir", title, CheckStatus::Fail,
                      dir.string() + tr(": không ghi được: ", ": not writable: ") + errnoText(err));
    }
    static constexpr char kProbe[] = "signage selftest\n";
    bool wrote = ::write(fd.get(), kProbe, sizeof kProbe - 1) == static_cast<ssize_t>(sizeof kProbe - 1);
    int err = errno;
    bool synced = wrote && ::fsync(fd.get()) == 0;
    if (wrote && !synced) err = errno;
    fd.reset();
    fs::remove(probe, ec);
    if (!synced) {
        return result("data_dir", title, CheckStatus::Fail,
                      dir.string() + tr(": ghi thử thất bại: ", ": test write failed: ") + errnoText(err));
    }
    auto space = fs::space(dir, ec);
    if (!ec && space.available < kLowSpaceBytes) {
        return result("data_dir", title, CheckStatus::Warn,
                      dir.string() + tr(": sắp đầy, chỉ còn ", ": nearly full, only ") + mebibytes(space.available) +
                          tr(" trống", " free"));
    }
    std::string freeText = ec ? std::string() : ", " + mebibytes(space.available) + tr(" trống", " free");
    return result("data_dir", title, CheckStatus::Ok, dir.string() + tr(" ghi được", " writable") + freeText);
}

CheckResult checkClock(core::WallMs now, std::optional<bool> synchronised) {
    std::string title = tr("đồng hồ", "clock");
    std::time_t secs = static_cast<std::time_t>(now / 1000);
    std::tm utc{};
    gmtime_r(&secs, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    std::string sync = !synchronised ? "" : *synchronised ? tr(", đã đồng bộ", ", synchronised") : tr(", chưa đồng bộ", ", not synchronised yet");
    if (utc.tm_year + 1900 < kSaneYear) {
        return result("clock", title, CheckStatus::Warn,
                      std::string(text) + tr(": giờ chưa đúng (chưa đồng bộ qua mạng); lịch phát dùng giờ này cho đến khi đồng bộ",
                                             ": the time is not set yet (not synchronised); schedules use it until time sync"));
    }
    return result("clock", title, CheckStatus::Ok, std::string(text) + sync);
}

CheckResult checkTrustedKeys(const fs::path& dir) {
    std::string title = tr("khóa tin cậy", "trusted keys");
    std::error_code ec;
    std::vector<std::string> good, bad;
    if (fs::is_regular_file(dir, ec)) {
        (publicKeyFileOk(dir) ? good : bad).push_back(dir.filename().string());
    } else {
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.path().extension() != ".pub" || !entry.is_regular_file(ec)) continue;
            (publicKeyFileOk(entry.path()) ? good : bad).push_back(entry.path().filename().string());
        }
    }
    std::string badText;
    for (const auto& b : bad) badText += (badText.empty() ? "" : ", ") + b;
    if (good.empty()) {
        std::string why = ec && ec != std::errc::no_such_file_or_directory ? ec.message()
                          : ec ? tr("thư mục không tồn tại", "the directory does not exist")
                               : tr("không có tệp khóa .pub nào", "no .pub key file in it");
        if (!bad.empty()) why = tr("không tệp nào là khóa minisign hợp lệ: ", "none is a valid minisign public key: ") + badText;
        return result("trusted_keys", title, CheckStatus::Fail,
                      dir.string() + ": " + why +
                          tr("; máy sẽ từ chối mọi gói nội dung (chép tệp .pub của đơn vị ký vào đây)",
                             "; the box will refuse every content bundle (copy the signer's .pub file here)"));
    }
    std::string detail = dir.string() + ": " + std::to_string(good.size()) + tr(" khóa", good.size() == 1 ? " key" : " keys");
    if (!bad.empty()) {
        return result("trusted_keys", title, CheckStatus::Warn,
                      detail + tr("; bỏ qua tệp hỏng: ", "; ignoring broken files: ") + badText);
    }
    return result("trusted_keys", title, CheckStatus::Ok, detail);
}

std::optional<bool> clockSynchronised() {
    std::error_code ec;
    if (fs::exists("/run/systemd/timesync/synchronized", ec)) return true;
    struct timex tx {};
    int state = ::adjtimex(&tx);
    if (state == -1) return std::nullopt;
    // The kernel clears STA_UNSYNC once an NTP client (timesyncd, chrony) disciplines it.
    return state != TIME_ERROR && !(tx.status & STA_UNSYNC);
}

} // namespace signage::app
