// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetEventAssembler.h"

#include "NetEvent.h"

namespace {

using Result = NetEventAssembler::Result;

Result refused(const char* why)
{
    Result r;
    r.kind = Result::Kind::Refused;
    r.refusal = why;
    return r;
}

/**
 * The medium from the event keyword, as etl2pcapng decides it: native 802.11 is a radio
 * frame, WWAN and tunnel interfaces hand over bare IP, everything else is Ethernet.
 */
LinkType mediumOf(std::uint64_t keyword)
{
    if (keyword & NdisPacketCapture::kMediaNative80211)
        return LinkType::Unknown;
    if (keyword & (NdisPacketCapture::kMediaWirelessWan | NdisPacketCapture::kMediaTunnel))
        return LinkType::RawIp;
    return LinkType::Ethernet;
}

} // namespace

NetEventAssembler::Result NetEventAssembler::add(std::span<const std::uint8_t> record)
{
    const NetEvent event = parseNetEvent(record);
    if (event.status != NetEvent::Status::Ok)
        return refused("NetEvent with a damaged ETW header");
    if (!NdisPacketCapture::isNdisProvider(event) || event.eventId != NdisPacketCapture::kPacketFragmentEvent)
        return refused("NetEvent without a packet (other ETW provider or event)");
    const NdisPacketFragment piece = NdisPacketCapture::parseFragment(event.userData);
    if (!piece.ok)
        return refused("NetEvent NDIS packet event with a damaged fragment");
    const LinkType medium = mediumOf(event.keyword);
    if (medium == LinkType::Unknown)
        return refused("NetEvent NDIS packet from a native 802.11 interface");

    const bool start = event.keyword & NdisPacketCapture::kPacketStart;
    const bool end = event.keyword & NdisPacketCapture::kPacketEnd;
    const Key key{piece.miniportIfIndex, piece.lowerIfIndex};
    Result r;
    if (start) {
        r.abandoned = m_pending.erase(key) ? 1 : 0;
        if (end) { // the common case: the whole frame in one event, no copy kept
            r.kind = Result::Kind::Packet;
            r.linkType = medium;
            r.packet = piece.fragment;
            return r;
        }
        if (m_pending.size() >= kMaxPending)
            return refused("NetEvent NDIS packet pieces on too many interfaces at once");
        Pending& p = m_pending[key];
        p.linkType = medium;
        p.bytes.assign(piece.fragment.begin(), piece.fragment.end());
        r.kind = Result::Kind::Pending;
        return r;
    }
    const auto it = m_pending.find(key);
    if (it == m_pending.end())
        return refused("NetEvent NDIS packet piece without its start");
    Pending& p = it->second;
    if (p.bytes.size() + piece.fragment.size() > kMaxPacketBytes) {
        m_pending.erase(it);
        return refused("NetEvent NDIS packet over 256 KiB");
    }
    p.bytes.insert(p.bytes.end(), piece.fragment.begin(), piece.fragment.end());
    if (!end) {
        r.kind = Result::Kind::Pending;
        return r;
    }
    m_out = std::move(p.bytes);
    r.kind = Result::Kind::Packet;
    r.linkType = p.linkType;
    r.packet = m_out;
    m_pending.erase(it);
    return r;
}

std::uint64_t NetEventAssembler::unfinishedPackets() const
{
    return m_pending.size();
}
