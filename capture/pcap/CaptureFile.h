// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureRequest.h"
#include "PacketSource.h"

#include <QString>

#include <memory>

/** What openCaptureFile() found: a reader, or why there is none. */
struct OpenedCaptureFile
{
    std::unique_ptr<PacketSource> source; ///< null when no reader accepted the file
    CaptureError error = CaptureError::None;
    QString message; ///< names the file and says what is wrong with it
};

/**
 * Opens a capture file, or standard input for "-", with the first reader that accepts it:
 * libpcap first (pcap and pcapng, the fast path), then libwiretap (Network Monitor .cap and
 * other formats). An .etl is refused with the commands that convert it. Every file reader is
 * chosen here and nowhere else; CaptureThread and the fuzzer only see the PacketSource.
 */
OpenedCaptureFile openCaptureFile(const QString& path);

/** How to turn an .etl into a file frag792 reads (English; the wizard has its own tr() text). */
QString etlConversionAdvice();
