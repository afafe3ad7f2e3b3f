# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's hardening flags for every target (what a Debian package build gets from
# dpkg-buildflags with hardening=+all, and what lintian's hardening check looks for):
# _FORTIFY_SOURCE, -fstack-protector-strong, -Wformat -Werror=format-security, PIE,
# and RELRO with immediate binding (-z relro -z now). Only the hardening flags are taken:
# the build type keeps choosing -O and -g. Without dpkg-buildflags (not Debian), the
# same list is used.
option(SIGNAGE_HARDENING "Build with Debian's hardening flags (dpkg-buildflags hardening=+all)" ON)
if(NOT SIGNAGE_HARDENING)
  return()
endif()

set(_hardening_cppflags -D_FORTIFY_SOURCE=2)
set(_hardening_cflags -fstack-protector-strong -Wformat -Werror=format-security)
set(_hardening_ldflags -Wl,-z,relro -Wl,-z,now)
find_program(SIGNAGE_DPKG_BUILDFLAGS dpkg-buildflags)
if(SIGNAGE_DPKG_BUILDFLAGS)
  foreach(kind CPPFLAGS CFLAGS LDFLAGS)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                            ${SIGNAGE_DPKG_BUILDFLAGS} --get ${kind}
                    OUTPUT_VARIABLE _flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      continue()
    endif()
    separate_arguments(_flags UNIX_COMMAND "${_flags}")
    # Keep the hardening: drop optimisation, debug info, path maps and -Wdate-time.
    list(FILTER _flags EXCLUDE REGEX "^-(O|g|ffile-prefix-map|fdebug-prefix-map|Wdate-time)")
    string(TOLOWER ${kind} _lower)
    set(_hardening_${_lower} ${_flags})
  endforeach()
endif()

# _FORTIFY_SOURCE needs the optimiser (glibc warns, and -Werror fails, at -O0).
foreach(flag ${_hardening_cppflags})
  if(flag MATCHES "^-D_FORTIFY_SOURCE")
    add_compile_options($<$<NOT:$<CONFIG:Debug>>:${flag}>)
  else()
    add_compile_options(${flag})
  endif()
endforeach()
add_compile_options(${_hardening_cflags})
add_link_options(${_hardening_ldflags})
# Position-independent executables (ASLR): -fPIE and -pie.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
message(STATUS "Hardening: ${_hardening_cppflags} ${_hardening_cflags} ${_hardening_ldflags} PIE")
