// SPDX-License-Identifier: GPL-3.0-or-later
// Verdict rules, driven end to end through the Analyzer with negotiations built packet by packet.
#include "Analyzer.h"
#include "PacketBuilder.h"

#include <QTest>

using namespace PacketBuilder;

class TestVerdictEngine : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void completedScenarioReportsFragments();
    void noIkeTraffic();
    void severalSessionsPickMostSpecificFailure();
    void statedVantageOverridesTtl();

private:
    static AnalysisResult analyze(const std::vector<TimedFrame>& frames, VantageHints hints = {});
};

AnalysisResult TestVerdictEngine::analyze(const std::vector<TimedFrame>& frames, VantageHints hints)
{
    AnalyzerOptions options;
    options.vantage = std::move(hints);
    Analyzer analyzer(options);
    analyzer.setLinkType(LinkType::Ethernet);
    for (const TimedFrame& f : frames)
        analyzer.processPacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size()));
    analyzer.finish();
    return analyzer.result();
}

void TestVerdictEngine::verdicts_data()
{
    QTest::addColumn<int>("clientTtl");
    QTest::addColumn<int>("serverTtl");
    QTest::addColumn<bool>("mm5Reaches");
    QTest::addColumn<bool>("mm5Incomplete");
    QTest::addColumn<bool>("mm6Sent");
    QTest::addColumn<bool>("mm6Delivered");
    QTest::addColumn<int>("certificateBytes");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<bool>("natT");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("vantage");

    // At the server: its own packets carry an initial TTL, the client's arrive decremented.
    QTest::newRow("server: fragments pass")
        << 127 << 64 << true << false << true << true << 2800 << false << false << "negotiation-completed"
        << "server";
    QTest::newRow("server: block IP fragments (KB 838438)")
        << 127 << 64 << true << false << false << false << 2800 << false << false
        << "fragments-dropped-at-server"
        << "server";
    QTest::newRow("server: block, NAT-T") << 120 << 64 << true << false << false << false << 2800 << false
                                          << true << "fragments-dropped-at-server"
                                          << "server";
    QTest::newRow("server: block, IPv6") << 63 << 64 << true << false << false << false << 2800 << true
                                         << false << "fragments-dropped-at-server"
                                         << "server";
    QTest::newRow("server: router drops all fragments")
        << 127 << 64 << false << false << false << false << 2800 << false << false
        << "fragments-lost-before-server"
        << "server";
    QTest::newRow("server: router drops some fragments")
        << 127 << 64 << true << true << false << false << 2800 << false << false
        << "fragments-lost-before-server"
        << "server";
    QTest::newRow("server: answer lost after server") << 127 << 64 << true << false << true << false << 2800
                                                      << false << false << "fragments-lost-after-server"
                                                      << "server";
    QTest::newRow("server: PSK, small MM5 unanswered") << 127 << 64 << true << false << false << false << 60
                                                       << false << false << "stalled-without-fragmentation"
                                                       << "server";
    // At the client: the client's TTL is initial, the server's decremented.
    QTest::newRow("client: fragments unanswered")
        << 128 << 63 << true << false << false << false << 2800 << false << false << "fragments-unanswered"
        << "client";
    QTest::newRow("client: own firewall drops answer") << 128 << 63 << true << false << true << false << 2800
                                                       << false << false << "fragments-dropped-at-client"
                                                       << "client";
    QTest::newRow("client: completed")
        << 128 << 63 << true << false << true << true << 2800 << false << false << "negotiation-completed"
        << "client";
    // On the path both sides' TTLs are decremented.
    QTest::newRow("path: fragments unanswered")
        << 127 << 60 << true << false << false << false << 2800 << false << false << "fragments-unanswered"
        << "path";
}

void TestVerdictEngine::verdicts()
{
    QFETCH(int, clientTtl);
    QFETCH(int, serverTtl);
    QFETCH(bool, mm5Reaches);
    QFETCH(bool, mm5Incomplete);
    QFETCH(bool, mm6Sent);
    QFETCH(bool, mm6Delivered);
    QFETCH(int, certificateBytes);
    QFETCH(bool, ipv6);
    QFETCH(bool, natT);
    QFETCH(QString, expected);
    QFETCH(QString, vantage);

    MainModeScenario s;
    s.clientTtl = std::uint8_t(clientTtl);
    s.serverTtl = std::uint8_t(serverTtl);
    s.mm5Reaches = mm5Reaches;
    s.mm5Incomplete = mm5Incomplete;
    s.mm6Sent = mm6Sent;
    s.mm6Delivered = mm6Delivered;
    s.certificateBytes = certificateBytes;
    s.ipv6 = ipv6;
    s.natT = natT;
    if (ipv6) {
        s.client = v6("2001:db8:1::10");
        s.server = v6("2001:db8:2::1");
    }
    const AnalysisResult r = analyze(mainMode(s));
    QCOMPARE(verdictCodeKey(r.verdict.code), expected);
    QCOMPARE(vantagePointKey(r.verdict.vantage.point), vantage);
    QCOMPARE(r.sessions.size(), std::size_t(1));
    QCOMPARE(r.sessions.front().initiator, s.client);
    QCOMPARE(r.natTInUse, natT);

    if (expected == QLatin1String("fragments-dropped-at-server") ||
        expected == QLatin1String("fragments-unanswered")) {
        QVERIFY(r.verdict.stalled);
        QCOMPARE(r.verdict.stalled->name, QStringLiteral("MM5"));
        QVERIFY(r.verdict.stalled->ipFragments >= 2);
        QCOMPARE(r.verdict.stalled->retransmissions, std::uint32_t(s.retransmissions));
        QVERIFY(!r.verdict.stalled->answered);
        // The largest fragment fills the MTU up to the 8-byte fragment-offset granularity.
        const int headers = ipv6 ? 48 : 20;
        QCOMPARE(r.pathMtuEstimate.value_or(0), std::uint32_t(headers + (s.mtu - headers) / 8 * 8));
    }
    if (expected == QLatin1String("fragments-lost-after-server") ||
        expected == QLatin1String("fragments-dropped-at-client")) {
        QVERIFY(r.verdict.stalled);
        QCOMPARE(r.verdict.stalled->name, QStringLiteral("MM5"));
        QCOMPARE(r.verdict.stalled->answerName, QStringLiteral("MM6"));
        QVERIFY(r.verdict.stalled->answerIpFragments >= 2);
    }
    if (mm5Incomplete) {
        QCOMPARE(r.datagramsIncomplete, std::uint64_t(1 + s.retransmissions));
        QVERIFY(r.verdict.stalled->incompleteDatagrams > 0 ||
                r.verdict.stalled->name == QLatin1String("MM4"));
    }
}

void TestVerdictEngine::completedScenarioReportsFragments()
{
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    const AnalysisResult r = analyze(mainMode(s));
    QCOMPARE(r.verdict.code, VerdictCode::NegotiationCompleted);
    // MM5 (2 fragments) and MM6 (3 fragments at 1500) were reassembled.
    QCOMPARE(r.ikeMessagesFromFragments, std::uint64_t(2));
    QCOMPARE(r.datagramsReassembled, std::uint64_t(2));
    QCOMPARE(r.ikeV1Messages, std::uint64_t(9));
    const IkeSession& session = r.sessions.front();
    QStringList names;
    for (const SessionMessage& m : session.messages)
        names << messageRoleName(m.role, m.exchange);
    QCOMPARE(names, QStringList({"MM1", "MM2", "MM3", "MM4", "MM5", "MM6", "QM1", "QM2", "QM3"}));
    QVERIFY(session.certificatesExpected);
    QVERIFY(session.windowsPeer);
}

void TestVerdictEngine::noIkeTraffic()
{
    const QByteArray dns =
        ethernet(ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(5353, 53, QByteArray(40, 'x'))));
    const AnalysisResult r = analyze({TimedFrame{1'000'000, dns}});
    QCOMPARE(r.verdict.code, VerdictCode::NoIkeTraffic);
    QCOMPARE(r.packets, std::uint64_t(1));
    QVERIFY(r.sessions.empty());
}

void TestVerdictEngine::severalSessionsPickMostSpecificFailure()
{
    MainModeScenario ok;
    ok.clientTtl = 127;
    ok.serverTtl = 64;
    MainModeScenario blocked = ok;
    blocked.client = v4("192.0.2.77");
    blocked.initiatorSpi = 0x99;
    blocked.mm6Sent = false;
    blocked.mm6Delivered = false;
    std::vector<TimedFrame> frames = mainMode(ok);
    const auto more = mainMode(blocked);
    frames.insert(frames.end(), more.begin(), more.end());
    std::stable_sort(frames.begin(), frames.end(),
                     [](const TimedFrame& a, const TimedFrame& b) { return a.timestampUs < b.timestampUs; });
    const AnalysisResult r = analyze(frames);
    QCOMPARE(r.sessions.size(), std::size_t(2));
    QCOMPARE(r.verdict.code, VerdictCode::FragmentsDroppedAtServer);
    QCOMPARE(r.sessions[std::size_t(r.verdict.sessionIndex)].initiator, blocked.client);
    int completed = 0;
    for (const SessionVerdict& v : r.sessionVerdicts)
        completed += v.code == VerdictCode::NegotiationCompleted ? 1 : 0;
    QCOMPARE(completed, 1);
}

void TestVerdictEngine::statedVantageOverridesTtl()
{
    MainModeScenario s;
    s.clientTtl = 128; // looks like a client-side capture...
    s.serverTtl = 63;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    VantageHints hints;
    hints.localAddresses = {s.server}; // ...but the user says it was taken on the server
    hints.localAddressSource = QStringLiteral("test addresses");
    const AnalysisResult r = analyze(mainMode(s), hints);
    QCOMPARE(r.verdict.vantage.point, VantagePoint::Server);
    QCOMPARE(r.verdict.code, VerdictCode::FragmentsDroppedAtServer);
    QVERIFY(r.verdict.vantage.how.contains(QLatin1String("responder")));
}

QTEST_GUILESS_MAIN(TestVerdictEngine)
#include "TestVerdictEngine.moc"
