// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFixtures.h"
#include "EvidenceFormat.h"
#include "EvtxWriter.h"

#include <QFile>
#include <QTest>

class TestEvidenceFormat : public QObject
{
    Q_OBJECT

private slots:
    void fixturesByContent_data();
    void fixturesByContent();
    void binarySignatures();
    void utf16WithAndWithoutBom();
    void garbageIsUnknown();
};

void TestEvidenceFormat::fixturesByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    const auto row = [](const char* n, EvidenceFormat f) {
        QTest::newRow(n) << QString::fromLatin1(n) << int(f);
    };
    row("firewall-isa2004-tabs.w3c", EvidenceFormat::FirewallW3c);
    row("firewall-tmg-spaces.w3c", EvidenceFormat::FirewallW3c);
    row("firewall-isa2006-viewer.tsv", EvidenceFormat::FirewallViewerExport);
    row("rasclient-saveas.xml", EvidenceFormat::EventXml);
    row("security-4653-wevtutil.xml", EvidenceFormat::EventXml);
    row("wfp-netevents.xml", EvidenceFormat::WfpNetEvents);
    row("oakley.log", EvidenceFormat::OakleyLog);
    for (const char* lang : {"en", "de", "fr", "es", "pt"}) {
        QTest::newRow(qPrintable(QStringLiteral("csv-%1").arg(QLatin1String(lang))))
            << QStringLiteral("eventviewer-%1.csv").arg(QLatin1String(lang)) << int(EvidenceFormat::EventCsv);
        QTest::newRow(qPrintable(QStringLiteral("text-%1").arg(QLatin1String(lang))))
            << QStringLiteral("wevtutil-%1.txt").arg(QLatin1String(lang)) << int(EvidenceFormat::EventText);
    }
}

void TestEvidenceFormat::fixturesByContent()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFile f(evidenceFixture(name));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
    const SniffResult r = sniffEvidenceFormat(f.read(65536));
    QCOMPARE(evidenceFormatKey(r.format), evidenceFormatKey(EvidenceFormat(format)));
    QVERIFY(!r.reason.isEmpty());
}

void TestEvidenceFormat::binarySignatures()
{
    EvtxEvent e;
    e.provider = QStringLiteral("RasClient");
    e.eventId = 20227;
    QCOMPARE(sniffEvidenceFormat(EvtxWriter::write({e}).left(4096)).format, EvidenceFormat::Evtx);
    QByteArray evt(48, '\0');
    evt[0] = 0x30;
    evt.replace(4, 4, "LfLe");
    QCOMPARE(sniffEvidenceFormat(evt).format, EvidenceFormat::Evt);
    // "LfLe" without the 0x30 header size is not an EVT file.
    evt[0] = 0x31;
    QVERIFY(sniffEvidenceFormat(evt).format != EvidenceFormat::Evt);
}

void TestEvidenceFormat::utf16WithAndWithoutBom()
{
    const QString text = QStringLiteral(
        "#Software: Microsoft Internet Security and Acceleration Server 2006\r\n#Fields: date\ttime\r\n");
    QByteArray le("\xFF\xFE", 2);
    QByteArray bare;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        bare.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    }
    SniffResult r = sniffEvidenceFormat(le);
    QCOMPARE(r.format, EvidenceFormat::FirewallW3c);
    QCOMPARE(r.encoding, TextEncoding::Utf16Le);
    QCOMPARE(r.bomBytes, 2);
    r = sniffEvidenceFormat(bare);
    QCOMPARE(r.format, EvidenceFormat::FirewallW3c);
    QCOMPARE(r.encoding, TextEncoding::Utf16Le);
    QCOMPARE(r.bomBytes, 0);
}

void TestEvidenceFormat::garbageIsUnknown()
{
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919) & 0xFF));
    QCOMPARE(sniffEvidenceFormat(junk).format, EvidenceFormat::Unknown);
    QCOMPARE(sniffEvidenceFormat(QByteArray()).format, EvidenceFormat::Unknown);
    QCOMPARE(sniffEvidenceFormat("<html><body>not a log</body></html>").format, EvidenceFormat::Unknown);
    QCOMPARE(sniffEvidenceFormat("hello,world\nfoo,bar\n").format, EvidenceFormat::Unknown);
}

QTEST_GUILESS_MAIN(TestEvidenceFormat)
#include "TestEvidenceFormat.moc"
