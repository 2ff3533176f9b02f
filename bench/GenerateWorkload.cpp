// SPDX-License-Identifier: GPL-3.0-or-later
//
// frag792-bench-generate OUT.pcapng PACKETS [SEED]
//
// Writes a large, mixed, realistic capture for the benchmark: what a SPAN port next to a
// VPN server sees. Mostly background traffic (TCP of every size, DNS, NTP, QUIC and other
// UDP, ESP and ESP-in-UDP of established tunnels, NAT-T keepalives, ARP/LLDP/STP, a few
// VLAN-tagged frames, some non-IKE fragmented UDP with lost fragments), plus many IKEv1
// Main Mode negotiations built by PacketBuilder::mainMode: completed ones, ones blocked at
// the server (KB 838438: MM5 arrives complete in fragments, is never answered and is
// retransmitted), NAT-T on UDP 4500, IPv6, and a few other failure shapes.
//
// Deterministic given PACKETS and SEED (own PRNG, no std:: distributions). The packet count
// is exact. About 2.5% of the packets are IKE (FRAG792_BENCH_IKE_SHARE=0..1 changes that). A summary with the
// expected analysis is printed on stdout as one JSON object, which run_benchmark.sh compares with what
// `frag792 analyze` finds.
//
// Background frames are written straight into a reused buffer (PacketBuilder's QByteArray
// concatenations would cost an allocation or four per frame); the IKE sessions and the
// fragmented UDP go through PacketBuilder. The pcapng writer here is buffered: the
// engine's PcapngWriter flushes every block on purpose (crash safety for live evidence),
// which would cost one write(2) per packet.

#include "PacketBuilder.h"
#include "WorkloadFrame.h"
#include "WorkloadPcapng.h"
#include "WorkloadRng.h"
#include "WorkloadSummary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

using PacketBuilder::TimedFrame;
using namespace Workload;

// Payload bytes come from one pseudo-random pool at random offsets: cheap and not compressible.
constexpr std::size_t kPoolSize = 1 << 16;
constexpr std::size_t kMaxPayload = 8192; ///< no single payload taken from the pool is larger

std::uint16_t ephemeralPort(Rng& rng)
{
    // 32768..60999 (Linux) never hits 500 or 4500.
    return std::uint16_t(rng.range(32768, 60999));
}

class Generator
{
public:
    Generator(std::uint64_t packets, std::uint64_t seed) : m_packets(packets), m_rng(seed)
    {
        m_pool.resize(kPoolSize + kMaxPayload);
        for (auto& byte : m_pool)
            byte = std::uint8_t(m_rng.next() >> 56);
        m_durationUs = std::int64_t(double(packets) / kPacketsPerSecond * 1e6);
        makeHosts();
    }

    bool run(const char* path)
    {
        if (!m_out.open(path)) {
            std::perror(path);
            return false;
        }
        std::vector<TimedFrame> ike = buildIkeSessions();
        const std::uint64_t background = m_packets - ike.size();
        std::size_t nextIke = 0;
        std::uint64_t written = 0;
        std::int64_t t = kStartUs;
        const double meanGapUs = double(m_durationUs) / double(std::max<std::uint64_t>(1, background));
        while (written < background) {
            // Never behind what was written (fragment trains take a few microseconds).
            t = std::max(t + std::max<std::int64_t>(1, std::int64_t(m_rng.exponential(meanGapUs))),
                         m_out.lastTimestampUs());
            while (nextIke < ike.size() && ike[nextIke].timestampUs <= t) {
                writeQt(std::max(ike[nextIke].timestampUs, m_out.lastTimestampUs()), ike[nextIke].frame);
                ++nextIke;
            }
            written += backgroundEvent(t, background - written);
        }
        for (; nextIke < ike.size(); ++nextIke)
            writeQt(std::max(ike[nextIke].timestampUs, m_out.lastTimestampUs()), ike[nextIke].frame);
        if (!m_out.close()) {
            std::perror(path);
            return false;
        }
        printSummary(path);
        return m_out.packets() == m_packets;
    }

private:
    static constexpr double kPacketsPerSecond = 2000.0; // a busy but ordinary server segment
    static constexpr std::int64_t kStartUs = 1'700'000'000'000'000LL;
    static constexpr double kIkeShare = 0.025; // share of all packets that are IKE, unless overridden

    /** FRAG792_BENCH_IKE_SHARE (0..1] overrides kIkeShare, e.g. 1 for a capture taken with
        frag792's own filter (IKE and fragments only). */
    static double ikeShare()
    {
        const char* text = std::getenv("FRAG792_BENCH_IKE_SHARE");
        const double share = text ? std::atof(text) : kIkeShare;
        return share > 0 && share <= 1 ? share : kIkeShare;
    }

    void writeQt(std::int64_t t, const QByteArray& frame)
    {
        m_out.write(t, reinterpret_cast<const std::uint8_t*>(frame.constData()), std::uint32_t(frame.size()));
    }

    const std::uint8_t* payload(std::size_t n)
    {
        if (n > kMaxPayload)
            std::abort(); // the pool has only kMaxPayload bytes of slack after its last offset
        return m_pool.data() + m_rng.below(kPoolSize);
    }

    void makeHosts()
    {
        // Inside hosts (10.1.0.0/16 and 2001:db8:1::/64) talking to outside hosts.
        for (std::uint32_t i = 0; i < 600; ++i) {
            TcpFlow f;
            const bool six = m_rng.chance(0.12);
            const std::uint32_t inside = 1 + m_rng.below(250);
            const std::uint32_t outside = 1 + m_rng.below(4000);
            if (six) {
                f.client = v6(1, 0, inside);
                f.server = v6(0x4000 + std::uint16_t(outside >> 8), 0, outside);
            } else {
                f.client = v4(10, 1, std::uint8_t(inside >> 8), std::uint8_t(inside));
                f.server = v4(std::uint8_t(23 + outside % 150), std::uint8_t(outside >> 4),
                              std::uint8_t(outside * 7), std::uint8_t(1 + outside % 250));
            }
            static const std::uint16_t ports[] = {443, 443, 443, 443, 80, 22, 445, 3389, 993, 8443};
            f.serverPort = ports[m_rng.below(10)];
            f.clientPort = ephemeralPort(m_rng);
            f.clientSeq = std::uint32_t(m_rng.next());
            f.serverSeq = std::uint32_t(m_rng.next());
            f.clientHost = inside;
            f.serverHost = 0xFFFF00 | (outside & 0xFF);
            f.clientIpId = std::uint16_t(m_rng.next());
            f.serverIpId = std::uint16_t(m_rng.next());
            f.clientTtl = 64;
            f.serverTtl =
                std::uint8_t(m_rng.chance(0.5) ? 128 - m_rng.range(5, 20) : 64 - m_rng.range(5, 20));
            f.vlan = m_rng.chance(0.03) ? 100 + int(m_rng.below(4)) : 0;
            m_flows.push_back(f);
        }
    }

    Addr insideV4() { return v4(10, 1, std::uint8_t(m_rng.below(2)), std::uint8_t(1 + m_rng.below(250))); }
    Addr outsideV4()
    {
        return v4(std::uint8_t(23 + m_rng.below(150)), std::uint8_t(m_rng.below(256)),
                  std::uint8_t(m_rng.below(256)), std::uint8_t(1 + m_rng.below(250)));
    }

    /** One background event at @p t: usually one frame, several for a fragmented datagram. */
    std::uint64_t backgroundEvent(std::int64_t t, std::uint64_t budget)
    {
        const double r = m_rng.unit();
        if (r < 0.004 && budget >= 8)
            return fragmentedUdp(t);
        if (r < 0.014)
            return nonIp(t);
        if (r < 0.114)
            return dns(t);
        if (r < 0.134)
            return ntp(t);
        if (r < 0.194)
            return otherUdp(t);
        if (r < 0.224)
            return ipsecData(t);
        return tcp(t);
    }

    std::uint64_t put(std::int64_t t)
    {
        m_out.write(t, m_frame.data(), m_frame.size());
        return 1;
    }

    std::uint64_t tcp(std::int64_t t)
    {
        // Busy flows are picked more often (squared uniform).
        const double u = m_rng.unit();
        TcpFlow& f = m_flows[std::size_t(u * u * double(m_flows.size()))];
        const bool fromClient = m_rng.chance(0.45);
        const double kind = m_rng.unit();
        std::size_t len = 0;
        if (kind < 0.30)
            len = 0; // pure ACK
        else if (kind < 0.60)
            len = f.client.v6 ? 1428 : 1448; // full segment (MSS 1460 - timestamps)
        else
            len = std::size_t(1 + m_rng.below(m_rng.chance(0.7) ? 300 : 1400));
        std::uint8_t flags = len ? 0x18 : 0x10; // PSH|ACK or ACK
        if (m_rng.chance(0.004))
            flags = 0x11; // FIN|ACK
        const Addr& src = fromClient ? f.client : f.server;
        const Addr& dst = fromClient ? f.server : f.client;
        m_frame.clear();
        m_frame.ethernet(fromClient ? f.clientHost : f.serverHost, fromClient ? f.serverHost : f.clientHost,
                         src.v6 ? 0x86DD : 0x0800, f.vlan);
        m_frame.ip(src, dst, 6, 32 + len, fromClient ? f.clientIpId++ : f.serverIpId++,
                   fromClient ? f.clientTtl : f.serverTtl);
        std::uint32_t& seq = fromClient ? f.clientSeq : f.serverSeq;
        const std::uint32_t ack = fromClient ? f.serverSeq : f.clientSeq;
        m_frame.u16(fromClient ? f.clientPort : f.serverPort);
        m_frame.u16(fromClient ? f.serverPort : f.clientPort);
        m_frame.u32(seq);
        m_frame.u32(ack);
        m_frame.u16(std::uint16_t(0x8000 | flags)); // data offset 8 words (timestamps option)
        m_frame.u16(std::uint16_t(501 + m_rng.below(3000)));
        m_frame.u16(std::uint16_t(m_rng.next())); // checksum (not verified by anyone here)
        m_frame.u16(0);
        const std::uint8_t options[12] = {1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2};
        m_frame.bytes(options, 12);
        m_frame.bytes(payload(len), len);
        seq += std::uint32_t(len);
        if (f.vlan)
            ++m_summary.vlan;
        ++m_summary.tcp;
        return put(t);
    }

    void udpFrame(const Addr& src, const Addr& dst, std::uint16_t sport, std::uint16_t dport,
                  const std::uint8_t* data, std::size_t len, std::uint8_t ttl)
    {
        m_frame.clear();
        m_frame.ethernet(std::uint32_t(src.b[3]) | std::uint32_t(src.b[15]) << 8,
                         std::uint32_t(dst.b[3]) | std::uint32_t(dst.b[15]) << 8, src.v6 ? 0x86DD : 0x0800);
        m_frame.ip(src, dst, 17, 8 + len, std::uint16_t(m_rng.next()), ttl);
        m_frame.u16(sport);
        m_frame.u16(dport);
        m_frame.u16(std::uint16_t(8 + len));
        m_frame.u16(0);
        m_frame.bytes(data, len);
    }

    std::uint64_t ntp(std::int64_t t)
    {
        ++m_summary.ntp;
        const Addr client = insideV4();
        const Addr server = outsideV4();
        if (m_rng.chance(0.5))
            udpFrame(client, server, 123, 123, payload(48), 48, 64);
        else
            udpFrame(server, client, 123, 123, payload(48), 48, std::uint8_t(64 - m_rng.range(3, 15)));
        return put(t);
    }

    std::uint64_t dns(std::int64_t t)
    {
        ++m_summary.dns;
        const bool six = m_rng.chance(0.15);
        const Addr client = six ? v6(1, 0, 1 + m_rng.below(250)) : insideV4();
        const Addr resolver = six ? v6(1, 0, 53) : v4(10, 1, 0, 53);
        const bool query = m_rng.chance(0.5);
        const std::size_t len = query ? std::size_t(m_rng.range(28, 60)) : std::size_t(m_rng.range(60, 480));
        const std::uint16_t eph = ephemeralPort(m_rng);
        if (query)
            udpFrame(client, resolver, eph, 53, payload(len), len, 64);
        else
            udpFrame(resolver, client, 53, eph, payload(len), len, 64);
        return put(t);
    }

    std::uint64_t otherUdp(std::int64_t t)
    {
        ++m_summary.otherUdp;
        const double k = m_rng.unit();
        if (k < 0.6) { // QUIC
            const std::size_t len = std::size_t(m_rng.range(1200, 1350));
            if (m_rng.chance(0.5))
                udpFrame(insideV4(), outsideV4(), ephemeralPort(m_rng), 443, payload(len), len, 64);
            else
                udpFrame(outsideV4(), insideV4(), 443, ephemeralPort(m_rng), payload(len), len, 52);
            return put(t);
        }
        static const std::uint16_t ports[] = {514, 161, 5353, 137, 1812, 3478, 1900, 67};
        const std::uint16_t port = ports[m_rng.below(8)];
        const std::size_t len = std::size_t(m_rng.range(40, 400));
        udpFrame(insideV4(), v4(10, 1, 0, std::uint8_t(2 + m_rng.below(5))), ephemeralPort(m_rng), port,
                 payload(len), len, 64);
        return put(t);
    }

    /** Established tunnels: ESP (protocol 50), ESP-in-UDP on 4500, NAT-T keepalives. */
    std::uint64_t ipsecData(std::int64_t t)
    {
        const Addr server = v4(198, 51, 100, 1);
        const std::uint32_t c = m_rng.below(64);
        const Addr client = v4(203, 0, 113, std::uint8_t(10 + c));
        const bool inbound = m_rng.chance(0.5);
        const std::uint8_t ttl = inbound ? std::uint8_t(128 - 9 - c % 7) : 128;
        const double k = m_rng.unit();
        const std::size_t len = std::size_t(m_rng.range(80, 1400)) & ~std::size_t(3);
        std::uint8_t esp[8];
        const std::uint32_t spi = 0xC0DE0000u + c * 2 + (inbound ? 0 : 1);
        for (int i = 0; i < 4; ++i)
            esp[i] = std::uint8_t(spi >> (24 - 8 * i));
        const std::uint32_t seq = std::uint32_t(t / 1000);
        for (int i = 0; i < 4; ++i)
            esp[4 + i] = std::uint8_t(seq >> (24 - 8 * i));
        const Addr& src = inbound ? client : server;
        const Addr& dst = inbound ? server : client;
        if (k < 0.03) {
            ++m_summary.keepAlives;
            const std::uint8_t ff = 0xFF;
            udpFrame(client, server, 4500, 4500, &ff, 1, std::uint8_t(128 - 9 - c % 7));
            return put(t);
        }
        if (k < 0.55) {
            ++m_summary.espInUdp;
            const std::uint8_t* bytes = payload(len);
            std::vector<std::uint8_t> body(esp, esp + 8);
            body.insert(body.end(), bytes, bytes + len);
            udpFrame(src, dst, 4500, 4500, body.data(), body.size(), ttl);
            return put(t);
        }
        ++m_summary.esp;
        m_frame.clear();
        m_frame.ethernet(c, 1, 0x0800);
        m_frame.ip(src, dst, 50, 8 + len, std::uint16_t(m_rng.next()), ttl);
        m_frame.bytes(esp, 8);
        m_frame.bytes(payload(len), len);
        return put(t);
    }

    std::uint64_t nonIp(std::int64_t t)
    {
        ++m_summary.nonIp;
        m_frame.clear();
        const double k = m_rng.unit();
        if (k < 0.8) { // ARP request, broadcast, padded to 60
            const std::uint8_t host = std::uint8_t(1 + m_rng.below(250));
            const std::uint8_t bcast[6] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
            m_frame.bytes(bcast, 6);
            const std::uint8_t src[6] = {0x02, 0x20, 0, 0, 0, host};
            m_frame.bytes(src, 6);
            m_frame.u16(0x0806);
            m_frame.u16(1);
            m_frame.u16(0x0800);
            m_frame.u8(6);
            m_frame.u8(4);
            m_frame.u16(1);
            m_frame.bytes(src, 6);
            const std::uint8_t spa[4] = {10, 1, 0, host};
            m_frame.bytes(spa, 4);
            m_frame.zeros(6);
            const std::uint8_t tpa[4] = {10, 1, 0, std::uint8_t(1 + m_rng.below(250))};
            m_frame.bytes(tpa, 4);
            m_frame.zeros(18);
        } else if (k < 0.9) { // LLDP
            const std::uint8_t dst[6] = {0x01, 0x80, 0xC2, 0x00, 0x00, 0x0E};
            m_frame.bytes(dst, 6);
            m_frame.bytes(dst, 6);
            m_frame.u16(0x88CC);
            m_frame.bytes(payload(120), 120);
        } else { // STP BPDU: 802.3 length + LLC
            const std::uint8_t dst[6] = {0x01, 0x80, 0xC2, 0x00, 0x00, 0x00};
            m_frame.bytes(dst, 6);
            m_frame.bytes(dst, 6);
            m_frame.u16(38);
            const std::uint8_t llc[3] = {0x42, 0x42, 0x03};
            m_frame.bytes(llc, 3);
            m_frame.zeros(43);
        }
        return put(t);
    }

    /** Non-IKE UDP datagram above the MTU (NFS, Kerberos, EDNS, syslog over UDP): 2-6 fragments, some lost.
     */
    std::uint64_t fragmentedUdp(std::int64_t t)
    {
        ++m_summary.fragmentedUdpDatagrams;
        const bool six = m_rng.chance(0.15);
        const std::uint32_t a = 1 + m_rng.below(250);
        const std::uint32_t b = 1 + m_rng.below(250);
        const Addr src = six ? v6(1, 0, 0x100 + a) : v4(10, 1, 1, std::uint8_t(a));
        const Addr dst = six ? v6(1, 0, 0x200 + b) : v4(10, 1, 2, std::uint8_t(b));
        static const std::uint16_t ports[] = {2049, 88, 53, 514, 7001};
        const std::uint16_t port = ports[m_rng.below(5)];
        const int size = m_rng.range(1600, 7000);
        const QByteArray data(reinterpret_cast<const char*>(payload(std::size_t(size))), size);
        const QByteArray datagram = PacketBuilder::udp(ephemeralPort(m_rng), port, data);
        std::vector<QByteArray> packets =
            six ? PacketBuilder::ipv6Fragments(toIp(src), toIp(dst), 17, datagram, ++m_fragmentId, 64, 1500)
                : PacketBuilder::ipv4Fragments(toIp(src), toIp(dst), 17, datagram,
                                               std::uint16_t(++m_fragmentId), 64, 1500);
        if (m_rng.chance(0.1))
            std::reverse(packets.begin(), packets.end()); // some stacks send the last fragment first
        std::size_t lost = packets.size();
        if (m_rng.chance(0.1)) {
            lost = m_rng.below(std::uint32_t(packets.size()));
            ++m_summary.fragmentedUdpIncomplete;
        }
        std::uint64_t n = 0;
        for (std::size_t i = 0; i < packets.size(); ++i) {
            if (i == lost)
                continue;
            writeQt(t + std::int64_t(i) * 12, PacketBuilder::ethernet(packets[i]));
            ++n;
        }
        m_summary.fragmentedUdpFrames += n;
        return n;
    }

    // -----------------------------------------------------------------------------------
    // IKE sessions, all seen from a SPAN port at the VPN server: the server's packets carry
    // an initial TTL, the clients' arrive decremented.

    std::vector<TimedFrame> buildIkeSessions()
    {
        std::vector<TimedFrame> all;
        const auto target = std::uint64_t(double(m_packets) * ikeShare());
        // Sessions start early enough that their retransmissions end inside the capture.
        const std::int64_t window =
            std::max<std::int64_t>(std::int64_t(m_durationUs * 0.6), m_durationUs - 36'000'000);
        std::uint32_t index = 0;
        while (all.size() < target) {
            PacketBuilder::MainModeScenario s;
            const bool six = m_rng.chance(0.12);
            const std::uint32_t i = index++;
            if (six) {
                s.client = toIp(v6(0xc000 + std::uint16_t(i >> 16), std::uint16_t(i), 0x100 + (i & 0xFF)));
                s.server = toIp(v6(0, 0, 1));
            } else {
                // 198.18.0.0/15: unique per session, so no two sessions share an IP id space.
                s.client =
                    toIp(v4(198, std::uint8_t(18 + ((i >> 16) & 1)), std::uint8_t(i >> 8), std::uint8_t(i)));
                s.server = toIp(v4(198, 51, 100, 1));
            }
            s.ipv6 = six;
            s.natT = !six && m_rng.chance(0.25);
            s.initiatorSpi = m_rng.next() | 1;
            const int hops = m_rng.range(4, 25);
            s.clientTtl = std::uint8_t(m_rng.chance(0.8) ? 128 - hops : 64 - hops);
            s.serverTtl = 128; // Windows RRAS
            s.certificateBytes = m_rng.range(1900, 4200);
            s.mtu = six ? (m_rng.chance(0.3) ? 1280 : 1500) : (m_rng.chance(0.15) ? 1400 : 1500);
            s.retransmissions = 5;
            s.startUs = kStartUs + std::int64_t(m_rng.unit() * double(window));
            const std::int64_t left = kStartUs + m_durationUs - s.startUs;
            while (s.retransmissions > 2 && (std::int64_t(1) << s.retransmissions) * 1'000'000 > left)
                --s.retransmissions;

            std::string shape;
            std::string verdict;
            const double k = m_rng.unit();
            if (k < 0.50) {
                shape = "completed";
                verdict = "negotiation-completed";
            } else if (k < 0.58) {
                shape = "completed-psk";
                s.certificateBytes = m_rng.range(60, 200);
                verdict = "negotiation-completed";
            } else if (k < 0.80) {
                shape = "blocked-at-server";
                s.mm6Sent = false;
                s.mm6Delivered = false;
                verdict = "fragments-dropped-at-server";
            } else if (k < 0.85) {
                shape = "router-drops-some-fragments";
                s.mm5Incomplete = true;
                s.mm6Sent = false;
                s.mm6Delivered = false;
                verdict = "fragments-lost-before-server";
            } else if (k < 0.90) {
                shape = "router-drops-all-fragments";
                s.mm5Reaches = false;
                s.mm6Sent = false;
                s.mm6Delivered = false;
                verdict = "fragments-lost-before-server";
            } else if (k < 0.95) {
                shape = "answer-lost-after-server";
                s.mm6Delivered = false;
                verdict = "fragments-lost-after-server";
            } else {
                shape = "psk-unanswered";
                s.certificateBytes = m_rng.range(60, 200);
                s.mm6Sent = false;
                s.mm6Delivered = false;
                verdict = "stalled-without-fragmentation";
            }
            std::vector<TimedFrame> frames = PacketBuilder::mainMode(s);
            if (all.size() + frames.size() > m_packets)
                break;
            ++m_summary.ikeSessions;
            // NAT-T shows on the wire only from MM5 on (UDP 4500); without a complete MM5 it never does.
            m_summary.natTConfigured += s.natT ? 1 : 0;
            m_summary.natT += (s.natT && s.mm5Reaches && !s.mm5Incomplete) ? 1 : 0;
            m_summary.ipv6 += s.ipv6 ? 1 : 0;
            ++m_summary.expected[verdict];
            ++m_summary.shapes[shape];
            for (TimedFrame& f : frames)
                all.push_back(std::move(f));
        }
        std::stable_sort(all.begin(), all.end(), [](const TimedFrame& a, const TimedFrame& b) {
            return a.timestampUs < b.timestampUs;
        });
        m_summary.ikeFrames = all.size();
        return all;
    }

    /** The overall verdict is the most specific of the sessions' (frag792's documented order). */
    std::string expectedOverall() const
    {
        static const char* const kBySpecificity[] = {
            "fragments-dropped-at-server", "fragments-dropped-at-client", "fragments-lost-before-server",
            "fragments-lost-after-server", "fragments-unanswered",        "stalled-without-fragmentation",
            "negotiation-completed"};
        for (const char* key : kBySpecificity)
            if (m_summary.expected.count(key))
                return key;
        return "no-ike-traffic";
    }

    void printSummary(const char* path)
    {
        auto map = [](const std::map<std::string, std::uint64_t>& m) {
            std::string s = "{";
            for (const auto& [k, v] : m)
                s += (s.size() > 1 ? ", \"" : "\"") + k + "\": " + std::to_string(v);
            return s + "}";
        };
        std::printf(
            "{\"file\": \"%s\", \"packets\": %llu, \"bytes\": %llu, \"duration\": %.3f, \"ike_frames\": "
            "%llu,\n"
            " \"ike_sessions\": %llu, \"nat_t_sessions\": %llu, \"nat_t_configured\": %llu, "
            "\"ipv6_sessions\": %llu,\n"
            " \"expected_verdicts\": %s,\n \"shapes\": %s,\n"
            " \"expected_overall\": \"%s\",\n"
            " \"background\": {\"tcp\": %llu, \"dns\": %llu, \"ntp\": %llu, \"other_udp\": %llu, \"esp\": "
            "%llu,"
            " \"esp_in_udp\": %llu, \"nat_keepalives\": %llu, \"non_ip\": %llu, \"vlan_tagged\": %llu,"
            " \"fragmented_udp_datagrams\": %llu, \"fragmented_udp_frames\": %llu,"
            " \"fragmented_udp_incomplete\": %llu}}\n",
            path, (unsigned long long)m_out.packets(), (unsigned long long)m_out.bytes(),
            double(m_out.lastTimestampUs() - kStartUs) / 1e6, (unsigned long long)m_summary.ikeFrames,
            (unsigned long long)m_summary.ikeSessions, (unsigned long long)m_summary.natT,
            (unsigned long long)m_summary.natTConfigured, (unsigned long long)m_summary.ipv6,
            map(m_summary.expected).c_str(), map(m_summary.shapes).c_str(), expectedOverall().c_str(),
            (unsigned long long)m_summary.tcp, (unsigned long long)m_summary.dns,
            (unsigned long long)m_summary.ntp, (unsigned long long)m_summary.otherUdp,
            (unsigned long long)m_summary.esp, (unsigned long long)m_summary.espInUdp,
            (unsigned long long)m_summary.keepAlives, (unsigned long long)m_summary.nonIp,
            (unsigned long long)m_summary.vlan, (unsigned long long)m_summary.fragmentedUdpDatagrams,
            (unsigned long long)m_summary.fragmentedUdpFrames,
            (unsigned long long)m_summary.fragmentedUdpIncomplete);
    }

    std::uint64_t m_packets;
    Rng m_rng;
    std::int64_t m_durationUs = 0;
    std::vector<std::uint8_t> m_pool;
    std::vector<TcpFlow> m_flows;
    Frame m_frame;
    PcapngOut m_out;
    Summary m_summary;
    std::uint32_t m_fragmentId = 0x4000;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s OUT.pcapng PACKETS [SEED]\n", argv[0]);
        return 2;
    }
    char* end = nullptr;
    const unsigned long long packets = std::strtoull(argv[2], &end, 10);
    if (!end || *end || packets < 1000) {
        std::fprintf(stderr, "%s: PACKETS must be a number >= 1000\n", argv[0]);
        return 2;
    }
    std::uint64_t seed = 792;
    if (argc == 4) {
        seed = std::strtoull(argv[3], &end, 10);
        if (!end || *end) {
            std::fprintf(stderr, "%s: SEED must be a number\n", argv[0]);
            return 2;
        }
    }
    Generator generator(packets, seed);
    return generator.run(argv[1]) ? 0 : 1;
}
