// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Screenshot.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <jpeglib.h>

namespace signage::fleet {

std::string encodeSmallJpeg(const std::vector<std::uint8_t>& rgba, int w, int h, int maxWidth, int quality) {
    if (w <= 0 || h <= 0 || rgba.size() < static_cast<size_t>(w) * static_cast<size_t>(h) * 4) return {};
    maxWidth = std::clamp(maxWidth, 16, 1920);
    const int ow = std::min(w, maxWidth);
    const int oh = std::max(1, static_cast<int>(static_cast<long long>(h) * ow / w));
    std::vector<std::uint8_t> rgb(static_cast<size_t>(ow) * oh * 3);
    for (int y = 0; y < oh; ++y) {
        const int y0 = y * h / oh, y1 = std::max(y0 + 1, (y + 1) * h / oh);
        for (int x = 0; x < ow; ++x) {
            const int x0 = x * w / ow, x1 = std::max(x0 + 1, (x + 1) * w / ow);
            unsigned sum[3] = {0, 0, 0}, n = 0;
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx) {
                    const std::uint8_t* p = &rgba[(static_cast<size_t>(sy) * w + sx) * 4];
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                    ++n;
                }
            std::uint8_t* q = &rgb[(static_cast<size_t>(y) * ow + x) * 3];
            for (int c = 0; c < 3; ++c) q[c] = static_cast<std::uint8_t>(sum[c] / n);
        }
    }
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr jerr{};
    cinfo.err = jpeg_std_error(&jerr);
    jerr.error_exit = [](j_common_ptr) {
        std::abort();
    }; // only on programming errors (bad parameters) with a memory destination
    jpeg_create_compress(&cinfo);
    unsigned char* out = nullptr;
    unsigned long outSize = 0;
    jpeg_mem_dest(&cinfo, &out, &outSize);
    cinfo.image_width = static_cast<JDIMENSION>(ow);
    cinfo.image_height = static_cast<JDIMENSION>(oh);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, std::clamp(quality, 10, 95), TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = &rgb[static_cast<size_t>(cinfo.next_scanline) * ow * 3];
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    std::string result(reinterpret_cast<const char*>(out), outSize);
    jpeg_destroy_compress(&cinfo);
    std::free(out);
    return result;
}

} // namespace signage::fleet
