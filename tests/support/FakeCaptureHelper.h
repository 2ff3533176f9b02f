// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Stand-ins for frag792-capture-helper (pointed to with FRAG792_CAPTURE_HELPER), so that the
 * live-capture paths of CaptureRun, the command line and the wizard are tested without root:
 * each speaks the helper's status protocol and streams a prepared pcap, then ends one way.
 */
namespace FakeCaptureHelper {

enum class Ending
{
    Exits,                ///< "ok", the stream, exit 0 (as after SIGTERM)
    KilledAfterStreaming, ///< "ok", the stream, then SIGKILL
    InterfaceGone,        ///< "ok", the stream, "error ifdown ...", exit 1
    UntilStopped,         ///< "ok", the stream, then waits for SIGTERM and exits 0
    PermissionRefused,    ///< "error perm ...", exit 1, before capturing
    SilentExit            ///< exit 1 without a word, before capturing
};

/** Writes the script (and its stream) into @p directory; returns its path, empty on failure. */
QString write(const QString& directory, Ending ending, const QByteArray& pcapStream);

} // namespace FakeCaptureHelper
