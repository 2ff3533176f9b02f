#!/usr/bin/env bash
# Installs what frag792 needs to build, run and test on Debian 12 (bookworm). Idempotent.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n linguist-qt6 libgl-dev libglx-dev libopengl-dev libvulkan-dev
    libpcap-dev libcap2-bin
    # Windows event logs as evidence: libevtx (EVTX), libevt (XP/2003 EVT); libbfio-dev for their headers;
    # libevtx-utils (evtxexport) is the independent reader the EVTX test fixtures are checked against
    libevtx-dev libevt-dev libbfio-dev libevtx-utils
    # tests: tshark as the counting oracle, strongSwan + nftables for the end-to-end lab,
    # clang for the fuzzers, clang-format for the format check, poppler/imagemagick to look at reports, xvfb for screenshots
    tshark strongswan strongswan-pki strongswan-swanctl nftables iproute2 tcpreplay procps util-linux
    jq tcpdump ethtool
    clang libclang-rt-14-dev clang-format poppler-utils xvfb xauth time python3
    fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
# tshark asks whether non-root users may capture; keep the Debian default (no) without a prompt.
echo "wireshark-common wireshark-common/install-setuid boolean false" | $SUDO debconf-set-selections
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
