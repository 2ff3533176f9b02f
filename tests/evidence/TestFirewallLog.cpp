// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"
#include "FirewallLog.h"
#include "FirewallResultCodes.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

class TestFirewallLog : public QObject
{
    Q_OBJECT

private slots:
    void isa2004TabsLocatesFragmentDrop();
    void neighbourCodesNamedAsWhatTheyAre();
    void tmgSpaceSeparated();
    void isa2006ViewerExport();
    void resultCodeSpellings_data();
    void resultCodeSpellings();
    void spaceSeparatedFieldNames();
    void logWithoutDropsProvesNothing();
    void rowsBeforeFieldsHeader();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void TestFirewallLog::isa2004TabsLocatesFragmentDrop()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("firewall-isa2004-tabs.w3c")));
    QCOMPARE(r.format, EvidenceFormat::FirewallW3c);
    QCOMPARE(r.firewall.rows, 6u);
    QVERIFY(r.firewall.resultCodeColumn);
    QCOMPARE(r.firewall.fragmentDropRows, 2u);
    QCOMPARE(r.firewall.software, QStringLiteral("Microsoft Internet Security and Acceleration Server 2004"));
    const auto drops = itemsOf(r, EvidenceKind::FirewallFragmentDropped);
    QCOMPARE(drops.size(), 2);
    const EvidenceItem& d = drops.first();
    QCOMPARE(d.strength, EvidenceStrength::Locating);
    QCOMPARE(*d.facts.resultCode, kFragmentPacketDropped);
    QCOMPARE(d.facts.source.address.toString(), QStringLiteral("203.0.113.10"));
    QVERIFY(!d.facts.source.port); // a non-first fragment carries no UDP header
    QCOMPARE(d.facts.destination.address.toString(), QStringLiteral("198.51.100.1"));
    QCOMPARE(d.facts.action, QStringLiteral("Denied"));
    QCOMPARE(d.facts.computer, QStringLiteral("ISA01"));
    QCOMPARE(d.facts.recordNumber, 6u);     // its line in the file
    QCOMPARE(d.time.basis, TimeBasis::Utc); // W3C times are UTC
    QCOMPARE(d.time.msecs,
             QDateTime::fromString(QStringLiteral("2010-05-20T12:31:12Z"), Qt::ISODate).toMSecsSinceEpoch());
    // The IKE row before it shows the pair talking on UDP 500.
    const auto ike = itemsOf(r, EvidenceKind::FirewallIkeTraffic);
    QCOMPARE(ike.size(), 1);
    QCOMPARE(*ike.first().facts.destination.port, std::uint16_t(500));
}

void TestFirewallLog::neighbourCodesNamedAsWhatTheyAre()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("firewall-isa2004-tabs.w3c")));
    const auto dropped = itemsOf(r, EvidenceKind::FirewallPacketDropped);
    // 0xC0040014 (spoofing, on UDP 500) and 0xC0040018 (bad length); 0xC004000D is a policy denial
    // of NetBIOS traffic, counted but not an item.
    QCOMPARE(dropped.size(), 2);
    for (const EvidenceItem& i : dropped) {
        QCOMPARE(i.strength, EvidenceStrength::Context);
        QVERIFY(*i.facts.resultCode != kFragmentPacketDropped);
    }
    QCOMPARE(QString::fromLatin1(firewallResultCode(*dropped[0].facts.resultCode)->symbol),
             QStringLiteral("FWX_E_FWE_SPOOFING_PACKET_DROPPED"));
    QCOMPARE(QString::fromLatin1(firewallResultCode(*dropped[1].facts.resultCode)->symbol),
             QStringLiteral("FWX_E_BAD_LENGTH_PACKET_DROPPED"));
    QCOMPARE(r.firewall.droppedPacketRows, 4u); // two fragment drops, spoofing, bad length
    QCOMPARE(r.firewall.rowsWithResultCode, 6u);
}

void TestFirewallLog::tmgSpaceSeparated()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("firewall-tmg-spaces.w3c")));
    QCOMPARE(r.format, EvidenceFormat::FirewallW3c);
    QCOMPARE(r.firewall.rows, 3u);
    const auto drops = itemsOf(r, EvidenceKind::FirewallFragmentDropped);
    QCOMPARE(drops.size(), 2);
    // The second drop row has a value with a space ("Local Host") and the code's symbol: its field
    // count does not match, so it is read by value pattern and says so.
    QCOMPARE(r.unreadable.of(UnreadableReason::FieldCountMismatch), 1u);
    for (const EvidenceItem& d : drops) {
        QCOMPARE(d.facts.source.address.toString(), QStringLiteral("203.0.113.20"));
        QCOMPARE(d.facts.destination.address.toString(), QStringLiteral("198.51.100.2"));
        QCOMPARE(d.time.basis, TimeBasis::Utc);
    }
    QCOMPARE(itemsOf(r, EvidenceKind::FirewallIkeTraffic).size(), 1); // the NAT-T row on 4500
}

void TestFirewallLog::isa2006ViewerExport()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("firewall-isa2006-viewer.tsv")));
    QCOMPARE(r.format, EvidenceFormat::FirewallViewerExport);
    const auto drops = itemsOf(r, EvidenceKind::FirewallFragmentDropped);
    QCOMPARE(drops.size(), 1);
    QCOMPARE(drops.first().facts.source.address.toString(), QStringLiteral("203.0.113.10"));
    // The viewer shows local time: the zone is unknown and said so.
    QCOMPARE(drops.first().time.basis, TimeBasis::LocalUnknownZone);
    QCOMPARE(drops.first().time.msecs,
             QDateTime::fromString(QStringLiteral("2010-05-20T14:31:12Z"), Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(itemsOf(r, EvidenceKind::FirewallIkeTraffic).size(), 1);
}

void TestFirewallLog::resultCodeSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<uint>("code");
    QTest::newRow("lower") << "0xc0040013" << true << 0xC0040013u;
    QTest::newRow("upper+symbol") << "0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED" << true << 0xC0040013u;
    QTest::newRow("bare hex") << "C0040013" << true << 0xC0040013u;
    QTest::newRow("signed decimal (SQL)") << "-1073479661" << true << 0xC0040013u;
    QTest::newRow("zero") << "0x0" << true << 0u;
    QTest::newRow("dash") << "-" << false << 0u;
    QTest::newRow("word") << "Denied" << false << 0u;
    QTest::newRow("too long") << "0x1C0040013" << false << 0u;
}

void TestFirewallLog::resultCodeSpellings()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(uint, code);
    std::uint32_t got = 0;
    QCOMPARE(parseFirewallResultCode(text, got), ok);
    if (ok)
        QCOMPARE(uint(got), code);
}

void TestFirewallLog::spaceSeparatedFieldNames()
{
    const QStringList names = FirewallLog::splitFieldNames(QStringLiteral(
        " computer date time IP protocol source destination original client IP action status rule"));
    QCOMPARE(names, QStringList({"computer", "date", "time", "IP protocol", "source", "destination",
                                 "original client IP", "action", "status", "rule"}));
    const QStringList tabs =
        FirewallLog::splitFieldNames(QStringLiteral(" Log Time\tClient IP\tResult Code"));
    QCOMPARE(tabs, QStringList({"Log Time", "Client IP", "Result Code"}));
}

void TestFirewallLog::logWithoutDropsProvesNothing()
{
    const QByteArray log = "#Software: Microsoft Forefront Threat Management Gateway\r\n"
                           "#Fields: date\ttime\tIP protocol\tsource\tdestination\taction\tstatus\r\n"
                           "2011-03-01\t08:15:02\tUDP\t203.0.113.20:500\t198.51.100.2:500\tInitiated\t0x0\r\n"
                           "2011-03-01\t08:15:03\tTCP\t10.0.0.4:1025\t10.0.0.1:80\tDenied\t0xc004000d\r\n";
    const EvidenceResult r = readEvidenceFile(write(QStringLiteral("nodrops.w3c"), log));
    QCOMPARE(r.firewall.rows, 2u);
    QCOMPARE(r.firewall.fragmentDropRows, 0u);
    QCOMPARE(r.firewall.droppedPacketRows, 0u); // dropped-packet logging may be off: the stats say so
    QCOMPARE(r.firewall.ikeRows, 1u);
    QVERIFY(itemsOf(r, EvidenceKind::FirewallFragmentDropped).isEmpty());
}

void TestFirewallLog::rowsBeforeFieldsHeader()
{
    const QByteArray log = "#Software: Microsoft Internet Security and Acceleration Server 2006\n"
                           "ISA01 2010-05-20 12:31:12 UDP 203.0.113.10 198.51.100.1 Denied 0xc0040013\n";
    const EvidenceResult r = readEvidenceFile(write(QStringLiteral("nofields.w3c"), log));
    QCOMPARE(r.unreadable.of(UnreadableReason::MissingFieldsHeader), 1u);
    // Still found by value pattern.
    QCOMPARE(itemsOf(r, EvidenceKind::FirewallFragmentDropped).size(), 1);
}

QTEST_GUILESS_MAIN(TestFirewallLog)
#include "TestFirewallLog.moc"
