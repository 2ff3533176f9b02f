// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9.3: frames cut by a snap length (captured < original length) give the verdict of the
// full capture, are not malformed, and the result says what the cut left unread.
#include "Analyzer.h"
#include "PacketBuilder.h"

#include <QTest>

using namespace PacketBuilder;

namespace {
IpAddress v6Address(const char* text)
{
    return PacketBuilder::v6(text);
}
} // namespace

Q_DECLARE_METATYPE(PacketBuilder::MainModeScenario)

class TestTruncation : public QObject
{
    Q_OBJECT

private slots:
    void sameVerdictWhenCut_data();
    void sameVerdictWhenCut();
    void fullCaptureIsNotTruncated();
    void lyingLengthStaysMalformed();

private:
    static AnalysisResult analyze(const std::vector<TimedFrame>& frames, int snap);
};

AnalysisResult TestTruncation::analyze(const std::vector<TimedFrame>& frames, int snap)
{
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    for (const TimedFrame& f : frames) {
        const QByteArray captured = snap > 0 ? f.frame.left(snap) : f.frame;
        analyzer.processPacket(f.timestampUs, bytes(captured), std::uint32_t(f.frame.size()));
    }
    analyzer.finish();
    return analyzer.result();
}

void TestTruncation::sameVerdictWhenCut_data()
{
    QTest::addColumn<int>("snap");
    QTest::addColumn<MainModeScenario>("scenario");
    for (int snap : {512, 128}) {
        const QByteArray at = QByteArray::number(snap);
        MainModeScenario pass;
        pass.authMethod = 3; // a real SA payload, as every lab capture has
        pass.clientTtl = 127;
        pass.serverTtl = 64;
        QTest::newRow("fragments pass, server " + at) << snap << pass;
        MainModeScenario blocked = pass;
        blocked.mm6Sent = false;
        blocked.mm6Delivered = false;
        QTest::newRow("blocked at the server " + at) << snap << blocked;
        MainModeScenario router = blocked;
        router.mm5Reaches = false;
        QTest::newRow("lost before the server " + at) << snap << router;
        MainModeScenario someLost = blocked;
        someLost.mm5Incomplete = true;
        QTest::newRow("some fragments lost before the server " + at) << snap << someLost;
        MainModeScenario after = pass;
        after.mm6Delivered = false;
        QTest::newRow("lost after the server " + at) << snap << after;
        MainModeScenario client = blocked;
        client.clientTtl = 128;
        client.serverTtl = 63;
        QTest::newRow("blocked, seen at the client " + at) << snap << client;
        MainModeScenario natT = blocked;
        natT.natT = true;
        QTest::newRow("NAT-T, blocked at the server " + at) << snap << natT;
        MainModeScenario v6 = blocked;
        v6.ipv6 = true;
        v6.client = v6Address("2001:db8:1::2");
        v6.server = v6Address("2001:db8:2::2");
        v6.clientTtl = 63;
        QTest::newRow("IPv6, blocked at the server " + at) << snap << v6;
        MainModeScenario byMethod = router;
        byMethod.authMethod = 3;
        byMethod.certificateRequests = false;
        byMethod.mm4Retransmissions = 3;
        QTest::newRow("lost before, only the auth method says MM5 is large " + at) << snap << byMethod;
    }
}

void TestTruncation::sameVerdictWhenCut()
{
    QFETCH(int, snap);
    QFETCH(MainModeScenario, scenario);
    const std::vector<TimedFrame> frames = mainMode(scenario);
    const AnalysisResult full = analyze(frames, 0);
    const AnalysisResult cut = analyze(frames, snap);
    QCOMPARE(verdictCodeKey(cut.verdict.code), verdictCodeKey(full.verdict.code));
    QCOMPARE(cut.verdict.vantage.point, full.verdict.vantage.point);
    QCOMPARE(cut.verdict.stalled.has_value(), full.verdict.stalled.has_value());
    if (full.verdict.stalled) {
        QCOMPARE(cut.verdict.stalled->name, full.verdict.stalled->name);
        QCOMPARE(cut.verdict.stalled->fragmentCount, full.verdict.stalled->fragmentCount);
        QCOMPARE(cut.verdict.stalled->ikeLength, full.verdict.stalled->ikeLength);
        QCOMPARE(cut.verdict.stalled->retransmissions, full.verdict.stalled->retransmissions);
    }
    // Counts stay integers of what was seen: the IP and IKE headers survive every cut here.
    QCOMPARE(cut.packets, full.packets);
    QCOMPARE(cut.ipv4Fragments, full.ipv4Fragments);
    QCOMPARE(cut.ipv6Fragments, full.ipv6Fragments);
    QCOMPARE(cut.datagramsReassembled, full.datagramsReassembled);
    QCOMPARE(cut.datagramsIncomplete, full.datagramsIncomplete);
    QCOMPARE(cut.ikeV1Messages, full.ikeV1Messages);
    QCOMPARE(cut.retransmissions, full.retransmissions);
    QCOMPARE(cut.pathMtuEstimate, full.pathMtuEstimate);
    QCOMPARE(cut.malformed.total(), std::uint64_t(0));
    std::uint64_t longer = 0;
    for (const TimedFrame& f : frames)
        longer += f.frame.size() > snap ? 1 : 0;
    QCOMPARE(cut.truncation.framesCut, longer);
    QCOMPARE(cut.truncation.truncated(), longer > 0);
    if (longer > 0) {
        QCOMPARE(cut.truncation.snapLength, std::uint32_t(snap));
        QVERIFY(!cut.truncation.incomplete().isEmpty());
    }
}

void TestTruncation::fullCaptureIsNotTruncated()
{
    const AnalysisResult full = analyze(mainMode(MainModeScenario{}), 0);
    QVERIFY(!full.truncation.truncated());
    QCOMPARE(full.truncation.framesCut, std::uint64_t(0));
    QVERIFY(full.truncation.incomplete().isEmpty());
}

void TestTruncation::lyingLengthStaysMalformed()
{
    // An IPv4 header that claims more than the frame holds, the frame not cut by the capture:
    // the packet lies, and stays malformed.
    MainModeScenario s;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    std::vector<TimedFrame> frames = mainMode(s);
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    std::uint64_t lying = 0;
    for (const TimedFrame& f : frames) {
        const QByteArray shorter = f.frame.size() > 600 ? f.frame.left(600) : f.frame;
        lying += f.frame.size() > 600 ? 1 : 0;
        analyzer.processPacket(f.timestampUs, bytes(shorter), std::uint32_t(shorter.size()));
    }
    analyzer.finish();
    const AnalysisResult r = analyzer.result();
    QVERIFY(lying > 0);
    QVERIFY(!r.truncation.truncated());
    QVERIFY(r.malformed.total() >= lying);
}

QTEST_GUILESS_MAIN(TestTruncation)
#include "TestTruncation.moc"
