// SPDX-License-Identifier: GPL-3.0-or-later
// Network Monitor captures through libwiretap, end to end: the project's own samples converted
// with editcap (NetMon 1.x and 2.0) and written by NetmonWriter (2.1 to 2.3, per-frame media
// types, NetEvent-wrapped frames). Each must give the counts and the verdict of the pcapng it
// came from, through the library and through `frag792 analyze --format json`. tshark is the
// independent check that the generated files are what they claim.
#include "AnalyzeFile.h"
#include "CaptureFile.h"
#include "CaptureThread.h"
#include "NetmonWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

namespace {

/** What must not change when the same packets come in another file format. */
QString summary(const AnalysisResult& r)
{
    QStringList sessions;
    for (std::size_t i = 0; i < r.sessionVerdicts.size(); ++i)
        sessions << verdictCodeKey(r.sessionVerdicts[i].code);
    return QStringLiteral("packets %1 v4frags %2 v6frags %3 reassembled %4 incomplete %5 ike %6/%7 "
                          "fromfrags %8 retrans %9 malformed %10 verdict %11 sessions [%12]")
        .arg(r.packets)
        .arg(r.ipv4Fragments)
        .arg(r.ipv6Fragments)
        .arg(r.datagramsReassembled)
        .arg(r.datagramsIncomplete)
        .arg(r.ikeV1Messages)
        .arg(r.ikeV2Messages)
        .arg(r.ikeMessagesFromFragments)
        .arg(r.retransmissions)
        .arg(r.malformed.total())
        .arg(verdictCodeKey(r.verdict.code), sessions.join(QLatin1Char(',')));
}

struct Frame
{
    std::int64_t timestampUs;
    LinkType linkType;
    QByteArray data;
};

std::vector<Frame> readFrames(const QString& path)
{
    std::vector<Frame> frames;
    OpenedCaptureFile opened = openCaptureFile(path);
    if (!opened.source)
        return frames;
    const PacketSource::PacketCallback keep = [&](const PacketSource::Packet& p) {
        frames.push_back(
            {p.timestampUs, p.linkType,
             QByteArray(reinterpret_cast<const char*>(p.data.data()), qsizetype(p.data.size()))});
    };
    while (opened.source->dispatch(256, keep) == PacketSource::DispatchStatus::Ok) {
    }
    return frames;
}

/** Ethernet frame to bare IP when it carries IPv4/IPv6 without VLAN tags; else unchanged. */
bool stripEthernet(QByteArray& frame)
{
    if (frame.size() < 14)
        return false;
    const int type = (std::uint8_t(frame[12]) << 8) | std::uint8_t(frame[13]);
    if (type != 0x0800 && type != 0x86DD)
        return false;
    frame.remove(0, 14);
    return true;
}

/** The frames as NetMon records: every other one as bare IP (media 9), the rest Ethernet. */
std::vector<NetmonWriter::Frame> everyOtherFrameBareIp(const std::vector<Frame>& frames)
{
    std::vector<NetmonWriter::Frame> mixed;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        NetmonWriter::Frame f{frames[i].timestampUs, NetmonWriter::Ethernet, frames[i].data, 0};
        if (i % 2 && stripEthernet(f.data))
            f.media = NetmonWriter::RawIp;
        mixed.push_back(f);
    }
    return mixed;
}

struct Tool
{
    int exitCode = -1;
    QByteArray out;    ///< standard output and error, for messages
    QByteArray stdOut; ///< standard output alone, for counting
};

Tool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    t.stdOut = p.readAllStandardOutput();
    t.out = t.stdOut + p.readAllStandardError();
    return t;
}

int tsharkCount(const QString& file, const QString& displayFilter)
{
    const Tool t = run(QStringLiteral("tshark"),
                       {"-n", "-r", file, "-Y", displayFilter, "-T", "fields", "-e", "frame.number"});
    return t.exitCode == 0 ? int(t.stdOut.count('\n')) : -1;
}

QString samplesDir()
{
    return QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples");
}

QString frag792()
{
    return QStringLiteral(FRAG792_BINARY_DIR "/app/frag792");
}

} // namespace

class TestNetmonFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // NetMon before 2.3 stores local time, which wiretap reads in this machine's zone:
        // the generator writes UTC, so the tests read in UTC.
        qputenv("TZ", "UTC");
        ::tzset();
        if (QStandardPaths::findExecutable(QStringLiteral("editcap")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
            QFAIL("editcap and tshark are needed (wireshark-common, tshark: scripts/install-deps.sh)");
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("FRAG792_KEEP_TEST_FILES"));
    }

    void sameAsPcap_data()
    {
        QTest::addColumn<QString>("sample");
        for (const QString& name : QDir(samplesDir()).entryList({QStringLiteral("*.pcapng")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << name;
    }

    void sameAsPcap()
    {
        QFETCH(QString, sample);
        const QString pcap = samplesDir() + QLatin1Char('/') + sample;
        const AnalysisResult original = analyzeFile(pcap);
        QVERIFY(original.packets > 0);
        const QString expected = summary(original);
        const QString base = m_dir.filePath(QFileInfo(sample).completeBaseName());

        // NetMon 1.x and 2.0, as Wireshark's own writer makes them.
        for (const QString& type : {QStringLiteral("netmon1"), QStringLiteral("netmon2")}) {
            const QString cap = base + QLatin1Char('-') + type + QStringLiteral(".cap");
            const Tool t = run(QStringLiteral("editcap"), {"-F", type, pcap, cap});
            QVERIFY2(t.exitCode == 0, t.out.constData());
            const AnalysisResult r = analyzeFile(cap);
            QCOMPARE(summary(r), expected);
            QVERIFY(r.captureFormat.startsWith(
                type == QLatin1String("netmon1") ? QStringLiteral("netmon1.") : QStringLiteral("netmon2.0")));
            QVERIFY(!r.timestampsUtc); // a local SYSTEMTIME without a zone
        }

        const std::vector<Frame> frames = readFrames(pcap);
        QCOMPARE(frames.size(), std::size_t(original.packets));
        QVERIFY(frames.front().linkType == LinkType::Ethernet);

        // 2.1: per-frame media types: Ethernet, media 0 (Ethernet in NetMon 3.4 VPN captures),
        // bare IP (9 "raw IP frames", 7 tunnel, 8 WWAN), a frame converted from pcap (0xE000|1).
        std::vector<NetmonWriter::Frame> mixed;
        int bareIp = 0;
        for (std::size_t i = 0; i < frames.size(); ++i) {
            NetmonWriter::Frame f{frames[i].timestampUs, NetmonWriter::Ethernet, frames[i].data, 0};
            const std::uint16_t bare[] = {NetmonWriter::RawIp, NetmonWriter::TunnelRawIp,
                                          NetmonWriter::WwanRawIp};
            switch (i % 4) {
            case 1:
                if (stripEthernet(f.data)) {
                    f.media = bare[(i / 4) % 3];
                    ++bareIp;
                }
                break;
            case 2:
                f.media = NetmonWriter::PcapBase | 1;
                break;
            case 3:
                f.media = 0;
                break;
            }
            mixed.push_back(f);
        }
        const QString v21 = writeFile(base + QStringLiteral("-2.1.cap"), NetmonWriter::file(1, mixed));
        const AnalysisResult r21 = analyzeFile(v21);
        QCOMPARE(summary(r21), expected);
        QCOMPARE(r21.linkTypeFrames[std::size_t(LinkType::RawIp)], std::uint64_t(bareIp));
        QCOMPARE(r21.linkTypeFrames[std::size_t(LinkType::Ethernet)],
                 original.packets - std::uint64_t(bareIp));
        QVERIFY(!r21.timestampsUtc);
        // Independent check: tshark sees the same IKE and fragment frames in the mixed file.
        if (sample == QLatin1String("sample-blocked-at-server.pcapng") ||
            sample == QLatin1String("lab-ipv6-server-blocks-server.pcapng")) {
            for (const QString& filter :
                 {QStringLiteral("isakmp"), QStringLiteral("ip.flags.mf==1 || ip.frag_offset>0"),
                  QStringLiteral("ipv6.fraghdr")})
                QCOMPARE(tsharkCount(v21, filter), tsharkCount(pcap, filter));
            QCOMPARE(tsharkCount(v21, QStringLiteral("raw")), bareIp);
        }

        // 2.2: the same with a process index in every trailer.
        const QString v22 = writeFile(base + QStringLiteral("-2.2.cap"), NetmonWriter::file(2, mixed));
        QCOMPARE(summary(analyzeFile(v22)), expected);

        // 2.3: UTC FILETIME per frame; every frame wrapped as NDIS NetEvent records, big ones
        // split over three events, plus an event of another provider that holds no packet.
        std::vector<NetmonWriter::Frame> events;
        std::size_t eventCount = 0;
        for (const Frame& f : frames) {
            const int pieces = f.data.size() > 300 ? 3 : 1;
            for (const QByteArray& e : NetmonWriter::ndisEvents(f.data, pieces, f.timestampUs)) {
                events.push_back({f.timestampUs, NetmonWriter::NetEvent, e, 0});
                ++eventCount;
            }
        }
        events.insert(events.begin() + 1,
                      {frames.front().timestampUs, NetmonWriter::NetEvent,
                       NetmonWriter::ndisEvent("x", true, true, frames.front().timestampUs, 1, 7, 1001, true),
                       0});
        const QString v23 =
            writeFile(base + QStringLiteral("-2.3-netevent.cap"), NetmonWriter::file(3, events));
        const AnalysisResult r23 = analyzeFile(v23);
        QCOMPARE(summary(r23), expected);
        QVERIFY(r23.timestampsUtc);
        QCOMPARE(r23.recordsRefused.size(), std::size_t(1));
        QCOMPARE(r23.recordsRefused.begin()->second, std::uint64_t(1));
        if (sample == QLatin1String("sample-blocked-at-server.pcapng")) {
            // tshark's own NetEvent and etw.ndis dissectors read the same events and sizes.
            QCOMPARE(tsharkCount(v23, QStringLiteral("etw.ndis.fragment_size")), int(eventCount));
            QCOMPARE(tsharkCount(v23, QStringLiteral("netmon_event")), int(eventCount) + 1);
        }
    }

    void cliJson()
    {
        const QString pcap = samplesDir() + QStringLiteral("/sample-blocked-at-server.pcapng");
        const std::vector<NetmonWriter::Frame> mixed = everyOtherFrameBareIp(readFrames(pcap));
        const QString cap =
            writeFile(m_dir.filePath(QStringLiteral("cli-2.1.cap")), NetmonWriter::file(1, mixed));
        const Tool original = run(frag792(), {"analyze", "--format", "json", pcap});
        const Tool converted = run(frag792(), {"analyze", "--format", "json", cap});
        QCOMPARE(original.exitCode, 0);
        QCOMPARE(converted.exitCode, 0);
        // libwiretap's logging is initialised silent: nothing of it reaches stderr.
        QCOMPARE(converted.out.size(), converted.stdOut.size());
        const QJsonObject a = QJsonDocument::fromJson(original.stdOut).object();
        const QJsonObject b = QJsonDocument::fromJson(converted.stdOut).object();
        QCOMPARE(b.value("verdict").toObject().value("code"), a.value("verdict").toObject().value("code"));
        QCOMPARE(b.value("packets"), a.value("packets"));
        QCOMPARE(b.value("ipv4_fragments"), a.value("ipv4_fragments"));
        QCOMPARE(b.value("link_type").toString(), QStringLiteral("Ethernet")); // the first frame's
        const QJsonObject types = b.value("link_types").toObject();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types.value("Ethernet").toInt() + types.value("raw IP").toInt(), b.value("packets").toInt());
        QCOMPARE(a.value("link_types").toObject().size(), 1);
        QCOMPARE(b.value("timestamps_zone").toString(), QStringLiteral("unknown-local"));
        QCOMPARE(a.value("timestamps_zone").toString(), QStringLiteral("utc"));
        QCOMPARE(b.value("capture_format").toString(), QStringLiteral("netmon2.1"));

        // The text output says what the zone costs.
        const Tool text = run(frag792(), {"analyze", cap});
        QVERIFY2(text.out.contains("without its time zone"), text.out.constData());
    }

    void filterPerLinkType()
    {
        // "udp port 500" compiles differently for Ethernet and bare IP frames; in one file
        // both must match, and the evidence pcapng must get one interface per link type.
        const QString pcap = samplesDir() + QStringLiteral("/sample-fragments-pass.pcapng");
        const std::vector<NetmonWriter::Frame> mixed = everyOtherFrameBareIp(readFrames(pcap));
        const QString cap =
            writeFile(m_dir.filePath(QStringLiteral("filter-2.1.cap")), NetmonWriter::file(1, mixed));
        const QString evidence = m_dir.filePath(QStringLiteral("filter-evidence.pcapng"));
        const QString filter = QStringLiteral("udp port 500"); // drops non-first fragments: a real selection
        const AnalysisResult all = analyzeFile(pcap);
        const AnalysisResult a = analyzeFile(pcap, filter);
        QVERIFY(a.packets > 0 && a.packets < all.packets); // the filter does select
        const AnalysisResult b = analyzeFile(cap, filter, evidence);
        QCOMPARE(summary(b), summary(a));
        QVERIFY(b.linkTypeFrames[std::size_t(LinkType::RawIp)] > 0);
        QVERIFY(b.linkTypeFrames[std::size_t(LinkType::Ethernet)] > 0);
        QCOMPARE(tsharkCount(evidence, QStringLiteral("frame")), int(a.packets));
        // The CLI takes the same filter for the mixed file.
        const Tool cli = run(frag792(), {"analyze", "--format", "json", "--filter", filter, cap});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli.stdOut).object().value("packets").toInt(), int(a.packets));
        const Tool ifaces = run(QStringLiteral("capinfos"), {"-I", evidence});
        QVERIFY2(ifaces.out.contains("Number of interfaces in file: 2"), ifaces.out.constData());
    }

    void etlRefusedWithConversion()
    {
        const QString etl = writeFile(m_dir.filePath(QStringLiteral("trace.etl")), QByteArray(4096, '\x01'));
        const Tool t = run(frag792(), {"analyze", etl});
        QCOMPARE(t.exitCode, 3);
        QVERIFY2(t.out.contains("pktmon etl2pcap"), t.out.constData());
        QVERIFY(t.out.contains("etl2pcapng"));
        QVERIFY(t.out.contains("Save As"));
        // Even empty (a capture stopped before its first buffer): the advice, not "empty file".
        const QString empty = writeFile(m_dir.filePath(QStringLiteral("empty.etl")), QByteArray());
        const Tool e = run(frag792(), {"analyze", empty});
        QCOMPARE(e.exitCode, 3);
        QVERIFY2(e.out.contains("pktmon etl2pcap"), e.out.constData());
    }

    void unsupportedFormatSaysWhich()
    {
        // A NetMon 2.0 file of 802.11 frames: wiretap knows the format, frag792 not the frames.
        QByteArray file =
            NetmonWriter::file(0, {{1'700'000'000'000'000, NetmonWriter::Wifi80211, QByteArray(40, 'a'), 0}});
        file[6] = char(NetmonWriter::Wifi80211); // the file-wide media type of a 2.0 file
        const QString cap = writeFile(m_dir.filePath(QStringLiteral("wifi.cap")), file);
        const Tool t = run(frag792(), {"analyze", cap});
        QCOMPARE(t.exitCode, 3);
        QVERIFY2(t.out.contains("netmon2.0") && t.out.contains("802.11"), t.out.constData());
    }

private:
    static QString writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNetmonFiles)
#include "TestNetmonFiles.moc"
