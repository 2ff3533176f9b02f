#!/bin/bash
# Unpacks Debian's libreswan into a private root, beside the strongSwan the lab installs.
#
# usage: libreswan_root.sh [ROOT]      (default: $FRAG792_LIBRESWAN_ROOT or /var/cache/frag792/libreswan)
#
# The libreswan package conflicts with strongSwan's (both are "ike-server"), so it cannot be
# installed next to it. Its pluto runs fine from an unpacked copy: `apt-get download` +
# `dpkg-deb -x`, with the shared libraries it needs that strongSwan's setup lacks installed
# normally (they conflict with nothing; scripts/install-deps.sh lists them). Prints the root on
# success; exit 1 with the reason otherwise. Needs root for apt-get when the root is missing.
set -euo pipefail

ROOT=${1:-${FRAG792_LIBRESWAN_ROOT:-/var/cache/frag792/libreswan}}
PLUTO=$ROOT/usr/libexec/ipsec/pluto

if [[ -x $PLUTO ]] && "$PLUTO" --version >/dev/null 2>&1; then
    echo "$ROOT"
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "libreswan_root: $ROOT has no working pluto, and unpacking one needs root" >&2
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# (apt warns that it downloads unsandboxed as root into a private temp dir: expected, kept in the log)
(cd "$tmp" && apt-get download -qq libreswan) > "$tmp/apt.log" 2>&1 || {
    apt-get update -qq && (cd "$tmp" && apt-get download -qq libreswan)
} >> "$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; echo "libreswan_root: apt-get download libreswan failed" >&2; exit 1; }
deb=$(ls "$tmp"/libreswan_*.deb)
mkdir -p "$ROOT"
dpkg-deb -x "$deb" "$ROOT"
missing=$(ldd "$PLUTO" 2>/dev/null | awk '/not found/ { print $1 }' | tr '\n' ' ')
if [[ -n $missing ]]; then
    echo "libreswan_root: pluto lacks shared libraries: $missing(see Depends: in dpkg-deb -I $deb)" >&2
    exit 1
fi
"$PLUTO" --version >/dev/null 2>&1 || { echo "libreswan_root: $PLUTO does not run" >&2; exit 1; }
dpkg-deb -f "$deb" Version > "$ROOT/VERSION"
echo >> "$ROOT/VERSION"
echo "$ROOT"
