# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and the Debian package (`make package` = `cd build && cpack -G DEB`).
# FHS layout of a Debian 12 system:
#   /usr/bin/signage                      the player
#   /usr/share/signage/{playlists,assets,plugins}   demo content (core/Paths.cpp finds it)
#   /etc/signage/{signage.toml,box.env,keys/}        settings (conffiles) and trusted keys
#   /lib/systemd/system/signage-*.service            units (bookworm ships units in /lib)
#   /usr/lib/signage/                     helpers the units run (USB import, display power)
#   /var/lib/signage                      data dir, owned by the `signage` user (postinst)
# Runtime library dependencies are derived from the binary by dpkg-shlibdeps, so media/,
# scripting/ and bundle/ add theirs (libavcodec59, liblua5.4-0, libsodium23, ...) by
# linking them; the rest are files the player opens (fonts) or SDL loads (Mesa EGL/GBM).
include(GNUInstallDirs)
# cpack installs only what is installed (the player), without first building every
# test: `make package` and tests/kiosk build the `signage` target themselves.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(_pkg ${CMAKE_SOURCE_DIR}/packaging)
set(SIGNAGE_UNIT_DIR "/lib/systemd/system" CACHE STRING "Where systemd units are installed")
set(SIGNAGE_PACKAGE_CONTACT "canhbao-signage maintainers <canhbao-signage@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb")

# Debian's hardening flags (relro, now, PIE, fortify, stack protector): cmake/Hardening.cmake.

install(TARGETS signage RUNTIME DESTINATION bin)

# Demo content and what it uses. A folder joins when it exists (issues land one by one).
foreach(dir playlists assets plugins)
  if(EXISTS ${CMAKE_SOURCE_DIR}/${dir})
    install(DIRECTORY ${CMAKE_SOURCE_DIR}/${dir} DESTINATION share/signage
            PATTERN ".*" EXCLUDE)
  endif()
endforeach()

# Settings: absolute destinations, so they stay in /etc whatever the prefix is.
install(FILES ${_pkg}/signage.toml ${_pkg}/box.env DESTINATION /etc/signage)
install(DIRECTORY DESTINATION /etc/signage/keys)
install(DIRECTORY DESTINATION /var/lib/signage)

file(GLOB _units ${_pkg}/systemd/*.service ${_pkg}/systemd/*.path)
install(FILES ${_units} DESTINATION ${SIGNAGE_UNIT_DIR})
install(FILES ${_pkg}/tmpfiles.d/signage.conf DESTINATION lib/tmpfiles.d)
# USB sticks start signage-usb-import@DEV.service on every box with the package.
set(SIGNAGE_UDEV_RULES_DIR "/lib/udev/rules.d" CACHE STRING "Where udev rules are installed")
install(FILES ${_pkg}/udev/90-signage-usb.rules DESTINATION ${SIGNAGE_UDEV_RULES_DIR})
install(PROGRAMS ${_pkg}/libexec/usb-import ${_pkg}/libexec/display-power ${_pkg}/libexec/display-schedule ${_pkg}/libexec/stick-export
        DESTINATION lib/signage)

# Debian's changelog and copyright, compressed the way lintian wants (gzip -9n).
set(_doc ${CMAKE_BINARY_DIR}/packaging-doc)
file(MAKE_DIRECTORY ${_doc})
add_custom_command(OUTPUT ${_doc}/changelog.Debian.gz
  COMMAND gzip -9n -c ${_pkg}/debian/changelog > ${_doc}/changelog.Debian.gz
  DEPENDS ${_pkg}/debian/changelog)
add_custom_command(OUTPUT ${_doc}/signage.1.gz
  COMMAND gzip -9n -c ${_pkg}/signage.1 > ${_doc}/signage.1.gz
  DEPENDS ${_pkg}/signage.1)
# One man page per subcommand, English and Vietnamese, made from the binary's own --help
# (packaging/man/make-man-pages); a cross build cannot run the binary and ships none.
set(_man ${_doc}/man)
if(NOT CMAKE_CROSSCOMPILING OR CMAKE_CROSSCOMPILING_EMULATOR)
  add_custom_command(OUTPUT ${_man}/stamp
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${_man}
    COMMAND ${CMAKE_COMMAND} -E env SIGNAGE_LANG= ${_pkg}/man/make-man-pages $<TARGET_FILE:signage> ${_man} ${PROJECT_VERSION}
    COMMAND ${CMAKE_COMMAND} -E touch ${_man}/stamp
    DEPENDS signage ${_pkg}/man/make-man-pages
    COMMENT "Man pages for every subcommand")
  set(_man_stamp ${_man}/stamp)
  install(DIRECTORY ${_man}/ DESTINATION share/man FILES_MATCHING PATTERN "*.1.gz")
endif()
add_custom_target(signage_package_docs ALL DEPENDS ${_doc}/changelog.Debian.gz ${_doc}/signage.1.gz ${_man_stamp})
install(FILES ${_doc}/signage.1.gz DESTINATION share/man/man1)
# Not uploaded to Debian: its changelog closes no bug report.
install(FILES ${_pkg}/debian/lintian-overrides DESTINATION share/lintian/overrides RENAME canhbao-signage)
install(FILES ${_doc}/changelog.Debian.gz ${_pkg}/debian/copyright DESTINATION share/doc/canhbao-signage)
# All the documentation: formats, plugin API, operations, benchmarks, screenshots.
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION share/doc/canhbao-signage)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION share/doc/canhbao-signage PATTERN ".*" EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME canhbao-signage)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${SIGNAGE_PACKAGE_CONTACT})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Fonts the slides are set in; EGL/GLES through which SDL draws on KMSDRM (no desktop);
# adduser for the postinst; espeak-ng reads the scam checker's verdicts aloud. Mesa's drivers are recommended: a box with a vendor driver
# brings its own EGL.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, fonts-noto-core, libegl1, libgles2, libgbm1, espeak-ng")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libegl-mesa0, libgl1-mesa-dri, systemd, systemd-timesyncd")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "v4l-utils, minisign, mosquitto, openssl") # mosquitto + openssl: the ward office (signage office)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "anti-scam signage player for kiosks")
# CPack puts the summary first and indents each line of this text by one space.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "canhbao-signage plays scheduled anti-scam warnings (slides, images,
video) full screen on cheap boxes at bus stations, markets and ward offices,
imports signed content bundles from USB sticks, and logs every playback.

This package holds the player (signage), its systemd units (player with
watchdog, boot self-test, USB import, display power schedule), demo content
and default settings. The player service is not enabled on install.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${_pkg}/debian/postinst ${_pkg}/debian/prerm ${_pkg}/debian/postrm ${_pkg}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
