# SPDX-License-Identifier: GPL-3.0-or-later
# All third-party libraries come from Debian 12 packages (scripts/install-deps).
# Each becomes an IMPORTED target named dep::<name>, so folders link what they use.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(SDL2 REQUIRED IMPORTED_TARGET sdl2)
pkg_check_modules(SDL2_TTF REQUIRED IMPORTED_TARGET SDL2_ttf)
pkg_check_modules(SDL2_IMAGE REQUIRED IMPORTED_TARGET SDL2_image)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET libavformat libavcodec libavutil libswresample libswscale)
# lua5.4-c++: Debian's C build unwinds with longjmp and would skip C++ destructors.
pkg_check_modules(LUA REQUIRED IMPORTED_TARGET lua5.4-c++)
pkg_check_modules(SQLITE REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(IDN2 REQUIRED IMPORTED_TARGET libidn2)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)
# libxlsxwriter: the audit report as a real .xlsx for ward offices that work in Excel.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
# libmosquitto: the ward office's MQTT client (box agent and office daemon), issue 14.
pkg_check_modules(MOSQUITTO REQUIRED IMPORTED_TARGET libmosquitto)
# libcurl: boxes download announced bundles from the office with resume (HTTP Range).
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
# cpp-httplib (header-only): the office serves bundles over HTTP to its boxes.
find_path(HTTPLIB_INCLUDE_DIR httplib.h REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)
find_package(GTest REQUIRED)

add_library(dep::sdl2 ALIAS PkgConfig::SDL2)
add_library(dep::sdl2_ttf ALIAS PkgConfig::SDL2_TTF)
add_library(dep::sdl2_image ALIAS PkgConfig::SDL2_IMAGE)
add_library(dep::ffmpeg ALIAS PkgConfig::FFMPEG)
add_library(dep::lua ALIAS PkgConfig::LUA)
add_library(dep::sqlite ALIAS PkgConfig::SQLITE)
add_library(dep::sodium ALIAS PkgConfig::SODIUM)
add_library(dep::utf8proc ALIAS PkgConfig::UTF8PROC)
add_library(dep::idn2 ALIAS PkgConfig::IDN2)
add_library(dep::fontconfig ALIAS PkgConfig::FONTCONFIG)
add_library(dep::qrencode ALIAS PkgConfig::QRENCODE)
add_library(dep::archive ALIAS PkgConfig::LIBARCHIVE)
add_library(dep::xlsxwriter ALIAS PkgConfig::XLSXWRITER)
add_library(dep::mosquitto ALIAS PkgConfig::MOSQUITTO)
add_library(dep::curl ALIAS PkgConfig::CURL)
# libjpeg(-turbo): the box's small on-request screenshot for the ward office.
pkg_check_modules(JPEG REQUIRED IMPORTED_TARGET libjpeg)
add_library(dep::jpeg ALIAS PkgConfig::JPEG)
# Debian builds it as a library (libcpp-httplib.so, TLS through OpenSSL): its .pc carries
# the defines its ABI needs (CPPHTTPLIB_OPENSSL_SUPPORT...).
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
add_library(signage_httplib INTERFACE)
target_include_directories(signage_httplib SYSTEM INTERFACE ${HTTPLIB_INCLUDE_DIR})
target_link_libraries(signage_httplib INTERFACE PkgConfig::HTTPLIB Threads::Threads)
add_library(dep::httplib ALIAS signage_httplib)

# toml++ is header-only; compiling its implementation once (here) instead of in every
# file that parses TOML saves most of its build time. Link dep::toml, include <toml++/toml.h>.
add_library(signage_toml STATIC ${CMAKE_CURRENT_LIST_DIR}/TomlImplementation.cpp)
target_link_libraries(signage_toml PUBLIC tomlplusplus::tomlplusplus)
target_compile_definitions(signage_toml PUBLIC TOML_HEADER_ONLY=0 TOML_EXCEPTIONS=1)
add_library(dep::toml ALIAS signage_toml)
