// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How play-log events read for people: the one table of event kinds and of the details
// the box writes (English in the hashed log), in the reader's language (core::lang()).
// The audit reports (ReportTable, HTML, xlsx) and the staff menu's event list use it.
#include <string>
#include <string_view>

namespace signage::playlog {

/// "khởi động", "nhập nội dung", … for an event kind name (English with --lang en).
std::string eventKindLabel(std::string_view kind);
/// An event's detail as the box wrote it (English, hashed in the log), in the reader's
/// language: "from X to Y" → "từ X đến Y", "staff_menu: pin_wrong 1" → "menu nhân viên:
/// sai mã PIN (lần 1)", …; unknown text is kept as written.
std::string eventDetailText(std::string_view kind, const std::string& detail);
/// One line for a list of events: the kind's label and its detail ("bật màn hình"); a
/// note the player or the fleet agent wrote is its detail alone ("menu nhân viên: đã mở"),
/// any other note "ghi chú  <detail>".
std::string eventLine(std::string_view kind, const std::string& detail);

} // namespace signage::playlog
