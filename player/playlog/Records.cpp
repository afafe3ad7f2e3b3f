// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Records.h"

#include <algorithm>

#include "core/Lang.h"

namespace signage::playlog {

namespace {
constexpr std::string_view kOutcomeNames[kOutcomeCount] = {"unfinished", "completed", "interrupted", "skipped", "failed"};
constexpr std::string_view kEventNames[kEventKindCount] = {
    "startup",      "shutdown",       "content_import", "error",         "display_on",
    "display_off",  "clock_jump",     "clock_synced",   "clock_unsynced", "queue_overflow",
    "storage_error", "log_reset",     "note"};
} // namespace

std::string untrustedLabel(std::uint8_t bits) {
    std::string s;
    auto add = [&](std::uint8_t bit, const char* vi, const char* en) {
        if (!(bits & bit)) return;
        s += (s.empty() ? "" : ", ") + core::tr(vi, en);
    };
    add(kUntrustedVirtualClock, "đồng hồ ảo", "virtual clock");
    add(kUntrustedDevMode, "chế độ phát triển", "dev mode");
    add(kUntrustedUnsignedContent, "nội dung chưa ký", "unsigned content");
    return s;
}

std::string_view outcomeName(Outcome o) {
    auto i = static_cast<int>(o);
    return i >= 0 && i < kOutcomeCount ? kOutcomeNames[i] : "unknown";
}

std::string outcomeLabel(Outcome o) {
    using core::tr;
    switch (o) {
    case Outcome::Unfinished: return tr("chưa kết thúc", "unfinished");
    case Outcome::Completed: return tr("hoàn thành", "completed");
    case Outcome::Interrupted: return tr("bị ngắt", "interrupted");
    case Outcome::Skipped: return tr("bỏ qua", "skipped");
    case Outcome::Failed: return tr("lỗi", "failed");
    }
    return "?";
}

bool parseOutcome(std::string_view text, Outcome& out) {
    for (int i = 0; i < kOutcomeCount; ++i) {
        if (kOutcomeNames[i] == text) {
            out = static_cast<Outcome>(i);
            return true;
        }
    }
    return false;
}

std::string_view eventKindName(EventKind k) {
    auto i = static_cast<int>(k);
    return i >= 0 && i < kEventKindCount ? kEventNames[i] : "unknown";
}

bool parseEventKind(std::string_view text, EventKind& out) {
    for (int i = 0; i < kEventKindCount; ++i) {
        if (kEventNames[i] == text) {
            out = static_cast<EventKind>(i);
            return true;
        }
    }
    return false;
}

BootId BootId::from(std::string_view s) {
    BootId b;
    b.size = static_cast<std::uint8_t>(std::min(s.size(), b.text.size()));
    std::copy_n(s.data(), b.size, b.text.data());
    return b;
}

std::string sanitizeId(std::string_view text) {
    if (text.size() > 64) return "other";
    for (char c : text) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || c == ':' ||
                  c == '@' || c == '/';
        if (!ok) return "other";
    }
    return std::string(text);
}

} // namespace signage::playlog
