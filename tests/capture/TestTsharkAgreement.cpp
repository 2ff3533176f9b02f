// SPDX-License-Identifier: GPL-3.0-or-later
// frag792's counts against tshark (an independent oracle): on the public corpus in ../shared/corpus
// (expected.json, produced by tshark 4.0) and on captures this test writes itself and hands to tshark.
#include "AnalyzeFile.h"
#include "CaptureThread.h"
#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PacketBuilder;

namespace {

QString corpusDir()
{
    const QByteArray env = qgetenv("FRAG792_CORPUS");
    return env.isEmpty() ? QStringLiteral(FRAG792_SOURCE_DIR "/../shared/corpus")
                         : QString::fromLocal8Bit(env);
}

/** Runs tshark and returns one output line per frame. */
QStringList tsharkLines(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("tshark"), args);
    if (!p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct TsharkCounts
{
    int packets = 0, ipv4Fragments = 0, ipv6Fragments = 0, v1 = 0, v2 = 0, reassembledIke = 0;
};

TsharkCounts tsharkCount(const QString& file)
{
    TsharkCounts c;
    const QStringList noReasm{"-n", "-r", file, "-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE"};
    const QStringList reasm{"-n", "-r", file, "-o", "ip.defragment:TRUE", "-o", "ipv6.defragment:TRUE"};
    c.packets = int(tsharkLines(noReasm + QStringList{"-T", "fields", "-e", "frame.number"}).size());
    c.ipv4Fragments = int(tsharkLines(noReasm + QStringList{"-Y", "ip.flags.mf==1 || ip.frag_offset>0", "-T",
                                                            "fields", "-e", "frame.number"})
                              .size());
    c.ipv6Fragments =
        int(tsharkLines(noReasm + QStringList{"-Y", "ipv6.fraghdr.more==1 || ipv6.fraghdr.offset>0", "-T",
                                              "fields", "-e", "frame.number"})
                .size());
    for (const QString& line : tsharkLines(reasm + QStringList{"-Y", "isakmp", "-T", "fields", "-E",
                                                               "occurrence=f", "-e", "isakmp.version"})) {
        const QString v = line.trimmed();
        if (v.startsWith(QLatin1String("0x1")) || v == QLatin1String("1.0"))
            ++c.v1;
        else if (v.startsWith(QLatin1String("0x2")) || v == QLatin1String("2.0"))
            ++c.v2;
    }
    c.reassembledIke = int(tsharkLines(reasm + QStringList{"-Y", "isakmp && (ip.fragment || ipv6.fragment)",
                                                           "-T", "fields", "-e", "frame.number"})
                               .size());
    return c;
}

void writeCapture(const QString& path, const std::vector<TimedFrame>& frames)
{
    PcapngWriter w;
    QVERIFY2(w.open(path, LinkType::Ethernet, 262144, QStringLiteral("test0")), qPrintable(w.errorString()));
    for (const TimedFrame& f : frames)
        QVERIFY(w.writePacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size())));
}

} // namespace

class TestTsharkAgreement : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void ownCaptures_data();
    void ownCaptures();
    void truncatedCaptures_data();
    void truncatedCaptures();
};

void TestTsharkAgreement::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    QFile json(corpusDir() + QStringLiteral("/expected.json"));
    if (!json.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(
            QStringLiteral("no shared corpus at %1 (set FRAG792_CORPUS); the own-captures test still runs")
                .arg(corpusDir())));
    const QJsonObject files =
        QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("files")).toObject();
    QVERIFY(files.size() >= 40);
    for (auto it = files.begin(); it != files.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
}

void TestTsharkAgreement::corpus()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    const AnalysisResult r = analyzeFile(corpusDir() + QLatin1Char('/') + file);
    QCOMPARE(qint64(r.packets), expected.value(QStringLiteral("packets")).toInteger());
    QCOMPARE(qint64(r.ipv4Fragments), expected.value(QStringLiteral("ipv4_fragments")).toInteger());
    QCOMPARE(qint64(r.ipv6Fragments), expected.value(QStringLiteral("ipv6_fragments")).toInteger());
    // The MANIFEST's rule: IKE counts must match exactly on the well-formed files.
    const bool broken = file.contains(QLatin1String("oobr")) || file.contains(QLatin1String("segfault")) ||
                        file.contains(QLatin1String("crash")) || file.contains(QLatin1String("bad-length")) ||
                        expected.value(QStringLiteral("ike_messages_other")).toInteger() > 0 ||
                        expected.value(QStringLiteral("isakmp_truncated_header_frames")).toInteger() > 0 ||
                        expected.value(QStringLiteral("ike_in_unreassembled_first_fragment")).toInteger() > 0;
    if (broken) {
        // Read whole, no crash, and what was wrong is said.
        QVERIFY(r.stoppedEarly.isEmpty());
        return;
    }
    QCOMPARE(qint64(r.ikeV1Messages), expected.value(QStringLiteral("ike_messages_v1")).toInteger());
    QCOMPARE(qint64(r.ikeV2Messages), expected.value(QStringLiteral("ike_messages_v2")).toInteger());
    QCOMPARE(qint64(r.ikeMessagesFromFragments),
             expected.value(QStringLiteral("ike_reassembled_from_ip_fragments")).toInteger());
}

void TestTsharkAgreement::ownCaptures_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("blocked at server, IPv4") << 0;
    QTest::newRow("completed, NAT-T") << 1;
    QTest::newRow("blocked, IPv6") << 2;
    QTest::newRow("MM5 fragments incomplete") << 3;
    QTest::newRow("small MTU 576, many fragments") << 4;
}

void TestTsharkAgreement::ownCaptures()
{
    QFETCH(int, variant);
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QSKIP("tshark is not installed (apt-get install tshark); .ci/run installs it");
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = variant == 1;
    s.mm6Delivered = variant == 1;
    s.natT = variant == 1;
    s.ipv6 = variant == 2;
    s.mm5Incomplete = variant == 3;
    s.mtu = variant == 4 ? 576 : 1500;
    if (s.ipv6) {
        s.client = v6("2001:db8:1::10");
        s.server = v6("2001:db8:2::1");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenario.pcapng"));
    writeCapture(path, mainMode(s));
    const AnalysisResult r = analyzeFile(path);
    const TsharkCounts t = tsharkCount(path);
    QVERIFY(t.packets > 0);
    QCOMPARE(int(r.packets), t.packets);
    QCOMPARE(int(r.ipv4Fragments), t.ipv4Fragments);
    QCOMPARE(int(r.ipv6Fragments), t.ipv6Fragments);
    QCOMPARE(int(r.ikeMessagesFromFragments), t.reassembledIke);
    QCOMPARE(int(r.ikeV1Messages), t.v1);
    if (variant == 3)
        QCOMPARE(int(r.datagramsIncomplete), 1 + s.retransmissions); // every MM5 copy lost its tail
    QCOMPARE(int(r.ikeV2Messages), t.v2);
}

void TestTsharkAgreement::truncatedCaptures_data()
{
    QTest::addColumn<int>("snap");
    QTest::addColumn<bool>("natT");
    QTest::newRow("blocked at server, cut to 512") << 512 << false;
    QTest::newRow("blocked at server, cut to 128") << 128 << false;
    QTest::newRow("blocked at server, NAT-T, cut to 128") << 128 << true;
}

void TestTsharkAgreement::truncatedCaptures()
{
    // Issue 9.3. editcap -s cuts every frame, as nmcap /MaxFrameLength does. tshark cannot agree
    // on a cut capture: it does not reassemble fragments whose bytes were cut, so it loses the
    // fragmented IKE messages. frag792 accounts for fragments from their IP headers and must give
    // the counts tshark gives on the FULL capture; tshark's counts on the cut one are checked only
    // for what it can still see (frames, fragment flags) and its shortfall is reported, not hidden.
    QFETCH(int, snap);
    QFETCH(bool, natT);
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("editcap")).isEmpty())
        QSKIP("tshark/editcap are not installed (apt-get install tshark); .ci/run installs them");
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    s.natT = natT;
    s.authMethod = 3;
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full.pcapng"));
    const QString cut = dir.filePath(QStringLiteral("cut.pcapng"));
    writeCapture(full, mainMode(s));
    QCOMPARE(QProcess::execute(QStringLiteral("editcap"),
                               {QStringLiteral("-s"), QString::number(snap), full, cut}),
             0);
    const AnalysisResult r = analyzeFile(cut);
    const AnalysisResult rFull = analyzeFile(full);
    const TsharkCounts tFull = tsharkCount(full);
    const TsharkCounts tCut = tsharkCount(cut);
    QVERIFY(r.truncation.truncated());
    QCOMPARE(r.malformed.total(), std::uint64_t(0));
    QCOMPARE(r.verdict.code, rFull.verdict.code);
    QCOMPARE(int(r.packets), tFull.packets);
    QCOMPARE(int(r.ipv4Fragments), tFull.ipv4Fragments);
    QCOMPARE(int(r.ikeV1Messages), tFull.v1);
    QCOMPARE(int(r.ikeMessagesFromFragments), tFull.reassembledIke);
    // What tshark still sees on the cut capture: every frame and every fragment flag.
    QCOMPARE(tCut.packets, tFull.packets);
    QCOMPARE(tCut.ipv4Fragments, tFull.ipv4Fragments);
    QVERIFY(tCut.reassembledIke <= tFull.reassembledIke);
    qInfo("tshark on the cut capture: %d of %d IKE messages from fragments, %d of %d IKEv1 messages "
          "(it does not reassemble cut fragments); frag792: %d and %d, as tshark on the full capture",
          tCut.reassembledIke, tFull.reassembledIke, tCut.v1, tFull.v1, int(r.ikeMessagesFromFragments),
          int(r.ikeV1Messages));
}

QTEST_GUILESS_MAIN(TestTsharkAgreement)
#include "TestTsharkAgreement.moc"
