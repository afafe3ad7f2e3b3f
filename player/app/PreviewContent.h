// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal reader of a content directory's playlists for `signage schedule preview`:
// playlist ids, item ids, slides and durations, and the manifest's default playlist.
// Deliberately lenient, not content::loadCatalog(): a schedule is planned before the media
// files are copied and without a manifest, and loadCatalog() leaves out items whose file is
// missing (the preview would show "nothing to play"; ScheduleCommandTest's
// PreviewReportsScheduleErrorsAndStillPreviews). It does not validate; `signage validate` does.
#include <filesystem>

#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::app {

content::Catalog loadPreviewCatalog(const std::filesystem::path& contentDir, core::Diagnostics& diags);

} // namespace signage::app
