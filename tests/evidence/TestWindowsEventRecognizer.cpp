// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventCsvReader.h"
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"
#include "WindowsEventRecognizer.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestWindowsEventRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void rasChainCorrelated();
    void lookAlikeCodeKeptAsCode();
    void utf16SaveAsXml();
    void truncatedAndOversizedXml();
    void mainModeStoppedAfterIdPayload();
    void proposalFailurePointsElsewhere();
    void renderedExports_data();
    void renderedExports();
    void event547FromInsertionStrings();
    void strengthRule_data();
    void strengthRule();
    void csvRecordSplitting();
};

void TestWindowsEventRecognizer::rasChainCorrelated()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("rasclient-saveas.xml")));
    QCOMPARE(r.format, EvidenceFormat::EventXml);
    QCOMPARE(r.recordsRead, 4u);
    const auto failed = itemsOf(r, EvidenceKind::RasConnectionFailed);
    QCOMPARE(failed.size(), 2);
    const EvidenceItem& f = failed.first();
    QCOMPARE(*f.facts.errorCode, 792);
    QCOMPARE(f.strength, EvidenceStrength::Consistent);
    QCOMPARE(f.facts.correlationId, QStringLiteral("{B4000371-A67F-452F-AA4C-3125AA9CFC78}"));
    QVERIFY(f.facts.linkedDialing);
    QVERIFY(f.facts.linkedDevice);
    QCOMPARE(f.facts.vpnStrategy, QStringLiteral("L2TP"));
    QCOMPARE(f.facts.deviceName, QStringLiteral("WAN Miniport (L2TP)"));
    QCOMPARE(f.facts.connectionName, QStringLiteral("Work VPN"));
    QCOMPARE(f.facts.recordNumber, 4203u);
    QCOMPARE(f.time.basis, TimeBasis::Utc);
    QCOMPARE(f.time.msecs,
             QDateTime::fromString(QStringLiteral("2010-05-20T12:32:10.123Z"), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch());
    QCOMPARE(itemsOf(r, EvidenceKind::RasDialing).size(), 1);
    QCOMPARE(itemsOf(r, EvidenceKind::RasDeviceSelected).size(), 1);
}

void TestWindowsEventRecognizer::lookAlikeCodeKeptAsCode()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("rasclient-saveas.xml")));
    const EvidenceItem other = itemsOf(r, EvidenceKind::RasConnectionFailed).last();
    QCOMPARE(*other.facts.errorCode, 787);
    // Not 792: the look-alike table (wizard/LookAlikeErrors) decides what it points to.
    QCOMPARE(other.strength, EvidenceStrength::Context);
    // Its CoId has no 20221/20222 in this file, and that is said.
    QVERIFY(!other.facts.linkedDialing);
    QVERIFY(other.facts.unread & UnreadCorrelation);
}

void TestWindowsEventRecognizer::utf16SaveAsXml()
{
    // Event Viewer may save XML as UTF-16 with a declaration saying so; read the same either way.
    QFile in(evidenceFixture(QStringLiteral("rasclient-saveas.xml")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("encoding=\"utf-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("utf16.xml")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("\xFF\xFE", 2);
    out.write(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    out.close();
    const EvidenceResult r = readEvidenceFile(out.fileName());
    QCOMPARE(r.format, EvidenceFormat::EventXml);
    QCOMPARE(r.unreadable.total(), 0u);
    const auto failed = itemsOf(r, EvidenceKind::RasConnectionFailed);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(*failed.first().facts.errorCode, 792);
    QVERIFY(failed.first().facts.linkedDevice);
}

void TestWindowsEventRecognizer::truncatedAndOversizedXml()
{
    QFile in(evidenceFixture(QStringLiteral("rasclient-saveas.xml")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray full = in.readAll();
    QTemporaryDir dir;
    // Cut inside the last event: the three events before it are kept, the cut is said.
    QFile cut(dir.filePath(QStringLiteral("cut.xml")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(full.left(full.lastIndexOf("<EventRecordID>4210")));
    cut.close();
    EvidenceResult r = readEvidenceFile(cut.fileName());
    QCOMPARE(r.recordsRead, 3u);
    QCOMPARE(r.unreadable.of(UnreadableReason::MalformedXml), 1u);
    QVERIFY(r.stoppedEarly.contains(QStringLiteral("truncated")));
    // One text node larger than the cap stops the read instead of growing without bound.
    QFile big(dir.filePath(QStringLiteral("big.xml")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("<Events><Event><System><Provider "
              "Name='RasClient'/><EventID>20227</EventID></System><EventData><Data>");
    big.write(QByteArray(4 * 1024 * 1024, 'x'));
    big.write("</Data></EventData></Event></Events>");
    big.close();
    EvidenceReadOptions options;
    options.maxXmlTokenBytes = 1024 * 1024;
    r = readEvidenceFile(big.fileName(), options);
    QCOMPARE(r.unreadable.of(UnreadableReason::XmlTokenTooLarge), 1u);
    QCOMPARE(r.recordsRead, 0u);
}

void TestWindowsEventRecognizer::mainModeStoppedAfterIdPayload()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("security-4653-wevtutil.xml")));
    QCOMPARE(r.format, EvidenceFormat::EventXml); // two <Event> elements without a root
    QCOMPARE(r.unreadable.of(UnreadableReason::MalformedXml), 0u);
    const auto mm = itemsOf(r, EvidenceKind::IpsecMainModeFailed);
    QCOMPARE(mm.size(), 2);
    const EvidenceItem& i = mm.first();
    QCOMPARE(i.facts.mainModeState, MainModeState::SentThird);
    QCOMPARE(i.facts.role, IkeRole::Initiator);
    QCOMPARE(*i.facts.errorCode, 13805);
    QCOMPARE(i.facts.failurePoint, FailurePoint::LocalComputer);
    QCOMPARE(i.facts.keyingModule, KeyingModule::IkeV1);
    QCOMPARE(i.facts.local.address.toString(), QStringLiteral("203.0.113.10"));
    QCOMPARE(*i.facts.remote.port, std::uint16_t(500));
    QCOMPARE(i.strength, EvidenceStrength::Indicative);
    QCOMPARE(i.facts.unread, std::uint16_t(UnreadNone));
}

void TestWindowsEventRecognizer::proposalFailurePointsElsewhere()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("security-4653-wevtutil.xml")));
    const EvidenceItem i = itemsOf(r, EvidenceKind::IpsecMainModeFailed).last();
    QCOMPARE(i.facts.mainModeState, MainModeState::SentFirst);
    QCOMPARE(*i.facts.errorCode, 13802);
    QCOMPARE(i.strength, EvidenceStrength::PointsElsewhere);
}

void TestWindowsEventRecognizer::renderedExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char* lang : {"en", "de", "fr", "es", "pt"}) {
        QTest::newRow(qPrintable(QStringLiteral("csv-%1").arg(QLatin1String(lang))))
            << QStringLiteral("eventviewer-%1.csv").arg(QLatin1String(lang)) << QString::fromLatin1(lang);
        QTest::newRow(qPrintable(QStringLiteral("text-%1").arg(QLatin1String(lang))))
            << QStringLiteral("wevtutil-%1.txt").arg(QLatin1String(lang)) << QString::fromLatin1(lang);
    }
}

void TestWindowsEventRecognizer::renderedExports()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const EvidenceResult r = readEvidenceFile(evidenceFixture(file));
    QCOMPARE(r.recordsRead, 3u);
    // 20227: the error code is a number in every language; the connection is named "Work VPN 2",
    // so the code is the last number, not just any.
    const auto failed = itemsOf(r, EvidenceKind::RasConnectionFailed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(*failed.first().facts.errorCode, 792);
    QCOMPARE(failed.first().facts.correlationId, QStringLiteral("{B4000371-A67F-452F-AA4C-3125AA9CFC78}"));
    QVERIFY(failed.first().facts.linkedDialing);
    QCOMPARE(failed.first().facts.vpnStrategy, QStringLiteral("L2TP"));
    // Rendered exports carry local time of an unknown zone: 14:32:10 on 20 May 2010, whatever
    // the language's date order.
    QCOMPARE(failed.first().time.basis, TimeBasis::LocalUnknownZone);
    QCOMPARE(failed.first().time.msecs,
             QDateTime::fromString(QStringLiteral("2010-05-20T14:32:10Z"), Qt::ISODate).toMSecsSinceEpoch() +
                 (file.endsWith(QLatin1String(".txt")) ? 123 : 0));
    // 4653: recognised by provider and ID, addresses by their numbers in every language.
    const auto mm = itemsOf(r, EvidenceKind::IpsecMainModeFailed);
    QCOMPARE(mm.size(), 1);
    const EvidenceItem& i = mm.first();
    QCOMPARE(i.facts.local.address.toString(), QStringLiteral("203.0.113.10"));
    QCOMPARE(i.facts.remote.address.toString(), QStringLiteral("198.51.100.1"));
    if (language == QLatin1String("en")) {
        QCOMPARE(i.facts.mainModeState, MainModeState::SentThird);
        QCOMPARE(i.facts.role, IkeRole::Initiator);
        QCOMPARE(*i.facts.errorCode, 13805);
        QCOMPARE(i.strength, EvidenceStrength::Indicative);
        QCOMPARE(r.unreadable.of(UnreadableReason::UnrecognisedLanguage), 0u);
    } else {
        // The state is rendered in a language whose wording we do not hold: said, not guessed.
        QCOMPARE(i.facts.mainModeState, MainModeState::Unknown);
        QVERIFY(i.facts.unread & UnreadState);
        QVERIFY(i.facts.unread & UnreadFailureReason);
        QCOMPARE(i.strength, EvidenceStrength::Consistent);
        QCOMPARE(r.unreadable.of(UnreadableReason::UnrecognisedLanguage), 1u);
    }
    if (file.endsWith(QLatin1String(".csv")))
        QCOMPARE(i.facts.language, language);
}

void TestWindowsEventRecognizer::event547FromInsertionStrings()
{
    EvidenceResult result;
    WindowsEventRecognizer recognizer(result, 10);
    EventRecord r;
    r.provider = QStringLiteral("Security");
    r.eventId = 547;
    r.recordNumber = 7;
    // Windows Server 2003 insertion strings (msaudite.h SE_AUDITID_IPSEC_NEGOTIATION_FAIL,
    // oakley.dll 5.2 message strings); constructed values.
    r.data = {
        {QString(), QStringLiteral("Key Exchange Mode (Main Mode)")},
        {QString(), QStringLiteral("Source IP Address 203.0.113.10\nSource IP Address Mask 255.255.255.255\n"
                                   "Destination IP Address 198.51.100.1\nDestination IP Address Mask "
                                   "255.255.255.255\nProtocol 17\nSource Port 1701\nDestination Port 1701\n"
                                   "IKE Local Addr 203.0.113.10\nIKE Peer Addr 198.51.100.1\n")},
        {QString(), QStringLiteral("Certificate based Identity.\nPeer IP Address: 198.51.100.1")},
        {QString(), QStringLiteral("Me")},
        {QString(), QStringLiteral("No response from peer")},
        {QString(), QStringLiteral("Processed second (KE) payload\nInitiator.  Delta Time 63\n0x0 0x0")}};
    recognizer.add(r);
    recognizer.finish();
    QCOMPARE(result.items.size(), 1);
    const EvidenceItem& i = result.items.first();
    QCOMPARE(i.kind, EvidenceKind::IkeNegotiationFailed);
    QVERIFY(i.facts.mainMode);
    QCOMPARE(i.facts.failurePoint, FailurePoint::LocalComputer);
    QCOMPARE(*i.facts.errorCode, 13813);
    QCOMPARE(i.facts.mainModeState, MainModeState::ProcessedSecond);
    QCOMPARE(i.facts.role, IkeRole::Initiator);
    QCOMPARE(i.facts.local.address.toString(), QStringLiteral("203.0.113.10"));
    QCOMPARE(i.facts.remote.address.toString(), QStringLiteral("198.51.100.1"));
    QCOMPARE(i.strength, EvidenceStrength::Indicative);
    // Quick Mode failures mean Main Mode (and its fragments) got through.
    r.data[0].second = QStringLiteral("Data Protection Mode (Quick Mode)");
    recognizer.add(r);
    QCOMPARE(result.items.last().strength, EvidenceStrength::PointsElsewhere);
}

void TestWindowsEventRecognizer::strengthRule_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("role");
    QTest::addColumn<qlonglong>("code");
    QTest::addColumn<int>("strength");
    const qlonglong none = -1;
    QTest::newRow("initiator MM5 out, timeout") << int(MainModeState::SentThird) << int(IkeRole::Initiator)
                                                << 13805LL << int(EvidenceStrength::Indicative);
    QTest::newRow("responder MM4 out, MM5 never came")
        << int(MainModeState::SentSecond) << int(IkeRole::Responder) << 13813LL
        << int(EvidenceStrength::Indicative);
    QTest::newRow("initiator MM3 out, no MM4") << int(MainModeState::SentSecond) << int(IkeRole::Initiator)
                                               << 13805LL << int(EvidenceStrength::PointsElsewhere);
    QTest::newRow("MM1 unanswered") << int(MainModeState::SentFirst) << int(IkeRole::Initiator) << 13805LL
                                    << int(EvidenceStrength::PointsElsewhere);
    QTest::newRow("auth failure after MM5") << int(MainModeState::SentThird) << int(IkeRole::Initiator)
                                            << 13801LL << int(EvidenceStrength::PointsElsewhere);
    QTest::newRow("third, role unknown") << int(MainModeState::SentThird) << int(IkeRole::Unknown) << none
                                         << int(EvidenceStrength::Consistent);
    QTest::newRow("state unknown") << int(MainModeState::Unknown) << int(IkeRole::Initiator) << 13805LL
                                   << int(EvidenceStrength::Consistent);
}

void TestWindowsEventRecognizer::strengthRule()
{
    QFETCH(int, state);
    QFETCH(int, role);
    QFETCH(qlonglong, code);
    QFETCH(int, strength);
    const auto c = code < 0 ? std::nullopt : std::optional<std::int64_t>(code);
    QCOMPARE(int(mainModeFailureStrength(MainModeState(state), IkeRole(role), c)), strength);
}

void TestWindowsEventRecognizer::csvRecordSplitting()
{
    QStringList f;
    QVERIFY(EventCsvReader::splitRecord(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\""), f));
    QCOMPARE(f, QStringList({"a", "b,c", "say \"hi\""}));
    QVERIFY(!EventCsvReader::splitRecord(QStringLiteral("a,\"open"), f));
}

QTEST_GUILESS_MAIN(TestWindowsEventRecognizer)
#include "TestWindowsEventRecognizer.moc"
