// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFile.h"

#include "PcapHandle.h"
#include "ReaderModule.h"
#include "WiretapModule.h"

#include <QFileInfo>

namespace {

/**
 * An Event Trace Log (netsh trace, pktmon): no Linux library reads it (only Windows' ETW APIs
 * do), so the refusal carries the commands that turn it into something frag792 reads.
 */
bool isEventTraceLog(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("etl"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString etlConversionAdvice()
{
    return QStringLiteral(
        "convert it on Windows first, then open the result: for a pktmon file, "
        "\"pktmon etl2pcap FILE.etl --out FILE.pcapng\" (pktmon: Windows 10 1809 and later, Server 2019 "
        "and later; etl2pcap needs version 2004, older builds call it \"pktmon pcapng FILE.etl -o "
        "FILE.pcapng\"); for a netsh trace file, \"etl2pcapng.exe FILE.etl FILE.pcapng\" "
        "(github.com/microsoft/etl2pcapng); or open it in Network Monitor 3.4 and \"Save As\" a .cap file");
}

OpenedCaptureFile openCaptureFile(const QString& path)
{
    auto pcap = std::make_unique<PcapHandle>();
    if (pcap->openFile(path))
        return {std::move(pcap), CaptureError::None, {}};
    OpenedCaptureFile refused{nullptr, pcap->lastErrorCode(), pcap->lastError()};
    // An .etl is refused with its conversion commands whatever libpcap disliked (empty,
    // unknown format), so the technician learns what to do with it, not what is wrong.
    if (refused.error != CaptureError::FileMissing && isEventTraceLog(path))
        return {nullptr, CaptureError::FileUnreadable,
                QStringLiteral("%1: an Event Trace Log (.etl from netsh trace or pktmon), which no reader on "
                               "Linux understands; %2")
                    .arg(path, etlConversionAdvice())};
    // Missing, empty, a directory, cut short in its header, a link type frag792 cannot
    // decode: no other reader would do better, and libpcap's message says it best.
    if (!pcap->formatRefused())
        return refused;

    // ---- Fallback readers plug in here: libpcap read this file and does not know its
    // format (Network Monitor .cap, ...). Try the next reader on the same path and return it
    // when it opens; keep libpcap's refusal when none does.
    QString moduleError;
    const auto openWithWiretap = reinterpret_cast<WiretapOpenFunction>(
        ReaderModule::resolve(ReaderModule::kWiretapModule, kWiretapOpenSymbol, moduleError));
    if (!openWithWiretap) {
        // Not a verdict on the file: the reader that might know it is missing.
        refused.message =
            QStringLiteral("%1; the reader of other formats (Network Monitor .cap) is unavailable: %2")
                .arg(refused.message, moduleError);
        refused.error = CaptureError::ReaderUnavailable;
        return refused;
    }
    WiretapOpened wiretap;
    openWithWiretap(&path, &wiretap);
    if (wiretap.source)
        return {std::move(wiretap.source), CaptureError::None, {}};
    // wiretap knew the format but not its frames: its words are the useful ones.
    if (wiretap.error == CaptureError::UnsupportedLinkType)
        return {nullptr, wiretap.error, wiretap.message};
    refused.message = QStringLiteral("%1; Wireshark's libwiretap does not read it either (%2)")
                          .arg(refused.message, wiretap.message.section(QStringLiteral(": "), 1));
    return refused;
}
