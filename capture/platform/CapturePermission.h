// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The platform seam for capture privileges. Linux: capabilities (CAP_NET_RAW and
 * CAP_NET_ADMIN) read from the kernel; a Windows port answers from Npcap's
 * admin-only setting instead. Nothing else in frag792 asks the OS about privileges.
 */
namespace CapturePermission {

/**
 * True when live capture started from this process will work. Capture runs in
 * frag792-capture-helper, so that is: root, or the helper carries CAP_NET_RAW as a file
 * capability. This process itself never needs (and should not hold) a capability.
 */
bool processCanCapture();
bool runningAsRoot();
/** The exact command that grants capture to @p executable without running anything as root. */
QString grantCommand(const QString& executable);

/**
 * Where frag792-capture-helper lives: FRAG792_CAPTURE_HELPER when set (tests; frag792 is
 * unprivileged, so pointing it elsewhere grants nothing), else next to this executable,
 * else the install's libexec/frag792 (relative to the executable, then the configured
 * prefix). Returns the preferred location even when nothing is there, for messages.
 */
QString captureHelperPath();
/** True when @p helper would be allowed to capture: we are root, or it carries CAP_NET_RAW as a file
 * capability. */
bool helperCanCapture(const QString& helper);

} // namespace CapturePermission
