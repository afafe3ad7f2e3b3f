// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginHost.h"

#include "core/Lang.h"
#include "core/Paths.h"
#include "scripting/PluginPresenter.h"

namespace signage::scripting {

namespace fs = std::filesystem;

PluginHost::PluginHost(HostServices services, HostLimits limits)
    : _services(std::move(services)), _limits(limits), _systemDir(core::shareDir() / "plugins") {}

PluginHost::~PluginHost() = default;

std::optional<fs::path> PluginHost::findPlugin(const std::string& name, const fs::path& contentRoot) const {
    std::error_code ec;
    // `signage play plugins/clock` gives the folder itself (ContentSource's preview item).
    if (fs::path(name).is_absolute()) {
        if (isPluginDir(name)) return fs::path(name);
        return std::nullopt;
    }
    for (const fs::path& base : {contentRoot / "plugins", _systemDir}) {
        if (base.empty()) continue;
        fs::path dir = base / name;
        if (fs::is_regular_file(dir / "plugin.toml", ec)) return dir;
    }
    return std::nullopt;
}

std::unique_ptr<PluginPresenter> PluginHost::createItem(const fs::path& pluginDir, const content::Item& item) {
    Placement p{Placement::Kind::Item, item.id, item.options};
    return std::make_unique<PluginPresenter>(*this, pluginDir, std::move(p));
}

std::unique_ptr<PluginPresenter> PluginHost::createZone(const fs::path& pluginDir, const content::Zone& zone) {
    Placement p{Placement::Kind::Zone, zone.id, zone.options, std::array<float, 4>{zone.x, zone.y, zone.w, zone.h}};
    return std::make_unique<PluginPresenter>(*this, pluginDir, std::move(p));
}

std::unique_ptr<PluginPresenter> PluginHost::createStandalone(const fs::path& pluginDir) {
    return std::make_unique<PluginPresenter>(*this, pluginDir, Placement{});
}

namespace {
std::string notFound(const std::string& name) {
    return core::tr("không tìm thấy plugin \"", "no plugin \"") + name +
           core::tr("\" (trong plugins/ của nội dung hoặc của trình phát)", "\" (in the content's or the player's plugins/)");
}
} // namespace

std::unique_ptr<PluginPresenter> PluginHost::createForItem(const content::Item& item, const content::Catalog& catalog,
                                                           std::string& error) {
    auto dir = findPlugin(item.plugin, catalog.root);
    if (!dir) {
        error = notFound(item.plugin);
        return nullptr;
    }
    return createItem(*dir, item);
}

std::unique_ptr<PluginPresenter> PluginHost::createForZone(const content::Zone& zone, const content::Catalog& catalog,
                                                           std::string& error) {
    auto dir = findPlugin(zone.plugin, catalog.root);
    if (!dir) {
        error = notFound(zone.plugin);
        return nullptr;
    }
    return createZone(*dir, zone);
}

bool isPluginDir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "plugin.toml", ec);
}

PluginHost::Record& PluginHost::record(const fs::path& pluginDir) {
    std::error_code ec;
    fs::path abs = fs::absolute(pluginDir, ec).lexically_normal();
    std::string key = abs.string();
    while (key.size() > 1 && key.back() == '/') key.pop_back();
    auto it = _records.find(key);
    if (it == _records.end()) {
        std::string name = fs::path(key).filename().string();
        Record r{FaultPolicy(_limits.maxFaults, _limits.faultWindow, _limits.coolDown, _limits.maxCoolDown),
                 std::make_shared<PluginLog>(name, _limits.logLinesPerMinute)};
        it = _records.emplace(key, std::move(r)).first;
    }
    return it->second;
}

fs::path PluginHost::kvFile(const std::string& name) const {
    if (_services.dataDir.empty()) return {};
    return _services.dataDir / "plugins" / name / "kv.sqlite";
}

std::shared_ptr<KvStore> PluginHost::kvStore(const std::string& name) {
    // One store per plugin name, whichever folder (content or system) it was loaded from.
    if (auto kv = _kv[name].lock()) return kv;
    auto kv = std::make_shared<KvStore>(kvFile(name), _limits.kv);
    _kv[name] = kv;
    return kv;
}

} // namespace signage::scripting
