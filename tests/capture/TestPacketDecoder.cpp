// SPDX-License-Identifier: GPL-3.0-or-later
// Link layers, IPv4 (options, padding, truncation), IPv6 extension chains and UDP, on bytes built here.
#include "LinkLayer.h"
#include "PacketBuilder.h"
#include "PacketDecoder.h"

#include <QTest>

using namespace PacketBuilder;

class TestPacketDecoder : public QObject
{
    Q_OBJECT

private slots:
    void linkLayers_data();
    void linkLayers();
    void vlanTagLimit();
    void ipv4WithOptionsAndPadding();
    void ipv4Truncated_data();
    void ipv4Truncated();
    void ipv4FragmentFlagsCountedEvenWhenTruncated();
    void ipv6FragmentAfterExtensionHeaders();
    void ipv6AtomicFragmentIsWhole();
    void ipv6ChainTooLong();
    void udpTruncatedAndBadLength();
};

void TestPacketDecoder::linkLayers_data()
{
    QTest::addColumn<int>("dlt");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("isIp");

    const QByteArray ip = ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(500, 500, QByteArray(28, 'a')));
    QByteArray sll = QByteArray::fromHex("00000001000602000000000100000800");
    const QByteArray sll2 = QByteArray::fromHex("0800000000000002000104060200000000010000");
    QTest::newRow("ethernet") << 1 << ethernet(ip) << true;
    QTest::newRow("802.1Q") << 1 << ethernet(ip, 1) << true;
    QTest::newRow("QinQ") << 1 << ethernet(ip, 2) << true;
    QTest::newRow("ARP") << 1 << QByteArray::fromHex("ffffffffffff0200000000010806") + QByteArray(28, '\0')
                         << false;
    QTest::newRow("Linux cooked v1") << 113 << sll + ip << true;
    QTest::newRow("Linux cooked v2") << 276 << sll2 + ip << true;
    QTest::newRow("raw IP") << 12 << ip << true;
    QTest::newRow("raw IP (LINKTYPE_RAW)") << 101 << ip << true;
    QTest::newRow("BSD null, little endian") << 0 << QByteArray::fromHex("02000000") + ip << true;
    QTest::newRow("BSD null, big endian") << 0 << QByteArray::fromHex("00000002") + ip << true;
    QTest::newRow("OpenBSD loop, IPv6 family")
        << 108
        << QByteArray::fromHex("00000018") +
               ipv6(v6("2001:db8::1"), v6("2001:db8::2"), 17, udp(500, 500, QByteArray(28, 'b')))
        << true;
}

void TestPacketDecoder::linkLayers()
{
    QFETCH(int, dlt);
    QFETCH(QByteArray, frame);
    QFETCH(bool, isIp);
    const LinkDecodeResult r = decodeLinkLayer(linkTypeFromDlt(dlt), bytes(frame));
    QCOMPARE(r.status == LinkDecodeResult::Status::Ip, isIp);
    if (isIp) {
        const IpDecodeResult ip = decodeIpPacket(r.network);
        QCOMPARE(ip.status, IpDecodeResult::Status::Ok);
        QCOMPARE(ip.packet.protocol, std::uint8_t(17));
    }
    // Every prefix of the frame is handled without reading past it.
    for (int cut = 0; cut < frame.size(); ++cut) {
        const QByteArray part = frame.left(cut);
        const LinkDecodeResult p = decodeLinkLayer(linkTypeFromDlt(dlt), bytes(part));
        if (p.status == LinkDecodeResult::Status::Ip)
            (void)decodeIpPacket(p.network);
    }
}

void TestPacketDecoder::vlanTagLimit()
{
    QByteArray frame = QByteArray::fromHex("020000000002020000000001");
    for (int i = 0; i < 20; ++i)
        frame += QByteArray::fromHex("81000001");
    frame += QByteArray::fromHex("0800") + ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(1, 2, {}));
    const LinkDecodeResult r = decodeLinkLayer(LinkType::Ethernet, bytes(frame));
    QCOMPARE(r.status, LinkDecodeResult::Status::Malformed);
}

void TestPacketDecoder::ipv4WithOptionsAndPadding()
{
    const QByteArray payload = udp(500, 500, QByteArray(30, 'x'));
    QByteArray packet =
        ipv4(v4("192.0.2.1"), v4("198.51.100.7"), 17, payload, 7, 61, 0, QByteArray::fromHex("01010100"));
    packet += QByteArray(6, '\0'); // Ethernet minimum-size padding beyond the total length
    const IpDecodeResult r = decodeIpPacket(bytes(packet));
    QCOMPARE(r.status, IpDecodeResult::Status::Ok);
    QCOMPARE(r.packet.ttl, std::uint8_t(61));
    QCOMPARE(r.packet.source.toString(), QStringLiteral("192.0.2.1"));
    QCOMPARE(r.packet.destination.toString(), QStringLiteral("198.51.100.7"));
    QCOMPARE(qsizetype(r.packet.payload.size()), payload.size()); // padding dropped, options skipped
    QVERIFY(!r.packet.truncated);
    QVERIFY(!r.packet.isFragment);
}

void TestPacketDecoder::ipv4Truncated_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("reason");
    const QByteArray good = ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(500, 500, QByteArray(40, 'x')));
    QTest::newRow("short header") << good.left(19) << false << int(MalformedReason::Ipv4Truncated);
    QByteArray badIhl = good;
    badIhl[0] = char(0x44);
    QTest::newRow("IHL below 5") << badIhl << false << int(MalformedReason::Ipv4BadHeader);
    QByteArray hugeIhl = good.left(30);
    hugeIhl[0] = char(0x4F);
    QTest::newRow("IHL past the data") << hugeIhl << false << int(MalformedReason::Ipv4Truncated);
    QByteArray shortTotal = good;
    shortTotal[2] = 0;
    shortTotal[3] = 10;
    QTest::newRow("total length below header")
        << shortTotal << false << int(MalformedReason::Ipv4BadTotalLength);
    QTest::newRow("snap length cut") << good.left(40) << true << 0;
}

void TestPacketDecoder::ipv4Truncated()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, ok);
    QFETCH(int, reason);
    const IpDecodeResult r = decodeIpPacket(bytes(packet));
    QCOMPARE(r.status == IpDecodeResult::Status::Ok, ok);
    if (!ok)
        QCOMPARE(int(r.reason), reason);
    else
        QVERIFY(r.packet.truncated);
}

void TestPacketDecoder::ipv4FragmentFlagsCountedEvenWhenTruncated()
{
    const auto frags = ipv4Fragments(v4("192.0.2.1"), v4("192.0.2.2"), 17,
                                     udp(500, 500, QByteArray(3000, 'x')), 9, 64, 1500);
    QCOMPARE(frags.size(), std::size_t(3));
    const IpDecodeResult r = decodeIpPacket(bytes(frags[1].left(24)));
    QVERIFY(r.ipv4FragmentFlag);
    QCOMPARE(r.packet.fragmentOffset, std::uint32_t(1480));
    QVERIFY(r.packet.moreFragments);
    QCOMPARE(r.packet.fragmentId, std::uint32_t(9));
    QVERIFY(r.packet.truncated);
}

void TestPacketDecoder::ipv6FragmentAfterExtensionHeaders()
{
    // hop-by-hop -> destination options -> fragment -> UDP (in the first fragment)
    const QByteArray fragmentHeader =
        QByteArray::fromHex("1100000100001234"); // next UDP, offset 0, M=1, id 0x1234
    const QByteArray hbh = ipv6Extension(60);    // hop-by-hop, next: destination options
    const QByteArray dst = ipv6Extension(44, 1); // 16-byte destination options, next: fragment
    const QByteArray packet = ipv6(v6("2001:db8::1"), v6("2001:db8::2"), 0,
                                   hbh + dst + fragmentHeader + udp(500, 500, QByteArray(100, 'y')), 57);
    const IpDecodeResult r = decodeIpPacket(bytes(packet));
    QCOMPARE(r.status, IpDecodeResult::Status::Ok);
    QVERIFY(r.ipv6FragmentFlag);
    QVERIFY(r.packet.isFragment);
    QVERIFY(r.packet.moreFragments);
    QCOMPARE(r.packet.fragmentOffset, std::uint32_t(0));
    QCOMPARE(r.packet.fragmentId, std::uint32_t(0x1234));
    QCOMPARE(r.packet.protocol, std::uint8_t(17));
    QCOMPARE(r.packet.ttl, std::uint8_t(57));
    QCOMPARE(r.packet.payload.size(), std::size_t(108));
}

void TestPacketDecoder::ipv6AtomicFragmentIsWhole()
{
    const QByteArray atomic = QByteArray::fromHex("1100000000000001"); // offset 0, M=0
    const QByteArray packet =
        ipv6(v6("2001:db8::1"), v6("2001:db8::2"), 44, atomic + udp(500, 500, QByteArray(30, 'z')));
    const IpDecodeResult r = decodeIpPacket(bytes(packet));
    QCOMPARE(r.status, IpDecodeResult::Status::Ok);
    QVERIFY(!r.ipv6FragmentFlag);
    QVERIFY(!r.packet.isFragment);
    QCOMPARE(r.packet.protocol, std::uint8_t(17));
}

void TestPacketDecoder::ipv6ChainTooLong()
{
    QByteArray chain;
    for (int i = 0; i < 40; ++i)
        chain += ipv6Extension(60);
    const QByteArray packet = ipv6(v6("2001:db8::1"), v6("2001:db8::2"), 60, chain);
    const IpDecodeResult r = decodeIpPacket(bytes(packet));
    QCOMPARE(r.status, IpDecodeResult::Status::Malformed);
    QCOMPARE(r.reason, MalformedReason::Ipv6ExtensionChainTooLong);
    const IpDecodeResult cut = decodeIpPacket(bytes(packet.left(45)));
    QCOMPARE(cut.status, IpDecodeResult::Status::Malformed);
}

void TestPacketDecoder::udpTruncatedAndBadLength()
{
    const QByteArray datagram = udp(500, 4500, QByteArray(20, 'q'));
    QVERIFY(decodeUdp(bytes(datagram), false).ok);
    QCOMPARE(decodeUdp(bytes(datagram.left(7)), false).reason, MalformedReason::UdpTruncated);
    QCOMPARE(decodeUdp(bytes(udp(1, 2, {}, std::uint16_t(4))), false).reason, MalformedReason::UdpBadLength);
    // Length beyond the bytes: malformed when the IP layer was whole, truncated when the snap length cut it.
    const QByteArray lying = udp(500, 500, QByteArray(20, 'q'), std::uint16_t(400));
    QCOMPARE(decodeUdp(bytes(lying), false).reason, MalformedReason::UdpBadLength);
    const UdpDecodeResult cut = decodeUdp(bytes(lying), true);
    QVERIFY(cut.ok);
    QVERIFY(cut.datagram.truncated);
    QCOMPARE(cut.datagram.payload.size(), std::size_t(20));
}

QTEST_GUILESS_MAIN(TestPacketDecoder)
#include "TestPacketDecoder.moc"
