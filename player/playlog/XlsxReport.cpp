// SPDX-License-Identifier: GPL-3.0-or-later
// The xlsx writer (libxlsxwriter): one sheet per table, numbers as numbers (airtime as
// a duration, shares as percentages) so offices can sum and chart them in Excel.
#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>

#include "core/Lang.h"
#include "core/Utf8.h"
#include "playlog/ReportTable.h"
#include "schedule/Calendar.h"

namespace signage::playlog {

namespace {
struct WorkbookCloser {
    void operator()(lxw_workbook* wb) const {
        if (wb) workbook_close(wb);
    }
};

std::string sheetName(const std::string& wanted, std::set<std::string>& used) {
    std::string base;
    for (char32_t c : core::decodeUtf8(wanted)) {
        if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\') c = '_';
        if (core::utf8Length(base) >= 28) break;
        base += core::encodeUtf8(c);
    }
    if (base.empty()) base = "Sheet";
    std::string name = base;
    for (int n = 2; used.count(name); ++n) name = base + " " + std::to_string(n);
    used.insert(name);
    return name;
}
} // namespace

void writeXlsx(const std::filesystem::path& file, const std::vector<ReportTable>& sheets) {
    std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new(file.c_str()));
    if (!wb) throw std::runtime_error(file.string() + ": " + core::tr("không tạo được tệp xlsx", "cannot create xlsx file"));
    lxw_format* title = workbook_add_format(wb.get());
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* head = workbook_add_format(wb.get());
    format_set_bold(head);
    format_set_bg_color(head, 0xDCE6F1);
    format_set_text_wrap(head);
    lxw_format* total = workbook_add_format(wb.get());
    format_set_bold(total);
    lxw_format* duration = workbook_add_format(wb.get());
    format_set_num_format(duration, "[h]:mm:ss");
    lxw_format* durationTotal = workbook_add_format(wb.get());
    format_set_num_format(durationTotal, "[h]:mm:ss");
    format_set_bold(durationTotal);
    lxw_format* percent = workbook_add_format(wb.get());
    format_set_num_format(percent, "0.0%");
    // Days and times as real Excel dates (sortable, filterable), not text.
    lxw_format* date = workbook_add_format(wb.get());
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* dateTime = workbook_add_format(wb.get());
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    auto toLxw = [](double localMs) {
        auto ms = static_cast<std::int64_t>(localMs);
        std::int64_t day = schedule::floorDiv(ms, schedule::kMsPerDay), rest = ms - day * schedule::kMsPerDay;
        auto c = schedule::civilFromDays(day);
        lxw_datetime dt{c.year,
                        static_cast<int>(c.month),
                        static_cast<int>(c.day),
                        static_cast<int>(rest / 3'600'000),
                        static_cast<int>(rest / 60'000 % 60),
                        static_cast<double>(rest % 60'000) / 1000.0};
        return dt;
    };

    std::set<std::string> used;
    for (const auto& t : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(wb.get(), sheetName(t.sheetName.empty() ? t.title : t.sheetName, used).c_str());
        worksheet_write_string(ws, 0, 0, t.title.c_str(), title);
        std::vector<double> width(t.headers.size(), 8);
        for (size_t c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), t.headers[c].c_str(), head);
            width[c] = std::max(width[c], std::min(40.0, static_cast<double>(core::utf8Length(t.headers[c])) + 2));
        }
        for (size_t r = 0; r < t.rows.size(); ++r) {
            bool isTotal = t.lastRowIsTotal && r + 1 == t.rows.size();
            auto row = static_cast<lxw_row_t>(r + 3);
            for (size_t c = 0; c < t.rows[r].size(); ++c) {
                const Cell& cell = t.rows[r][c];
                auto col = static_cast<lxw_col_t>(c);
                switch (cell.kind) {
                case Cell::Kind::Text:
                    worksheet_write_string(ws, row, col, cell.text.c_str(), isTotal ? total : nullptr);
                    width[c] = std::max(width[c], std::min(60.0, static_cast<double>(core::utf8Length(cell.text)) + 2));
                    break;
                case Cell::Kind::Count: worksheet_write_number(ws, row, col, cell.number, isTotal ? total : nullptr); break;
                case Cell::Kind::DurationMs:
                    worksheet_write_number(ws, row, col, cell.number / 86'400'000.0, isTotal ? durationTotal : duration);
                    width[c] = std::max(width[c], 12.0);
                    break;
                case Cell::Kind::Percent: worksheet_write_number(ws, row, col, cell.number / 100.0, percent); break;
                case Cell::Kind::Date: {
                    lxw_datetime dt = toLxw(cell.number * static_cast<double>(schedule::kMsPerDay));
                    worksheet_write_datetime(ws, row, col, &dt, date);
                    width[c] = std::max(width[c], 12.0);
                    break;
                }
                case Cell::Kind::DateTime: {
                    lxw_datetime dt = toLxw(cell.number);
                    worksheet_write_datetime(ws, row, col, &dt, dateTime);
                    width[c] = std::max(width[c], 20.0);
                    break;
                }
                }
            }
        }
        for (size_t c = 0; c < width.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width[c], nullptr);
        worksheet_freeze_panes(ws, 3, 1);
    }
    lxw_error err = workbook_close(wb.release());
    if (err != LXW_NO_ERROR)
        throw std::runtime_error(file.string() + ": " + core::tr("không ghi được xlsx: ", "cannot write xlsx: ") + lxw_strerror(err));
}

} // namespace signage::playlog
