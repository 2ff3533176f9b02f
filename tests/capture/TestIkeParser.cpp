// SPDX-License-Identifier: GPL-3.0-or-later
// ISAKMP/IKEv2 header checks, payload walk, NAT-T marker, keep-alives, vendor IDs and fragments.
#include "AuthMethod.h"
#include "IkeParser.h"
#include "PacketBuilder.h"

#include <QTest>

using namespace PacketBuilder;

class TestIkeParser : public QObject
{
    Q_OBJECT

private slots:
    void mainModeMessages();
    void encryptedMainMode5();
    void vendorIdsAndNatD();
    void natTMarkerKeepAliveAndEsp();
    void ikev2FragmentationNotifyAndSkf();
    void ikev1FragmentPayload();
    void headerChecks_data();
    void headerChecks();
    void lyingLengths();
    void payloadChainAnomalies();
    void everyPrefixIsSafe();
    void authMethodsFromTheSaPayload();
    void authMethodsHostileSaBodies();
    void authMethodMeaning();
};

void TestIkeParser::mainModeMessages()
{
    const QByteArray mm3 =
        ikeMessage(0x10, 1, 2, 2, 0, 0,
                   {{4, QByteArray(128, 'k')}, {10, QByteArray(20, 'n')}, {7, QByteArray(1, '\x04')}});
    const IkeParseResult r = parseIkeDatagram(bytes(mm3), false);
    QCOMPARE(r.status, IkeParseResult::Status::Ike);
    QCOMPARE(r.message.version, IkeVersion::V1);
    QCOMPARE(r.message.exchange, IkeExchange::V1MainMode);
    QVERIFY(r.message.hasKeyExchange);
    QVERIFY(r.message.hasNonce);
    QVERIFY(r.message.hasCertificateRequest);
    QVERIFY(!r.message.encrypted);
    QCOMPARE(r.message.payloadTypes, (std::vector<std::uint8_t>{4, 10, 7}));
    QVERIFY(r.message.anomalies.empty());
    QCOMPARE(r.message.header.initiatorSpi, std::uint64_t(1));
    QCOMPARE(r.message.header.responderSpi, std::uint64_t(2));
}

void TestIkeParser::encryptedMainMode5()
{
    const QByteArray mm5 = ikeMessage(0x10, 1, 2, 2, 0x01, 0, {}, QByteArray(2400, 'c'), 5);
    const IkeParseResult r = parseIkeDatagram(bytes(mm5), false);
    QCOMPARE(r.status, IkeParseResult::Status::Ike);
    QVERIFY(r.message.encrypted);
    QVERIFY(r.message.payloadTypes.empty()); // ciphertext is never walked
    QCOMPARE(r.message.datagramLength, std::uint32_t(2428));
}

void TestIkeParser::vendorIdsAndNatD()
{
    const QByteArray natt = QByteArray::fromHex("4a131c81070358455c5728f20e95452f");
    const QByteArray frag = QByteArray::fromHex("4048b7d56ebce88525e7de7f00d6c2d380000000");
    const QByteArray ms = QByteArray::fromHex("1e2b516905991c7d7c96fcbfb587e46100000009");
    const QByteArray m =
        ikeMessage(0x10, 1, 0, 2, 0, 0,
                   {{1, QByteArray(40, 's')}, {13, natt}, {13, frag}, {13, ms}, {20, QByteArray(20, 'd')}});
    const IkeParseResult r = parseIkeDatagram(bytes(m), false);
    QVERIFY(r.message.vendorNatT);
    QVERIFY(r.message.vendorMsFragmentation);
    QVERIFY(r.message.vendorMicrosoft);
    QVERIFY(r.message.hasNatDetection);
    QVERIFY(r.message.hasSa);
}

void TestIkeParser::natTMarkerKeepAliveAndEsp()
{
    const QByteArray ike = ikeMessage(0x10, 1, 2, 2, 0x01, 0, {}, QByteArray(100, 'c'), 5);
    IkeParseResult r = parseIkeDatagram(bytes(QByteArray(4, '\0') + ike), true);
    QCOMPARE(r.status, IkeParseResult::Status::Ike);
    QVERIFY(r.viaNatTPort);
    QCOMPARE(qsizetype(r.ikeBytes.size()), ike.size());
    r = parseIkeDatagram(bytes(QByteArray(1, '\xff')), true);
    QCOMPARE(r.status, IkeParseResult::Status::NatKeepAlive);
    r = parseIkeDatagram(bytes(QByteArray::fromHex("c0ffee01") + QByteArray(60, 'e')), true);
    QCOMPARE(r.status, IkeParseResult::Status::EspInUdp);
    r = parseIkeDatagram(bytes(QByteArray::fromHex("0000")), true);
    QCOMPARE(r.status, IkeParseResult::Status::Malformed);
    QCOMPARE(r.reason, MalformedReason::NatTTruncatedMarker);
    // The same IKE bytes on port 500 without the marker.
    QCOMPARE(parseIkeDatagram(bytes(ike), false).status, IkeParseResult::Status::Ike);
}

void TestIkeParser::ikev2FragmentationNotifyAndSkf()
{
    const QByteArray notifyFragSupported =
        QByteArray::fromHex("0000402e"); // protocol 0, spi size 0, type 16430
    const QByteArray natD = QByteArray::fromHex("00004004") + QByteArray(20, 'h'); // NAT_DETECTION_SOURCE_IP
    const QByteArray init = ikeMessage(0x20, 9, 0, 34, 0x08, 0,
                                       {{33, QByteArray(40, 's')},
                                        {34, QByteArray(36, 'k')},
                                        {40, QByteArray(32, 'n')},
                                        {41, notifyFragSupported},
                                        {41, natD},
                                        {38, QByteArray(21, 'c')}});
    IkeParseResult r = parseIkeDatagram(bytes(init), false);
    QCOMPARE(r.message.exchange, IkeExchange::V2IkeSaInit);
    QVERIFY(r.message.v2FragmentationSupported);
    QVERIFY(r.message.hasNatDetection);
    QVERIFY(r.message.hasCertificateRequest);
    QVERIFY(r.message.isV2FromOriginalInitiator());
    QVERIFY(!r.message.isV2Response());

    const QByteArray skf = ikeMessage(0x20, 9, 10, 35, 0x08, 1,
                                      {{53, QByteArray::fromHex("00020005") + QByteArray(400, 'x')}}, {}, 0);
    r = parseIkeDatagram(bytes(skf), false);
    QVERIFY(r.message.encrypted);
    QVERIFY(r.message.v2Fragment);
    QCOMPARE(r.message.v2Fragment->number, std::uint16_t(2));
    QCOMPARE(r.message.v2Fragment->total, std::uint16_t(5));

    const QByteArray auth = ikeMessage(0x20, 9, 10, 35, 0x20, 1, {{46, QByteArray(300, 'x')}});
    r = parseIkeDatagram(bytes(auth), false);
    QVERIFY(r.message.encrypted);
    QVERIFY(r.message.isV2Response());
}

void TestIkeParser::ikev1FragmentPayload()
{
    const QByteArray m =
        ikeMessage(0x10, 1, 2, 2, 0, 0, {{132, QByteArray::fromHex("00070301") + QByteArray(500, 'f')}});
    const IkeParseResult r = parseIkeDatagram(bytes(m), false);
    QVERIFY(r.message.v1Fragment);
    QCOMPARE(r.message.v1Fragment->fragmentId, std::uint16_t(7));
    QCOMPARE(r.message.v1Fragment->number, std::uint8_t(3));
    QVERIFY(r.message.v1Fragment->last);
}

void TestIkeParser::headerChecks_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    const QByteArray good = ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(8, 's')}});
    QTest::newRow("27 bytes") << good.left(27) << int(IkeParseResult::Status::Malformed)
                              << int(MalformedReason::IkeTruncatedHeader);
    QByteArray v3 = good;
    v3[17] = char(0x30);
    QTest::newRow("version 3") << v3 << int(IkeParseResult::Status::Malformed)
                               << int(MalformedReason::IkeBadVersion);
    QTest::newRow("length 10") << ikeMessage(0x10, 1, 0, 2, 0, 0, {}, QByteArray(8, 'x'), 0, 10u)
                               << int(IkeParseResult::Status::Malformed)
                               << int(MalformedReason::IkeLengthTooSmall);
    QTest::newRow("good") << good << int(IkeParseResult::Status::Ike) << 0;
}

void TestIkeParser::headerChecks()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, status);
    QFETCH(int, reason);
    const IkeParseResult r = parseIkeDatagram(bytes(datagram), false);
    QCOMPARE(int(r.status), status);
    if (r.status == IkeParseResult::Status::Malformed)
        QCOMPARE(int(r.reason), reason);
}

void TestIkeParser::lyingLengths()
{
    // Header claims 5000 bytes, the datagram has 60: still a message (tshark counts it), anomaly recorded.
    const QByteArray longer = ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(32, 's')}}, {}, 0, 5000u);
    IkeParseResult r = parseIkeDatagram(bytes(longer), false);
    QCOMPARE(r.status, IkeParseResult::Status::Ike);
    QVERIFY(std::find(r.message.anomalies.begin(), r.message.anomalies.end(),
                      MalformedReason::IkeLengthExceedsDatagram) != r.message.anomalies.end());
    QVERIFY(r.message.hasSa); // walked within the bytes that exist
    const QByteArray shorter =
        ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(32, 's')}}, QByteArray(40, 'z'), 0, 64u);
    r = parseIkeDatagram(bytes(shorter), false);
    QVERIFY(std::find(r.message.anomalies.begin(), r.message.anomalies.end(),
                      MalformedReason::IkeTrailingData) != r.message.anomalies.end());
}

void TestIkeParser::payloadChainAnomalies()
{
    // Payload length 2 (< 4): stop, record.
    QByteArray bad = ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(8, 's')}});
    bad[28 + 2] = 0;
    bad[28 + 3] = 2;
    IkeParseResult r = parseIkeDatagram(bytes(bad), false);
    QCOMPARE(r.message.anomalies.front(), MalformedReason::IkePayloadBadLength);
    // A payload whose length runs past the message.
    QByteArray over = ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(8, 's')}});
    over[28 + 3] = char(200);
    r = parseIkeDatagram(bytes(over), false);
    QCOMPARE(r.message.anomalies.front(), MalformedReason::IkePayloadTruncated);
    // 200 empty vendor payloads: the walk stops at its cap instead of running on.
    std::vector<IkePayload> many(200, IkePayload{13, {}});
    r = parseIkeDatagram(bytes(ikeMessage(0x10, 1, 0, 2, 0, 0, many)), false);
    QCOMPARE(r.message.anomalies.front(), MalformedReason::IkePayloadChainTooLong);
    // IKEv2 with an exchange type that does not exist.
    r = parseIkeDatagram(bytes(ikeMessage(0x20, 1, 0, 99, 0x08, 0, {})), false);
    QCOMPARE(r.message.anomalies.front(), MalformedReason::IkeBadExchangeType);
}

void TestIkeParser::everyPrefixIsSafe()
{
    const QByteArray m = ikeMessage(0x20, 9, 0, 34, 0x08, 0,
                                    {{33, QByteArray(40, 's')},
                                     {41, QByteArray::fromHex("0000402e")},
                                     {43, QByteArray(16, 'v')},
                                     {53, QByteArray::fromHex("00010002")}});
    for (int cut = 0; cut <= m.size(); ++cut) {
        const QByteArray part = m.left(cut);
        const IkeParseResult r = parseIkeDatagram(bytes(part), false);
        QVERIFY(cut >= 28 || r.status == IkeParseResult::Status::Malformed);
    }
}

void TestIkeParser::authMethodsFromTheSaPayload()
{
    // MM1 offering RSA signatures and pre-shared key (as a Windows client does), with a
    // variable-length attribute after the fixed ones in every transform.
    const QByteArray mm1 = ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, ikeV1SaBody({3, 1, 65001})}});
    const IkeParseResult r = parseIkeDatagram(bytes(mm1), false);
    QCOMPARE(r.status, IkeParseResult::Status::Ike);
    QVERIFY(r.message.hasSa);
    QVERIFY(r.message.anomalies.empty());
    QCOMPARE(r.message.authMethods, (std::vector<std::uint16_t>{3, 1, 65001}));
}

void TestIkeParser::authMethodsHostileSaBodies()
{
    const QByteArray good = ikeV1SaBody({3});
    QCOMPARE(AuthMethod::fromSaPayload(bytes(good)), std::vector<std::uint16_t>{3});
    // A body cut short (a capture's snap length) yields the method once its attribute is whole,
    // nothing before: never a value from outside the body.
    const int authEnd = 8 + 8 + 8 + 16; // DOI+situation, proposal, transform headers, 4 attributes
    for (int cut = 0; cut < good.size(); ++cut) {
        const QByteArray part = good.left(cut);
        const std::vector<std::uint16_t> got = AuthMethod::fromSaPayload(bytes(part));
        QCOMPARE(got, cut >= authEnd ? std::vector<std::uint16_t>{3} : std::vector<std::uint16_t>{});
    }
    // Another DOI, another situation, a phase-2 (ESP) proposal: not ours to read.
    QByteArray otherDoi = good;
    otherDoi[3] = 2;
    QVERIFY(AuthMethod::fromSaPayload(bytes(otherDoi)).empty());
    QByteArray secrecy = good;
    secrecy[7] = 3;
    QVERIFY(AuthMethod::fromSaPayload(bytes(secrecy)).empty());
    QByteArray esp = good;
    esp[8 + 5] = 3; // protocol id of the proposal
    QVERIFY(AuthMethod::fromSaPayload(bytes(esp)).empty());
    // A transform that claims to be longer than its proposal reads as cut: its whole attributes
    // only; a zero-length proposal gives nothing.
    QByteArray lying = good;
    lying[8 + 8 + 2] = char(0x7F);
    QCOMPARE(AuthMethod::fromSaPayload(bytes(lying)), std::vector<std::uint16_t>{3});
    QByteArray zero = good;
    zero[8 + 2] = 0;
    zero[8 + 3] = 0;
    QVERIFY(AuthMethod::fromSaPayload(bytes(zero)).empty());
    // Thousands of transforms: the list stays capped.
    std::vector<std::uint16_t> many(40, 3);
    QCOMPARE(AuthMethod::fromSaPayload(bytes(ikeV1SaBody(many))).size(), std::size_t(16));
}

void TestIkeParser::authMethodMeaning()
{
    struct Row
    {
        std::uint16_t method;
        const char* code;
        bool mm5;
        bool mm6;
    };
    const Row rows[] = {
        {1, "pre-shared-key", false, false},
        {2, "dss-signatures", true, true},
        {3, "rsa-signatures", true, true},
        {4, "rsa-encryption", false, false},
        {5, "rsa-revised-encryption", false, false},
        {9, "ecdsa-sha256-p256", true, true},
        {11, "ecdsa-sha512-p521", true, true},
        {64221, "hybrid-init-rsa", false, true},
        {64222, "hybrid-resp-rsa", true, false},
        {64224, "hybrid-resp-dss", true, false},
        {65001, "xauth-init-pre-shared-key", false, false},
        {65005, "xauth-init-rsa", true, true},
        {65010, "xauth-resp-rsa-revised-encryption", false, false},
        {4242, "unknown-4242", false, false},
    };
    for (const Row& row : rows) {
        QCOMPARE(AuthMethod::code(row.method), QString::fromLatin1(row.code));
        QCOMPARE(AuthMethod::initiatorSendsCertificate(row.method), row.mm5);
        QCOMPARE(AuthMethod::responderSendsCertificate(row.method), row.mm6);
    }
}

QTEST_GUILESS_MAIN(TestIkeParser)
#include "TestIkeParser.moc"
