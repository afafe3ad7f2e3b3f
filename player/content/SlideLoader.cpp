// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/SlideLoader.h"

#include "content/ContentLayout.h"
#include "content/Messages.h"
#include "content/TableReader.h"
#include "content/TomlLoader.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kSlideKeys{"title", "bullets", "paragraph", "image", "footer", "rule", "theme"};
const std::vector<std::string> kThemeKeys{"background", "title", "text", "accent", "footer_text"};

void readTheme(TableReader& slide, Theme& theme, core::Diagnostics& diags) {
    const toml::table* t = slide.table("theme");
    if (!t) return;
    TableReader r(*t, slide.file(), diags, "theme");
    if (auto c = r.color("background", false)) theme.background = *c;
    if (auto c = r.color("title", false)) theme.title = *c;
    if (auto c = r.color("text", false)) theme.text = *c;
    if (auto c = r.color("accent", false)) theme.accent = *c;
    if (auto c = r.color("footer_text", false)) theme.footerText = *c;
    r.rejectUnknownKeys(kThemeKeys);
    slide.addErrors(r.errors()); // a bad colour leaves the slide out like any other error
}

bool readSlide(TableReader& r, const ContentDir& dir, Slide& s) {
    const SourceFile& src = r.file();
    s.id = src.path.stem().string();
    if (auto v = r.requiredString("title")) s.title = *v;
    if (auto v = r.stringArray("bullets")) {
        s.bullets = *v;
        if (s.bullets.size() > kMaxBullets) {
            const toml::node& extra = *r.node("bullets")->as_array()->get(kMaxBullets);
            r.warning(src.at(extra.source().begin), msg::tooManyBullets("bullets", s.bullets.size(), kMaxBullets));
        }
    }
    if (auto v = r.string("paragraph")) s.paragraph = *v;
    if (auto v = r.file("image", dir)) {
        s.image = *v;
        s.imagePos = r.valuePos("image");
    }
    if (auto v = r.string("footer")) s.footer = *v;
    std::vector<std::string> rules(std::begin(kRuleIds), std::end(kRuleIds));
    if (auto v = r.oneOf("rule", rules)) s.rule = *v;
    readTheme(r, s.theme, r.diagnostics());
    r.rejectUnknownKeys(kSlideKeys);
    return r.errors() == 0; // a slide with any error is left out
}

} // namespace

std::optional<Slide> loadSlide(const ContentDir& dir, const fs::path& file, core::Diagnostics& out) {
    return loadTomlFile<Slide>(dir, file, out, [&](TableReader& r, Slide& s) { return readSlide(r, dir, s); });
}

std::optional<Slide> loadSlideFile(const fs::path& file, core::Diagnostics& diags) {
    auto place = locateContentFile(file);
    return loadSlide(ContentDir(place.contentDir), place.absolute, diags);
}

} // namespace signage::content
