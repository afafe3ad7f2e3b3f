// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every message the content loader writes, Vietnamese first (core::tr), in one place so
// the wording stays consistent across files and tests can name what they expect.
// `name` is the key as the author wrote it, dotted inside sub-tables ("theme.title").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/TomlMessages.h"

namespace signage::content::msg {

// The generic TOML messages (types, unknown and missing keys, ranges, durations, enums)
// are core's, shared with every other TOML file the player reads.
using core::tomlmsg::aBoolean;
using core::tomlmsg::anArray;
using core::tomlmsg::aNumber;
using core::tomlmsg::aScalar;
using core::tomlmsg::aString;
using core::tomlmsg::aTable;
using core::tomlmsg::badDuration;
using core::tomlmsg::badEnum;
using core::tomlmsg::cannotRead;
using core::tomlmsg::durationNotPositive;
using core::tomlmsg::empty;
using core::tomlmsg::fileTooLarge;
using core::tomlmsg::keyNotForType;
using core::tomlmsg::missingKey;
using core::tomlmsg::outOfRange;
using core::tomlmsg::syntaxError;
using core::tomlmsg::typeName;
using core::tomlmsg::unknownKey;
using core::tomlmsg::wrongType;

std::string fileNotFound(std::string_view name, std::string_view written);
std::string notAFile(std::string_view name, std::string_view written);
std::string outsideDir(std::string_view name, std::string_view written);
std::string linkOutsideDir(std::string_view name, std::string_view written);
/// `written` raw: the message escapes its control characters and names the first.
std::string controlCharInPath(std::string_view name, std::string_view written);
std::string urlNotFile(std::string_view name, std::string_view written);
std::string percentEncodedPath(std::string_view name, std::string_view written);
std::string badColour(std::string_view name, std::string_view written, bool alphaAllowed);
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
