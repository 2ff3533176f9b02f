// SPDX-License-Identifier: GPL-3.0-or-later
// Verdict rules, driven end to end through the Analyzer with negotiations built packet by packet.
#include "Analyzer.h"
#include "AuthMethod.h"
#include "PacketBuilder.h"

#include <QTest>

#include <functional>

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
    void statementAgainstTtls_data();
    void statementAgainstTtls();
    void conflictOnACompletedNegotiation();
    void stallRulesMatchTheirDefinition();
    void certificatesFromTheAuthMethod_data();
    void certificatesFromTheAuthMethod();
    void verdictTableDecidesTheCase();
    void evidenceReadsAsEnglish();

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
        QVERIFY(r.verdict.stalled->fragmentCount >= 2);
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
        QVERIFY(r.verdict.stalled->answerFragmentCount >= 2);
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
    // MM5 and MM6 (2800 bytes of certificate each, 2 fragments at 1500) were reassembled.
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

    // The datagram's facts reach the timeline as they left reassembly.
    const DatagramOrigin& mm1 = session.messages[0].origin;
    QCOMPARE(mm1.fragmentCount, std::uint32_t(1));
    QCOMPARE(mm1.largestFragmentWireLength, std::uint32_t(0));
    QCOMPARE(mm1.source, s.client);
    QCOMPARE(mm1.ttl, std::uint8_t(127));
    QCOMPARE(mm1.sourcePort, std::uint16_t(500));
    QVERIFY(!mm1.truncated);
    QVERIFY(mm1.capturedLength > 0);
    QCOMPARE(mm1.capturedLength, mm1.originalLength);
    const DatagramOrigin& mm5 = session.messages[4].origin;
    QCOMPARE(mm5.fragmentCount, std::uint32_t(2));
    QCOMPARE(mm5.largestFragmentWireLength, std::uint32_t(1500));
    QCOMPARE(mm5.source, s.client);
    QCOMPARE(mm5.destination, s.server);
    QCOMPARE(mm5.ttl, std::uint8_t(127));
    QCOMPARE(mm5.destinationPort, std::uint16_t(500));
    QVERIFY(mm5.fragmented());
    QVERIFY(!mm5.truncated);
    QCOMPARE(mm5.bytesCut(), std::uint32_t(0));
    QVERIFY(mm5.capturedLength > std::uint32_t(s.certificateBytes));
    const DatagramOrigin& mm6 = session.messages[5].origin;
    QVERIFY(mm6.fragmented());
    QCOMPARE(mm6.ttl, std::uint8_t(64));
    QCOMPARE(mm6.source, s.server);
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
    const AnalysisResult r = analyze(mainMode(s), hints);
    QCOMPARE(r.verdict.vantage.point, VantagePoint::Server);
    QCOMPARE(r.verdict.code, VerdictCode::FragmentsDroppedAtServer);
    QVERIFY(findingEnglish(r.verdict.vantage.how.value()).contains(QLatin1String("responder")));
}

void TestVerdictEngine::statementAgainstTtls_data()
{
    QTest::addColumn<int>("clientTtl");
    QTest::addColumn<int>("serverTtl");
    QTest::addColumn<QString>("stated"); ///< "server", "client", "path" or "--server" (the server's address)
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("conflict");    ///< the conflict's code key, "" for none
    QTest::addColumn<QString>("alternative"); ///< the verdict the TTLs give, "" when the same
    // Taken at the client (its own TTL initial, the server's decremented), said to be the server.
    QTest::newRow("client capture, --server") << 128 << 63 << "--server"
                                              << "fragments-dropped-at-server"
                                              << "conflict-ttl-client"
                                              << "fragments-unanswered";
    QTest::newRow("client capture, stated server") << 128 << 63 << "server"
                                                   << "fragments-dropped-at-server"
                                                   << "conflict-ttl-client"
                                                   << "fragments-unanswered";
    QTest::newRow("server capture, stated client") << 127 << 64 << "client"
                                                   << "fragments-unanswered"
                                                   << "conflict-ttl-server"
                                                   << "fragments-dropped-at-server";
    QTest::newRow("path capture, stated server") << 127 << 60 << "server"
                                                 << "fragments-dropped-at-server"
                                                 << "conflict-ttl-path"
                                                 << "fragments-unanswered";
    // Path and client give the same verdict here: the conflict says so.
    QTest::newRow("path capture, stated client") << 127 << 60 << "client"
                                                 << "fragments-unanswered"
                                                 << "conflict-ttl-path"
                                                 << "";
    // Statements the TTLs agree with, and TTLs that cannot tell (both initial): no conflict.
    QTest::newRow("server capture, --server") << 127 << 64 << "--server"
                                              << "fragments-dropped-at-server"
                                              << ""
                                              << "";
    QTest::newRow("client capture, stated client") << 128 << 63 << "client"
                                                   << "fragments-unanswered"
                                                   << ""
                                                   << "";
    QTest::newRow("TTLs unclear, stated server") << 128 << 64 << "server"
                                                 << "fragments-dropped-at-server"
                                                 << ""
                                                 << "";
}

void TestVerdictEngine::statementAgainstTtls()
{
    QFETCH(int, clientTtl);
    QFETCH(int, serverTtl);
    QFETCH(QString, stated);
    QFETCH(QString, verdict);
    QFETCH(QString, conflict);
    QFETCH(QString, alternative);
    MainModeScenario s;
    s.clientTtl = std::uint8_t(clientTtl);
    s.serverTtl = std::uint8_t(serverTtl);
    s.mm6Sent = s.mm6Delivered = false;
    VantageHints hints;
    if (stated == QLatin1String("--server"))
        hints.localAddresses = {s.server};
    else
        hints.stated = vantagePointFromKey(stated);
    const AnalysisResult r = analyze(mainMode(s), hints);
    QCOMPARE(verdictCodeKey(r.verdict.code), verdict);
    // The statement still decides the point.
    QCOMPARE(r.verdict.vantage.point,
             stated == QLatin1String("--server") ? VantagePoint::Server : *hints.stated);
    QCOMPARE(r.verdict.vantage.conflict.has_value(), !conflict.isEmpty());
    QCOMPARE(r.sessionVerdicts.front().vantage.conflict.has_value(), !conflict.isEmpty());
    if (conflict.isEmpty())
        return;
    const Finding& c = *r.verdict.vantage.conflict;
    QCOMPARE(QString::fromLatin1(findingSource(c.code).key), conflict);
    QCOMPARE(c.arguments.size(), std::size_t(5));
    QCOMPARE(VantagePoint(c.arguments[0].number()), r.verdict.vantage.point);
    const Finding* consequence = c.arguments[4].finding();
    QVERIFY(consequence);
    if (alternative.isEmpty()) {
        QCOMPARE(consequence->code, FindingCode::ConflictSameVerdict);
    } else {
        QCOMPARE(consequence->code, FindingCode::ConflictChangesVerdict);
        QCOMPARE(verdictCodeKey(VerdictCode(consequence->arguments.at(0).number())), alternative);
        QVERIFY(findingEnglish(c).endsWith(
            QStringLiteral("If the TTLs are right, the verdict is %1.").arg(alternative)));
    }
    QVERIFY(findingEnglish(c).contains(
        QStringLiteral("(initiator TTL %1, responder TTL %2").arg(clientTtl).arg(serverTtl)));
}

void TestVerdictEngine::conflictOnACompletedNegotiation()
{
    // A completed negotiation completes wherever it was captured; the wrong statement is still named.
    MainModeScenario s; // client-side TTLs
    VantageHints hints;
    hints.stated = VantagePoint::Server;
    const AnalysisResult r = analyze(mainMode(s), hints);
    QCOMPARE(r.verdict.code, VerdictCode::NegotiationCompleted);
    QVERIFY(r.verdict.vantage.conflict);
    QCOMPARE(r.verdict.vantage.conflict->code, FindingCode::ConflictTtlClient);
    QVERIFY(findingEnglish(*r.verdict.vantage.conflict)
                .endsWith(QLatin1String("The verdict is the same either way.")));
}

void TestVerdictEngine::certificatesFromTheAuthMethod_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("certificateRequests");
    QTest::addColumn<int>("mm4Retransmissions");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("because");

    // At the server, MM5 never arrives (lost before it), nobody asked for certificates: the
    // method chosen in MM2 says whether MM5 was the large message.
    const QString lost = QStringLiteral("fragments-lost-before-server");
    const QString plain = QStringLiteral("stalled-without-fragmentation");
    const QString byMethod = QStringLiteral("auth-method-makes-message-large");
    QTest::newRow("rsa, responder repeats MM4") << 3 << false << 4 << lost << byMethod;
    QTest::newRow("rsa, responder waits quietly") << 3 << false << 0 << lost << byMethod;
    QTest::newRow("ecdsa p-256") << 9 << false << 4 << lost << byMethod;
    QTest::newRow("xauth on rsa") << 65005 << false << 4 << lost << byMethod;
    QTest::newRow("hybrid, client signs") << 64222 << false << 4 << lost << byMethod;
    QTest::newRow("hybrid, only the gateway signs") << 64221 << false << 4 << plain << QString();
    QTest::newRow("pre-shared key") << 1 << false << 4 << plain << QString();
    QTest::newRow("xauth on pre-shared key") << 65001 << false << 4 << plain << QString();
    QTest::newRow("rsa encryption (MM5 is a hash)") << 4 << false << 4 << plain << QString();
    QTest::newRow("pre-shared key, yet a CR")
        << 1 << true << 4 << lost << QStringLiteral("certificates-make-message-large");
}

void TestVerdictEngine::certificatesFromTheAuthMethod()
{
    QFETCH(int, method);
    QFETCH(bool, certificateRequests);
    QFETCH(int, mm4Retransmissions);
    QFETCH(QString, expected);
    QFETCH(QString, because);
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm5Reaches = false;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    s.authMethod = std::uint16_t(method);
    s.certificateRequests = certificateRequests;
    s.mm4Retransmissions = mm4Retransmissions;
    const AnalysisResult r = analyze(mainMode(s));
    QCOMPARE(r.sessions.size(), std::size_t(1));
    const IkeSession& session = r.sessions.front();
    QCOMPARE(session.authMethod, std::optional<std::uint16_t>(std::uint16_t(method)));
    QCOMPARE(session.authMethodsOffered, std::vector<std::uint16_t>{std::uint16_t(method)});
    const auto mm4 = std::count_if(session.messages.begin(), session.messages.end(),
                                   [](const SessionMessage& m) { return m.role == MessageRole::MainMode4; });
    QCOMPARE(int(mm4), 1 + mm4Retransmissions);
    QCOMPARE(r.verdict.vantage.point, VantagePoint::Server);
    QCOMPARE(verdictCodeKey(r.verdict.code), expected);
    QVERIFY(r.verdict.stalled);
    QCOMPARE(r.verdict.stalled->name, QStringLiteral("MM4"));
    QCOMPARE(r.verdict.stalled->retransmissions, std::uint32_t(mm4Retransmissions));
    const bool named =
        std::any_of(r.verdict.evidence.begin(), r.verdict.evidence.end(), [&](const Finding& f) {
            return QString::fromLatin1(findingSource(f.code).key) == because;
        });
    QVERIFY2(because.isEmpty() || named, qPrintable(because));
    if (because == QLatin1String("auth-method-makes-message-large"))
        QVERIFY(std::any_of(r.verdict.evidence.begin(), r.verdict.evidence.end(), [&](const Finding& f) {
            return findingEnglish(f).contains(AuthMethod::code(std::uint16_t(method)));
        }));
}

void TestVerdictEngine::stallRulesMatchTheirDefinition()
{
    // Every combination of the facts and vantage points against the rules as the README states
    // them: the table's predicates must pick exactly this verdict.
    const auto expected = [](const StallFacts& f) {
        const bool atServer = f.where == VantagePoint::Server;
        const bool atClient = f.where == VantagePoint::Client;
        if (f.answeredThenRepeated) {
            if (!f.answerFragmented)
                return VerdictCode::StalledWithoutFragmentation;
            return atClient ? VerdictCode::FragmentsDroppedAtClient : VerdictCode::FragmentsLostAfterServer;
        }
        if (f.fromInitiator) {
            if (f.fragmented)
                return atServer ? VerdictCode::FragmentsDroppedAtServer : VerdictCode::FragmentsUnanswered;
            if (f.senderDatagramsIncomplete)
                return atClient ? VerdictCode::FragmentsUnanswered : VerdictCode::FragmentsLostBeforeServer;
            return VerdictCode::StalledWithoutFragmentation;
        }
        if (f.largeMessageDue && (atServer || f.initiatorDatagramsIncomplete))
            return VerdictCode::FragmentsLostBeforeServer;
        return VerdictCode::StalledWithoutFragmentation;
    };
    int combinations = 0;
    for (VantagePoint where :
         {VantagePoint::Unknown, VantagePoint::Server, VantagePoint::Client, VantagePoint::Path})
        for (int bits = 0; bits < 1 << 7; ++bits) {
            StallFacts f;
            f.where = where;
            f.answeredThenRepeated = bits & 1;
            f.answerFragmented = bits & 2;
            f.fromInitiator = bits & 4;
            f.fragmented = bits & 8;
            f.senderDatagramsIncomplete = bits & 16;
            f.largeMessageDue = bits & 32;
            f.initiatorDatagramsIncomplete = bits & 64;
            QCOMPARE(verdictCodeKey(verdictForStall(f)), verdictCodeKey(expected(f)));
            ++combinations;
        }
    QCOMPARE(combinations, 512);
}

void TestVerdictEngine::verdictTableDecidesTheCase()
{
    QStringList applies;
    QStringList closes;
    for (int i = 0; i <= int(VerdictCode::StalledWithoutFragmentation); ++i) {
        const VerdictCode code = VerdictCode(i);
        if (verdictResolutionApplies(code))
            applies << verdictCodeKey(code);
        if (verdictClosesCase(code))
            closes << verdictCodeKey(code);
        for (VerdictAdvice a : {VerdictAdvice::AfterDiagnosis, VerdictAdvice::ResolutionIntro,
                                VerdictAdvice::AfterVerification})
            QVERIFY(qstrlen(verdictAdviceSource(code, a)) > 20);
    }
    QCOMPARE(applies, (QStringList{"fragments-dropped-at-server", "fragments-unanswered"}));
    QCOMPARE(closes, QStringList{"negotiation-completed"});
    // A verification that still shows the KB's drop says so; the one that closes the case does not repeat the
    // fix.
    QVERIFY(QString::fromUtf8(
                verdictAdviceSource(VerdictCode::FragmentsDroppedAtServer, VerdictAdvice::AfterVerification))
                .contains(QLatin1String("still drops")));
}

void TestVerdictEngine::evidenceReadsAsEnglish()
{
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = s.mm6Delivered = false;
    s.retransmissions = 1;
    const AnalysisResult r = analyze(mainMode(s));
    const QStringList evidence = findingsEnglish(r.verdict.evidence);
    QVERIFY2(evidence.contains(QStringLiteral("MM5 was retransmitted once, 1.0 s later.")),
             qPrintable(evidence.join(QLatin1Char('\n'))));
    QCOMPARE(
        evidence.last(),
        QStringLiteral("Capture point: server, inferred from TTLs (initiator TTL 127, responder TTL 64): the "
                       "responder's packets had not crossed a router yet."));
    for (const QString& e : evidence)
        QVERIFY2(!e.contains(QLatin1String("(s)")) && !e.contains(QLatin1Char('%')), qPrintable(e));
    QCOMPARE(findingEnglish(r.sessionVerdicts.front().outcome), QStringLiteral("stalled at MM5"));
}

QTEST_GUILESS_MAIN(TestVerdictEngine)
#include "TestVerdictEngine.moc"
