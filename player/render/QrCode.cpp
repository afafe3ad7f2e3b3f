// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/QrCode.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace signage::render {

namespace {
struct QrFree {
    void operator()(QRcode* q) const { QRcode_free(q); }
};
} // namespace

std::optional<QrMatrix> encodeQr(std::string_view text) {
    if (text.empty() || text.size() > kMaxQrText) return std::nullopt;
    std::string data(text); // QRcode_encodeData wants its own buffer
    std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.data()), 0, QR_ECLEVEL_M));
    if (!code) return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    m.dark.resize(static_cast<size_t>(m.size) * static_cast<size_t>(m.size));
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1; // bit 0: dark
    return m;
}

std::vector<std::uint8_t> rasterizeQr(const QrMatrix& qr, int side, int quietModules) {
    const int total = qr.size + 2 * quietModules;
    if (qr.size <= 0 || side < total) return {};
    const int scale = side / total;
    const int offset = (side - qr.size * scale) / 2; // the rest of the square is quiet zone
    std::vector<std::uint8_t> px(static_cast<size_t>(side) * static_cast<size_t>(side) * 4, 255);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.at(x, y)) continue;
            for (int dy = 0; dy < scale; ++dy) {
                std::uint8_t* row = &px[(static_cast<size_t>(offset + y * scale + dy) * static_cast<size_t>(side) +
                                         static_cast<size_t>(offset + x * scale)) * 4];
                for (int dx = 0; dx < scale; ++dx) {
                    row[dx * 4 + 0] = row[dx * 4 + 1] = row[dx * 4 + 2] = 0;
                }
            }
        }
    return px;
}

} // namespace signage::render
