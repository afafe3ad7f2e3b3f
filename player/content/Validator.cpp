// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Validator.h"

#include <optional>

#include "content/CatalogLoader.h"
#include "content/ContentDir.h"
#include "content/ContentLayout.h"
#include "content/ExtraChecks.h"
#include "content/ManifestLoader.h"
#include "content/Messages.h"
#include "content/PlaylistLoader.h"
#include "content/SlideLoader.h"
#include "content/TomlFile.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {

fs::path canonicalOf(const fs::path& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    fs::path c = fs::weakly_canonical(ec ? p : abs, ec);
    return ec ? abs.lexically_normal() : c;
}

/// Copies the diagnostics about `file` from `all`, naming it `typed`.
void keepOnly(const core::Diagnostics& all, const fs::path& file, const fs::path& typed, core::Diagnostics& out) {
    const fs::path target = canonicalOf(file);
    for (const auto& d : all.all()) {
        if (canonicalOf(d.pos.file) != target) continue;
        core::SourcePos pos{typed.string(), d.pos.line, d.pos.column};
        if (d.severity == core::Diagnostic::Severity::Error) out.error(pos, d.message);
        else out.warning(pos, d.message);
    }
}

size_t countFiles(const fs::path& dirPath) {
    ContentDir dir(dirPath);
    std::error_code ec;
    return (fs::exists(dir.root() / "manifest.toml", ec) ? 1 : 0) + dir.ids("playlists").size() + dir.ids("slides").size();
}

/// A .toml file outside any content layout: guess its kind from its keys.
FileKind guessKind(const ContentFile& place, core::Diagnostics& diags) {
    ContentDir dir(place.contentDir);
    auto doc = parseTomlFile({place.absolute, dir.display(place.absolute)}, diags);
    if (!doc) return FileKind::Unknown;
    if (doc->contains("items") || doc->contains("zones") || doc->contains("defaults")) return FileKind::Playlist;
    if (doc->contains("title") || doc->contains("bullets")) return FileKind::Slide;
    if (doc->contains("version") || doc->contains("files") || doc->contains("target")) return FileKind::Manifest;
    diags.error({dir.display(place.absolute), 0, 0}, msg::unknownFileKind());
    return FileKind::Unknown;
}

void validateLooseFile(const ContentFile& place, core::Diagnostics& all) {
    ContentDir dir(place.contentDir);
    Catalog c;
    c.root = dir.root();
    c.displayRoot = dir.displayRoot();
    FileKind kind = guessKind(place, all);
    if (kind == FileKind::Playlist) {
        if (auto p = loadPlaylist(dir, place.absolute, all)) c.playlists.emplace(p->id, std::move(*p));
    } else if (kind == FileKind::Slide) {
        if (auto s = loadSlide(dir, place.absolute, all)) c.slides.emplace(s->id, std::move(*s));
    } else if (kind == FileKind::Manifest) {
        if (auto m = loadManifest(dir, place.absolute, all)) c.manifest = std::move(*m);
    } else {
        return;
    }
    runExtraChecks(c, all);
}

void validateFile(const fs::path& typed, ValidationReport& report) {
    ContentFile place = locateContentFile(typed);
    core::Diagnostics all;
    if (place.kind == FileKind::Unknown) {
        if (place.absolute.extension() != ".toml") {
            report.diagnostics.error({typed.string(), 0, 0}, msg::unknownFileKind());
            return;
        }
        validateLooseFile(place, all);
    } else {
        Catalog c = loadCatalog(place.contentDir, all);
        runExtraChecks(c, all);
    }
    keepOnly(all, place.absolute, typed, report.diagnostics);
    ++report.filesChecked;
}

} // namespace

ValidationReport validatePaths(const std::vector<fs::path>& paths) {
    ValidationReport report;
    for (const auto& path : paths) {
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (!fs::exists(status)) {
            report.diagnostics.error({path.string(), 0, 0}, msg::notContentDir());
        } else if (fs::is_directory(status)) {
            Catalog c = loadCatalog(path, report.diagnostics);
            runExtraChecks(c, report.diagnostics);
            report.filesChecked += countFiles(path);
        } else {
            validateFile(path, report);
        }
    }
    return report;
}

} // namespace signage::content
