# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DDIR=... -DMODE=prepare|check -P TestTmp.cmake: the CTest fixture around every
# test (tests/CMakeLists.txt). prepare empties DIR (the tests' TMPDIR); check, after the
# last test, fails naming everything a test left in it.
if(MODE STREQUAL "prepare")
  file(REMOVE_RECURSE "${DIR}")
  file(MAKE_DIRECTORY "${DIR}")
elseif(MODE STREQUAL "check")
  file(GLOB _left LIST_DIRECTORIES true RELATIVE "${DIR}" "${DIR}/*" "${DIR}/.*")
  # libpulse (under espeak-ng, the read-aloud tests) makes its runtime folder pulse-XXXX in
  # TMPDIR when XDG_RUNTIME_DIR is unset, as on a fresh root shell or CI, and links it from
  # ~/.config/pulse: it belongs to the sound library, not to a test, and is reused.
  list(FILTER _left EXCLUDE REGEX "^pulse-[A-Za-z0-9]+$")
  if(_left)
    list(JOIN _left "\n  " _names)
    message(FATAL_ERROR "tests left these in ${DIR} (their TMPDIR): clean up with tests/support/TempDir\n  ${_names}")
  endif()
  message(STATUS "no test left anything in ${DIR}")
else()
  message(FATAL_ERROR "MODE must be prepare or check")
endif()
