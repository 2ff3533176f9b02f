// SPDX-License-Identifier: GPL-3.0-or-later
// Grouping IKE datagrams into SAs: roles, message numbering, retransmissions, NAT-T moves, caps.
#include "IkeParser.h"
#include "PacketBuilder.h"
#include "SessionTracker.h"

#include <QTest>

using namespace PacketBuilder;

namespace {

struct Feeder
{
    SessionTracker tracker;
    std::vector<IkeParseResult> keep; // observations point into these
    std::vector<QByteArray> storage;

    explicit Feeder(SessionTrackerLimits limits = {}) : tracker(limits) {}

    SessionTracker::AddOutcome add(std::int64_t t, const IpAddress& src, const IpAddress& dst,
                                   const QByteArray& ike, bool natT = false, std::uint32_t fragments = 1)
    {
        storage.push_back(ike);
        IkeParseResult r = parseIkeDatagram(bytes(storage.back()), false);
        IkeObservation o;
        o.origin.timestampUs = t;
        o.origin.source = src;
        o.origin.destination = dst;
        o.origin.sourcePort = natT ? 4500 : 500;
        o.origin.destinationPort = o.origin.sourcePort;
        o.origin.ttl = 64;
        o.origin.fragmentCount = fragments;
        o.viaNatTPort = natT;
        o.message = &r.message;
        o.ikeBytes = bytes(storage.back());
        return tracker.add(o);
    }
};

const IpAddress kClient = v4("192.0.2.10");
const IpAddress kServer = v4("198.51.100.1");

QByteArray mm(std::uint64_t rspi, const std::vector<IkePayload>& payloads, bool encrypted = false,
              int size = 64)
{
    return encrypted ? ikeMessage(0x10, 0xAA, rspi, 2, 0x01, 0, {}, QByteArray(size, 'e'), 5)
                     : ikeMessage(0x10, 0xAA, rspi, 2, 0, 0, payloads);
}

} // namespace

class TestSessionTracker : public QObject
{
    Q_OBJECT

private slots:
    void numbersMainModeAndFillsResponderSpi();
    void retransmissionIsByteIdentical();
    void natTMoveStaysInOneSession();
    void captureStartingAtMm2KeepsRoles();
    void quickModeNumbering();
    void answersComputed();
    void evictsLeastRecentlyActive();
    void messageCapHolds();
    void certificatesFromIkev2Signs();
    void certificatesFromIkev1Methods();
};

void TestSessionTracker::numbersMainModeAndFillsResponderSpi()
{
    Feeder f;
    f.add(1, kClient, kServer, mm(0, {{1, QByteArray(40, 's')}}));
    f.add(2, kServer, kClient, mm(0xBB, {{1, QByteArray(40, 's')}}));
    f.add(3, kClient, kServer, mm(0xBB, {{4, QByteArray(64, 'k')}, {10, QByteArray(16, 'n')}}));
    f.add(4, kServer, kClient,
          mm(0xBB, {{4, QByteArray(64, 'k')}, {10, QByteArray(16, 'n')}, {7, QByteArray(1, '\x04')}}));
    f.add(5, kClient, kServer, mm(0xBB, {}, true, 2000), false, 2);
    f.add(6, kServer, kClient, mm(0xBB, {}, true, 2100), false, 2);
    f.tracker.finalize();
    const auto sessions = f.tracker.sessions();
    QCOMPARE(sessions.size(), std::size_t(1));
    const IkeSession& s = sessions.front();
    QCOMPARE(s.initiator, kClient);
    QCOMPARE(s.responder, kServer);
    QCOMPARE(s.responderSpi, std::uint64_t(0xBB));
    QVERIFY(s.rolesCertain);
    QVERIFY(s.certificatesExpected);
    QStringList names;
    for (const SessionMessage& m : s.messages)
        names << messageRoleName(m.role, m.exchange);
    QCOMPARE(names, QStringList({"MM1", "MM2", "MM3", "MM4", "MM5", "MM6"}));
    QCOMPARE(s.messages[4].origin.fragmentCount, std::uint32_t(2));
}

void TestSessionTracker::retransmissionIsByteIdentical()
{
    Feeder f;
    const QByteArray mm5 = mm(0xBB, {}, true, 2000);
    f.add(1, kClient, kServer, mm(0, {{1, QByteArray(40, 's')}}));
    QVERIFY(!f.add(2, kClient, kServer, mm5).retransmission);
    QVERIFY(f.add(3, kClient, kServer, mm5).retransmission);
    QVERIFY(f.add(5, kClient, kServer, mm5).retransmission);
    // Same length, one byte different: a new message, not a retransmission.
    QByteArray changed = mm5;
    changed[100] = char(changed[100] ^ 1);
    QVERIFY(!f.add(9, kClient, kServer, changed).retransmission);
    // The identical bytes from the other side are not a retransmission either.
    QVERIFY(!f.add(10, kServer, kClient, mm5).retransmission);
    QCOMPARE(f.tracker.retransmissions(), std::uint64_t(2));
    const auto s = f.tracker.sessions().front();
    QCOMPARE(s.messages[2].retransmissionOf, 1);
    QCOMPARE(s.messages[3].retransmissionOf, 1);
}

void TestSessionTracker::natTMoveStaysInOneSession()
{
    Feeder f;
    f.add(1, kClient, kServer, mm(0, {{1, QByteArray(40, 's')}}));
    f.add(2, kServer, kClient, mm(0xBB, {{1, QByteArray(40, 's')}}));
    f.add(3, kClient, kServer, mm(0xBB, {}, true, 2000), true, 2);
    QCOMPARE(f.tracker.sessionCount(), std::size_t(1));
    const auto s = f.tracker.sessions().front();
    QVERIFY(s.natT);
    QVERIFY(s.messages.back().natT);
}

void TestSessionTracker::captureStartingAtMm2KeepsRoles()
{
    Feeder f;
    f.add(2, kServer, kClient, mm(0xBB, {{1, QByteArray(40, 's')}})); // the capture missed MM1
    f.add(3, kClient, kServer, mm(0xBB, {{4, QByteArray(64, 'k')}, {10, QByteArray(16, 'n')}}));
    const auto s = f.tracker.sessions().front();
    QCOMPARE(s.initiator, kClient);
    QCOMPARE(messageRoleName(s.messages[0].role, s.messages[0].exchange), QStringLiteral("MM2"));
    QCOMPARE(messageRoleName(s.messages[1].role, s.messages[1].exchange), QStringLiteral("MM3"));
}

void TestSessionTracker::quickModeNumbering()
{
    Feeder f;
    auto qm = [](std::uint32_t mid, char fill) {
        return ikeMessage(0x10, 0xAA, 0xBB, 32, 0x01, mid, {}, QByteArray(200, fill), 8);
    };
    f.add(1, kClient, kServer, mm(0, {{1, QByteArray(40, 's')}}));
    f.add(2, kClient, kServer, qm(7, 'a'));
    f.add(3, kServer, kClient, qm(7, 'b'));
    f.add(4, kClient, kServer, qm(7, 'c'));
    f.add(5, kServer, kClient, qm(9, 'd')); // the responder starts a rekey
    f.tracker.finalize();
    const auto s = f.tracker.sessions().front();
    QStringList names;
    for (const SessionMessage& m : s.messages)
        names << messageRoleName(m.role, m.exchange);
    QCOMPARE(names, QStringList({"MM1", "QM1", "QM2", "QM3", "QM1"}));
    QCOMPARE(s.messages[1].answered, std::optional<bool>(true));
    QCOMPARE(s.messages[4].answered, std::optional<bool>(false));
}

void TestSessionTracker::answersComputed()
{
    Feeder f;
    const QByteArray mm5 = mm(0xBB, {}, true, 2000);
    f.add(1, kClient, kServer, mm(0, {{1, QByteArray(40, 's')}}));
    f.add(2, kServer, kClient, mm(0xBB, {{1, QByteArray(40, 's')}}));
    f.add(3, kClient, kServer, mm5);
    f.add(4, kClient, kServer, mm5);
    f.tracker.finalize();
    const auto s = f.tracker.sessions().front();
    QCOMPARE(s.messages[0].answered, std::optional<bool>(true));
    QCOMPARE(s.messages[1].answered, std::optional<bool>(false)); // MM3 never came
    QCOMPARE(s.messages[2].answered, std::optional<bool>(false));
    QCOMPARE(s.messages[3].answered, std::optional<bool>(false));
}

void TestSessionTracker::evictsLeastRecentlyActive()
{
    SessionTrackerLimits limits;
    limits.maxSessions = 8;
    Feeder f(limits);
    const QByteArray real = mm(0, {{1, QByteArray(40, 's')}});
    f.add(0, kClient, kServer, real);
    for (int i = 1; i <= 100; ++i) {
        // A flood of one-message sessions with fresh SPIs, while the real one keeps retransmitting.
        f.add(i, v4("203.0.113.5"), kServer,
              ikeMessage(0x10, std::uint64_t(1000 + i), 0, 2, 0, 0, {{1, QByteArray(8, 'f')}}));
        if (i % 4 == 0)
            f.add(i, kClient, kServer, real);
        QVERIFY(f.tracker.sessionCount() <= 8);
    }
    QVERIFY(f.tracker.evictedSessions() >= 92);
    bool realKept = false;
    for (const IkeSession& s : f.tracker.sessions())
        realKept = realKept || (s.initiator == kClient && s.messages.size() == 26);
    QVERIFY(realKept);
}

void TestSessionTracker::messageCapHolds()
{
    SessionTrackerLimits limits;
    limits.maxMessagesPerSession = 16;
    Feeder f(limits);
    for (int i = 0; i < 100; ++i)
        f.add(i, kClient, kServer, ikeMessage(0x10, 0xAA, 0, 2, 0, 0, {{1, QByteArray(8 + i, 's')}}));
    const auto s = f.tracker.sessions().front();
    QCOMPARE(s.messages.size(), std::size_t(16));
    QCOMPARE(s.droppedMessages, std::uint32_t(84));
}

void TestSessionTracker::certificatesFromIkev2Signs()
{
    // IKEv2: CERTREQ in IKE_SA_INIT; else an IKE_AUTH too large for a pre-shared key.
    auto init = [](std::uint8_t flags, std::uint64_t rspi, bool certreq) {
        std::vector<IkePayload> p{
            {33, QByteArray(40, 's')}, {34, QByteArray(136, 'k')}, {40, QByteArray(32, 'n')}};
        if (certreq)
            p.push_back({38, QByteArray(21, 'c')});
        return ikeMessage(0x20, 0xAA, rspi, 34, flags, 0, p);
    };
    auto auth = [](std::uint8_t flags, int size) {
        return ikeMessage(0x20, 0xAA, 0xBB, 35, flags, 1, {{46, QByteArray(size, 'e')}});
    };
    {
        Feeder f;
        f.add(1, kClient, kServer, init(0x08, 0, false));
        f.add(2, kServer, kClient, init(0x20, 0xBB, true));
        const IkeSession s = f.tracker.sessions().front();
        QVERIFY(s.certificatesExpected);
        QCOMPARE(s.certificateSign, CertificateSign::CertificateRequest);
    }
    {
        Feeder f;
        f.add(1, kClient, kServer, init(0x08, 0, false));
        f.add(2, kServer, kClient, init(0x20, 0xBB, false));
        f.add(3, kClient, kServer, auth(0x08, 400)); // pre-shared key sized
        QVERIFY(!f.tracker.sessions().front().certificatesExpected);
        f.add(4, kClient, kServer, auth(0x08, 2000), false, 2);
        const IkeSession s = f.tracker.sessions().front();
        QVERIFY(s.certificatesExpected);
        QCOMPARE(s.certificateSign, CertificateSign::IkeAuthSize);
        QCOMPARE(certificateSignCode(s.certificateSign), QStringLiteral("ike-auth-size"));
        QVERIFY(!s.authMethod); // IKEv2's method is inside the encrypted IKE_AUTH
    }
}

void TestSessionTracker::certificatesFromIkev1Methods()
{
    // Offered alone (MM2 not captured): only when every offer puts a certificate in MM5.
    {
        Feeder f;
        f.add(1, kClient, kServer, mm(0, {{1, ikeV1SaBody({3, 65005})}}));
        const IkeSession s = f.tracker.sessions().front();
        QCOMPARE(s.certificateSign, CertificateSign::AuthMethodsOffered);
        QVERIFY(s.initiatorCertificateExpected);
    }
    {
        Feeder f;
        f.add(1, kClient, kServer, mm(0, {{1, ikeV1SaBody({3, 1})}}));
        const IkeSession s = f.tracker.sessions().front();
        QCOMPARE(s.certificateSign, CertificateSign::None);
        QVERIFY(!s.initiatorCertificateExpected);
    }
    // The responder's choice decides: pre-shared key out of a mixed offer.
    {
        Feeder f;
        f.add(1, kClient, kServer, mm(0, {{1, ikeV1SaBody({3, 1})}}));
        f.add(2, kServer, kClient, mm(0xBB, {{1, ikeV1SaBody({1})}}));
        const IkeSession s = f.tracker.sessions().front();
        QCOMPARE(s.authMethod, std::optional<std::uint16_t>(1));
        QCOMPARE(s.authMethodsOffered, (std::vector<std::uint16_t>{3, 1}));
        QVERIFY(!s.certificatesExpected);
        QVERIFY(!s.initiatorCertificateExpected);
    }
    // Hybrid with the gateway signing: certificates travel (MM6), but not in MM5.
    {
        Feeder f;
        f.add(1, kClient, kServer, mm(0, {{1, ikeV1SaBody({64221})}}));
        f.add(2, kServer, kClient, mm(0xBB, {{1, ikeV1SaBody({64221})}}));
        const IkeSession s = f.tracker.sessions().front();
        QCOMPARE(s.certificateSign, CertificateSign::AuthMethodChosen);
        QVERIFY(s.certificatesExpected);
        QVERIFY(!s.initiatorCertificateExpected);
    }
}

QTEST_GUILESS_MAIN(TestSessionTracker)
#include "TestSessionTracker.moc"
