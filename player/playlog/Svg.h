// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small inline-SVG charts for the self-contained HTML report: no scripts, no network,
// readable when printed. Every function returns one <svg> element as text.
#include <cstdint>
#include <string>
#include <vector>

namespace signage::playlog::svg {

std::string escape(const std::string& text); // for HTML and SVG text and attributes

struct Series {
    std::string name;
    std::string color; // "#1f77b4"
    std::vector<double> values; // one per category
};

/// Vertical stacked bars, one per category, with a legend and a y axis.
std::string stackedBars(const std::vector<std::string>& categories, const std::vector<Series>& series, int width, int height,
                        const std::string& yLabel);
/// Horizontal bars with the value written at the end (`valueLabels[i]`).
std::string horizontalBars(const std::vector<std::string>& labels, const std::vector<double>& values,
                           const std::vector<std::string>& valueLabels, const std::string& color, int width);
/// A grid of cells shaded by value (rows × columns), with the value as a tooltip.
std::string heatMap(const std::vector<std::string>& rowLabels, const std::vector<std::string>& colLabels,
                    const std::vector<std::vector<double>>& values, int width, const std::string& unit);

} // namespace signage::playlog::svg
