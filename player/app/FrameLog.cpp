// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FrameLog.h"

#include <chrono>

#include "core/Lang.h"

namespace signage::app {

FrameLog::FrameLog(const std::filesystem::path& file) {
    _file.reset(std::fopen(file.c_str(), "w")); // once, before the loop runs
    if (!_file) {
        _log.error(file.string() + ": " + core::tr("không tạo được tệp", "cannot create the file"));
        return;
    }
    std::fprintf(_file.get(), "# signage frame log v2: seq us due woke label w h luma hash thumb%dx%d-rgb\n", kThumbW,
                 kThumbH);
    _thread = std::thread([this] { run(); });
}

FrameLog::~FrameLog() {
    _queue.close();
    if (_thread.joinable()) _thread.join();
    if (_file)
        std::fprintf(_file.get(), "# end frames=%lld dropped=%lld\n", static_cast<long long>(_seq),
                     static_cast<long long>(_dropped.load()));
}

void FrameLog::presented(render::Canvas& canvas, const std::string& label, Turn turn) {
    if (!_file) return;
    Record r;
    r.seq = ++_seq;
    r.turn = turn;
    r.atUs = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
                 .count();
    render::Size size;
    if (!canvas.readPixels(_rgba, size)) return; // a null canvas: nothing to prove
    r.label = label;
    reduce(_rgba, size.w, size.h, r);
    if (!_queue.tryPush(std::move(r))) ++_dropped;
}

void FrameLog::reduce(const std::vector<std::uint8_t>& rgba, int w, int h, Record& out) {
    out.w = w;
    out.h = h;
    out.thumb.fill(0);
    out.luma = 0;
    if (w <= 0 || h <= 0 || rgba.size() < static_cast<size_t>(w) * h * 4) return;
    std::array<std::uint64_t, kThumbW * kThumbH * 3> sum{};
    std::array<std::uint64_t, kThumbW * kThumbH> count{};
    std::vector<int> column(static_cast<size_t>(w));
    for (int x = 0; x < w; ++x) column[static_cast<size_t>(x)] = x * kThumbW / w;
    std::uint64_t lumaSum = 0;
    for (int y = 0; y < h; ++y) {
        const int row = y * kThumbH / h;
        const std::uint8_t* p = rgba.data() + static_cast<size_t>(y) * w * 4;
        for (int x = 0; x < w; ++x, p += 4) {
            const size_t cell = static_cast<size_t>(row * kThumbW + column[static_cast<size_t>(x)]);
            sum[cell * 3] += p[0];
            sum[cell * 3 + 1] += p[1];
            sum[cell * 3 + 2] += p[2];
            ++count[cell];
            lumaSum += 299u * p[0] + 587u * p[1] + 114u * p[2];
        }
    }
    for (size_t cell = 0; cell < count.size(); ++cell)
        for (size_t c = 0; c < 3; ++c)
            out.thumb[cell * 3 + c] =
                count[cell] ? static_cast<std::uint8_t>((sum[cell * 3 + c] + count[cell] / 2) / count[cell]) : 0;
    out.luma = static_cast<double>(lumaSum) / 1000.0 / (static_cast<double>(w) * h);
}

std::string FrameLog::format(const Record& r) {
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a 64
    for (std::uint8_t b : r.thumb) hash = (hash ^ b) * 1099511628211ull;
    std::string label = r.label.empty() ? "-" : r.label;
    for (char& c : label)
        if (c == ' ' || c == '\n') c = '_';
    char head[160];
    std::snprintf(head, sizeof head, "%lld %lld %lld %lld ", static_cast<long long>(r.seq),
                  static_cast<long long>(r.atUs), static_cast<long long>(r.turn.dueUs),
                  static_cast<long long>(r.turn.wokeUs));
    char tail[96];
    std::snprintf(tail, sizeof tail, " %d %d %.1f %016llx ", r.w, r.h, r.luma, static_cast<unsigned long long>(hash));
    std::string line = head + label + tail;
    static const char* kHex = "0123456789abcdef";
    for (std::uint8_t b : r.thumb) {
        line += kHex[b >> 4];
        line += kHex[b & 15];
    }
    return line;
}

void FrameLog::run() {
    while (auto r = _queue.pop()) {
        const std::string line = format(*r);
        std::fwrite(line.data(), 1, line.size(), _file.get());
        std::fputc('\n', _file.get());
        if (_queue.size() == 0) std::fflush(_file.get()); // a killed player still leaves what it showed
    }
}

} // namespace signage::app
