# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the kiosk test scripts. SIGNAGE_BUILD_DIR and SIGNAGE_SOURCE_DIR come from
# CTest (tests/kiosk/CMakeLists.txt). Exit 77 means "skipped" to CTest.
set -eu
build=${SIGNAGE_BUILD_DIR:?}
src=${SIGNAGE_SOURCE_DIR:?}
kiosk=$build/kiosk
mkdir -p "$kiosk"
arch=$(dpkg --print-architecture 2>/dev/null || echo unknown)

skip() { echo "SKIPPED: $*"; exit 77; }
need_root() { [ "$(id -u)" -eq 0 ] || skip "$1 needs root (CI runs as root; locally: sudo ctest -R kiosk)"; }
need_tool() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed (scripts/install-deps --kiosk)"; }
# The newest player .deb for this architecture (made by the kiosk.deb test).
player_deb() {
    # shellcheck disable=SC2012 # our own file names, no odd characters
    deb=$(ls -t "$build"/canhbao-signage_*_"$arch".deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || { echo "no canhbao-signage .deb in $build (kiosk.deb makes it)"; exit 1; }
    echo "$deb"
}
# Every unit the package and the image ship, templates named with an instance.
unit_names() {
    for f in "$src"/packaging/systemd/*.service "$src"/packaging/systemd/*.path "$src"/kiosk-image/rootfs/etc/systemd/system/*.service; do
        name=$(basename "$f")
        case "$name" in
            *@.service) echo "${name%@.service}@test.service" ;;
            *) [ -L "$f" ] || echo "$name" ;;
        esac
    done
}
# systemd-analyze verify prints "…ignoring" for misspelt keys and bad values and still
# exits 0: any output at all is a failure.
verify_units() { # ROOT
    # shellcheck disable=SC2046 # one word per unit name
    out=$(cd "$1" && systemd-analyze verify --root="$1" --man=no $(unit_names) 2>&1) && rc=0 || rc=$?
    if [ -n "$out" ] || [ "$rc" -ne 0 ]; then
        echo "systemd-analyze verify (exit $rc) said:"
        echo "$out"
        return 1
    fi
    echo "systemd-analyze verify: $(unit_names | wc -l) units, no output"
}
