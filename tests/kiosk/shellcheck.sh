#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.shellcheck: every shell script of the package, the image and these tests.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_tool shellcheck
shellcheck -s sh -x "$src"/packaging/libexec/* "$src"/packaging/debian/postinst "$src"/packaging/debian/prerm \
    "$src"/packaging/debian/postrm "$src"/kiosk-image/*.sh "$src"/kiosk-image/tests/*.sh \
    "$src"/kiosk-image/rootfs/usr/lib/signage-kiosk/* "$here"/*.sh
echo "shellcheck: clean"
