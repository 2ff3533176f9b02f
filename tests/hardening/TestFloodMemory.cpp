// SPDX-License-Identifier: GPL-3.0-or-later
// Floods and fragment attacks through a whole Analyzer, with numbers: peak heap stays under
// a documented bound (README, "What frag792 guarantees"), evictions are counted, and a real Main Mode
// negotiation interleaved in the middle of a 1,000,000-fragment flood keeps its verdict.
//
// FRAG792_FLOOD_FRAGMENTS overrides the flood size (the sanitizer run uses a smaller one).
#include "Analyzer.h"
#include "PacketBuilder.h"

#include <QTest>

#include <malloc.h>
#include <random>
#include <sys/resource.h>

using namespace PacketBuilder;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

constexpr std::size_t kMiB = 1024 * 1024;
// The bound documented in README ("What frag792 guarantees"): with the default limits (2048
// datagrams, 16 MiB of payload plus 64 bytes of bookkeeping per fragment, 256 fragments
// each) reassembly plus everything the Analyzer keeps, whatever the fragments' size.
constexpr std::size_t kFloodHeapBound = 40 * kMiB;
constexpr int kEthernetHeader = 14;

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/** Samples the heap while a flood runs; the peak is what the bound is about. */
class HeapPeak
{
public:
    HeapPeak() : m_base(heapInUse()), m_peak(m_base), m_rssBase(maxRssKiB()) {}
    void sample() { m_peak = std::max(m_peak, heapInUse()); }
    std::size_t growth() const { return m_peak > m_base ? m_peak - m_base : 0; }
    long rssGrowthKiB() const { return maxRssKiB() - m_rssBase; }

private:
    std::size_t m_base;
    std::size_t m_peak;
    long m_rssBase;
};

/** An Ethernet + IPv4 fragment whose identification, addresses and offset are patched in place. */
class FragmentTemplate
{
public:
    explicit FragmentTemplate(int payloadBytes, std::uint8_t protocol = 17)
        : m_frame(ethernet(ipv4(v4("10.0.0.1"), v4("10.0.0.2"), protocol, QByteArray(payloadBytes, '\xA5'), 1,
                                64, 0x2000)))
    {
    }
    void set(std::uint32_t source, std::uint16_t id, std::uint16_t offsetUnits, bool more)
    {
        auto* ip = reinterpret_cast<std::uint8_t*>(m_frame.data()) + kEthernetHeader;
        ip[4] = std::uint8_t(id >> 8);
        ip[5] = std::uint8_t(id);
        const std::uint16_t flags = std::uint16_t((more ? 0x2000 : 0) | (offsetUnits & 0x1FFF));
        ip[6] = std::uint8_t(flags >> 8);
        ip[7] = std::uint8_t(flags);
        for (int i = 0; i < 4; ++i)
            ip[12 + i] = std::uint8_t(source >> (24 - 8 * i));
    }
    std::span<const std::uint8_t> frame() const { return bytes(m_frame); }

private:
    QByteArray m_frame;
};

std::size_t floodSize()
{
    bool ok = false;
    const qulonglong n = qEnvironmentVariable("FRAG792_FLOOD_FRAGMENTS").toULongLong(&ok);
    return ok && n > 0 ? std::size_t(n) : 1'000'000;
}

void feed(Analyzer& analyzer, std::int64_t t, std::span<const std::uint8_t> frame)
{
    analyzer.processPacket(t, frame, std::uint32_t(frame.size()));
}

} // namespace

class TestFloodMemory : public QObject
{
    Q_OBJECT

private slots:
    void randomIdFloodKeepsVerdict();
    void teardropOverlapsAreDiscarded();
    void tinyFragmentsStayBounded();
    void largeFragmentsHitTheByteCap();
    void datagramsPast65535AreRejected();
    void lyingIsakmpLengthIsMalformed();
};

void TestFloodMemory::randomIdFloodKeepsVerdict()
{
    const std::size_t count = floodSize();
    // KB 838438 at the server: MM5 arrives in fragments, the server never answers.
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    const std::vector<TimedFrame> session = mainMode(s);
    const std::int64_t sessionStart = session.front().timestampUs;
    const std::int64_t sessionEnd = session.back().timestampUs;
    // The flood spans the session with 10 s on either side, so the session sits in its middle.
    const std::int64_t floodStart = sessionStart - 10'000'000;
    const std::int64_t floodSpan = (sessionEnd - sessionStart) + 20'000'000;

    VantageHints hints;
    hints.stated = VantagePoint::Server;
    AnalyzerOptions options;
    options.vantage = hints;
    FragmentTemplate fragment(1000);
    std::mt19937 random(792);
    HeapPeak heap;
    QElapsedTimer timer;
    timer.start();
    {
        Analyzer analyzer(options);
        analyzer.setLinkType(LinkType::Ethernet);
        std::size_t next = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const std::int64_t t = floodStart + std::int64_t(double(i) * double(floodSpan) / double(count));
            while (next < session.size() && session[next].timestampUs <= t) {
                feed(analyzer, session[next].timestampUs, bytes(session[next].frame));
                ++next;
            }
            // Random source and identification, never offset 0 and always "more": nothing completes.
            const std::uint32_t source = 0x0A000000u | (random() & 0x00FFFFFFu);
            fragment.set(source, std::uint16_t(random()), std::uint16_t(1 + random() % 7000), true);
            feed(analyzer, t, fragment.frame());
            if ((i & 0x3FFF) == 0)
                heap.sample();
        }
        for (; next < session.size(); ++next)
            feed(analyzer, session[next].timestampUs, bytes(session[next].frame));
        heap.sample();
        analyzer.finish();
        heap.sample();
        const AnalysisResult& r = analyzer.result();

        qInfo("flood: %zu fragments + %zu session frames in %lld ms", count, session.size(), timer.elapsed());
        qInfo("flood: peak heap growth %.1f MiB (bound %zu MiB), ru_maxrss growth %.1f MiB",
              double(heap.growth()) / kMiB, kFloodHeapBound / kMiB, double(heap.rssGrowthKiB()) / 1024.0);
        qInfo("flood: peak reassembly %.1f MiB in %llu datagrams; incomplete %llu, detailed records %zu",
              double(r.peakReassemblyBytes) / kMiB, qulonglong(r.peakDatagramsInFlight),
              qulonglong(r.datagramsIncomplete), r.incompleteDatagrams.size());

        QCOMPARE(r.packets, std::uint64_t(count + session.size()));
        QVERIFY(r.peakDatagramsInFlight <= options.reassembly.maxDatagrams);
        QVERIFY(r.peakReassemblyBytes <= options.reassembly.maxBytes);
        // Every flood datagram ends incomplete: evicted, timed out or still waiting at the end.
        QVERIFY(r.datagramsIncomplete >= count);
        QVERIFY(r.incompleteDatagrams.size() <= options.maxIncompleteRecords);
        QCOMPARE(verdictCodeKey(r.verdict.code), QStringLiteral("fragments-dropped-at-server"));
        QVERIFY(r.verdict.stalled);
        QCOMPARE(r.verdict.stalled->name, QStringLiteral("MM5"));
    }
    if (!kSanitized)
        QVERIFY2(heap.growth() < kFloodHeapBound,
                 qPrintable(QStringLiteral("peak heap growth %1 bytes").arg(heap.growth())));
}

void TestFloodMemory::teardropOverlapsAreDiscarded()
{
    // Teardrop: a first fragment, then one starting inside it; and the reverse order.
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    FragmentTemplate first(48);
    FragmentTemplate inside(48);
    constexpr int kPairs = 20'000;
    std::int64_t t = 1'700'000'000'000'000;
    for (int i = 0; i < kPairs; ++i) {
        const std::uint32_t source = 0x0A010000u + std::uint32_t(i);
        first.set(source, std::uint16_t(i), 0, true);
        inside.set(source, std::uint16_t(i), 3, (i & 1) != 0); // bytes 24..72 overlap 0..48
        if (i & 1) {
            feed(analyzer, ++t, first.frame());
            feed(analyzer, ++t, inside.frame());
        } else {
            feed(analyzer, ++t, inside.frame());
            feed(analyzer, ++t, first.frame());
        }
    }
    analyzer.finish();
    const AnalysisResult& r = analyzer.result();
    qInfo("teardrop: %d overlapping pairs -> %llu discarded, %llu reassembled, overlap reasons %llu", kPairs,
          qulonglong(r.datagramsDiscarded), qulonglong(r.datagramsReassembled),
          qulonglong(r.malformed.of(MalformedReason::FragmentOverlap)));
    QCOMPARE(r.datagramsReassembled, std::uint64_t(0));
    QCOMPARE(r.datagramsDiscarded, std::uint64_t(kPairs));
    QCOMPARE(r.malformed.of(MalformedReason::FragmentOverlap), std::uint64_t(kPairs));
}

void TestFloodMemory::tinyFragmentsStayBounded()
{
    // 8-byte fragments are the worst case per byte: 300 per datagram (more than the cap of
    // 256), over more datagrams than the cap of 2048, none completing.
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    FragmentTemplate tiny(8);
    constexpr int kDatagrams = 3000;
    constexpr int kPerDatagram = 300;
    HeapPeak heap;
    std::int64_t t = 1'700'000'000'000'000;
    for (int d = 0; d < kDatagrams; ++d) {
        for (int k = 0; k < kPerDatagram; ++k) {
            tiny.set(0x0A020000u + std::uint32_t(d), std::uint16_t(d), std::uint16_t(1 + k), true);
            feed(analyzer, ++t, tiny.frame());
        }
        if (d % 64 == 0)
            heap.sample();
    }
    // What used to be the worst case: 2048 datagrams in flight at once, 255 tiny fragments
    // each (one below the per-datagram cap), round robin so none is rejected. 522k fragments
    // of 8 bytes are 4 MiB of payload but 37 MiB with their bookkeeping, which the byte cap
    // now counts: the oldest datagrams are evicted instead.
    constexpr int kWorstDatagrams = 2048;
    constexpr int kWorstPerDatagram = 255;
    for (int k = 0; k < kWorstPerDatagram; ++k) {
        for (int d = 0; d < kWorstDatagrams; ++d) {
            tiny.set(0x0A040000u + std::uint32_t(d), std::uint16_t(d), std::uint16_t(1 + k), true);
            feed(analyzer, ++t, tiny.frame());
        }
        heap.sample();
    }
    heap.sample();
    analyzer.finish();
    const AnalysisResult& r = analyzer.result();
    qInfo("tiny: %d x %d fragments of 8 bytes, then %d x %d in flight at once: peak heap growth %.1f MiB "
          "(bound %zu "
          "MiB), discarded %llu, too-many %llu, peak in flight %llu",
          kDatagrams, kPerDatagram, kWorstDatagrams, kWorstPerDatagram, double(heap.growth()) / kMiB,
          kFloodHeapBound / kMiB, qulonglong(r.datagramsDiscarded),
          qulonglong(r.malformed.of(MalformedReason::FragmentTooMany)), qulonglong(r.peakDatagramsInFlight));
    QCOMPARE(r.malformed.of(MalformedReason::FragmentTooMany), std::uint64_t(kDatagrams));
    QVERIFY(r.peakDatagramsInFlight <= 2048);
    QVERIFY(r.peakReassemblyBytes <= 16u * kMiB);
    const auto evicted = std::count_if(
        r.incompleteDatagrams.begin(), r.incompleteDatagrams.end(),
        [](const IncompleteDatagram& d) { return d.reason == IncompleteDatagram::Reason::Evicted; });
    QVERIFY2(evicted > 0, "the byte cap, counting bookkeeping, must have evicted tiny-fragment datagrams");
    if (!kSanitized)
        QVERIFY2(heap.growth() < kFloodHeapBound,
                 qPrintable(QStringLiteral("peak heap growth %1 bytes").arg(heap.growth())));
}

void TestFloodMemory::largeFragmentsHitTheByteCap()
{
    // 2000 datagrams (under the count cap) of 20 x 1480-byte fragments, interleaved: 59 MB
    // offered, none complete. The 16 MiB payload cap evicts the oldest; the heap follows it.
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    FragmentTemplate big(1480);
    constexpr int kDatagrams = 2000;
    constexpr int kPerDatagram = 20;
    HeapPeak heap;
    std::int64_t t = 1'700'000'000'000'000;
    for (int k = 0; k < kPerDatagram; ++k) {
        for (int d = 0; d < kDatagrams; ++d) {
            big.set(0x0A050000u + std::uint32_t(d), std::uint16_t(d), std::uint16_t(1 + k * 185), true);
            feed(analyzer, ++t, big.frame());
        }
        heap.sample();
    }
    analyzer.finish();
    heap.sample();
    const AnalysisResult& r = analyzer.result();
    qInfo("byte cap: %d x %d fragments of 1480 bytes: peak reassembly %.1f MiB, peak heap growth %.1f MiB "
          "(bound %zu "
          "MiB), incomplete %llu",
          kDatagrams, kPerDatagram, double(r.peakReassemblyBytes) / kMiB, double(heap.growth()) / kMiB,
          kFloodHeapBound / kMiB, qulonglong(r.datagramsIncomplete));
    QVERIFY(r.peakReassemblyBytes <= 16u * kMiB);
    QVERIFY(r.peakReassemblyBytes > 15u * kMiB); // the cap, not the count, was the limit
    QVERIFY(r.datagramsIncomplete >= std::uint64_t(kDatagrams));
    if (!kSanitized)
        QVERIFY2(heap.growth() < kFloodHeapBound,
                 qPrintable(QStringLiteral("peak heap growth %1 bytes").arg(heap.growth())));
}

void TestFloodMemory::datagramsPast65535AreRejected()
{
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    FragmentTemplate big(1480);
    constexpr int kDatagrams = 1000;
    std::int64_t t = 1'700'000'000'000'000;
    for (int d = 0; d < kDatagrams; ++d) {
        // 45 fragments of 1480 bytes = 66,600 bytes: the last ones pass 65,535.
        for (int k = 0; k < 45; ++k) {
            big.set(0x0A030000u + std::uint32_t(d), std::uint16_t(d), std::uint16_t(k * 185), k < 44);
            feed(analyzer, ++t, big.frame());
        }
    }
    analyzer.finish();
    const AnalysisResult& r = analyzer.result();
    qInfo("oversize: %d datagrams of 66,600 bytes -> too-large %llu, discarded %llu, reassembled %llu",
          kDatagrams, qulonglong(r.malformed.of(MalformedReason::FragmentTooLarge)),
          qulonglong(r.datagramsDiscarded), qulonglong(r.datagramsReassembled));
    QCOMPARE(r.datagramsReassembled, std::uint64_t(0));
    QCOMPARE(r.malformed.of(MalformedReason::FragmentTooLarge), std::uint64_t(kDatagrams));
    QVERIFY(r.peakReassemblyBytes <= 16u * kMiB);
}

void TestFloodMemory::lyingIsakmpLengthIsMalformed()
{
    // The ISAKMP header claims 16 MiB (and, second, fewer bytes than its own header) inside a
    // datagram that reassembles cleanly: the parser must neither trust nor over-read it.
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    const IpAddress a = v4("192.0.2.10");
    const IpAddress b = v4("198.51.100.1");
    std::int64_t t = 1'700'000'000'000'000;
    const std::uint32_t lies[] = {0x01000000u, 0xFFFFFFFFu, 3000u, 29u};
    std::uint16_t id = 1;
    for (const std::uint32_t claimed : lies) {
        const QByteArray ike = ikeMessage(0x10, 0x1111000000000000ULL + id, 0x2222, 2, 0x01, 0, {},
                                          QByteArray(2000, 'c'), 5, claimed);
        for (const QByteArray& f : ipv4Fragments(a, b, 17, ikeOverUdp(ike, 500, 500), id, 64, 576))
            feed(analyzer, t += 10, bytes(ethernet(f)));
        ++id;
    }
    analyzer.finish();
    const AnalysisResult& r = analyzer.result();
    qInfo("lying length: %llu reassembled, %llu IKE messages, %llu malformed",
          qulonglong(r.datagramsReassembled), qulonglong(r.ikeV1Messages), qulonglong(r.malformed.total()));
    QCOMPARE(r.datagramsReassembled, std::uint64_t(std::size(lies)));
    QCOMPARE(r.ikeV1Messages, std::uint64_t(std::size(lies)));
    // 16 MiB, 4 GiB and 3000 claim more than the ~2 KB datagram holds; 29 leaves bytes over.
    QCOMPARE(r.malformed.of(MalformedReason::IkeLengthExceedsDatagram), std::uint64_t(3));
    QCOMPARE(r.malformed.of(MalformedReason::IkeTrailingData), std::uint64_t(1));
    QCOMPARE(r.malformed.total(), std::uint64_t(std::size(lies)));
}

QTEST_GUILESS_MAIN(TestFloodMemory)
#include "TestFloodMemory.moc"
