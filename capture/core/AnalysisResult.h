// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivitySeries.h"
#include "Corroboration.h"
#include "FragmentReassembler.h"
#include "IkeSession.h"
#include "LinkLayer.h"
#include "MalformedReason.h"
#include "Verdict.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

/**
 * The capture cut frames (captured length < original length, a snap length): cut frames are not
 * malformed. Fragment accounting comes from the IP headers, message identity from the IKE header;
 * these count what the cut left unread.
 */
struct TruncationFacts
{
    std::uint64_t framesCut = 0;
    std::uint32_t snapLength = 0;        ///< longest captured length of a cut frame
    std::uint64_t fragmentsCut = 0;      ///< IP fragments cut: accounted from their IP headers
    std::uint64_t ikeMessagesCut = 0;    ///< IKE messages whose datagram was cut
    std::uint64_t payloadChainsCut = 0;  ///< of those, the payload chain ran past the cut
    std::uint64_t phase1PayloadsCut = 0; ///< unencrypted Main/Aggressive/IKE_SA_INIT messages among them
    std::uint64_t saPayloadsCut = 0;     ///< of those, the SA payload (the IKEv1 auth method) was cut
    std::uint64_t ikeHeadersCut = 0;     ///< UDP 500/4500 datagrams cut inside the IKE header: not identified

    bool truncated() const { return framesCut > 0; }
    /** Stable codes of the counts and facts the cut made incomplete (JSON, text, report). */
    QStringList incomplete() const
    {
        QStringList out;
        if (ikeHeadersCut > 0)
            out << QStringLiteral("ike-messages");
        if (payloadChainsCut > 0)
            out << QStringLiteral("ike-payloads");
        if (saPayloadsCut > 0)
            out << QStringLiteral("auth-method");
        if (phase1PayloadsCut > 0)
            out << QStringLiteral("certificate-requests") << QStringLiteral("vendor-ids");
        if (ikeMessagesCut > 0)
            out << QStringLiteral("retransmission-matching");
        if (fragmentsCut > 0)
            out << QStringLiteral("reassembled-contents");
        return out;
    }
};

/** Everything an analysis found: the data behind the CLI output, the JSON contract and the reports. */
struct AnalysisResult
{
    QString source; ///< file name, "-", or "interface eth0"
    /** The first (or only) link type: the reader's, else the first packet's. */
    LinkType linkType = LinkType::Unknown;
    /** Frames per link type: a NetMon 2.1+ file stamps each frame with its own. */
    std::array<std::uint64_t, std::size_t(LinkType::Unknown) + 1> linkTypeFrames{};
    /** Short name of the file format ("pcap", "pcapng", "netmon2.3", ...); empty for live capture. */
    QString captureFormat;
    /**
     * False when the file stamps local time without saying its zone (NetMon before 2.3): then
     * absolute times may be off by the capturing machine's UTC offset; intervals are right.
     */
    bool timestampsUtc = true;
    /** Records the reader could not hand over as packets, by what they were. */
    std::map<QString, std::uint64_t> recordsRefused;
    std::int64_t firstTimestampUs = 0;
    std::int64_t lastTimestampUs = 0;
    /** Live capture only: when the capture started and stopped. */
    std::optional<std::int64_t> captureStartUs;
    std::optional<std::int64_t> captureEndUs;

    /** Seconds the capture covered: the live window when known, else first to last packet. */
    double durationSeconds() const
    {
        if (captureStartUs && captureEndUs && *captureEndUs > *captureStartUs)
            return double(*captureEndUs - *captureStartUs) / 1e6;
        return double(lastTimestampUs - firstTimestampUs) / 1e6;
    }
    /** The last moment the capture was watching. */
    std::int64_t watchedUntilUs() const { return std::max(lastTimestampUs, captureEndUs.value_or(0)); }

    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
    std::uint64_t nonIpPackets = 0;
    std::uint64_t ipv4Fragments = 0;
    std::uint64_t ipv6Fragments = 0;
    std::uint64_t datagramsReassembled = 0;
    std::uint64_t datagramsIncomplete = 0;
    std::uint64_t fragmentDuplicates = 0;
    std::uint64_t datagramsDiscarded = 0;
    std::uint64_t ikeV1Messages = 0;
    std::uint64_t ikeV2Messages = 0;
    std::uint64_t ikeMessagesFromFragments = 0;
    std::uint64_t natKeepAlives = 0;
    std::uint64_t espInUdp = 0;
    std::uint64_t retransmissions = 0;
    std::uint64_t evictedSessions = 0;
    /** Packets stamped before 1970 or after 9999: analysed at the nearest limit. */
    std::uint64_t timestampsOutOfRange = 0;
    std::uint64_t peakReassemblyBytes = 0;
    std::uint64_t peakDatagramsInFlight = 0;
    MalformedCounters malformed;
    std::optional<std::uint64_t> kernelDrops;    ///< live capture only
    std::optional<std::uint64_t> kernelReceived; ///< live capture only

    std::optional<std::uint32_t> pathMtuEstimate;
    bool ikeFragmentationOffered = false;
    bool natTInUse = false;

    std::vector<IkeSession> sessions;
    std::vector<SessionVerdict> sessionVerdicts;         ///< parallel to sessions
    std::vector<IncompleteDatagram> incompleteDatagrams; ///< detailed records, capped
    std::uint64_t incompleteIkeDatagrams = 0;
    Verdict verdict;
    ActivitySeries activity; ///< for charts of a whole capture

    TruncationFacts truncation;

    /** Set when reading stopped early (truncated file, read error): where and why. */
    QString stoppedEarly;

    /** Windows logs given with --evidence (or in the wizard); empty when none were. */
    std::optional<Corroboration> corroboration;
    /** The verdict came from logs alone (no capture): JSON verdict.basis "logs". */
    bool verdictFromLogs = false;
};

/**
 * A finished analysis handed from the capture thread to its readers. Shared and immutable:
 * with thousands of IKE SAs a result is megabytes, and a queued signal would otherwise copy
 * it once for the event and again for every receiver.
 */
using SharedAnalysisResult = std::shared_ptr<const AnalysisResult>;
