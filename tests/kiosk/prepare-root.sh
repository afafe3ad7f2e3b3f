#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.root: the kiosk root the nspawn test boots, and the .deb's self-test in it.
#  1. kiosk-image/tests/cached-root.sh: a base root (Debian 12 minbase + the kiosk's
#     packages + the .deb's dependencies) cached as build/kiosk/base-ARCH-HASH.tar.zst,
#     so only the first run downloads (about 2 minutes); later runs unpack it, and
#     customize.sh installs the .deb and the overlay: build/kiosk/root.
#  2. `signage selftest` as the signage user in a chroot, SDL offscreen/dummy.
#  3. systemd-analyze verify of every unit in that root.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_root "building a Debian root with mmdebstrap"
need_tool mmdebstrap
need_tool zstd
need_tool systemd-analyze
deb=$(player_deb)
image=$src/kiosk-image

root=$kiosk/root
"$image/tests/cached-root.sh" "$deb" "$kiosk" "$root"

# The installed binary must find its demo in /usr/share/signage, play as the signage user.
keys=$(mktemp -d "$root/tmp/keys.XXXXXX")
cp "$image/tests/fixtures/ci-test.pub" "$keys/"
chmod -R a+rX "$keys"
chroot --userspec=signage:signage "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/var/lib/signage \
    SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy SIGNAGE_LANG=en \
    /usr/bin/signage selftest --data-dir /var/lib/signage --trusted-keys "/tmp/$(basename "$keys")"
rm -rf "$keys"
chroot --userspec=signage:signage "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/var/lib/signage \
    SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy SIGNAGE_LANG=en \
    /usr/bin/signage play --headless --exit-after 2s --data-dir /var/lib/signage 2>&1 | grep -E 'first frame|error' || { echo "installed player did not play the demo"; exit 1; }

verify_units "$root"
