#!/bin/sh
# kiosk.deb: makes the player .deb with CPack (as `make package` does) and runs lintian
# on it when lintian is installed; any error or warning fails.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_tool cpack
need_tool dpkg-shlibdeps
cmake --build "$build" --target signage signage_package_docs >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(player_deb)
echo "made $deb ($(du -k "$deb" | cut -f1) kB)"
dpkg-deb -f "$deb" Depends
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'running with root privileges' || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || { echo "lintian found errors or warnings"; exit 1; }
    echo "lintian: no errors or warnings"
else
    echo "lintian not installed: not run (scripts/install-deps --kiosk)"
fi
