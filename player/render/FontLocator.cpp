// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FontLocator.h"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/Utf8.h"

namespace signage::render {

namespace {

const core::Logger kLog("fonts");

// Every vowel with every tone, plus đ, in both cases: what a face must draw for Vietnamese.
constexpr const char* kVietnameseLetters =
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";

struct FcPatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FcFontSetDeleter {
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
struct FcObjectSetDeleter {
    void operator()(FcObjectSet* s) const { FcObjectSetDestroy(s); }
};
using PatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

bool charsetCovers(FcCharSet* cs) {
    if (!cs) return false;
    for (char32_t cp : core::decodeUtf8(kVietnameseLetters))
        if (!FcCharSetHasChar(cs, static_cast<FcChar32>(cp))) return false;
    return true;
}

/// The file of `family` at `weight` when fontconfig has that exact family (no substitutes).
std::optional<std::filesystem::path> findFace(const std::string& family, int weight) {
    std::unique_ptr<FcObjectSet, FcObjectSetDeleter> os(
        FcObjectSetBuild(FC_FILE, FC_WEIGHT, FC_SLANT, FC_CHARSET, FC_FAMILY, static_cast<char*>(nullptr)));
    // FcFontList matches exactly (FcFontMatch would hand back any font for a missing family).
    PatternPtr query(FcPatternCreate());
    FcPatternAddString(query.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    std::unique_ptr<FcFontSet, FcFontSetDeleter> set(FcFontList(nullptr, query.get(), os.get()));
    if (!set) return std::nullopt;
    std::optional<std::filesystem::path> best;
    int bestDistance = 1 << 30;
    for (int i = 0; i < set->nfont; ++i) {
        FcPattern* f = set->fonts[i];
        FcChar8* file = nullptr;
        int w = 0, slant = 0;
        FcCharSet* cs = nullptr;
        if (FcPatternGetString(f, FC_FILE, 0, &file) != FcResultMatch) continue;
        FcPatternGetInteger(f, FC_WEIGHT, 0, &w);
        FcPatternGetInteger(f, FC_SLANT, 0, &slant);
        if (slant != FC_SLANT_ROMAN) continue;
        std::string path = reinterpret_cast<const char*>(file);
        // SDL_ttf opens .ttf/.otf; skip collections and condensed cuts.
        if (path.find("Condensed") != std::string::npos || path.find("Mono") != std::string::npos) continue;
        if (FcPatternGetCharSet(f, FC_CHARSET, 0, &cs) != FcResultMatch || !charsetCovers(cs)) continue;
        int d = std::abs(w - weight);
        if (d < bestDistance) {
            bestDistance = d;
            best = path;
        }
    }
    return best;
}

std::optional<FontFiles> fromEnvDir(const char* dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> regular, bold;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string name = e.path().filename().string();
        if (name.find("-Regular.") != std::string::npos) regular.push_back(e.path());
        if (name.find("-Bold.") != std::string::npos) bold.push_back(e.path());
    }
    if (regular.empty() || !fontCoversVietnamese(regular.front())) return std::nullopt;
    std::string family = regular.front().stem().string();
    family = family.substr(0, family.rfind("-Regular"));
    FontFiles f{family, regular.front(), bold.empty() ? regular.front() : bold.front()};
    return f;
}

std::optional<FontFiles> search(std::string& error) {
    if (const char* dir = std::getenv("SIGNAGE_FONT_DIR"); dir && *dir) {
        if (auto f = fromEnvDir(dir)) return f;
        kLog.warn(core::tr(std::string("SIGNAGE_FONT_DIR=") + dir + ": không có phông tiếng Việt dùng được, tìm qua fontconfig",
                           std::string("SIGNAGE_FONT_DIR=") + dir + ": no usable Vietnamese font, asking fontconfig"));
    }
    if (!FcInit()) {
        error = "fontconfig: FcInit failed";
        return std::nullopt;
    }
    for (const char* family : {"Noto Sans", "DejaVu Sans"}) {
        auto regular = findFace(family, FC_WEIGHT_REGULAR);
        if (!regular) continue;
        auto bold = findFace(family, FC_WEIGHT_BOLD);
        return FontFiles{family, *regular, bold ? *bold : *regular};
    }
    error = core::tr("không tìm thấy phông chữ tiếng Việt (cài fonts-noto-core hoặc fonts-dejavu-core)",
                     "no Vietnamese-capable font found (install fonts-noto-core or fonts-dejavu-core)");
    return std::nullopt;
}

} // namespace

bool fontCoversVietnamese(const std::filesystem::path& file) {
    if (!FcInit()) return false;
    int count = 0;
    FcBlanks* blanks = nullptr;
    PatternPtr pat(FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()), 0, blanks, &count));
    if (!pat) return false;
    FcCharSet* cs = nullptr;
    return FcPatternGetCharSet(pat.get(), FC_CHARSET, 0, &cs) == FcResultMatch && charsetCovers(cs);
}

std::optional<FontFiles> locateFonts(std::string* error) {
    // fontconfig's first scan can take tens of milliseconds: do it once per process.
    static std::once_flag once;
    static std::optional<FontFiles> found;
    static std::string why;
    std::call_once(once, [] {
        found = search(why);
        if (found)
            kLog.debug(found->family + ": " + found->regular.string() + ", " + found->bold.string());
    });
    if (!found && error) *error = why;
    return found;
}

} // namespace signage::render
