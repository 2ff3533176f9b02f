// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketBuilder.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace PacketBuilder {

namespace {

void put16(QByteArray& b, std::uint16_t v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xFF));
}

void put32(QByteArray& b, std::uint32_t v)
{
    put16(b, std::uint16_t(v >> 16));
    put16(b, std::uint16_t(v & 0xFFFF));
}

void put64(QByteArray& b, std::uint64_t v)
{
    put32(b, std::uint32_t(v >> 32));
    put32(b, std::uint32_t(v & 0xFFFFFFFF));
}

void putAddress(QByteArray& b, const IpAddress& a)
{
    const int n = a.isV4() ? 4 : 16;
    b.append(reinterpret_cast<const char*>(a.bytes().data()), n);
}

std::uint16_t checksum(const QByteArray& header)
{
    std::uint32_t sum = 0;
    for (int i = 0; i + 1 < header.size(); i += 2)
        sum += (std::uint8_t(header[i]) << 8) | std::uint8_t(header[i + 1]);
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return std::uint16_t(~sum);
}

QByteArray filler(int size, char seed)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 31 + seed) & 0xFF);
    return b;
}

} // namespace

IpAddress v4(const char* text)
{
    return IpAddress::fromString(QString::fromLatin1(text));
}

IpAddress v6(const char* text)
{
    return IpAddress::fromString(QString::fromLatin1(text));
}

QByteArray ikeMessage(std::uint8_t version, std::uint64_t initiatorSpi, std::uint64_t responderSpi,
                      std::uint8_t exchangeType, std::uint8_t flags, std::uint32_t messageId,
                      const std::vector<IkePayload>& payloads, const QByteArray& encryptedBody,
                      std::uint8_t firstPayloadOverride, std::optional<std::uint32_t> lengthOverride)
{
    QByteArray body;
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        const std::uint8_t next = i + 1 < payloads.size() ? payloads[i + 1].type : 0;
        body.append(char(next));
        body.append('\0');
        put16(body, std::uint16_t(4 + payloads[i].body.size()));
        body.append(payloads[i].body);
    }
    body.append(encryptedBody);
    QByteArray m;
    put64(m, initiatorSpi);
    put64(m, responderSpi);
    m.append(
        char(firstPayloadOverride ? firstPayloadOverride : (payloads.empty() ? 0 : payloads.front().type)));
    m.append(char(version));
    m.append(char(exchangeType));
    m.append(char(flags));
    put32(m, messageId);
    put32(m, lengthOverride.value_or(std::uint32_t(28 + body.size())));
    m.append(body);
    return m;
}

QByteArray udp(std::uint16_t sourcePort, std::uint16_t destinationPort, const QByteArray& payload,
               std::optional<std::uint16_t> lengthOverride)
{
    QByteArray u;
    put16(u, sourcePort);
    put16(u, destinationPort);
    put16(u, lengthOverride.value_or(std::uint16_t(8 + payload.size())));
    put16(u, 0); // checksum optional in IPv4; the decoder does not verify it
    u.append(payload);
    return u;
}

QByteArray ipv4(const IpAddress& source, const IpAddress& destination, std::uint8_t protocol,
                const QByteArray& payload, std::uint16_t id, std::uint8_t ttl, std::uint16_t flagsAndOffset,
                const QByteArray& options)
{
    QByteArray h;
    const int headerLength = 20 + int(options.size());
    h.append(char(0x40 | (headerLength / 4)));
    h.append('\0');
    put16(h, std::uint16_t(headerLength + payload.size()));
    put16(h, id);
    put16(h, flagsAndOffset);
    h.append(char(ttl));
    h.append(char(protocol));
    put16(h, 0);
    putAddress(h, source);
    putAddress(h, destination);
    h.append(options);
    const std::uint16_t sum = checksum(h);
    h[10] = char(sum >> 8);
    h[11] = char(sum & 0xFF);
    return h + payload;
}

std::vector<QByteArray> ipv4Fragments(const IpAddress& source, const IpAddress& destination,
                                      std::uint8_t protocol, const QByteArray& payload, std::uint16_t id,
                                      std::uint8_t ttl, int mtu)
{
    std::vector<QByteArray> out;
    const int chunk = ((mtu - 20) / 8) * 8;
    if (payload.size() + 20 <= mtu) {
        out.push_back(ipv4(source, destination, protocol, payload, id, ttl, 0));
        return out;
    }
    for (int offset = 0; offset < payload.size(); offset += chunk) {
        const bool more = offset + chunk < payload.size();
        const std::uint16_t fo = std::uint16_t((more ? 0x2000 : 0) | (offset / 8));
        out.push_back(ipv4(source, destination, protocol, payload.mid(offset, chunk), id, ttl, fo));
    }
    return out;
}

QByteArray ipv6(const IpAddress& source, const IpAddress& destination, std::uint8_t nextHeader,
                const QByteArray& payload, std::uint8_t hopLimit)
{
    QByteArray h;
    put32(h, 0x60000000);
    put16(h, std::uint16_t(payload.size()));
    h.append(char(nextHeader));
    h.append(char(hopLimit));
    putAddress(h, source);
    putAddress(h, destination);
    return h + payload;
}

QByteArray ipv6Extension(std::uint8_t next, int lengthUnits)
{
    QByteArray e;
    e.append(char(next));
    e.append(char(lengthUnits));
    e.append(QByteArray(6 + lengthUnits * 8, '\0'));
    return e;
}

std::vector<QByteArray> ipv6Fragments(const IpAddress& source, const IpAddress& destination,
                                      std::uint8_t nextHeader, const QByteArray& payload, std::uint32_t id,
                                      std::uint8_t hopLimit, int mtu)
{
    std::vector<QByteArray> out;
    const int chunk = ((mtu - 40 - 8) / 8) * 8;
    for (int offset = 0; offset < payload.size(); offset += chunk) {
        const bool more = offset + chunk < payload.size();
        QByteArray frag;
        frag.append(char(nextHeader));
        frag.append('\0');
        put16(frag, std::uint16_t(offset | (more ? 1 : 0)));
        put32(frag, id);
        out.push_back(ipv6(source, destination, 44, frag + payload.mid(offset, chunk), hopLimit));
    }
    return out;
}

QByteArray ethernet(const QByteArray& ipPacket, int vlanTags)
{
    QByteArray f;
    f.append(QByteArray::fromHex("020000000002020000000001"));
    for (int i = 0; i < vlanTags; ++i) {
        put16(f, i == 0 && vlanTags > 1 ? 0x88A8 : 0x8100);
        put16(f, std::uint16_t(100 + i));
    }
    const bool v6 = !ipPacket.isEmpty() && (std::uint8_t(ipPacket[0]) >> 4) == 6;
    put16(f, v6 ? 0x86DD : 0x0800);
    return f + ipPacket;
}

QByteArray ikeOverUdp(const QByteArray& ike, std::uint16_t sourcePort, std::uint16_t destinationPort)
{
    const bool natT = sourcePort == 4500 || destinationPort == 4500;
    return udp(sourcePort, destinationPort, natT ? QByteArray(4, '\0') + ike : ike);
}

QByteArray ikeV1SaBody(const std::vector<std::uint16_t>& authMethods)
{
    QByteArray transforms;
    for (std::size_t i = 0; i < authMethods.size(); ++i) {
        QByteArray attrs;
        const std::uint16_t basic[][2] = {{1, 7}, {14, 256}, {2, 4}, {3, authMethods[i]}, {4, 14}};
        for (const auto& a : basic) {
            put16(attrs, std::uint16_t(0x8000 | a[0]));
            put16(attrs, a[1]);
        }
        // a variable-length attribute (life duration, 4 bytes) after the fixed ones, as Windows sends
        put16(attrs, 12);
        put16(attrs, 4);
        put32(attrs, 28800);
        QByteArray t;
        t.append(char(i + 1 < authMethods.size() ? 3 : 0)).append(char(0));
        put16(t, std::uint16_t(8 + attrs.size()));
        t.append(char(i + 1)).append(char(1)); // transform number, KEY_IKE
        put16(t, 0);
        transforms += t + attrs;
    }
    QByteArray proposal;
    proposal.append(char(0)).append(char(0));
    put16(proposal, std::uint16_t(8 + transforms.size()));
    proposal.append(char(1)).append(char(1)).append(char(0)).append(char(authMethods.size()));
    QByteArray body;
    put32(body, 1); // DOI IPsec
    put32(body, 1); // SIT_IDENTITY_ONLY
    return body + proposal + transforms;
}

std::vector<TimedFrame> mainMode(const MainModeScenario& s)
{
    std::vector<TimedFrame> frames;
    constexpr std::uint64_t kResponderSpi = 0xA1B2C3D4E5F60718ULL;
    std::uint16_t nextId = 1000;
    auto send = [&](std::int64_t t, bool fromClient, const QByteArray& ike, bool natPort,
                    bool onlyFirstFragment = false) {
        const std::uint16_t port = natPort ? 4500 : 500;
        const QByteArray datagram = ikeOverUdp(ike, port, port);
        const IpAddress& src = fromClient ? s.client : s.server;
        const IpAddress& dst = fromClient ? s.server : s.client;
        const std::uint8_t ttl = fromClient ? s.clientTtl : s.serverTtl;
        std::vector<QByteArray> packets = s.ipv6 ? ipv6Fragments(src, dst, 17, datagram, nextId, ttl, s.mtu)
                                                 : ipv4Fragments(src, dst, 17, datagram, nextId, ttl, s.mtu);
        if (s.ipv6 && datagram.size() + 40 <= s.mtu)
            packets = {ipv6(src, dst, 17, datagram, ttl)};
        ++nextId;
        for (std::size_t i = 0; i < packets.size(); ++i) {
            if (onlyFirstFragment && i > 0)
                break;
            frames.push_back(TimedFrame{t + std::int64_t(i) * 50, ethernet(packets[i])});
        }
    };
    const QByteArray sa = s.authMethod ? ikeV1SaBody({*s.authMethod}) : filler(48, 1);
    const std::vector<IkePayload> saOnly{
        {1, sa}, {13, QByteArray::fromHex("1e2b516905991c7d7c96fcbfb587e46100000009")}};
    std::vector<IkePayload> mm1 = saOnly;
    if (s.natT)
        mm1.push_back({13, QByteArray::fromHex("4a131c81070358455c5728f20e95452f")});
    std::vector<IkePayload> keNonce{{4, filler(128, 2)}, {10, filler(32, 3)}};
    if (s.certificateRequests)
        keNonce.push_back({7, QByteArray::fromHex("04")});
    if (s.natT) {
        keNonce.push_back({20, filler(20, 4)});
        keNonce.push_back({20, filler(20, 5)});
    }
    std::int64_t t = s.startUs;
    send(t, true, ikeMessage(0x10, s.initiatorSpi, 0, 2, 0, 0, mm1), false);
    send(t += 10'000, false, ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 2, 0, 0, mm1), false);
    send(t += 10'000, true, ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 2, 0, 0, keNonce), false);
    const QByteArray mm4 = ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 2, 0, 0, keNonce);
    send(t += 20'000, false, mm4, false);
    // The responder's own retransmissions of MM4, interleaved with the initiator's MM5 copies below.
    std::int64_t mm4Time = t + 500'000;
    for (int copy = 0; copy < s.mm4Retransmissions; ++copy, mm4Time += 1'000'000)
        send(mm4Time, false, mm4, false);

    const QByteArray mm5 =
        ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 2, 0x01, 0, {}, filler(s.certificateBytes, 6), 5);
    const QByteArray mm6 = ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 2, 0x01, 0, {},
                                      filler(s.certificateBytes + 96, 7), 5);
    const int copies = (s.mm6Sent && s.mm6Delivered) ? 1 : 1 + s.retransmissions;
    std::int64_t mm5Time = t + 20'000;
    std::int64_t backoff = 1'000'000;
    for (int copy = 0; copy < copies; ++copy) {
        if (s.mm5Reaches)
            send(mm5Time, true, mm5, s.natT, s.mm5Incomplete);
        if (s.mm5Reaches && !s.mm5Incomplete && s.mm6Sent)
            send(mm5Time + 30'000, false, mm6, s.natT);
        t = mm5Time + 30'000;
        mm5Time += backoff;
        backoff *= 2;
    }
    if (s.mm6Sent && s.mm6Delivered && s.quickMode && s.mm5Reaches && !s.mm5Incomplete) {
        const std::uint32_t mid = 0x5A5A0001;
        send(t += 20'000, true,
             ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 32, 0x01, mid, {}, filler(300, 8), 8), s.natT);
        send(t += 20'000, false,
             ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 32, 0x01, mid, {}, filler(300, 9), 8), s.natT);
        send(t += 20'000, true,
             ikeMessage(0x10, s.initiatorSpi, kResponderSpi, 32, 0x01, mid, {}, filler(60, 10), 8), s.natT);
    }
    // MM4 copies were written ahead of the MM5 copies they interleave with: put the capture in time order.
    std::stable_sort(frames.begin(), frames.end(),
                     [](const TimedFrame& a, const TimedFrame& b) { return a.timestampUs < b.timestampUs; });
    return frames;
}

QString writeFile(const QString& directory, const QString& name, const QByteArray& content)
{
    const QString path = QDir(directory).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QByteArray pcapFile(const std::vector<TimedFrame>& frames, std::uint32_t dlt)
{
    // Written little-endian on purpose, the way most capture files come (magic d4 c3 b2 a1).
    auto le32 = [](QByteArray& b, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
    };
    QByteArray out;
    le32(out, 0xa1b2c3d4);
    out.append(char(2)).append(char(0)).append(char(4)).append(char(0)); // version 2.4
    le32(out, 0);                                                        // thiszone
    le32(out, 0);                                                        // sigfigs
    le32(out, 65535);                                                    // snaplen
    le32(out, dlt);
    for (const TimedFrame& f : frames) {
        le32(out, std::uint32_t(f.timestampUs / 1'000'000));
        le32(out, std::uint32_t(f.timestampUs % 1'000'000));
        le32(out, std::uint32_t(f.frame.size()));
        le32(out, std::uint32_t(f.frame.size()));
        out.append(f.frame);
    }
    return out;
}

} // namespace PacketBuilder
