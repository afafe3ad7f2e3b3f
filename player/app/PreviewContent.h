#pragma once
// A minimal reader of a content directory's playlists for `signage schedule preview`:
// playlist ids, item ids, slides and durations, and the manifest's default playlist.
// Stop-gap until the content loader (content/, issue 2) lands: then replace the body of
// loadPreviewCatalog() with a call to it. It does not validate; `signage validate` does.
#include <filesystem>

#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::app {

content::Catalog loadPreviewCatalog(const std::filesystem::path& contentDir, core::Diagnostics& diags);

} // namespace signage::app
