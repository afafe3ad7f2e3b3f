// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plugin runtime as the player sees it: holds the services and limits, makes
// PluginPresenters for playlist items, overlay zones and `signage play PLUGIN_DIR`, and
// remembers per plugin folder what must outlive one presenter (the fault cool-down, the
// once-only error log, the shared key-value store). Lives in app/ for the whole run;
// every presenter it made must be destroyed before it. Render thread only.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "content/Model.h"
#include "scripting/FaultPolicy.h"
#include "scripting/HostConfig.h"
#include "scripting/KvStore.h"
#include "scripting/PluginLog.h"
#include "scripting/PluginManifest.h"

namespace signage::scripting {

class PluginPresenter;
class TextRenderer;

class PluginHost {
public:
    explicit PluginHost(HostServices services, HostLimits limits = {});
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    const HostServices& services() const { return _services; }
    const HostLimits& limits() const { return _limits; }
    /// Connects (or replaces) the text engine; affects presenters opened afterwards.
    void setTextRenderer(TextRenderer* text) { _services.text = text; }
    /// Where bundled plugins live (default: shareDir()/plugins).
    void setSystemPluginDir(std::filesystem::path dir) { _systemDir = std::move(dir); }

    /// The folder of plugin `name`: <contentRoot>/plugins/<name> when it has a plugin.toml,
    /// else the system plugin folder's; an absolute path to a plugin folder is taken as is.
    /// nullopt when none exists.
    std::optional<std::filesystem::path> findPlugin(const std::string& name, const std::filesystem::path& contentRoot) const;

    /// A fullscreen playlist item (type = "plugin"): options from [items.options].
    std::unique_ptr<PluginPresenter> createItem(const std::filesystem::path& pluginDir, const content::Item& item);
    /// An overlay zone ([[zones]]): options from [zones.options].
    std::unique_ptr<PluginPresenter> createZone(const std::filesystem::path& pluginDir, const content::Zone& zone);
    /// One plugin alone (`signage play PLUGIN_DIR`), fullscreen.
    std::unique_ptr<PluginPresenter> createStandalone(const std::filesystem::path& pluginDir);

    /// For the presenter factory: finds item.plugin (content dir, then system plugins) and
    /// makes its presenter; nullptr and `error` when the plugin does not exist.
    std::unique_ptr<PluginPresenter> createForItem(const content::Item& item, const content::Catalog& catalog,
                                                   std::string& error);
    /// Same for an overlay zone of a playlist.
    std::unique_ptr<PluginPresenter> createForZone(const content::Zone& zone, const content::Catalog& catalog,
                                                   std::string& error);

    // --- used by PluginPresenter -------------------------------------------------------
    struct Record {
        FaultPolicy faults;
        std::shared_ptr<PluginLog> log;
    };
    /// The record of a plugin folder (created on first use).
    Record& record(const std::filesystem::path& pluginDir);
    /// The key-value store of plugin `name`, shared by its instances. Throws db::DbError.
    std::shared_ptr<KvStore> kvStore(const std::string& name);
    /// The file the key-value store of `name` lives in (empty without a data dir).
    std::filesystem::path kvFile(const std::string& name) const;

private:
    HostServices _services;
    HostLimits _limits;
    std::filesystem::path _systemDir;
    std::map<std::string, Record> _records; // key: absolute, normalised plugin folder
    std::map<std::string, std::weak_ptr<KvStore>> _kv; // key: plugin name
};

/// True when `dir` is a plugin folder (has a plugin.toml): `signage play DIR` plays it alone.
bool isPluginDir(const std::filesystem::path& dir);

} // namespace signage::scripting
