#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
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

# What the package must hold (issue 18), each line a check that names what is missing.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
bad=0
has() { # PATH WHY
    if printf '%s\n' "$contents" | grep -qxF "$1"; then echo "ok: $1"; else echo "MISSING: $1 ($2)"; bad=1; fi
}
has /lib/udev/rules.d/90-signage-usb.rules "USB sticks start the import on any box (docs/bundles.md: Máy tự nhận)"
has /usr/share/doc/canhbao-signage/copyright "debian/copyright"
has /usr/share/doc/canhbao-signage/README.md "the docs"
for f in "$src"/docs/*.md "$src"/docs/*/*.md; do
    has "/usr/share/doc/canhbao-signage/${f#"$src"/docs/}" "every doc is shipped"
done
subcommands=$("$build/signage" --help --lang en | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on && !/^  / { on = 0 }')
[ -n "$subcommands" ] || { echo "signage --help lists no subcommand"; bad=1; }
has /usr/share/man/man1/signage.1.gz "the front man page"
has /usr/share/man/vi/man1/signage.1.gz "the Vietnamese front man page"
for cmd in $subcommands; do
    has "/usr/share/man/man1/signage-$cmd.1.gz" "a man page for every subcommand"
    has "/usr/share/man/vi/man1/signage-$cmd.1.gz" "a Vietnamese man page for every subcommand"
done
# A page lists every option of its command (it is made from the command's --help).
x=$(mktemp -d /tmp/signage-deb.XXXXXX)
trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x"
for opt in $("$build/signage" play --help --lang en | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    zcat "$x/usr/share/man/man1/signage-play.1.gz" | grep -qF -- "$opt" || { echo "MISSING: $opt in signage-play(1)"; bad=1; }
done
# The copyright file is machine-readable and names the licence.
head -n 1 "$x/usr/share/doc/canhbao-signage/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || { echo "copyright: not in the machine-readable format"; bad=1; }
grep -qx 'License: GPL-3+' "$x/usr/share/doc/canhbao-signage/copyright" || { echo "copyright: no GPL-3+ stanza"; bad=1; }
# Debian's hardening in the shipped binary: PIE, full RELRO, stack protector, fortify.
player=$x/usr/bin/signage
readelf -h "$player" | grep -q 'Type:.*DYN' && echo "ok: PIE" || { echo "MISSING: PIE"; bad=1; }
readelf -l "$player" | grep -q GNU_RELRO && echo "ok: RELRO" || { echo "MISSING: RELRO"; bad=1; }
readelf -d "$player" | grep -Eq 'BIND_NOW|FLAGS_1.*NOW' && echo "ok: BIND_NOW" || { echo "MISSING: -z now"; bad=1; }
readelf --dyn-syms -W "$player" | grep -q '__stack_chk_fail' && echo "ok: stack protector" || { echo "MISSING: stack protector"; bad=1; }
readelf --dyn-syms -W "$player" | grep -Eq '__[a-z0-9_]+_chk@' && echo "ok: fortify" || { echo "MISSING: _FORTIFY_SOURCE"; bad=1; }
[ $bad -eq 0 ] || exit 1
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'running with root privileges' || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || { echo "lintian found errors or warnings"; exit 1; }
    echo "lintian: no errors or warnings"
else
    echo "lintian not installed: not run (scripts/install-deps --kiosk)"
fi
