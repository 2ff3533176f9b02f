#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a technician gets it: installs frag792_*.deb with apt-get, uses the
# installed program (version, analyze with reports, live capture by a group member inside a
# network namespace, the wizard from its desktop entry in German under Xvfb), then purges it
# and checks that nothing is left behind. Needs root; removes what it creates (namespaces,
# test user, the package) whatever happens.
#   check_installed.sh path/to/frag792_VERSION_ARCH.deb
DEB=$(realpath "${1:?usage: check_installed.sh frag792_VERSION_ARCH.deb}")
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
# Namespaces, veth pair, check/send_ike/json_field and the EXIT trap that removes them.
source "$SRC/tests/hardening/netns_lib.sh"
for tool in apt-get dpkg-statoverride getcap desktop-file-validate appstreamcli xvfb-run xwininfo runuser \
    localedef file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool not installed (scripts/install-deps.sh)"; exit 1; }
done

HELPER=/usr/libexec/frag792/frag792-capture-helper
GROUP=frag792
TESTUSER="f792pkg$$"
VERSION=$(dpkg-deb -f "$DEB" Version)
DESKTOP=/usr/share/applications/io.github.frag792.Frag792.desktop
METAINFO=/usr/share/metainfo/io.github.frag792.Frag792.metainfo.xml
if dpkg-query -W -f='${Status}' frag792 2>/dev/null | grep -q "ok installed"; then
    # Left by an interrupted run (the trap purges otherwise): the test starts from no package.
    echo "note: purging an installed frag792 first"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq frag792 >/dev/null
fi

package_cleanup() {
    pkill -u "$TESTUSER" 2>/dev/null
    id "$TESTUSER" >/dev/null 2>&1 && userdel "$TESTUSER" 2>/dev/null
    if dpkg-query -W -f='${Status}' frag792 2>/dev/null | grep -q "ok installed"; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq frag792 >/dev/null 2>&1
    fi
    cleanup # netns_lib.sh: namespaces, background processes, $WORK
}
trap package_cleanup EXIT
as_user() { runuser -u "$TESTUSER" -- "$@"; }

echo "# 1. install $(basename "$DEB") with apt-get"
# apt reads the file as its sandbox user: give it a copy it can reach.
cp "$DEB" "$WORK/" && chmod 644 "$WORK/$(basename "$DEB")"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$WORK/$(basename "$DEB")" >"$WORK/apt-install.log" 2>&1; then
    tail -20 "$WORK/apt-install.log"
    echo "FAIL - apt-get install $(basename "$DEB")"
    exit 1
fi
echo "ok   - apt-get install $(basename "$DEB")"
dpkg-deb -c "$DEB" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' >"$WORK/files"
check "frag792 --version says $VERSION" test "$(frag792 --version)" = "frag792 $VERSION"
check "the group $GROUP exists" getent group "$GROUP"
check "statoverride: root $GROUP 0750 on the helper" \
    bash -c "dpkg-statoverride --list '$HELPER' | grep -qx 'root $GROUP 750 $HELPER'"
check "the helper is root:$GROUP mode 750" test "$(stat -c '%U:%G %a' "$HELPER")" = "root:$GROUP 750"
check "the helper carries cap_net_admin,cap_net_raw=eip" \
    bash -c "getcap '$HELPER' | grep -q 'cap_net_admin,cap_net_raw=eip'"
check "frag792 itself carries no capability" test -z "$(getcap /usr/bin/frag792)"
check "copyright and changelog.gz in /usr/share/doc/frag792" \
    test -s /usr/share/doc/frag792/copyright -a -s /usr/share/doc/frag792/changelog.gz
check "manual page installed" test -s /usr/share/man/man1/frag792.1.gz
check "desktop-file-validate passes" desktop-file-validate "$DESKTOP"
check "appstreamcli validate passes" appstreamcli validate --no-net "$METAINFO"

echo "# 2. analyze the installed samples, reports written (as a user outside the group)"
useradd --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$TESTUSER"
install -d -o "$TESTUSER" -m 700 "$WORK/user"
SAMPLE=/usr/share/frag792/samples/sample-blocked-at-server.pcapng
as_user frag792 analyze "$SAMPLE" --format json --report "$WORK/user/report.pdf" >"$WORK/analyze.json" 2>"$WORK/analyze.err"
check "analyze exit 0" test $? = 0
check "the sample's verdict is fragments-dropped-at-server" \
    test "$(json_field "$WORK/analyze.json" 'd["verdict"]["code"]')" = fragments-dropped-at-server
check "PDF report written" bash -c "file -b '$WORK/user/report.pdf' | grep -q '^PDF document'"
as_user frag792 analyze "$SAMPLE" --report "$WORK/user/report.html" >/dev/null 2>&1
check "HTML report written" grep -q "fragments" "$WORK/user/report.html"
# The readers loaded on demand (capture/modules/ReaderModule.h) are installed where frag792 finds them.
MODULES=$(dirname "$(dpkg -L frag792 | grep '/frag792-wiretap\.so$')")
check "reader modules installed in a private folder ($MODULES)" \
    test "$(basename "$MODULES")" = frag792 -a -s "$MODULES/frag792-wiretap.so" -a -s "$MODULES/frag792-eventlog.so"
editcap -F netmon2 "$SAMPLE" "$WORK/user/sample.cap"
chown "$TESTUSER" "$WORK/user/sample.cap"
as_user frag792 analyze "$WORK/user/sample.cap" --format json >"$WORK/netmon.json" 2>"$WORK/netmon.err"
check "a Network Monitor .cap is analyzed by the installed module (same verdict)" \
    test "$(json_field "$WORK/netmon.json" 'd["capture_format"] + " " + d["verdict"]["code"]')" = "netmon2.0 fragments-dropped-at-server"

echo "# 3. the group model: outside the group, capture is refused with the group fix"
setup_lab 1500 || { echo "FAIL: cannot build the namespace lab"; exit 1; }
as_user frag792 interfaces >"$WORK/interfaces.out" 2>&1
check "interfaces: not permitted, join the group" \
    grep -qF "capture permitted: no (Live capture is for members of the group $GROUP" "$WORK/interfaces.out"
ip netns exec "$NS_CAP" runuser -u "$TESTUSER" -- frag792 capture --interface "$IF_CAP" --duration 1 \
    >"$WORK/denied.out" 2>"$WORK/denied.err"
RC=$?
sed 's/^/     /' "$WORK/denied.err"
check "capture outside the group exits 4" test "$RC" = 4
check "the fix is: sudo usermod -aG $GROUP \$USER" grep -qF "sudo usermod -aG $GROUP \$USER" "$WORK/denied.err"
check "no setcap advice for a packaged helper" bash -c "! grep -q setcap '$WORK/denied.err'"

usermod -aG "$GROUP" "$TESTUSER"
# Joined, but this session's groups predate it (no new login): told to log in again.
uid=$(id -u "$TESTUSER")
setpriv --reuid="$uid" --regid="$uid" --clear-groups frag792 interfaces >"$WORK/stale.out" 2>&1
check "joined but not logged in again: log in again" grep -qF "Log out and in again" "$WORK/stale.out"

echo "# 4. live capture by a member of $GROUP (runuser: a new login), inside a network namespace"
ip netns exec "$NS_CAP" runuser -u "$TESTUSER" -- frag792 capture --interface "$IF_CAP" --duration 4 \
    --format json >"$WORK/live.json" 2>"$WORK/live.err" &
FPID=$!
BG_PIDS+=("$FPID")
# runuser stays the parent of frag792 (PAM session), so the helper is found by its user.
HPID=
for _ in $(seq 1 50); do
    HPID=$(pgrep -u "$TESTUSER" -f "^$HELPER" | head -1)
    [[ -n $HPID ]] && break
    sleep 0.1
done
sleep 0.3 # the interface is open well within this
check "the installed helper was started, as the user" test -n "$HPID"
send_ike 5 300
send_ike 3 3000 # fragmented on the 1500-byte link
wait "$FPID"
RC=$?
echo "     exit $RC; stderr: $(head -c 300 "$WORK/live.err")"
check "capture by the group member exits 0" test "$RC" = 0
PACKETS=$(json_field "$WORK/live.json" 'd["packets"]')
REASSEMBLED=$(json_field "$WORK/live.json" 'd["datagrams_reassembled"]')
echo "     packets $PACKETS, reassembled $REASSEMBLED"
check "the 5 small and 3 fragmented datagrams were seen" test "${PACKETS:-0}" -ge 11
check "the fragmented datagrams were reassembled" test "${REASSEMBLED:-0}" -ge 3

echo "# 5. the wizard from the desktop entry's Exec, in German, under Xvfb"
localedef -i de_DE -f UTF-8 de_DE.UTF-8 2>/dev/null || true
check "locale de_DE.UTF-8 available" bash -c "locale -a | grep -qix 'de_DE.utf8'"
# Exec without its field codes (%f: no file given), as a launcher runs it with no file.
EXEC=$(sed -n 's/^Exec=//p' "$DESKTOP" | sed 's/ *%[fFuUick]//g')
# The German title as the catalogue has it, so the check follows the translation.
TITLE=$("$PYTHON" - "$SRC/translations/frag792_de.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).iter("message"):
    if m.findtext("source") == "Error 792 troubleshooter (KB 838438)":
        print(m.findtext("translation"))
PY
)
check "the German window title is known ($TITLE)" test -n "$TITLE" -a "$TITLE" != "Error 792 troubleshooter (KB 838438)"
cat >"$WORK/wizard.sh" <<SH
$EXEC >"$WORK/user/wizard.log" 2>&1 &
pid=\$!
for i in \$(seq 1 100); do
    xwininfo -root -tree >"$WORK/user/windows.txt" 2>/dev/null
    grep -qF "$TITLE" "$WORK/user/windows.txt" && break
    sleep 0.5
done
kill \$pid
wait \$pid 2>/dev/null
exit 0
SH
chmod 755 "$WORK/wizard.sh"
as_user env -i PATH=/usr/bin:/bin LANG=de_DE.UTF-8 HOME="$WORK/user" \
    timeout 90 xvfb-run -a -s "-screen 0 1280x900x24" bash "$WORK/wizard.sh"
# Qt adds " — frag792" (the application's name) after the title.
check "the wizard's window shows the German title" grep -qF "\"$TITLE" "$WORK/user/windows.txt"

echo "# 6. purge: nothing left behind"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq frag792 >"$WORK/apt-purge.log" 2>&1
check "apt-get purge succeeded" test $? = 0
check "dpkg no longer knows frag792" bash -c "! dpkg-query -W -f='\${Status}' frag792 2>/dev/null | grep -q installed"
LEFT=$(while read -r f; do [[ -e $f && ! -d $f ]] && echo "$f"; done <"$WORK/files")
check "none of the package's files is left${LEFT:+: $LEFT}" test -z "$LEFT"
for d in /usr/libexec/frag792 /usr/share/frag792 /usr/share/doc/frag792; do
    check "$d removed" test ! -e "$d"
done
check "the group $GROUP removed" bash -c "! getent group '$GROUP'"
check "the statoverride removed" bash -c "! dpkg-statoverride --list '$HELPER' | grep -q ."
check "no capability left on a frag792 file" bash -c "! getcap -r /usr/bin /usr/libexec 2>/dev/null | grep -q frag792"
finish
