// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed JSON (CLI) and the in-memory JSON (reports) are the same document.
#include "Analyzer.h"
#include "AnalysisJson.h"
#include "PacketBuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PacketBuilder;

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private slots:
    void streamedEqualsTree_data();
    void streamedEqualsTree();
};

void TestAnalysisJson::streamedEqualsTree_data()
{
    QTest::addColumn<int>("sessions");
    QTest::newRow("no IKE") << 0;
    QTest::newRow("one SA") << 1;
    QTest::newRow("three SAs") << 3;
}

void TestAnalysisJson::streamedEqualsTree()
{
    QFETCH(int, sessions);
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    const QByteArray other = ethernet(ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(5353, 53, QByteArray(20, 'x'))));
    analyzer.processPacket(1, bytes(other), std::uint32_t(other.size()));
    for (int i = 0; i < sessions; ++i) {
        MainModeScenario s;
        s.client = IpAddress::fromString(QStringLiteral("192.0.2.%1").arg(20 + i));
        s.initiatorSpi = 100 + i;
        s.mm6Sent = i % 2 == 0;
        s.mm6Delivered = s.mm6Sent;
        s.startUs += i * 100'000'000LL;
        for (const TimedFrame& f : mainMode(s))
            analyzer.processPacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size()));
    }
    analyzer.finish();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeAnalysisJson(analyzer.result(), buffer));
    QJsonParseError error;
    const QJsonDocument streamed = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject tree = analysisToJson(analyzer.result());
    QCOMPARE(streamed.object(), tree);
    QCOMPARE(tree.value(QStringLiteral("sessions")).toArray().size(), sessions);
    QVERIFY(buffer.data().contains("\n        {\n") || sessions == 0); // indented like the rest
}

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "TestAnalysisJson.moc"
