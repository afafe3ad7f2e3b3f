// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace signage::playlog::svg {

namespace {
std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}
std::string fmtValue(double v) {
    char buf[32];
    if (v == std::floor(v)) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}
/// A "nice" axis maximum ≥ v: 1, 2, 5 × 10^n.
double niceMax(double v) {
    if (v <= 0) return 1;
    double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v) return m * p;
    return 10 * p;
}
const char* kFont = "font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\"";
} // namespace

std::string escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string stackedBars(const std::vector<std::string>& categories, const std::vector<Series>& series, int width, int height,
                        const std::string& yLabel) {
    const double left = 84, right = 20, top = 30, bottom = 70;
    const double plotW = width - left - right, plotH = height - top - bottom;
    double maxTotal = 0;
    for (size_t i = 0; i < categories.size(); ++i) {
        double sum = 0;
        for (auto& s : series) sum += i < s.values.size() ? s.values[i] : 0;
        maxTotal = std::max(maxTotal, sum);
    }
    double yMax = niceMax(maxTotal);
    std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" +
                    std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" " + kFont + " font-size=\"12\" role=\"img\">";
    // Grid and y axis.
    for (int g = 0; g <= 4; ++g) {
        double y = top + plotH - plotH * g / 4.0;
        o += "<line x1=\"" + num(left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(left + plotW) + "\" y2=\"" + num(y) +
             "\" stroke=\"#ddd\"/>";
        o += "<text x=\"" + num(left - 6) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\" fill=\"#444\">" +
             fmtValue(yMax * g / 4.0) + "</text>";
    }
    o += "<text x=\"14\" y=\"" + num(top + plotH / 2) + "\" transform=\"rotate(-90 14 " + num(top + plotH / 2) +
         ")\" text-anchor=\"middle\" fill=\"#444\">" + escape(yLabel) + "</text>";
    size_t n = std::max<size_t>(categories.size(), 1);
    double slot = plotW / static_cast<double>(n), bar = std::max(1.0, slot * 0.7);
    size_t labelEvery = std::max<size_t>(1, static_cast<size_t>(std::ceil(static_cast<double>(n) * 14.0 / plotW)));
    for (size_t i = 0; i < categories.size(); ++i) {
        double x = left + slot * static_cast<double>(i) + (slot - bar) / 2, y = top + plotH;
        double sum = 0;
        for (auto& s : series) {
            double v = i < s.values.size() ? s.values[i] : 0;
            sum += v;
            if (v <= 0) continue;
            double h = plotH * v / yMax;
            y -= h;
            o += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(bar) + "\" height=\"" + num(h) +
                 "\" fill=\"" + s.color + "\"><title>" + escape(categories[i] + " · " + s.name + ": " + fmtValue(v)) +
                 "</title></rect>";
        }
        if (i % labelEvery == 0) {
            double cx = left + slot * (static_cast<double>(i) + 0.5);
            o += "<text x=\"" + num(cx) + "\" y=\"" + num(top + plotH + 12) + "\" transform=\"rotate(45 " + num(cx) + " " +
                 num(top + plotH + 12) + ")\" fill=\"#333\">" + escape(categories[i]) + "</text>";
        }
        (void)sum;
    }
    // Legend.
    double lx = left;
    for (auto& s : series) {
        o += "<rect x=\"" + num(lx) + "\" y=\"8\" width=\"12\" height=\"12\" fill=\"" + s.color + "\"/>";
        o += "<text x=\"" + num(lx + 16) + "\" y=\"18\" fill=\"#222\">" + escape(s.name) + "</text>";
        lx += 26 + 7.0 * static_cast<double>(s.name.size());
    }
    return o + "</svg>";
}

std::string horizontalBars(const std::vector<std::string>& labels, const std::vector<double>& values,
                           const std::vector<std::string>& valueLabels, const std::string& color, int width) {
    const double labelW = 260, valueW = 190, rowH = 24;
    const double plotW = width - labelW - valueW;
    double maxV = 0;
    for (double v : values) maxV = std::max(maxV, v);
    if (maxV <= 0) maxV = 1;
    int height = static_cast<int>(rowH * static_cast<double>(labels.size()) + 10);
    std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" +
                    std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" " + kFont + " font-size=\"12\" role=\"img\">";
    for (size_t i = 0; i < labels.size(); ++i) {
        double y = 5 + rowH * static_cast<double>(i);
        double w = plotW * values[i] / maxV;
        std::string label = labels[i].size() > 40 ? labels[i].substr(0, 38) + "…" : labels[i];
        o += "<text x=\"" + num(labelW - 8) + "\" y=\"" + num(y + 16) + "\" text-anchor=\"end\" fill=\"#222\">" + escape(label) +
             "</text>";
        o += "<rect x=\"" + num(labelW) + "\" y=\"" + num(y + 3) + "\" width=\"" + num(std::max(w, 1.0)) + "\" height=\"" +
             num(rowH - 6) + "\" fill=\"" + color + "\"><title>" + escape(labels[i] + ": " + valueLabels[i]) + "</title></rect>";
        o += "<text x=\"" + num(labelW + w + 6) + "\" y=\"" + num(y + 16) + "\" fill=\"#333\">" + escape(valueLabels[i]) +
             "</text>";
    }
    return o + "</svg>";
}

std::string heatMap(const std::vector<std::string>& rowLabels, const std::vector<std::string>& colLabels,
                    const std::vector<std::vector<double>>& values, int width, const std::string& unit) {
    const double labelW = 100, top = 24, legendH = 30;
    double cellW = (width - labelW - 10) / std::max<double>(1, static_cast<double>(colLabels.size()));
    double cellH = std::clamp(cellW * 0.6, 10.0, 22.0);
    int height = static_cast<int>(top + cellH * static_cast<double>(rowLabels.size()) + legendH + 10);
    double maxV = 0;
    for (auto& r : values)
        for (double v : r) maxV = std::max(maxV, v);
    if (maxV <= 0) maxV = 1;
    auto shade = [&](double v) {
        // White → deep blue, on a square-root scale so quiet hours still show.
        double t = v <= 0 ? 0 : std::sqrt(v / maxV);
        int r = static_cast<int>(247 - t * (247 - 11)), g = static_cast<int>(251 - t * (251 - 46)),
            b = static_cast<int>(255 - t * (255 - 89));
        char buf[16];
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
        return std::string(buf);
    };
    std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" +
                    std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" " + kFont + " font-size=\"11\" role=\"img\">";
    for (size_t c = 0; c < colLabels.size(); ++c)
        o += "<text x=\"" + num(labelW + cellW * (static_cast<double>(c) + 0.5)) + "\" y=\"16\" text-anchor=\"middle\" fill=\"#333\">" +
             escape(colLabels[c]) + "</text>";
    for (size_t r = 0; r < rowLabels.size(); ++r) {
        double y = top + cellH * static_cast<double>(r);
        o += "<text x=\"" + num(labelW - 6) + "\" y=\"" + num(y + cellH * 0.75) + "\" text-anchor=\"end\" fill=\"#333\">" +
             escape(rowLabels[r]) + "</text>";
        for (size_t c = 0; c < colLabels.size(); ++c) {
            double v = c < values[r].size() ? values[r][c] : 0;
            o += "<rect x=\"" + num(labelW + cellW * static_cast<double>(c)) + "\" y=\"" + num(y) + "\" width=\"" +
                 num(cellW - 1) + "\" height=\"" + num(cellH - 1) + "\" fill=\"" + shade(v) + "\"><title>" +
                 escape(rowLabels[r] + " " + colLabels[c] + "h: " + fmtValue(v) + " " + unit) + "</title></rect>";
        }
    }
    // Legend: 0 … max.
    double ly = top + cellH * static_cast<double>(rowLabels.size()) + 10;
    for (int i = 0; i <= 10; ++i) {
        o += "<rect x=\"" + num(labelW + 18.0 * i) + "\" y=\"" + num(ly) + "\" width=\"18\" height=\"12\" fill=\"" +
             shade(maxV * (i / 10.0) * (i / 10.0)) + "\"/>";
    }
    o += "<text x=\"" + num(labelW - 6) + "\" y=\"" + num(ly + 10) + "\" text-anchor=\"end\" fill=\"#333\">0</text>";
    o += "<text x=\"" + num(labelW + 18 * 11 + 6) + "\" y=\"" + num(ly + 10) + "\" fill=\"#333\">" + fmtValue(maxV) + " " +
         escape(unit) + "</text>";
    return o + "</svg>";
}

} // namespace signage::playlog::svg
