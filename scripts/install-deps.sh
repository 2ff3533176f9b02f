#!/usr/bin/env bash
# Installs what frag792 needs to build, run and test on Debian 12 (bookworm). Idempotent.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n linguist-qt6 libgl-dev libglx-dev libopengl-dev libvulkan-dev
    libpcap-dev libcap2-bin
    # Network Monitor .cap and other formats libpcap refuses: Wireshark's libwiretap (4.0 in Debian 12)
    libwiretap-dev libwireshark-dev libwsutil-dev libglib2.0-dev
    # Windows event logs as evidence: libevtx (EVTX), libevt (XP/2003 EVT); libbfio-dev for their headers;
    # libevtx-utils (evtxexport) is the independent reader the EVTX test fixtures are checked against
    libevtx-dev libevt-dev libbfio-dev libevtx-utils
    # tests: tshark as the counting oracle, strongSwan + nftables for the end-to-end lab,
    # clang for the fuzzers, clang-format for the format check, poppler/imagemagick to look at reports, xvfb for screenshots
    tshark strongswan strongswan-pki strongswan-swanctl nftables iproute2 tcpreplay procps util-linux
    jq tcpdump ethtool
    # e2e scenario 9 runs libreswan's pluto from an unpacked copy (its package conflicts with
    # strongSwan's; tests/e2e/libreswan_root.sh): the libraries it needs beyond strongSwan's,
    # and certutil/pk12util for its NSS database
    libldns3 libunbound8 libevent-core-2.1-7 libevent-pthreads-2.1-7 libcurl3-nss libnss3-tools libaudit1
    libcap-ng0 openssl
    clang libclang-rt-14-dev clang-format poppler-utils xvfb xauth time python3
    fonts-dejavu-core
    # the Debian package (scripts/package.sh): dpkg-shlibdeps, file (CPack finds the ELF files with
    # it), help2man (manual page from --help), lintian; tests/package/check_installed.sh validates
    # the desktop entry and AppStream data, starts the wizard in German (locales, xwininfo)
    dpkg-dev file help2man lintian desktop-file-utils appstream locales x11-utils adduser
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
else
    echo "install-deps: installing ${missing[*]}"
    # tshark asks whether non-root users may capture; keep the Debian default (no) without a prompt.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $SUDO debconf-set-selections
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# libreswan for e2e scenario 9, unpacked beside strongSwan (the packages conflict); idempotent.
# Only as root (CI): the lab itself needs root, and it makes the root on first use too.
if [ "$(id -u)" -eq 0 ]; then
    here=$(cd "$(dirname "$0")" && pwd)
    "$here/../tests/e2e/libreswan_root.sh" >/dev/null ||
        echo "install-deps: no libreswan root; e2e scenario 9 will say why it is skipped" >&2
fi
