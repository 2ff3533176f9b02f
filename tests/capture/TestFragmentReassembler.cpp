// SPDX-License-Identifier: GPL-3.0-or-later
// Reassembly: order, duplicates, RFC 5722 overlaps, timeouts with missing ranges, caps and eviction.
#include "FragmentReassembler.h"
#include "PacketBuilder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace PacketBuilder;

namespace {

/** Decoded fragments of one UDP datagram of @p size bytes split at @p mtu. */
struct Fragments
{
    std::vector<QByteArray> packets;
    QByteArray original;
    IpPacket decode(std::size_t i) const { return decodeIpPacket(bytes(packets[i])).packet; }
};

Fragments makeFragments(int size, int mtu, std::uint16_t id = 42, bool v6 = false)
{
    Fragments f;
    f.original = udp(500, 500, QByteArray(size, '\0'));
    for (int i = 8; i < f.original.size(); ++i) // keep the UDP header, vary the payload
        f.original[i] = char(i * 7 + 3);
    f.packets = v6 ? ipv6Fragments(PacketBuilder::v6("2001:db8::1"), PacketBuilder::v6("2001:db8::2"), 17,
                                   f.original, id, 64, mtu)
                   : ipv4Fragments(v4("192.0.2.1"), v4("192.0.2.2"), 17, f.original, id, 64, mtu);
    return f;
}

QByteArray payloadOf(const ReassembledDatagram& d)
{
    return QByteArray(reinterpret_cast<const char*>(d.payload.data()), qsizetype(d.payload.size()));
}

} // namespace

class TestFragmentReassembler : public QObject
{
    Q_OBJECT

private slots:
    void inOrderAndOutOfOrder_data();
    void inOrderAndOutOfOrder();
    void duplicateAccepted();
    void overlapDiscardsDatagramAndLaterFragments();
    void missingMiddleTimesOutWithRanges();
    void conflictingLastFragment();
    void tooLargeRejected();
    void capsEvictOldest();
    void byteCapHolds();
    void ipv6Reassembly();
    void endOfCaptureReportsPending();
};

void TestFragmentReassembler::inOrderAndOutOfOrder_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("in order") << QList<int>{0, 1, 2};
    QTest::newRow("reversed") << QList<int>{2, 1, 0};
    QTest::newRow("last first") << QList<int>{2, 0, 1};
    QTest::newRow("middle first") << QList<int>{1, 2, 0};
}

void TestFragmentReassembler::inOrderAndOutOfOrder()
{
    QFETCH(QList<int>, order);
    const Fragments f = makeFragments(3000, 1500);
    QCOMPARE(f.packets.size(), std::size_t(3));
    FragmentReassembler r;
    std::vector<IncompleteDatagram> evicted;
    std::optional<ReassembledDatagram> done;
    for (int i = 0; i < order.size(); ++i) {
        auto result = r.add(f.decode(std::size_t(order[i])), 1000 + i, evicted);
        if (i + 1 < order.size()) {
            QCOMPARE(result.status, FragmentReassembler::AddStatus::Buffered);
        } else {
            QCOMPARE(result.status, FragmentReassembler::AddStatus::Completed);
            done = result.datagram;
        }
    }
    QVERIFY(done);
    QCOMPARE(payloadOf(*done), f.original);
    QCOMPARE(done->origin.fragmentCount, std::uint32_t(3));
    QCOMPARE(done->origin.largestFragmentWireLength, std::uint32_t(1500));
    QCOMPARE(r.datagramsInFlight(), std::size_t(0));
    QCOMPARE(r.bytesHeld(), std::size_t(0));
}

void TestFragmentReassembler::duplicateAccepted()
{
    const Fragments f = makeFragments(3000, 1500);
    FragmentReassembler r;
    std::vector<IncompleteDatagram> evicted;
    r.add(f.decode(0), 1, evicted);
    QCOMPARE(r.add(f.decode(0), 2, evicted).status, FragmentReassembler::AddStatus::Duplicate);
    r.add(f.decode(1), 3, evicted);
    const auto last = r.add(f.decode(2), 4, evicted);
    QCOMPARE(last.status, FragmentReassembler::AddStatus::Completed);
    QCOMPARE(payloadOf(*last.datagram), f.original);
    QCOMPARE(r.counters().duplicates, std::uint64_t(1));
}

void TestFragmentReassembler::overlapDiscardsDatagramAndLaterFragments()
{
    const Fragments f = makeFragments(3000, 1500);
    FragmentReassembler r;
    std::vector<IncompleteDatagram> evicted;
    r.add(f.decode(0), 1, evicted);
    // Teardrop: a fragment starting inside the first one with different bytes.
    IpPacket overlap = f.decode(1);
    const QByteArray evil =
        ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, QByteArray(64, 'E'), 42, 64, 0x2000 | (800 / 8));
    const auto result = r.add(decodeIpPacket(bytes(evil)).packet, 2, evicted);
    QCOMPARE(result.status, FragmentReassembler::AddStatus::Rejected);
    QCOMPARE(result.reason, MalformedReason::FragmentOverlap);
    // The honest remaining fragments no longer complete anything (RFC 5722).
    QCOMPARE(r.add(overlap, 3, evicted).status, FragmentReassembler::AddStatus::Ignored);
    QCOMPARE(r.add(f.decode(2), 4, evicted).status, FragmentReassembler::AddStatus::Ignored);
    QCOMPARE(r.counters().reassembled, std::uint64_t(0));
    QCOMPARE(r.counters().discardedDatagrams, std::uint64_t(1));
    QCOMPARE(r.bytesHeld(), std::size_t(0));
}

void TestFragmentReassembler::missingMiddleTimesOutWithRanges()
{
    const Fragments f = makeFragments(3000, 1500);
    ReassemblyLimits limits;
    limits.timeoutUs = 30'000'000;
    FragmentReassembler r(limits);
    std::vector<IncompleteDatagram> out;
    r.add(f.decode(0), 1'000'000, out);
    r.add(f.decode(2), 1'100'000, out);
    r.expire(20'000'000, out);
    QVERIFY(out.empty()); // not yet: capture time, not wall time
    r.expire(31'000'001, out);
    QCOMPARE(out.size(), std::size_t(1));
    const IncompleteDatagram& d = out.front();
    QCOMPARE(d.reason, IncompleteDatagram::Reason::TimedOut);
    QCOMPARE(d.origin.fragmentCount, std::uint32_t(2));
    QVERIFY(d.expectedLength);
    QCOMPARE(*d.expectedLength, std::uint32_t(3008));
    QCOMPARE(d.missing.size(), std::size_t(1));
    QCOMPARE(d.missing.front().begin, std::uint32_t(1480));
    QCOMPARE(d.missing.front().end, std::uint32_t(2960));
    QVERIFY(d.hasFirstFragment);
    QCOMPARE(d.origin.destinationPort, std::uint16_t(500));
    QCOMPARE(r.counters().timedOut, std::uint64_t(1));
}

void TestFragmentReassembler::conflictingLastFragment()
{
    const Fragments f = makeFragments(3000, 1500);
    FragmentReassembler r;
    std::vector<IncompleteDatagram> out;
    r.add(f.decode(2), 1, out);
    const QByteArray otherEnd =
        ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, QByteArray(16, 'x'), 42, 64, 4000 / 8);
    const auto result = r.add(decodeIpPacket(bytes(otherEnd)).packet, 2, out);
    QCOMPARE(result.status, FragmentReassembler::AddStatus::Rejected);
}

void TestFragmentReassembler::tooLargeRejected()
{
    FragmentReassembler r;
    std::vector<IncompleteDatagram> out;
    const QByteArray huge =
        ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, QByteArray(200, 'x'), 5, 64, 0x2000 | (65528 / 8));
    const auto result = r.add(decodeIpPacket(bytes(huge)).packet, 1, out);
    QCOMPARE(result.status, FragmentReassembler::AddStatus::Rejected);
    QCOMPARE(result.reason, MalformedReason::FragmentTooLarge);
}

void TestFragmentReassembler::capsEvictOldest()
{
    ReassemblyLimits limits;
    limits.maxDatagrams = 16;
    FragmentReassembler r(limits);
    std::vector<IncompleteDatagram> out;
    for (std::uint16_t id = 0; id < 100; ++id) {
        const QByteArray first =
            ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, QByteArray(64, 'x'), id, 64, 0x2000);
        r.add(decodeIpPacket(bytes(first)).packet, id, out);
        QVERIFY(r.datagramsInFlight() <= 16);
    }
    QCOMPARE(r.counters().evicted, std::uint64_t(84));
    QCOMPARE(out.size(), std::size_t(84));
    QCOMPARE(out.front().id, std::uint32_t(0)); // oldest first
    QCOMPARE(out.front().reason, IncompleteDatagram::Reason::Evicted);
}

void TestFragmentReassembler::byteCapHolds()
{
    ReassemblyLimits limits;
    limits.maxBytes = 256 * 1024;
    limits.maxDatagrams = 100000;
    FragmentReassembler r(limits);
    std::vector<IncompleteDatagram> out;
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        const QByteArray frag =
            ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, QByteArray(1000, 'x'), std::uint16_t(rng.generate()),
                 64, std::uint16_t(0x2000 | (rng.bounded(60) * 100)));
        r.add(decodeIpPacket(bytes(frag)).packet, i, out);
        QVERIFY(r.bytesHeld() <= limits.maxBytes);
    }
    QVERIFY(r.counters().peakBytesHeld <= limits.maxBytes);
    QVERIFY(r.counters().evicted > 0);
}

void TestFragmentReassembler::ipv6Reassembly()
{
    const Fragments f = makeFragments(4000, 1280, 77, true);
    QCOMPARE(f.packets.size(), std::size_t(4));
    FragmentReassembler r;
    std::vector<IncompleteDatagram> out;
    std::optional<ReassembledDatagram> done;
    for (std::size_t i : {3, 1, 0, 2}) {
        auto result = r.add(f.decode(i), 1, out);
        if (result.datagram)
            done = result.datagram;
    }
    QVERIFY(done);
    QCOMPARE(done->origin.ipVersion, std::uint8_t(6));
    QCOMPARE(done->protocol, std::uint8_t(17));
    QCOMPARE(payloadOf(*done), f.original);
}

void TestFragmentReassembler::endOfCaptureReportsPending()
{
    const Fragments f = makeFragments(3000, 1500);
    FragmentReassembler r;
    std::vector<IncompleteDatagram> out;
    r.add(f.decode(1), 5, out);
    r.flush(out);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out.front().reason, IncompleteDatagram::Reason::EndOfCapture);
    QVERIFY(!out.front().hasFirstFragment);
    QVERIFY(!out.front().expectedLength);
    QCOMPARE(out.front().missing.size(), std::size_t(2)); // before it, and the unknown tail
    QVERIFY(out.front().missing.back().openEnd);
}

QTEST_GUILESS_MAIN(TestFragmentReassembler)
#include "TestFragmentReassembler.moc"
