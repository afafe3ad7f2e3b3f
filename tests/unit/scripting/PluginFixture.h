// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up for scripting tests: a manual clock, a recording canvas, a fake text
// renderer, a PluginHost with a temp data dir, and helpers to write plugin folders.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/Lang.h"
#include "fakes/FakeTextRenderer.h"
#include "fakes/RecordingCanvas.h"
#include "scripting/PluginHost.h"
#include "scripting/PluginPresenter.h"
#include "support/TempDir.h"

namespace signage::test {

namespace fs = std::filesystem;

inline core::WallMs isoTime(const std::string& s) {
    core::WallMs t = 0;
    core::parseIsoTime(s, t);
    return t;
}

class PluginFixture : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        makeHost();
    }

    virtual scripting::HostLimits limits() const { return {}; }

    void makeHost(bool dev = false) {
        presenters.clear();
        host.reset();
        scripting::HostServices s;
        s.clock = &clock;
        s.text = &text;
        s.dataDir = tmp.path() / "var";
        s.devMode = dev;
        s.onPlay = [this](const scripting::PlayFact& f) { facts.push_back(f); };
        host = std::make_unique<scripting::PluginHost>(s, limits());
    }

    /// Writes plugins/<name>/plugin.toml and main.lua; returns the folder.
    fs::path plugin(const std::string& name, const std::string& mainLua, const std::string& permissions = "",
                    const std::string& extraToml = "") {
        std::string toml = "name = \"" + name + "\"\nversion = \"1.0.0\"\napi_version = 1\n";
        if (!permissions.empty()) toml += "permissions = [" + permissions + "]\n";
        toml += extraToml;
        tmp.write("plugins/" + name + "/plugin.toml", toml);
        tmp.write("plugins/" + name + "/main.lua", mainLua);
        return tmp.path() / "plugins" / name;
    }

    /// A plugin with every permission, for API tests.
    fs::path allPlugin(const std::string& name, const std::string& mainLua, const std::string& extraToml = "") {
        return plugin(name, mainLua, "\"touch\", \"kv\", \"playlog\", \"data\", \"checker\"", extraToml);
    }

    scripting::PluginPresenter& openItem(const fs::path& dir, std::map<std::string, std::string> options = {},
                                         bool expectOpen = true) {
        content::Item item;
        item.id = "item-1";
        item.type = content::ItemType::Plugin;
        item.options = std::move(options);
        presenters.push_back(host->createItem(dir, item));
        auto& p = *presenters.back();
        std::string error;
        bool ok = p.open(canvas, error);
        EXPECT_EQ(ok, expectOpen) << error;
        openError = error;
        if (ok) p.start(clock.steadyNow());
        return p;
    }

    /// openItem on another canvas (a real one).
    scripting::PluginPresenter& openItemOn(render::Canvas& on, const fs::path& dir) {
        content::Item item;
        item.id = "item-1";
        presenters.push_back(host->createItem(dir, item));
        auto& p = *presenters.back();
        std::string error;
        EXPECT_TRUE(p.open(on, error)) << error;
        p.start(clock.steadyNow());
        return p;
    }

    scripting::PluginPresenter& openZone(const fs::path& dir, float x, float y, float w, float h,
                                         std::map<std::string, std::string> options = {}) {
        content::Zone zone;
        zone.id = "zone-1";
        zone.x = x;
        zone.y = y;
        zone.w = w;
        zone.h = h;
        zone.options = std::move(options);
        presenters.push_back(host->createZone(dir, zone));
        auto& p = *presenters.back();
        std::string error;
        EXPECT_TRUE(p.open(canvas, error)) << error;
        p.start(clock.steadyNow());
        return p;
    }

    /// Advances the clock by `ms` and draws `p` fullscreen (or into `area`).
    void frame(scripting::PluginPresenter& p, std::int64_t ms = 16, std::optional<render::RectF> area = std::nullopt) {
        clock.advance(ms);
        auto sz = canvas.size();
        p.draw(canvas, area.value_or(render::RectF{0, 0, float(sz.w), float(sz.h)}), 1.0f, clock.steadyNow());
    }

    /// Content ids the plugin reported through playlog.record (how test plugins report values).
    std::vector<std::string> reported() const {
        std::vector<std::string> out;
        for (const auto& f : facts) {
            if (f.kind == scripting::PlayFact::Kind::Content) out.push_back(f.contentId);
        }
        return out;
    }

    /// Files under `dir` (recursive), relative.
    static std::vector<std::string> filesUnder(const fs::path& dir) {
        std::vector<std::string> out;
        std::error_code ec;
        if (!fs::exists(dir, ec)) return out;
        for (auto& e : fs::recursive_directory_iterator(dir)) {
            if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    TempDir tmp;
    core::ManualClock clock{isoTime("2026-11-23T07:30:00+07:00")}; // a Monday
    RecordingCanvas canvas;
    FakeTextRenderer text;
    std::vector<scripting::PlayFact> facts;
    std::unique_ptr<scripting::PluginHost> host;
    std::vector<std::unique_ptr<scripting::PluginPresenter>> presenters; // destroyed before the host
    std::string openError;

    void TearDown() override {
        presenters.clear();
        host.reset();
    }
};

} // namespace signage::test
