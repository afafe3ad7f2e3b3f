// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/PlaylistLoader.h"

#include <map>
#include <set>

#include "content/ItemReader.h"
#include "content/Messages.h"
#include "content/TableReader.h"
#include "content/TomlLoader.h"
#include "content/Values.h"
#include "core/Utf8.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kPlaylistKeys{"name", "defaults", "items", "zones"};
const std::vector<std::string> kZoneKeys{"id", "plugin", "rect", "options"};

/// Each entry of an array of tables ([[items]], [[zones]]) that is a table; other
/// elements are reported.
template <typename Fn>
void forEachTable(TableReader& r, std::string_view key, Fn&& fn) {
    const toml::array* a = r.array(key);
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) {
        const toml::node& n = *a->get(i);
        if (const toml::table* t = n.as_table()) fn(*t);
        else r.wrongType(n, std::string(key) + "[" + std::to_string(i + 1) + "]", msg::aTable());
    }
}

/// rect = [x, y, w, h], fractions of the screen.
bool readRect(TableReader& r, Zone& z) {
    if (!r.has("rect")) {
        r.missing("rect");
        return false;
    }
    const toml::array* a = r.array("rect");
    if (!a) return false;
    float v[4];
    bool ok = a->size() == 4;
    for (size_t i = 0; ok && i < 4; ++i) {
        const toml::node& n = *a->get(i);
        double d = -1;
        if (auto* f = n.as_floating_point()) d = f->get();
        else if (auto* k = n.as_integer()) d = static_cast<double>(k->get());
        ok = d >= 0 && d <= 1;
        v[i] = static_cast<float>(d);
    }
    if (!ok) {
        r.error(r.valuePos("rect"), msg::badRect("rect"));
        return false;
    }
    constexpr float kSlack = 1e-4f; // 0.1 + 0.9 is not exactly 1 in binary
    if (v[2] <= 0 || v[3] <= 0 || v[0] + v[2] > 1 + kSlack || v[1] + v[3] > 1 + kSlack) {
        r.error(r.valuePos("rect"), msg::rectOutside("rect"));
        return false;
    }
    z.x = v[0], z.y = v[1], z.w = v[2], z.h = v[3];
    return true;
}

std::optional<Zone> readZone(TableReader& r) {
    Zone z;
    z.pos = r.tablePos();
    if (auto id = r.requiredString("id")) z.id = *id;
    if (auto plugin = r.requiredString("plugin")) {
        if (isIdentifier(*plugin)) z.plugin = *plugin;
        else r.error(r.valuePos("plugin"), msg::badPluginName("plugin", *plugin));
    }
    readRect(r, z);
    if (auto opts = r.scalarTable("options")) z.options = std::move(*opts);
    r.rejectUnknownKeys(kZoneKeys);
    if (r.errors() > 0) return std::nullopt;
    return z;
}

/// Gives "item-N" (N = position in the file, from 1) to items without an id, skipping
/// ids the author used.
void nameUnnamedItems(std::vector<std::pair<size_t, Item>>& items) {
    std::set<std::string> used;
    for (auto& [index, item] : items)
        if (!item.id.empty()) used.insert(item.id);
    for (auto& [index, item] : items) {
        if (!item.id.empty()) continue;
        std::string id = "item-" + std::to_string(index);
        while (used.count(id)) id += "'";
        used.insert(id);
        item.id = id;
    }
}

bool readPlaylist(TableReader& r, const ContentDir& dir, Playlist& p) {
    const SourceFile& src = r.file();
    core::Diagnostics& diags = r.diagnostics();
    p.id = src.path.stem().string();
    if (auto name = r.string("name")) p.name = *name;
    ItemDefaults defaults = readDefaults(r, diags);

    if (!r.has("items")) r.warning(src.start(), msg::emptyPlaylist());
    std::vector<std::pair<size_t, Item>> items; // (position in file from 1, item)
    std::map<std::string, int> itemIds;          // id → line where first used
    size_t index = 0;
    forEachTable(r, "items", [&](const toml::table& t) {
        ++index;
        TableReader itemReader(t, src, diags);
        const size_t before = diags.all().size(); // this item's problems follow
        // Duplicates are checked on every item that names an id, even one with other errors,
        // so that fixing those errors does not reveal a new one.
        if (auto* idNode = t.get("id"); idNode && idNode->is_string()) {
            std::string id = core::toNfc(idNode->as_string()->get());
            int line = src.at(idNode->source().begin).line;
            auto [it, fresh] = itemIds.emplace(id, line);
            if (!fresh && !id.empty()) itemReader.error(itemReader.valuePos("id"), msg::duplicateId("id", id, it->second));
        }
        if (auto item = readItem(itemReader, dir, defaults); item && itemReader.errors() == 0) {
            items.emplace_back(index, std::move(*item));
        } else {
            auto* idNode = t.get("id");
            SkippedItem skip;
            skip.item = idNode && idNode->is_string() ? core::toNfc(idNode->as_string()->get()) : "item-" + std::to_string(index);
            for (size_t i = before; i < diags.all().size() && skip.reason.empty(); ++i)
                if (diags.all()[i].severity == core::Diagnostic::Severity::Error) skip.reason = diags.all()[i].format();
            if (skip.reason.empty() && before < diags.all().size()) skip.reason = diags.all()[before].format();
            p.skipped.push_back(std::move(skip));
        }
    });
    nameUnnamedItems(items);
    for (auto& [i, item] : items) p.items.push_back(std::move(item));

    std::map<std::string, int> zoneIds;
    forEachTable(r, "zones", [&](const toml::table& t) {
        TableReader zoneReader(t, src, diags);
        if (auto* idNode = t.get("id"); idNode && idNode->is_string()) {
            std::string id = core::toNfc(idNode->as_string()->get());
            auto [it, fresh] = zoneIds.emplace(id, src.at(idNode->source().begin).line);
            if (!fresh && !id.empty()) zoneReader.error(zoneReader.valuePos("id"), msg::duplicateId("id", id, it->second));
        }
        if (auto zone = readZone(zoneReader); zone && zoneReader.errors() == 0) p.zones.push_back(std::move(*zone));
    });

    r.rejectUnknownKeys(kPlaylistKeys);
    return true; // broken items and zones were left out; the rest plays
}

} // namespace

std::optional<Playlist> loadPlaylist(const ContentDir& dir, const fs::path& file, core::Diagnostics& out) {
    return loadTomlFile<Playlist>(dir, file, out, [&](TableReader& r, Playlist& p) { return readPlaylist(r, dir, p); });
}

} // namespace signage::content
