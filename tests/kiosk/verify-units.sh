#!/bin/sh
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
