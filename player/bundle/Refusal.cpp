// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Refusal.h"

#include <cerrno>

#include "core/Lang.h"

namespace signage::bundle {

using core::tr;

const char* reasonCode(Reason r) {
    switch (r) {
    case Reason::Unsigned: return "unsigned";
    case Reason::UnknownKey: return "unknown_key";
    case Reason::BadSignature: return "bad_signature";
    case Reason::HashMismatch: return "hash_mismatch";
    case Reason::PathTraversal: return "path_traversal";
    case Reason::ForbiddenEntry: return "forbidden_entry";
    case Reason::TooLarge: return "too_large";
    case Reason::Older: return "older_version";
    case Reason::NotForThisBox: return "not_for_this_box";
    case Reason::PlayerTooOld: return "player_too_old";
    case Reason::BadManifest: return "bad_manifest";
    case Reason::Malformed: return "malformed";
    case Reason::SourceUnreadable: return "source_unreadable";
    case Reason::DiskFull: return "disk_full";
    case Reason::IoError: return "io_error";
    case Reason::Cancelled: return "cancelled";
    case Reason::NotFound: return "not_found";
    }
    return "unknown";
}

std::string reasonText(Reason r) {
    switch (r) {
    case Reason::Unsigned: return tr("gói chưa được ký (thiếu tệp .minisig)", "the bundle is not signed (no .minisig file)");
    case Reason::UnknownKey: return tr("gói được ký bằng khóa không có trong danh sách tin cậy", "the bundle is signed by a key that is not trusted");
    case Reason::BadSignature: return tr("chữ ký không hợp lệ", "bad signature");
    case Reason::HashMismatch: return tr("nội dung tệp không khớp với danh sách đã ký", "a file does not match the signed manifest");
    case Reason::PathTraversal: return tr("gói chứa đường dẫn không an toàn", "the bundle contains an unsafe path");
    case Reason::ForbiddenEntry: return tr("gói chứa liên kết hoặc tệp thiết bị", "the bundle contains a link or a device file");
    case Reason::TooLarge: return tr("gói vượt quá giới hạn kích thước", "the bundle exceeds the size limits");
    case Reason::Older: return tr("gói không mới hơn nội dung đang dùng", "the bundle is not newer than the installed one");
    case Reason::NotForThisBox: return tr("gói không dành cho máy này", "the bundle is not meant for this box");
    case Reason::PlayerTooOld: return tr("phần mềm phát quá cũ cho gói này", "this player is too old for the bundle");
    case Reason::BadManifest: return tr("manifest.toml trong gói không hợp lệ", "the bundle's manifest.toml is invalid");
    case Reason::Malformed: return tr("tệp gói bị hỏng", "the bundle file is corrupt");
    case Reason::SourceUnreadable: return tr("không đọc được gói (thẻ nhớ USB bị rút ra?)", "could not read the bundle (was the USB stick pulled out?)");
    case Reason::DiskFull: return tr("không đủ dung lượng đĩa", "not enough disk space");
    case Reason::IoError: return tr("lỗi ghi đĩa", "disk write error");
    case Reason::Cancelled: return tr("đã hủy", "cancelled");
    case Reason::NotFound: return tr("không tìm thấy gói nội dung", "no bundle found");
    }
    return "?";
}

bool isRuntimeReason(Reason r) {
    return r == Reason::SourceUnreadable || r == Reason::DiskFull || r == Reason::IoError || r == Reason::Cancelled;
}

Reason reasonForWriteErrno(int err) {
    return (err == ENOSPC || err == EDQUOT || err == EFBIG) ? Reason::DiskFull : Reason::IoError;
}

BundleError::BundleError(Reason reason, std::string detail)
    : std::runtime_error(std::string(reasonCode(reason)) + (detail.empty() ? "" : ": " + detail)),
      _reason(reason), _detail(std::move(detail)) {}

} // namespace signage::bundle
