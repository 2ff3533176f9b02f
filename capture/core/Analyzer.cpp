// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analyzer.h"

#include "CaptureTime.h"
#include "IkeParser.h"
#include "PacketDecoder.h"
#include "VerdictEngine.h"

#include <algorithm>

namespace {

constexpr std::uint16_t kIkePort = 500;
constexpr std::uint16_t kNatTPort = 4500;
constexpr std::int64_t kExpiryIntervalUs = 1'000'000;
constexpr qsizetype kMaxPendingRetransmissionTimes = 256;

bool isIkePort(std::uint16_t port)
{
    return port == kIkePort || port == kNatTPort;
}

/**
 * Most traffic on a server's interface is TCP; an unfragmented, well-formed IPv4 packet
 * that is not UDP can never matter here, so it skips the full decode.
 */
bool isIrrelevantIpv4(std::span<const std::uint8_t> network)
{
    if (network.size() < 20 || network[0] < 0x45 || network[0] > 0x4F)
        return false;
    const bool fragment = (network[6] & 0x3F) != 0 || network[7] != 0;
    return !fragment && network[9] != kIpProtocolUdp;
}

/** A whole (unfragmented) packet's facts; @p network is where its IP header starts. */
DatagramOrigin originOf(std::int64_t timestampUs, const IpPacket& packet,
                        std::span<const std::uint8_t> network)
{
    DatagramOrigin o;
    o.timestampUs = timestampUs;
    o.source = packet.source;
    o.destination = packet.destination;
    o.ipVersion = packet.version;
    o.ttl = packet.ttl;
    const auto headers = static_cast<std::uint32_t>(packet.payload.data() - network.data());
    o.capturedLength = static_cast<std::uint32_t>(packet.payload.size());
    o.originalLength = packet.wireLength > headers ? packet.wireLength - headers : o.capturedLength;
    o.truncated = packet.truncated;
    return o;
}

bool isAnswerRole(MessageRole role)
{
    switch (role) {
    case MessageRole::MainMode2:
    case MessageRole::MainMode4:
    case MessageRole::MainMode6:
    case MessageRole::Aggressive2:
    case MessageRole::QuickMode2:
    case MessageRole::V2Response:
        return true;
    default:
        return false;
    }
}

} // namespace

Analyzer::Analyzer(AnalyzerOptions options)
    : m_options(std::move(options)), m_reassembler(m_options.reassembly), m_tracker(m_options.sessions)
{
}

void Analyzer::setLinkType(LinkType type)
{
    m_linkType = type;
    m_result.linkType = type;
}

void Analyzer::setSource(const QString& source)
{
    m_result.source = source;
}

void Analyzer::setSourceFormat(const QString& format, bool timestampsUtc)
{
    m_result.captureFormat = format;
    m_result.timestampsUtc = timestampsUtc;
}

void Analyzer::setRecordsRefused(std::map<QString, std::uint64_t> refused)
{
    m_result.recordsRefused = std::move(refused);
}

void Analyzer::setKernelStatistics(std::uint64_t received, std::uint64_t dropped)
{
    m_result.kernelReceived = received;
    m_result.kernelDrops = dropped;
}

void Analyzer::setCaptureWindow(std::int64_t startUs, std::int64_t endUs)
{
    m_result.captureStartUs = startUs;
    m_result.captureEndUs = endUs;
}

void Analyzer::setStoppedEarly(const QString& why)
{
    m_result.stoppedEarly = why;
}

void Analyzer::processPacket(std::int64_t timestampUs, LinkType linkType, std::span<const std::uint8_t> frame,
                             std::uint32_t originalLength)
{
    ++m_result.linkTypeFrames[std::size_t(linkType)];
    // A reader whose link types come per record (NetMon 2.1+) names none up front.
    if (m_result.linkType == LinkType::Unknown && m_result.packets == 0)
        m_result.linkType = linkType;
    if (!CaptureTime::inRange(timestampUs)) {
        ++m_result.timestampsOutOfRange;
        timestampUs = CaptureTime::clamp(timestampUs);
    }
    ++m_result.packets;
    m_result.bytes += originalLength;
    // Cut by the capture's snap length: not malformed, and nothing may depend on the missing bytes.
    m_frameCut = frame.size() < originalLength;
    if (m_frameCut) {
        ++m_result.truncation.framesCut;
        m_result.truncation.snapLength =
            std::max(m_result.truncation.snapLength, static_cast<std::uint32_t>(frame.size()));
    }
    if (!m_haveFirstTimestamp) {
        m_haveFirstTimestamp = true;
        m_result.firstTimestampUs = timestampUs;
        m_result.activity.start(timestampUs);
        m_lastExpiryUs = timestampUs;
    }
    m_result.lastTimestampUs = std::max(m_result.lastTimestampUs, timestampUs);
    if (timestampUs - m_lastExpiryUs >= kExpiryIntervalUs) {
        m_lastExpiryUs = timestampUs;
        m_scratch.clear();
        m_reassembler.expire(timestampUs, m_scratch);
        handleIncomplete(m_scratch);
    }

    const LinkDecodeResult link = decodeLinkLayer(linkType, frame);
    if (link.status == LinkDecodeResult::Status::Malformed) {
        m_result.malformed.add(link.reason);
        return;
    }
    if (link.status == LinkDecodeResult::Status::NotIp) {
        ++m_result.nonIpPackets;
        return;
    }
    if (isIrrelevantIpv4(link.network))
        return;
    const IpDecodeResult ip = decodeIpPacket(link.network);
    m_result.ipv4Fragments += ip.ipv4FragmentFlag ? 1 : 0;
    m_result.ipv6Fragments += ip.ipv6FragmentFlag ? 1 : 0;
    if (ip.ipv4FragmentFlag || ip.ipv6FragmentFlag)
        m_result.activity.add(ActivitySeries::Kind::IpFragment, timestampUs);
    if (ip.status != IpDecodeResult::Status::Ok) {
        m_result.malformed.add(ip.reason);
        return;
    }
    const IpPacket& packet = ip.packet;
    if (!packet.isFragment) {
        processDatagram(originOf(timestampUs, packet, link.network), packet.payload, packet.protocol);
        return;
    }
    if (packet.truncated && !m_frameCut) {
        // Shorter than its header says, yet not cut by the capture: the packet itself lies.
        m_result.malformed.add(packet.version == 4 ? MalformedReason::Ipv4Truncated
                                                   : MalformedReason::Ipv6Truncated);
        return;
    }
    if (packet.truncated)
        ++m_result.truncation.fragmentsCut; // its IP header still accounts for every byte
    m_scratch.clear();
    auto added = m_reassembler.add(packet, timestampUs, m_scratch);
    handleIncomplete(m_scratch);
    if (added.status == FragmentReassembler::AddStatus::Rejected) {
        m_result.malformed.add(added.reason);
        return;
    }
    if (added.status != FragmentReassembler::AddStatus::Completed || !added.datagram)
        return;
    const ReassembledDatagram& d = *added.datagram;
    m_result.activity.add(ActivitySeries::Kind::Reassembled, timestampUs);
    std::span<const std::uint8_t> upper(d.payload);
    std::uint8_t protocol = d.protocol;
    if (d.origin.ipVersion == 6) {
        const Ipv6ChainResult chain = walkIpv6Extensions(d.protocol, upper);
        if (!chain.ok) {
            m_result.malformed.add(chain.reason);
            return;
        }
        upper = chain.payload;
        protocol = chain.protocol;
    }
    m_frameCut = d.origin.truncated;
    processDatagram(d.origin, upper, protocol);
}

void Analyzer::processDatagram(DatagramOrigin origin, std::span<const std::uint8_t> upper,
                               std::uint8_t protocol)
{
    if (protocol != kIpProtocolUdp)
        return;
    const std::int64_t timestampUs = origin.timestampUs;
    const UdpDecodeResult udp = decodeUdp(upper, origin.truncated);
    if (!udp.ok) {
        m_result.malformed.add(udp.reason);
        return;
    }
    const UdpDatagram& u = udp.datagram;
    if (!isIkePort(u.sourcePort) && !isIkePort(u.destinationPort))
        return;
    // Port 500 wins when both appear, as in tshark: only 4500 carries the non-ESP marker.
    const bool natT = u.sourcePort != kIkePort && u.destinationPort != kIkePort;
    const IkeParseResult parsed = parseIkeDatagram(u.payload, natT);
    const bool cut = origin.truncated && m_frameCut;
    TruncationFacts& cutFacts = m_result.truncation;
    if (cut && parsed.status == IkeParseResult::Status::Malformed &&
        (parsed.reason == MalformedReason::IkeTruncatedHeader ||
         parsed.reason == MalformedReason::NatTTruncatedMarker)) {
        ++cutFacts.ikeHeadersCut;
        return;
    }
    switch (parsed.status) {
    case IkeParseResult::Status::NatKeepAlive:
        ++m_result.natKeepAlives;
        return;
    case IkeParseResult::Status::EspInUdp:
        ++m_result.espInUdp;
        return;
    case IkeParseResult::Status::Malformed:
        m_result.malformed.add(parsed.reason);
        return;
    case IkeParseResult::Status::Ike:
        break;
    }
    const IkeMessage& m = parsed.message;
    m_result.activity.add(ActivitySeries::Kind::IkeMessage, timestampUs);
    if (m.version == IkeVersion::V1)
        ++m_result.ikeV1Messages;
    else
        ++m_result.ikeV2Messages;
    if (origin.fragmented()) {
        ++m_result.ikeMessagesFromFragments;
        m_result.pathMtuEstimate =
            std::max(m_result.pathMtuEstimate.value_or(0), origin.largestFragmentWireLength);
    }
    bool chainCut = false;
    for (MalformedReason a : m.anomalies) {
        if (cut &&
            (a == MalformedReason::IkeLengthExceedsDatagram || a == MalformedReason::IkePayloadTruncated)) {
            chainCut = chainCut || a == MalformedReason::IkePayloadTruncated;
            continue;
        }
        m_result.malformed.add(a);
    }
    if (cut) {
        ++cutFacts.ikeMessagesCut;
        cutFacts.payloadChainsCut += chainCut ? 1 : 0;
        const bool phase1 = m.exchange == IkeExchange::V1MainMode ||
                            m.exchange == IkeExchange::V1Aggressive || m.exchange == IkeExchange::V2IkeSaInit;
        cutFacts.phase1PayloadsCut += (chainCut && phase1 && !m.encrypted) ? 1 : 0;
        // The SA payload's header survived but not its transforms (see IkeParser's cut walk).
        cutFacts.saPayloadsCut += (chainCut && m.hasSa && m.authMethods.empty()) ? 1 : 0;
    }

    origin.sourcePort = u.sourcePort;
    origin.destinationPort = u.destinationPort;
    IkeObservation o;
    o.origin = origin;
    o.viaNatTPort = natT;
    o.message = &m;
    o.ikeBytes = parsed.ikeBytes;
    if (cut) // the header's length is the message's; a lie is capped at what UDP can carry
        o.ikeLength = std::min<std::uint32_t>(m.header.length, 65535);
    const auto outcome = m_tracker.add(o);
    if (outcome.retransmission) {
        ++m_result.retransmissions;
        m_result.activity.add(ActivitySeries::Kind::Retransmission, timestampUs);
        if (m_pendingRetransmissionTimes.size() < kMaxPendingRetransmissionTimes)
            m_pendingRetransmissionTimes.append(timestampUs - m_result.firstTimestampUs);
    } else if (isAnswerRole(outcome.role)) {
        ++m_answered;
        m_result.activity.add(ActivitySeries::Kind::Answer, timestampUs);
    }
}

void Analyzer::handleIncomplete(std::vector<IncompleteDatagram>& incomplete)
{
    for (IncompleteDatagram& d : incomplete) {
        m_result.activity.add(ActivitySeries::Kind::Incomplete, d.origin.timestampUs);
        // Without the first fragment the ports are unknown; keep it as possible IKE evidence.
        // Only a datagram whose first fragment named port 500/4500 is known to be IKE.
        const bool ike =
            d.hasFirstFragment && (isIkePort(d.origin.sourcePort) || isIkePort(d.origin.destinationPort));
        if (ike)
            ++m_result.incompleteIkeDatagrams;
        if (m_result.incompleteDatagrams.size() < m_options.maxIncompleteRecords)
            m_result.incompleteDatagrams.push_back(std::move(d));
    }
    incomplete.clear();
}

void Analyzer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_scratch.clear();
    m_reassembler.flush(m_scratch);
    handleIncomplete(m_scratch);

    const ReassemblyCounters& rc = m_reassembler.counters();
    m_result.datagramsReassembled = rc.reassembled;
    m_result.datagramsIncomplete = rc.incomplete();
    m_result.fragmentDuplicates = rc.duplicates;
    m_result.datagramsDiscarded = rc.discardedDatagrams;
    m_result.peakReassemblyBytes = rc.peakBytesHeld;
    m_result.peakDatagramsInFlight = rc.peakDatagramsInFlight;

    m_tracker.finalize();
    m_result.sessions = m_tracker.takeSessions();
    m_result.evictedSessions = m_tracker.evictedSessions();
    VerdictEngine engine(m_options.vantage, &m_result.incompleteDatagrams, m_result.watchedUntilUs());
    m_result.sessionVerdicts.clear();
    for (const IkeSession& s : m_result.sessions) {
        m_result.sessionVerdicts.push_back(engine.evaluate(s));
        m_result.ikeFragmentationOffered = m_result.ikeFragmentationOffered || s.ikeFragmentationOffered;
        m_result.natTInUse = m_result.natTInUse || s.natT;
    }
    m_result.verdict =
        engine.overall(m_result.sessions, m_result.sessionVerdicts, m_result.incompleteIkeDatagrams);
    if (m_result.sessions.empty()) {
        std::uint64_t notIke = 0;
        for (MalformedReason r : {MalformedReason::NatTTruncatedMarker, MalformedReason::IkeTruncatedHeader,
                                  MalformedReason::IkeBadVersion, MalformedReason::IkeLengthTooSmall})
            notIke += m_result.malformed.of(r);
        if (notIke > 0)
            m_result.verdict.evidence.push_back(Finding::counted(FindingCode::NotValidIke, notIke));
    }
}

LiveStatistics Analyzer::takeSnapshot()
{
    LiveStatistics s;
    const ReassemblyCounters& rc = m_reassembler.counters();
    s.captureTimeUs = m_haveFirstTimestamp ? m_result.lastTimestampUs - m_result.firstTimestampUs : 0;
    s.packets = m_result.packets;
    s.bytes = m_result.bytes;
    s.ipFragments = m_result.ipv4Fragments + m_result.ipv6Fragments;
    s.datagramsReassembled = rc.reassembled;
    s.datagramsIncomplete = rc.incomplete();
    s.ikeMessages = m_result.ikeV1Messages + m_result.ikeV2Messages;
    s.ikeFromFragments = m_result.ikeMessagesFromFragments;
    s.retransmissions = m_result.retransmissions;
    s.answered = m_answered;
    s.malformed = m_result.malformed.total();
    s.kernelDrops = m_result.kernelDrops.value_or(0);
    s.newRetransmissionTimesUs = std::move(m_pendingRetransmissionTimes);
    m_pendingRetransmissionTimes.clear();
    return s;
}
