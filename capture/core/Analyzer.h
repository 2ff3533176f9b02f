// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "FragmentReassembler.h"
#include "LinkLayer.h"
#include "LiveStatistics.h"
#include "SessionTracker.h"
#include "Vantage.h"

#include <cstdint>
#include <span>
#include <vector>

struct AnalyzerOptions
{
    ReassemblyLimits reassembly;
    SessionTrackerLimits sessions;
    VantageHints vantage;
    /** Detailed incomplete-datagram records kept for evidence (the count is always exact). */
    std::size_t maxIncompleteRecords = 1024;
};

/**
 * The whole engine for one capture: link layer, IP, reassembly, UDP, IKE, sessions.
 *
 * Feed it packets in capture order with processPacket(); call finish() once at the end
 * (it flushes reassembly and computes verdicts), then read result(). It keeps no pointer
 * into the packets it was given. Not thread-safe: one Analyzer lives in one thread.
 */
class Analyzer
{
public:
    explicit Analyzer(AnalyzerOptions options = {});

    /** The reader's link type (the JSON `link_type`); packets may still carry their own. */
    void setLinkType(LinkType type);
    void setSource(const QString& source);
    /** The file format, whether its times are UTC, and the records its reader refused. */
    void setSourceFormat(const QString& format, bool timestampsUtc);
    void setRecordsRefused(std::map<QString, std::uint64_t> refused);
    /**
     * @p timestampUs is absolute capture time in microseconds; @p linkType the record's own link
     * type (a NetMon 2.1+ file holds several); @p originalLength the length on the wire.
     */
    void processPacket(std::int64_t timestampUs, LinkType linkType, std::span<const std::uint8_t> frame,
                       std::uint32_t originalLength);
    /** A packet of the link type given to setLinkType(). */
    void processPacket(std::int64_t timestampUs, std::span<const std::uint8_t> frame,
                       std::uint32_t originalLength)
    {
        processPacket(timestampUs, m_linkType, frame, originalLength);
    }
    void setKernelStatistics(std::uint64_t received, std::uint64_t dropped);
    /**
     * Live capture: when it started and stopped (same clock as packet timestamps). A quiet
     * interface after the last packet is still time the capture watched for an answer.
     */
    void setCaptureWindow(std::int64_t startUs, std::int64_t endUs);
    void setStoppedEarly(const QString& why);
    void finish();

    /** Counters now; cheap. Moves pending retransmission times into the snapshot. */
    LiveStatistics takeSnapshot();
    const AnalysisResult& result() const { return m_result; }
    /** Moves the result out (after finish()); the Analyzer is spent afterwards. */
    AnalysisResult takeResult() { return std::move(m_result); }

private:
    /** One whole IP datagram (a packet, or reassembled): @p upper is its @p protocol payload. */
    void processDatagram(DatagramOrigin origin, std::span<const std::uint8_t> upper, std::uint8_t protocol);
    void handleIncomplete(std::vector<IncompleteDatagram>& incomplete);

    AnalyzerOptions m_options;
    FragmentReassembler m_reassembler;
    SessionTracker m_tracker;
    AnalysisResult m_result;
    LinkType m_linkType = LinkType::Unknown;
    bool m_haveFirstTimestamp = false;
    bool m_finished = false;
    bool m_frameCut = false; ///< the frame (or reassembled datagram) in hand was cut by the snap length
    std::uint64_t m_answered = 0;
    std::vector<IncompleteDatagram> m_scratch;
    QList<std::int64_t> m_pendingRetransmissionTimes;
    std::int64_t m_lastExpiryUs = 0;
};
