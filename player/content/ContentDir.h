// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A content directory on disk: resolves the relative paths written in its TOML files
// (refusing any that leave the directory) and names files in diagnostics the way the
// user typed the directory, as a compiler does.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace signage::content {

class ContentDir {
public:
    /// `dir` as the user gave it (relative to the working directory or absolute).
    explicit ContentDir(const std::filesystem::path& dir);

    /// Absolute, lexically normal.
    const std::filesystem::path& root() const { return _root; }
    /// As typed; used to spell file names in diagnostics.
    const std::filesystem::path& displayRoot() const { return _display; }

    /// How to name a file of this directory (absolute, or relative to root()) in a diagnostic.
    std::string display(const std::filesystem::path& file) const;

    enum class Problem {
        None,
        Outside,     // absolute, or climbs out with ".."
        LinkOutside, // lexically inside, but a symbolic link on the way leads out
        ControlChar, // NUL, newline, ESC, tab...: would cut the name at the OS or a log line
        Url,         // "http://...": content plays local files only
        EncodedPath, // "%2e%2e/", "%2f": percent-encoding is not decoded, say so
        Missing,
        NotAFile,
    };
    struct Resolved {
        std::filesystem::path absolute; // set when problem is None (and for Missing/NotAFile)
        Problem problem = Problem::None;
    };
    /// Resolves a path written in a content file ("media/poster.png") to an absolute path
    /// that must name an existing regular file inside the directory. Absolute paths and
    /// paths climbing out with ".." are Outside (content must be self-contained).
    /// Tries the text as written and then its NFC form (filenames made on macOS are NFD).
    /// The one place content paths are confined, for the loader and `validate` alike: the
    /// real path (symbolic links followed, as the player's open will) must stay inside
    /// the real content directory, and control characters, URLs and percent-encoded
    /// separators are refused before the file system is asked.
    Resolved resolveFile(std::string_view written) const;
    /// The same check for a path that must stay inside but need not exist.
    bool inside(std::string_view written, std::filesystem::path& absolute) const;

    /// Stems of the *.toml files in a sub-folder ("slides" gives the slide ids), sorted;
    /// hidden files (".x.toml", editor and macOS droppings) are skipped.
    std::vector<std::string> ids(std::string_view subdir) const;
    /// True when <subdir>/<id>.toml exists (and `id` cannot climb out of the folder, has
    /// no control character, and the file's real path is inside the directory).
    bool hasId(std::string_view subdir, std::string_view id) const;

private:
    /// True when the real path of `existing` lies inside the real content directory.
    bool confined(const std::filesystem::path& existing) const;

    std::filesystem::path _root;
    std::filesystem::path _display;
};

} // namespace signage::content
