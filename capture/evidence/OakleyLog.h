// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceResult.h"

class QIODevice;

/**
 * %windir%\debug\oakley.log of Windows 2000/XP/2003 (PolicyAgent\Oakley EnableLogging=1). Lines
 * start "M-D: hh:mm:ss:mmm tid:tid " (local time, no year). A "Sending:"/"Receive:" line names the
 * peer; the "ISAKMP Header: (V1.0), len = N" line after it gives the message's IKE length.
 * Recognised:
 *  - OakleyShortMessage: after this host sent a large Main Mode message (len >= 1000, the
 *    certificate-bearing MM5/MM6) to a peer, what it receives from that peer is far shorter
 *    (len <= 256): the large answer that was due never came whole (support.linogate.com's
 *    fragments page shows this as "len = 84" instead of the full length);
 *  - OakleyNegotiationTimedOut: "Negotiation timed out" / "No response from peer".
 * The year is not in the log: times carry yearMissing and are local, zone unknown.
 */
class OakleyLog
{
public:
    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result);
};
