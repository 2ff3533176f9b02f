// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The platform seam for capture privileges. Linux: capabilities (CAP_NET_RAW and
 * CAP_NET_ADMIN) read from the kernel; a Windows port answers from Npcap's
 * admin-only setting instead. Nothing else in frag792 asks the OS about privileges.
 */
namespace CapturePermission {

/** True when this process holds what live capture needs (root, or the two capabilities). */
bool processCanCapture();
/** True when this process holds CAP_NET_RAW or CAP_NET_ADMIN in its effective set. */
bool processHoldsCaptureCapability();
bool runningAsRoot();
/** The exact command that grants capture to @p executable without running anything as root. */
QString grantCommand(const QString& executable);

} // namespace CapturePermission
