#!/usr/bin/env bash
# One command: the Debian package from the build in build/ (scripts/build.sh), checked by lintian.
#   bash scripts/package.sh            -> build/frag792_<version>_<arch>.deb (path printed last)
# Builds first only when build/ has no build yet; packaging never recompiles what is built.
# LINTIAN=0 skips lintian (it takes about a minute).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    bash "$root/scripts/build.sh" -DFRAG792_BUILD_WIZARD=ON
fi

rm -f "$build"/frag792_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
shopt -s nullglob
debs=("$build"/frag792_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "package: cpack wrote ${#debs[@]} packages, expected one" >&2
    exit 1
fi
deb=${debs[0]}

if [ "${LINTIAN:-1}" != 0 ]; then
    # Errors fail; a warning fails too unless lintian-overrides gives it a reason.
    lintian --fail-on error,warning --display-info "$deb" >&2
fi
echo "$deb"
