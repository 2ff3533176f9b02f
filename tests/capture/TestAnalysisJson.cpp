// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed JSON document: valid, escaped, and saying what the AnalysisResult says.
#include "AnalysisJson.h"
#include "Analyzer.h"
#include "JsonWriter.h"
#include "PacketBuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PacketBuilder;

namespace {

AnalysisResult analyzeSessions(int sessions)
{
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    analyzer.setSource(QStringLiteral("odd \"name\" \\ with\nnewline and ünïcode.pcapng"));
    const QByteArray other =
        ethernet(ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17, udp(5353, 53, QByteArray(20, 'x'))));
    analyzer.processPacket(1'700'000'000'000'000, bytes(other), std::uint32_t(other.size()));
    for (int i = 0; i < sessions; ++i) {
        MainModeScenario s;
        s.client = IpAddress::fromString(QStringLiteral("192.0.2.%1").arg(20 + i));
        s.initiatorSpi = 100 + i;
        s.mm6Sent = i % 2 == 0;
        s.mm6Delivered = s.mm6Sent;
        s.startUs += 1'234'567 + i * 100'000'000LL;
        for (const TimedFrame& f : mainMode(s))
            analyzer.processPacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size()));
    }
    analyzer.finish();
    return analyzer.result();
}

QJsonObject parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << "at" << error.offset
                   << bytes.mid(qMax(0, error.offset - 40), 80);
    return d.object();
}

} // namespace

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private slots:
    void documentSaysWhatTheResultSays_data();
    void documentSaysWhatTheResultSays();
    void writerEscapesAndNests();
    void failingDeviceIsReported();
};

void TestAnalysisJson::documentSaysWhatTheResultSays_data()
{
    QTest::addColumn<int>("sessions");
    QTest::newRow("no IKE") << 0;
    QTest::newRow("one SA") << 1;
    QTest::newRow("three SAs") << 3;
}

void TestAnalysisJson::documentSaysWhatTheResultSays()
{
    QFETCH(int, sessions);
    const AnalysisResult r = analyzeSessions(sessions);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeAnalysisJson(r, buffer));
    const QJsonObject j = parse(buffer.data());
    QVERIFY(!j.isEmpty());
    QCOMPARE(j.value(QStringLiteral("source")).toString(), r.source);
    QCOMPARE(j.value(QStringLiteral("packets")).toInteger(), qint64(r.packets));
    QCOMPARE(j.value(QStringLiteral("ipv4_fragments")).toInteger(), qint64(r.ipv4Fragments));
    QCOMPARE(j.value(QStringLiteral("ike_messages")).toObject().value(QStringLiteral("v1")).toInteger(),
             qint64(r.ikeV1Messages));
    QCOMPARE(j.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString(),
             verdictCodeKey(r.verdict.code));
    QCOMPARE(j.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("evidence")).toArray().size(),
             r.verdict.evidence.size());
    const QJsonArray list = j.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(list.size(), sessions);
    for (int i = 0; i < sessions; ++i) {
        const QJsonObject s = list.at(i).toObject();
        const IkeSession& expected = r.sessions[std::size_t(i)];
        QCOMPARE(s.value(QStringLiteral("initiator")).toString(), expected.initiator.toString());
        const QJsonArray messages = s.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), qsizetype(expected.messages.size()));
        // Times survive the text round trip exactly.
        const double t = messages.last().toObject().value(QStringLiteral("time")).toDouble();
        QCOMPARE(t, double(expected.messages.back().origin.timestampUs - r.firstTimestampUs) / 1e6);
        QCOMPARE(s.value(QStringLiteral("path_mtu_estimate")).toInt(), 1500);
    }
    // The in-memory form used by reports is the same document.
    QCOMPARE(analysisToJson(r), j);
    // Indented for people: nested objects start on their own lines.
    QVERIFY(buffer.data().contains("\n    \"verdict\": {\n        \"code\""));
}

void TestAnalysisJson::writerEscapesAndNests()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter w(buffer);
    w.beginObject();
    w.value("text", QStringLiteral("q\" b\\ n\n t\t c\x01 é €"));
    w.beginArray("empty");
    w.endArray();
    w.beginObject("nested");
    w.null("nothing");
    w.value("big", std::int64_t(1) << 53);
    w.value("fraction", 0.1);
    w.endObject();
    w.endObject();
    QVERIFY(w.finish());
    const QJsonObject j = parse(buffer.data());
    QCOMPARE(j.value(QStringLiteral("text")).toString(), QStringLiteral("q\" b\\ n\n t\t c\x01 é €"));
    QVERIFY(j.value(QStringLiteral("empty")).toArray().isEmpty());
    QVERIFY(j.value(QStringLiteral("nested")).toObject().value(QStringLiteral("nothing")).isNull());
    QCOMPARE(j.value(QStringLiteral("nested")).toObject().value(QStringLiteral("big")).toInteger(),
             qint64(1) << 53);
    QCOMPARE(j.value(QStringLiteral("nested")).toObject().value(QStringLiteral("fraction")).toDouble(), 0.1);
}

void TestAnalysisJson::failingDeviceIsReported()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QVERIFY(!writeAnalysisJson(analyzeSessions(1), readOnly));
}

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "TestAnalysisJson.moc"
