// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFile.h"

#include "PcapHandle.h"

OpenedCaptureFile openCaptureFile(const QString& path)
{
    auto pcap = std::make_unique<PcapHandle>();
    if (pcap->openFile(path))
        return {std::move(pcap), CaptureError::None, {}};
    OpenedCaptureFile refused{nullptr, pcap->lastErrorCode(), pcap->lastError()};
    // Missing, empty, a directory, cut short in its header, a link type frag792 cannot
    // decode: no other reader would do better, and libpcap's message says it best.
    if (!pcap->formatRefused())
        return refused;

    // ---- Fallback readers plug in here: libpcap read this file and does not know its
    // format (Network Monitor .cap, ...). Try the next reader on the same path and return it
    // when it opens; keep libpcap's refusal when none does, e.g.
    //     if (auto other = openWithOtherReader(path); other.source) return other;
    return refused;
}
