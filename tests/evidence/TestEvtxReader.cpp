// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"
#include "EvtxReader.h"
#include "EvtxWriter.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestEvtxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writerOutputReadByEvtxexport();
    void rasAndMainModeFromEvtx();
    void manyRecordsAcrossChunks();
    void truncatedFile();
    void damagedRecordCounted();
    void evtGarbage();

private:
    QList<EvtxEvent> scenario() const;
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestEvtxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestEvtxReader::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<EvtxEvent> TestEvtxReader::scenario() const
{
    const QString coId = QStringLiteral("{B4000371-A67F-452F-AA4C-3125AA9CFC78}");
    EvtxEvent dial{QStringLiteral("RasClient"),
                   QString(),
                   20221,
                   EvtxWriter::fileTime(QStringLiteral("2010-05-20T12:30:58.000Z")),
                   QStringLiteral("Application"),
                   QStringLiteral("CLIENT01"),
                   {{QString(), coId},
                    {QString(), QStringLiteral("CORP\\alice")},
                    {QString(), QStringLiteral("VPN")},
                    {QString(), QStringLiteral("per-user")},
                    {QString(), QStringLiteral("Work VPN")},
                    {QString(), QStringLiteral("AutoLogon = No\r\nVpnStrategy = L2TP\r\n")}}};
    EvtxEvent device = dial;
    device.eventId = 20222;
    device.data = {{QString(), coId},
                   {QString(), QStringLiteral("CORP\\alice")},
                   {QString(), QStringLiteral("Work VPN")},
                   {QString(), QStringLiteral("Device = WAN Miniport (L2TP)\r\nPort = VPN2-1")}};
    EvtxEvent failed = dial;
    failed.eventId = 20227;
    failed.fileTime = EvtxWriter::fileTime(QStringLiteral("2010-05-20T12:32:10.123Z"));
    failed.data = {{QString(), coId},
                   {QString(), QStringLiteral("CORP\\alice")},
                   {QString(), QStringLiteral("Work VPN")},
                   {QString(), QStringLiteral("792")}};
    EvtxEvent mm{QStringLiteral("Microsoft-Windows-Security-Auditing"),
                 QStringLiteral("{54849625-5478-4994-A5BA-3E3B0328C30D}"),
                 4653,
                 EvtxWriter::fileTime(QStringLiteral("2010-05-20T12:32:09.987Z")),
                 QStringLiteral("Security"),
                 QStringLiteral("CLIENT01"),
                 {{QStringLiteral("LocalMMPrincipalName"), QStringLiteral("-")},
                  {QStringLiteral("RemoteMMPrincipalName"), QStringLiteral("-")},
                  {QStringLiteral("LocalAddress"), QStringLiteral("203.0.113.10")},
                  {QStringLiteral("LocalKeyModPort"), QStringLiteral("500")},
                  {QStringLiteral("RemoteAddress"), QStringLiteral("198.51.100.1")},
                  {QStringLiteral("RemoteKeyModPort"), QStringLiteral("500")},
                  {QStringLiteral("KeyModName"), QStringLiteral("%%8222")},
                  {QStringLiteral("FailurePoint"), QStringLiteral("%%8199")},
                  {QStringLiteral("FailureReason"), QStringLiteral("No response from peer")},
                  {QStringLiteral("MMAuthMethod"), QStringLiteral("%%8227")},
                  {QStringLiteral("State"), QStringLiteral("%%8204")},
                  {QStringLiteral("Role"), QStringLiteral("%%8205")}}};
    return {dial, device, mm, failed};
}

void TestEvtxReader::writerOutputReadByEvtxexport()
{
    // An independent reader (libevtx-utils' evtxexport) must read the writer's files, or the
    // EVTX tests would only prove that the writer and frag792 agree with each other.
    const QString evtxexport = QStandardPaths::findExecutable(QStringLiteral("evtxexport"));
    if (evtxexport.isEmpty())
        QSKIP("evtxexport (libevtx-utils) not installed; scripts/install-deps.sh installs it");
    const QString path = write(QStringLiteral("scenario.evtx"), EvtxWriter::write(scenario()));
    QProcess p;
    p.start(evtxexport, {QStringLiteral("-f"), QStringLiteral("xml"), path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(out.count(QStringLiteral("<Event ")), 4);
    QVERIFY(out.contains(QStringLiteral("<EventID>20227</EventID>")));
    QVERIFY(out.contains(QStringLiteral("<Data Name=\"State\">%%8204</Data>")));
    QVERIFY(out.contains(QStringLiteral("SystemTime=\"2010-05-20T12:32:10.1230000Z\"")));
}

void TestEvtxReader::rasAndMainModeFromEvtx()
{
    const EvidenceResult r =
        readEvidenceFile(write(QStringLiteral("scenario.bin"), EvtxWriter::write(scenario())));
    QCOMPARE(r.format, EvidenceFormat::Evtx);
    QCOMPARE(r.recordsRead, 4u);
    QCOMPARE(r.unreadable.total(), 0u);
    const auto failed = itemsOf(r, EvidenceKind::RasConnectionFailed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(*failed.first().facts.errorCode, 792);
    QCOMPARE(failed.first().facts.deviceName, QStringLiteral("WAN Miniport (L2TP)"));
    QCOMPARE(failed.first().facts.vpnStrategy, QStringLiteral("L2TP"));
    QCOMPARE(failed.first().time.basis, TimeBasis::Utc);
    QCOMPARE(failed.first().time.msecs,
             QDateTime::fromString(QStringLiteral("2010-05-20T12:32:10.123Z"), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch());
    const auto mm = itemsOf(r, EvidenceKind::IpsecMainModeFailed);
    QCOMPARE(mm.size(), 1);
    QCOMPARE(mm.first().facts.mainModeState, MainModeState::SentThird);
    QCOMPARE(*mm.first().facts.errorCode, 13813);
    QCOMPARE(mm.first().strength, EvidenceStrength::Indicative);
}

void TestEvtxReader::manyRecordsAcrossChunks()
{
    QList<EvtxEvent> events;
    for (int i = 0; i < 600; ++i)
        events.append(scenario().at(i % 4));
    const QByteArray file = EvtxWriter::write(events);
    QVERIFY(file.size() > 4096 + 65536); // more than one chunk
    const EvidenceResult r = readEvidenceFile(write(QStringLiteral("many.evtx"), file));
    QCOMPARE(r.recordsRead, 600u);
    QCOMPARE(itemsOf(r, EvidenceKind::RasConnectionFailed).size(), 150);
}

void TestEvtxReader::truncatedFile()
{
    const QByteArray full = EvtxWriter::write(scenario());
    for (const int size : {8, 200, 4096, 4096 + 300, 4096 + 600}) {
        const EvidenceResult r =
            readEvidenceFile(write(QStringLiteral("cut-%1.evtx").arg(size), full.left(size)));
        QCOMPARE(r.format, EvidenceFormat::Evtx);
        QVERIFY2(r.recordsRead < 4, qPrintable(QString::number(size)));
        // Whatever could not be read is said.
        QVERIFY2(r.unreadable.total() > 0 || !r.stoppedEarly.isEmpty(), qPrintable(QString::number(size)));
    }
}

void TestEvtxReader::damagedRecordCounted()
{
    QByteArray file = EvtxWriter::write(scenario());
    // Break the second record's binary XML (an element token turned into garbage), keep checksums valid.
    const qsizetype second = file.indexOf(QByteArray("**\0\0", 4), 4096 + 512 + 8);
    QVERIFY(second > 0);
    file[second + 24 + 4] = char(0x7F); // the template-instance token
    EvtxWriter::fixChecksums(file);
    const EvidenceResult r = readEvidenceFile(write(QStringLiteral("damaged.evtx"), file));
    QVERIFY(r.unreadable.of(UnreadableReason::RecordUnreadable) +
                r.unreadable.of(UnreadableReason::MalformedXml) >=
            1);
    QVERIFY(r.recordsRead >= 3);
}

void TestEvtxReader::evtGarbage()
{
    QByteArray evt(0x30, '\0');
    evt[0] = 0x30;
    evt.replace(4, 4, "LfLe");
    evt.append(QByteArray(1000, '\xA5'));
    const EvidenceResult r = readEvidenceFile(write(QStringLiteral("junk.evt"), evt));
    QCOMPARE(r.format, EvidenceFormat::Evt);
    QCOMPARE(r.items.size(), 0);
}

QTEST_GUILESS_MAIN(TestEvtxReader)
#include "TestEvtxReader.moc"
