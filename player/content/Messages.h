// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every message the content loader writes, Vietnamese first (core::tr), in one place so
// the wording stays consistent across files and tests can name what they expect.
// `name` is the key as the author wrote it, dotted inside sub-tables ("theme.title").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace signage::content::msg {

// Type names for "expected …, found …".
std::string aString();
std::string aNumber();
std::string aBoolean();
std::string anArray();
std::string aTable();
std::string aScalar(); // option values: string, number or boolean
/// "an integer", "a date-time", … for a toml++ node type name ("integer", "date-time", …).
std::string typeName(std::string_view tomlType);

std::string syntaxError(std::string_view description);
std::string cannotRead(std::string_view reason);
std::string fileTooLarge(std::uintmax_t limitBytes);
/// `table` is the dotted name of the table ("theme"), empty for the file's top level and items.
std::string unknownKey(std::string_view key, std::string_view table, std::string_view suggestion,
                       const std::vector<std::string>& allowed);
std::string keyNotForType(std::string_view key, std::string_view itemType);
std::string wrongType(std::string_view name, std::string_view expected, std::string_view found);
std::string missingKey(std::string_view key);
std::string empty(std::string_view name);
std::string fileNotFound(std::string_view name, std::string_view written);
std::string notAFile(std::string_view name, std::string_view written);
std::string outsideDir(std::string_view name, std::string_view written);
std::string linkOutsideDir(std::string_view name, std::string_view written);
/// `written` raw: the message escapes its control characters and names the first.
std::string controlCharInPath(std::string_view name, std::string_view written);
std::string urlNotFile(std::string_view name, std::string_view written);
std::string percentEncodedPath(std::string_view name, std::string_view written);
std::string badDuration(std::string_view name, std::string_view written, std::string_view reason);
std::string durationNotPositive(std::string_view name, std::string_view written);
std::string badColour(std::string_view name, std::string_view written, bool alphaAllowed);
std::string badEnum(std::string_view name, std::string_view written, const std::vector<std::string>& valid,
                    std::string_view suggestion);
std::string outOfRange(std::string_view name, double value, double lo, double hi);
std::string duplicateId(std::string_view name, std::string_view id, int firstLine);
std::string duplicateFile(std::string_view name, std::string_view written, int firstLine);
std::string unknownSlide(std::string_view name, std::string_view id, std::string_view suggestion);
std::string unknownPlaylist(std::string_view name, std::string_view id, std::string_view suggestion);
std::string tooManyBullets(std::string_view name, size_t count, size_t limit);
std::string badId(std::string_view name, std::string_view written);
std::string badVersion(std::string_view name, std::string_view written);
std::string badTime(std::string_view name, std::string_view written);
std::string badSha256(std::string_view name, std::string_view written);
std::string negative(std::string_view name);
std::string sizeMismatch(std::string_view name, std::uintmax_t actual, std::intmax_t declared);
std::string badPluginName(std::string_view name, std::string_view written);
std::string conflictingKeys(std::string_view a, std::string_view b);
std::string badRect(std::string_view name);
std::string rectOutside(std::string_view name);
std::string playerTooOld(std::string_view name, std::string_view needed, std::string_view ours);
std::string missingManifest();
std::string noPlaylists();
std::string emptyPlaylist();
std::string notContentDir();
std::string unknownFileKind();

} // namespace signage::content::msg
