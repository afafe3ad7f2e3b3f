// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ManifestLoader.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "content/Messages.h"
#include "content/TableReader.h"
#include "content/TomlLoader.h"
#include "content/Values.h"
#include "core/Clock.h"
#include "core/Suggest.h"

#ifndef SIGNAGE_VERSION
#define SIGNAGE_VERSION "0.0.0"
#endif

namespace signage::content {

namespace fs = std::filesystem;

const char* playerVersion() { return SIGNAGE_VERSION; }

namespace {

const std::vector<std::string> kManifestKeys{
    "id", "name", "version", "created", "signer", "default_playlist", "min_player_version", "target", "files", "kind"};
const std::vector<std::string> kTargetKeys{"sites", "boxes"};
const std::vector<std::string> kFileKeys{"path", "sha256", "size"};

void readCreated(TableReader& r, Manifest& m) {
    const toml::node* n = r.node("created");
    if (!n) return;
    // A TOML date-time written without quotes is accepted too: it is what an author means.
    if (auto* dt = n->as_date_time()) {
        std::ostringstream s;
        s << dt->get();
        m.created = s.str();
        return;
    }
    auto text = r.string("created");
    if (!text) return;
    core::WallMs ignored{};
    if (!core::parseIsoTime(*text, ignored)) r.error(r.valuePos("created"), msg::badTime(r.name("created"), *text));
    else m.created = *text;
}

void readTarget(TableReader& r, Manifest& m, core::Diagnostics& diags) {
    const toml::table* t = r.table("target");
    if (!t) return;
    TableReader target(*t, r.file(), diags, "target");
    if (auto v = target.stringArray("sites")) m.targetSites = *v;
    if (auto v = target.stringArray("boxes")) m.targetBoxes = *v;
    target.rejectUnknownKeys(kTargetKeys);
}

void readFiles(TableReader& r, const ContentDir& dir, Manifest& m, core::Diagnostics& diags) {
    const toml::array* files = r.array("files");
    if (!files) return;
    std::map<std::string, int> seen; // path → line of first entry
    for (size_t i = 0; i < files->size(); ++i) {
        const toml::node& n = *files->get(i);
        const toml::table* t = n.as_table();
        if (!t) {
            r.wrongType(n, "files[" + std::to_string(i + 1) + "]", msg::aTable());
            continue;
        }
        TableReader f(*t, r.file(), diags);
        ManifestFile entry;
        entry.pos = f.tablePos();
        if (!f.has("path")) f.missing("path");
        else if (auto text = f.string("path")) {
            entry.relative = *text;
            auto [it, fresh] = seen.emplace(*text, f.valuePos("path").line);
            if (!fresh) f.error(f.valuePos("path"), msg::duplicateFile("path", *text, it->second));
            else if (auto p = f.file("path", dir)) entry.path = *p;
        }
        if (!f.has("sha256")) f.missing("sha256");
        else if (auto sha = f.string("sha256")) {
            if (!isSha256(*sha)) f.error(f.valuePos("sha256"), msg::badSha256("sha256", *sha));
            else {
                entry.sha256 = *sha;
                std::transform(entry.sha256.begin(), entry.sha256.end(), entry.sha256.begin(),
                               [](char c) { return static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c); });
            }
        }
        if (!f.has("size")) f.missing("size");
        else if (auto size = f.integer("size")) {
            if (*size < 0) f.error(f.valuePos("size"), msg::negative("size"));
            else {
                entry.size = static_cast<std::uint64_t>(*size);
                std::error_code ec;
                auto actual = entry.path.empty() ? 0 : fs::file_size(entry.path, ec);
                if (!entry.path.empty() && !ec && actual != entry.size)
                    f.error(f.valuePos("size"), msg::sizeMismatch("size", actual, *size));
            }
        }
        f.rejectUnknownKeys(kFileKeys);
        if (f.errors() == 0) m.files.push_back(std::move(entry));
    }
}

bool readManifest(TableReader& r, const ContentDir& dir, Manifest& m) {
    core::Diagnostics& diags = r.diagnostics();

    if (auto id = r.requiredString("id")) {
        if (isIdentifier(*id)) m.id = *id;
        else r.error(r.valuePos("id"), msg::badId("id", *id));
    }
    if (auto name = r.requiredString("name")) m.name = *name;
    if (auto version = r.requiredString("version")) {
        if (isVersion(*version)) m.version = *version;
        else r.error(r.valuePos("version"), msg::badVersion("version", *version));
    }
    readCreated(r, m);
    if (auto signer = r.string("signer")) m.signer = *signer;
    if (auto playlist = r.string("default_playlist")) {
        if (dir.hasId("playlists", *playlist)) m.defaultPlaylist = *playlist;
        else
            r.error(r.valuePos("default_playlist"),
                    msg::unknownPlaylist("default_playlist", *playlist, core::closestMatch(*playlist, dir.ids("playlists"))));
    }
    if (auto min = r.string("min_player_version")) {
        if (!isVersion(*min)) r.error(r.valuePos("min_player_version"), msg::badVersion("min_player_version", *min));
        else if (compareVersions(*min, playerVersion()) > 0)
            r.error(r.valuePos("min_player_version"), msg::playerTooOld("min_player_version", *min, playerVersion()));
        else m.minPlayerVersion = *min;
    }
    readTarget(r, m, diags);
    readFiles(r, dir, m, diags);
    r.rejectUnknownKeys(kManifestKeys);
    return true; // a manifest with errors keeps its valid fields
}

} // namespace

std::optional<Manifest> loadManifest(const ContentDir& dir, const fs::path& file, core::Diagnostics& out) {
    return loadTomlFile<Manifest>(dir, file, out, [&](TableReader& r, Manifest& m) { return readManifest(r, dir, m); });
}

} // namespace signage::content
