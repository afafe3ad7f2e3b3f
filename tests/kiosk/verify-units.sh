#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.units: `systemd-analyze verify` of every unit the .deb and the kiosk image ship,
# against a root made of the .deb, the image's overlay and this machine's systemd units
# (no mmdebstrap needed). Any output is a failure.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_tool systemd-analyze
deb=$(player_deb)
root=$(mktemp -d /tmp/signage-units.XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
tar -C "$src/kiosk-image/rootfs" -cf - . | tar -C "$root" -xf -
mkdir -p "$root/lib/systemd"
cp -a /lib/systemd/system/. "$root/lib/systemd/system/"
verify_units "$root"
# The sandbox must not erode: `systemd-analyze security` rated the player 6.4 before
# issue 18 and 1.6 after (0-10, lower is safer); --threshold is on the 0-100 scale.
for unit in signage-player.service signage-selftest.service; do
    score=$(cd "$root" && systemd-analyze security --offline=yes --root="$root" --threshold=20 "$unit" 2>&1) && rc=0 || rc=$?
    echo "$score" | tail -n 1
    [ "$rc" -eq 0 ] || { echo "$unit: exposure above 2.0 (systemd-analyze security exit $rc)"; exit 1; }
done
