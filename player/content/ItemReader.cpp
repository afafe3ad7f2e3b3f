// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ItemReader.h"

#include <algorithm>

#include "content/Messages.h"
#include "content/Values.h"
#include "core/Suggest.h"

namespace signage::content {

namespace {

const std::vector<std::string> kTypes{"image", "video", "audio", "slide", "plugin"};
const std::vector<std::string> kTransitions{"cut", "fade"};
const std::vector<std::string> kFits{"contain", "cover"};
const std::vector<std::string> kDefaultsKeys{"duration", "transition", "transition_duration", "fit", "letterbox", "volume"};
const std::vector<std::string> kCommonKeys{"id", "type", "duration", "transition", "transition_duration"};

/// Keys an item of each type may have, beyond kCommonKeys.
std::vector<std::string> typeKeys(ItemType t) {
    switch (t) {
    case ItemType::Image: return {"file", "fit", "letterbox"};
    case ItemType::Video: return {"file", "fit", "letterbox", "volume"};
    case ItemType::Audio: return {"file", "volume", "background_slide", "background_image", "fit", "letterbox"};
    case ItemType::Slide: return {"slide"};
    case ItemType::Plugin: return {"plugin", "options"};
    }
    return {};
}

std::vector<std::string> allItemKeys() {
    std::vector<std::string> all = kCommonKeys;
    for (ItemType t : {ItemType::Image, ItemType::Video, ItemType::Audio, ItemType::Slide, ItemType::Plugin})
        for (auto& k : typeKeys(t))
            if (std::find(all.begin(), all.end(), k) == all.end()) all.push_back(k);
    return all;
}

ItemType typeFromName(const std::string& s) {
    if (s == "video") return ItemType::Video;
    if (s == "audio") return ItemType::Audio;
    if (s == "slide") return ItemType::Slide;
    if (s == "plugin") return ItemType::Plugin;
    return ItemType::Image;
}

bool needsDuration(ItemType t) { return t == ItemType::Image || t == ItemType::Slide || t == ItemType::Plugin; }
bool hasKey(const std::vector<std::string>& keys, std::string_view k) { return std::find(keys.begin(), keys.end(), k) != keys.end(); }

/// A slide id that must name slides/<id>.toml.
std::optional<std::string> slideRef(TableReader& r, std::string_view key, const ContentDir& dir) {
    auto id = r.string(key);
    if (!id) return std::nullopt;
    if (id->empty()) {
        r.error(r.valuePos(key), msg::empty(r.name(key)));
        return std::nullopt;
    }
    if (!dir.hasId("slides", *id)) {
        r.error(r.valuePos(key), msg::unknownSlide(r.name(key), *id, core::closestMatch(*id, dir.ids("slides"))));
        return std::nullopt;
    }
    return id;
}

Fit fitFromName(const std::string& s) { return s == "cover" ? Fit::Cover : Fit::Contain; }
Transition::Kind transitionFromName(const std::string& s) { return s == "fade" ? Transition::Kind::Fade : Transition::Kind::Cut; }

} // namespace

ItemDefaults readDefaults(TableReader& playlist, core::Diagnostics& diags) {
    ItemDefaults d;
    const toml::table* t = playlist.table("defaults");
    if (!t) return d;
    TableReader r(*t, playlist.file(), diags, "defaults");
    if (r.has("duration")) {
        d.duration = r.duration("duration");
        d.durationBroken = !d.duration;
    }
    if (auto v = r.oneOf("transition", kTransitions)) d.transition = transitionFromName(*v);
    if (auto v = r.duration("transition_duration", true)) d.transitionDuration = *v;
    if (auto v = r.oneOf("fit", kFits)) d.fit = fitFromName(*v);
    if (auto v = r.color("letterbox", true)) d.letterbox = *v;
    if (auto v = r.number("volume", 0, 1)) d.volume = *v;
    r.rejectUnknownKeys(kDefaultsKeys);
    return d;
}

std::optional<Item> readItem(TableReader& r, const ContentDir& dir, const ItemDefaults& defaults) {
    static const std::vector<std::string> kAll = allItemKeys();
    Item item;
    item.pos = r.tablePos();
    if (auto id = r.string("id")) {
        if (id->empty()) r.error(r.valuePos("id"), msg::empty("id"));
        item.id = *id;
    }
    std::optional<std::string> typeName;
    if (r.has("type")) typeName = r.oneOf("type", kTypes);
    else r.missing("type");
    if (!typeName) {
        // Without a type we cannot tell which keys belong; still catch the typos.
        r.rejectUnknownKeys(kAll);
        return std::nullopt;
    }
    item.type = typeFromName(*typeName);
    std::vector<std::string> allowed = kCommonKeys;
    for (auto& k : typeKeys(item.type)) allowed.push_back(k);
    std::vector<std::string> elsewhere;
    for (auto& k : kAll)
        if (!hasKey(allowed, k)) elsewhere.push_back(k);
    r.rejectUnknownKeys(allowed, elsewhere, *typeName);

    // Duration: image/slide/plugin need one (here or in [defaults]); video/audio default to the media length.
    bool leaveOut = false; // dropped without a message of its own
    if (r.has("duration")) item.duration = r.duration("duration");
    else if (needsDuration(item.type)) {
        if (defaults.duration) item.duration = defaults.duration;
        else if (!defaults.durationBroken) r.error(r.tablePos(), msg::missingKey("duration"));
        else leaveOut = true; // the bad [defaults] duration was reported once; check the rest
    }
    Transition::Kind kind = defaults.transition;
    if (r.has("transition"))
        if (auto name = r.oneOf("transition", kTransitions)) kind = transitionFromName(*name);
    Millis fade = defaults.transitionDuration;
    if (r.has("transition_duration"))
        if (auto d = r.duration("transition_duration", true)) fade = *d;
    item.transition = {kind, kind == Transition::Kind::Cut ? Millis{0} : fade};

    const auto& keys = typeKeys(item.type);
    if (hasKey(keys, "file")) {
        if (!r.has("file")) r.missing("file");
        else if (auto f = r.file("file", dir)) {
            item.file = *f;
            item.filePos = r.valuePos("file");
        }
    }
    item.fit = defaults.fit;
    item.letterbox = defaults.letterbox;
    item.volume = defaults.volume;
    if (hasKey(keys, "fit"))
        if (auto v = r.oneOf("fit", kFits)) item.fit = fitFromName(*v);
    if (hasKey(keys, "letterbox"))
        if (auto v = r.color("letterbox", true)) item.letterbox = *v;
    if (hasKey(keys, "volume"))
        if (auto v = r.number("volume", 0, 1)) item.volume = *v;

    switch (item.type) {
    case ItemType::Slide:
        if (!r.has("slide")) r.missing("slide");
        else if (auto id = slideRef(r, "slide", dir)) item.slide = *id;
        break;
    case ItemType::Audio:
        if (r.has("background_slide") && r.has("background_image")) {
            r.error(r.keyPos("background_image"), msg::conflictingKeys("background_slide", "background_image"));
            break;
        }
        if (auto id = slideRef(r, "background_slide", dir)) item.slide = *id;
        if (auto f = r.file("background_image", dir)) {
            item.background = *f;
            item.backgroundPos = r.valuePos("background_image");
        }
        break;
    case ItemType::Plugin:
        if (!r.has("plugin")) r.missing("plugin");
        else if (auto name = r.string("plugin")) {
            if (isIdentifier(*name)) item.plugin = *name;
            else r.error(r.valuePos("plugin"), msg::badPluginName("plugin", *name));
        }
        if (auto opts = r.scalarTable("options")) item.options = std::move(*opts);
        break;
    case ItemType::Image:
    case ItemType::Video: break;
    }
    if (r.errors() > 0 || leaveOut) return std::nullopt;
    return item;
}

} // namespace signage::content
