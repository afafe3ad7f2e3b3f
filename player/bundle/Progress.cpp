// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Progress.h"

#include "core/Lang.h"

namespace signage::bundle {

std::string phaseText(Phase phase) {
    using core::tr;
    switch (phase) {
    case Phase::Hashing: return tr("Đang tính mã băm", "Hashing files");
    case Phase::Writing: return tr("Đang ghi gói", "Writing bundle");
    case Phase::Verifying: return tr("Đang kiểm tra chữ ký", "Checking signature");
    case Phase::Unpacking: return tr("Đang giải nén", "Unpacking");
    case Phase::Syncing: return tr("Đang ghi xuống đĩa", "Syncing to disk");
    case Phase::Switching: return tr("Đang chuyển nội dung", "Switching content");
    case Phase::Done: return tr("Xong", "Done");
    }
    return "";
}

} // namespace signage::bundle
