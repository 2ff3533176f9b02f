// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperAccess.h"

#include <QString>

/**
 * The platform seam for capture privileges. Linux: who may run the capture helper (its owner,
 * group and mode against this user's groups) and its capabilities (CAP_NET_RAW and
 * CAP_NET_ADMIN), read from the kernel; a Windows port answers from Npcap's admin-only setting
 * instead. Nothing else in frag792 asks the OS about privileges.
 */
namespace CapturePermission {

/**
 * True when live capture started from this process will work. Capture runs in
 * frag792-capture-helper, so that is: root, or this user may run the helper and it carries
 * CAP_NET_RAW as a file capability. This process itself never needs (and should not hold) a
 * capability.
 */
bool processCanCapture();
bool runningAsRoot();
/** The exact command that grants capture to @p executable without running anything as root. */
QString grantCommand(const QString& executable);
/** The command that adds the user running it to @p group (takes effect at the next login). */
QString joinGroupCommand(const QString& group);

/**
 * Where frag792-capture-helper lives: FRAG792_CAPTURE_HELPER when set (tests; frag792 is
 * unprivileged, so pointing it elsewhere grants nothing), else next to this executable,
 * else the install's libexec/frag792 (relative to the executable, then the configured
 * prefix). Returns the preferred location even when nothing is there, for messages.
 */
QString captureHelperPath();
/** The facts about @p helper and this user, and what they mean (HelperAccess::decide). */
HelperAccess::Decision helperAccess(const QString& helper);
HelperAccess::HelperFile helperFile(const QString& helper);
HelperAccess::User currentUser();
/** True when this user may start @p helper and it may capture (helperAccess() is Permitted). */
bool helperCanCapture(const QString& helper);
/**
 * The fix for @p decision, for a terminal (English): one sentence, then the command on its own
 * indented line when there is one. A refusal with a Permitted decision (the kernel refused
 * anyway, for example root without CAP_NET_RAW in a container) gets the capability advice.
 */
QString fixMessage(const HelperAccess::Decision& decision, const QString& helper);

} // namespace CapturePermission
