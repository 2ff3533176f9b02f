#!/usr/bin/env bash
# One command: install what is missing, build, and start the wizard.
# No VPN traffic around? On the "Confirm with a capture" page choose "Open a sample".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" -DFRAG792_BUILD_WIZARD=ON
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting the wizard on a virtual display (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1280x900x24" "$root/build/app/frag792" "$@"
fi
exec "$root/build/app/frag792" "$@"
