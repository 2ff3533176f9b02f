// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command as a script would use it: exit codes, one-line errors, the JSON contract.
#include "CliRun.h"
#include "FakeCaptureHelper.h"
#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QUdpSocket>

#include <unistd.h>

using namespace CliRun;
using namespace PacketBuilder;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void unreadableInput_data();
    void unreadableInput();
    void truncatedRecordGivesPartialAnalysis();
    void partialAnalysisIsReportedToo();
    void liveCaptureFollowsTheOutcomePolicy_data();
    void liveCaptureFollowsTheOutcomePolicy();
    void jsonContract();
    void standardInput();
    void captureWithoutPermission();
    void noSuchInterface();
    void badFilterIsNamed();
    void captureStopsOnSigtermAndStillReports();
    void interfacesListed();
    void reportNamesTheConsole_data();
    void reportNamesTheConsole();
    void redactedReportHidesNames();
    void reportInEveryFormat_data();
    void reportInEveryFormat();
    void evidenceAloneGivesLogsVerdict();
    void evidenceBesideCapture();
    void unreadableEvidenceExits3();

private:
    QTemporaryDir m_dir;
    QString m_blocked;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FRAG792_BINARY_DIR "/app/frag792")));
    m_blocked = m_dir.filePath(QStringLiteral("blocked.pcapng"));
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    QVERIFY(writeScenario(m_blocked, s));
}

void TestCli::helpAndVersion()
{
    Run r = frag792({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("frag792 "));
    r = frag792({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("analyze [FILE|-] [--evidence LOG]"));
    QVERIFY(r.out.contains("Exit status"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("unknown option") << QStringList{"analyze", "x.pcap", "--bogus"} << "--bogus";
    QTest::newRow("missing file argument") << QStringList{"analyze"} << "--evidence";
    QTest::newRow("bad format") << QStringList{"analyze", "x.pcap", "--format", "xml"} << "xml";
    QTest::newRow("bad server") << QStringList{"analyze", "x.pcap", "--server", "not-an-ip"} << "not-an-ip";
    QTest::newRow("capture without interface") << QStringList{"capture"} << "--interface";
    QTest::newRow("evidence without value") << QStringList{"analyze", "--evidence"} << "--evidence";
    QTest::newRow("evidence on capture")
        << QStringList{"capture", "-i", "lo", "--evidence", "a.w3c"} << "--evidence";
    QTest::newRow("bad duration") << QStringList{"capture", "-i", "lo", "--duration", "soon"} << "soon";
    QTest::newRow("unknown product") << QStringList{"analyze", "x.pcap",    "--report",
                                                    "r.json",  "--product", "isa2008"}
                                     << "isa2008";
    QTest::newRow("product without report")
        << QStringList{"analyze", "x.pcap", "--product", "isa2004"} << "--report";
    QTest::newRow("array for another product")
        << QStringList{"analyze", "x.pcap", "--report", "r.json", "--product", "isa2004", "--array", "A"}
        << "isa2006-enterprise";
    QTest::newRow("report of unknown format")
        << QStringList{"analyze", "x.pcap", "--report", "r.docx"} << ".pdf";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = frag792(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
}

void TestCli::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not a capture") << QByteArray("this is a text file, not a capture\n") << "not a pcap";
    QTest::newRow("truncated file header") << pcapHeader().left(10) << "truncated";
}

void TestCli::unreadableInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Run r = frag792({QStringLiteral("analyze"), path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line
    const Run missing = frag792({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("nope.pcap"))});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("no such file"));
    const Run directory = frag792({QStringLiteral("analyze"), m_dir.path()});
    QCOMPARE(directory.exitCode, 3);
    QVERIFY(directory.err.contains("directory"));
}

void TestCli::truncatedRecordGivesPartialAnalysis()
{
    // Two whole records and half of a third.
    QByteArray file = pcapHeader();
    const QByteArray frame =
        ethernet(ipv4(v4("192.0.2.1"), v4("192.0.2.2"), 17,
                      ikeOverUdp(ikeMessage(0x10, 5, 0, 2, 0, 0, {{1, QByteArray(40, 's')}}), 500, 500)));
    auto record = [&](int seconds) {
        QByteArray r;
        QDataStream ds(&r, QIODevice::WriteOnly);
        ds.setByteOrder(QDataStream::LittleEndian);
        ds << quint32(seconds) << quint32(0) << quint32(frame.size()) << quint32(frame.size());
        return r + frame;
    };
    file += record(1) + record(2) + record(3).left(30);
    const QString path = m_dir.filePath(QStringLiteral("cut.pcap"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    const Run r =
        frag792({QStringLiteral("analyze"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("truncated"), r.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("packets")).toInt(), 2);
    QVERIFY(j.value(QStringLiteral("stopped_early")).toString().contains(QLatin1String("after packet 2")));
}

void TestCli::partialAnalysisIsReportedToo()
{
    // The analysis of what was read is shown, so it may be reported: same rule as the wizard.
    QByteArray file = pcapFile(mainMode(MainModeScenario{}));
    file.chop(40);
    const QString path = writeFile(m_dir.path(), QStringLiteral("cut-for-report.pcap"), file);
    QVERIFY(!path.isEmpty());
    const QString report = m_dir.filePath(QStringLiteral("partial-report.json"));
    const Run r = frag792({QStringLiteral("analyze"), path, QStringLiteral("--report"), report});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("truncated"), r.err.constData());
    QVERIFY(r.out.contains("Verdict:"));
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject j = QJsonDocument::fromJson(written.readAll()).object();
    QVERIFY(j.value(QStringLiteral("stopped_early")).toString().contains(QLatin1String("after packet")));
}

void TestCli::liveCaptureFollowsTheOutcomePolicy_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("analysisPrinted");
    QTest::addColumn<QString>("mentions");
    using E = FakeCaptureHelper::Ending;
    QTest::newRow("helper exits") << int(E::Exits) << 0 << true << QString();
    // Capturing began: the analysis of what arrived is printed, the fault is the exit code.
    QTest::newRow("helper killed while capturing")
        << int(E::KilledAfterStreaming) << 3 << true << "killed by signal 9";
    QTest::newRow("interface gone") << int(E::InterfaceGone) << 3 << true << "went down";
    // Never began: nothing to analyse, nothing printed.
    QTest::newRow("permission refused")
        << int(E::PermissionRefused) << 4 << false << "setcap cap_net_raw,cap_net_admin=eip";
    QTest::newRow("helper exits before capturing") << int(E::SilentExit) << 3 << false << "before capturing";
}

void TestCli::liveCaptureFollowsTheOutcomePolicy()
{
    QFETCH(int, ending);
    QFETCH(int, exitCode);
    QFETCH(bool, analysisPrinted);
    QFETCH(QString, mentions);
    MainModeScenario s;
    const std::vector<TimedFrame> frames = mainMode(s);
    const QString helper =
        FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending(ending), pcapFile(frames));
    QVERIFY(!helper.isEmpty());
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    const Run r = frag792({QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    qunsetenv("FRAG792_CAPTURE_HELPER");
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
    QCOMPARE(!r.out.isEmpty(), analysisPrinted);
    if (analysisPrinted) {
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("packets")).toInt(), int(frames.size()));
        QCOMPARE(j.value(QStringLiteral("stopped_early")).isNull(), exitCode == 0);
    }
}

void TestCli::jsonContract()
{
    const Run r =
        frag792({QStringLiteral("analyze"), m_blocked, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key : {"packets", "ipv4_fragments", "ipv6_fragments", "datagrams_reassembled",
                            "datagrams_incomplete", "ike_messages", "ike_messages_from_fragments",
                            "malformed", "sessions", "path_mtu_estimate", "vantage", "verdict"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("ike_messages")).toObject().value(QStringLiteral("v1")).toInt(), 10);
    QCOMPARE(j.value(QStringLiteral("ike_messages")).toObject().value(QStringLiteral("v2")).toInt(), 0);
    QCOMPARE(j.value(QStringLiteral("ike_messages_from_fragments")).toInt(), 6);
    QCOMPARE(j.value(QStringLiteral("path_mtu_estimate")).toInt(), 1500);
    const QJsonObject verdict = j.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("fragments-dropped-at-server"));
    QVERIFY(!verdict.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(verdict.value(QStringLiteral("evidence")).toArray().size() >= 3);
    QCOMPARE(verdict.value(QStringLiteral("stalled")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("MM5"));
    QCOMPARE(j.value(QStringLiteral("vantage")).toObject().value(QStringLiteral("point")).toString(),
             QStringLiteral("server"));
    const QJsonObject session = j.value(QStringLiteral("sessions")).toArray().first().toObject();
    for (const char* key : {"initiator", "responder", "version", "nat_t", "messages", "outcome"})
        QVERIFY2(session.contains(QLatin1String(key)), key);
    QCOMPARE(session.value(QStringLiteral("messages")).toArray().size(), 10);

    const Run text = frag792({QStringLiteral("analyze"), m_blocked});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Verdict: fragments-dropped-at-server"));
    QVERIFY(text.out.contains("MM5"));
}

void TestCli::standardInput()
{
    QProcess p;
    p.setStandardInputFile(m_blocked);
    p.start(
        QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"),
        {QStringLiteral("analyze"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(j.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("fragments-dropped-at-server"));
}

void TestCli::captureWithoutPermission()
{
    QStringList prefix;
    if (geteuid() == 0) {
        // Drop to nobody with no capabilities: exactly a technician's unprivileged session.
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) not available to drop root privileges");
        prefix = {QStringLiteral("setpriv"),         QStringLiteral("--reuid=65534"),
                  QStringLiteral("--regid=65534"),   QStringLiteral("--clear-groups"),
                  QStringLiteral("--inh-caps=-all"), QStringLiteral("--bounding-set=-all")};
    }
    const Run r = frag792({QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                           QStringLiteral("--duration"), QStringLiteral("1")},
                          QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"), prefix);
    if (r.exitCode == 0)
        QSKIP("this account may capture (capabilities granted); nothing to refuse");
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("setcap cap_net_raw,cap_net_admin=eip"), r.err.constData());
    QVERIFY(!r.err.contains("run as root"));
}

void TestCli::noSuchInterface()
{
    const Run r = frag792({QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("nonexistent0"),
                           QStringLiteral("--duration"), QStringLiteral("1")});
    QVERIFY(r.exitCode == 3 || r.exitCode == 4); // unprivileged: permission is checked first
    QVERIFY(!r.err.isEmpty());
}

void TestCli::badFilterIsNamed()
{
    const Run r = frag792({QStringLiteral("analyze"), m_blocked, QStringLiteral("--filter"),
                           QStringLiteral("udp port banana")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("udp port banana"), r.err.constData());
    // A good filter narrows what is read: only the UDP 500 packets, so the fragments' tails are gone.
    const Run narrowed =
        frag792({QStringLiteral("analyze"), m_blocked, QStringLiteral("--filter"),
                 QStringLiteral("udp port 500"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(narrowed.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(narrowed.out).object();
    const QJsonObject all =
        QJsonDocument::fromJson(frag792({QStringLiteral("analyze"), m_blocked, QStringLiteral("--format"),
                                         QStringLiteral("json")})
                                    .out)
            .object();
    QVERIFY(j.value(QStringLiteral("packets")).toInt() < all.value(QStringLiteral("packets")).toInt());
    QVERIFY(j.value(QStringLiteral("datagrams_incomplete")).toInt() > 0);
}

void TestCli::interfacesListed()
{
    const Run r = frag792({QStringLiteral("interfaces")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("lo"));
    QVERIFY(r.out.contains("capture permitted:"));
    QVERIFY(r.out.contains("127.0.0.1"));
}

void TestCli::reportNamesTheConsole_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("path");
    QTest::newRow("isa2004")
        << "isa2004" << QStringList{"--server-name", "ISA01"}
        << "ISA Server Management > ISA01 > Configuration > General > Define IP Preferences";
    QTest::newRow("isa2006")
        << "ISA2006" << QStringList{"--server-name", "ISA01"}
        << "ISA Server Management > ISA01 > Configuration > General > Configure IP Protection";
    QTest::newRow("isa2006-enterprise")
        << "isa2006-enterprise" << QStringList{"--server-name", "ISA01", "--array", "Main Array"}
        << "ISA Server Management > Arrays > Main Array > Configuration > General > Configure IP Protection";
    QTest::newRow("tmg-mbe") << "tmg-mbe" << QStringList{"--server-name", "ISA01"}
                             << "> ISA01 > Firewall Policy > Tasks > Configure IP Preferences";
    QTest::newRow("tmg2010") << "tmg2010" << QStringList{"--server-name", "ISA01"}
                             << "> ISA01 > Intrusion Prevention System > Behavioral Intrusion Detection";
    QTest::newRow("enterprise without an array name")
        << "isa2006-enterprise" << QStringList{}
        << "ISA Server Management > Arrays > ArrayName > Configuration";
}

void TestCli::reportNamesTheConsole()
{
    QFETCH(QString, product);
    QFETCH(QStringList, extra);
    QFETCH(QString, path);
    const QString report = m_dir.filePath(QStringLiteral("report-%1.json")
                                              .arg(QString::fromLatin1(QTest::currentDataTag()))
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
    const Run r = frag792(QStringList{QStringLiteral("analyze"), m_blocked, QStringLiteral("--report"),
                                      report, QStringLiteral("--product"), product} +
                          extra);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject j =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("report")).toObject();
    QCOMPARE(j.value(QStringLiteral("product")).toString(), product.toLower());
    const QJsonArray paths = j.value(QStringLiteral("resolution_paths")).toArray();
    QCOMPARE(paths.size(), 1);
    const QString console = paths.first().toObject().value(QStringLiteral("console_path")).toString();
    QVERIFY2(console.contains(path), qPrintable(console));
    QVERIFY(console.endsWith(QLatin1String("> IP Fragments")));
    const QString steps =
        j.value(QStringLiteral("resolution_steps")).toVariant().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(steps.contains(QLatin1String("Block IP fragments")), qPrintable(steps));
    if (!extra.isEmpty())
        QVERIFY2(steps.contains(extra.last()), qPrintable(steps));
}

void TestCli::reportInEveryFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
}

void TestCli::reportInEveryFormat()
{
    // Every build writes every report format, a headless one (FRAG792_BUILD_WIZARD=OFF, as the
    // sanitized CI build is) included, and without a display.
    QFETCH(QString, suffix);
    QFETCH(QByteArray, start);
    const QString report = m_dir.filePath(QStringLiteral("every-format.") + suffix);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"),
            {QStringLiteral("analyze"), m_blocked, QStringLiteral("--report"), report});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.trimmed().startsWith(start), bytes.left(40).constData());
    QVERIFY2(bytes.size() > 2000, qPrintable(QString::number(bytes.size())));
    if (suffix == QLatin1String("json"))
        QCOMPARE(QJsonDocument::fromJson(bytes)
                     .object()
                     .value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("fragments-dropped-at-server"));
}

void TestCli::redactedReportHidesNames()
{
    const QString report = m_dir.filePath(QStringLiteral("redacted.html"));
    const Run r =
        frag792({QStringLiteral("analyze"), m_blocked, QStringLiteral("--report"), report,
                 QStringLiteral("--product"), QStringLiteral("isa2006-enterprise"),
                 QStringLiteral("--server-name"), QStringLiteral("CORP-ISA-07"), QStringLiteral("--array"),
                 QStringLiteral("Berlin Edge"), QStringLiteral("--redact")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray html = f.readAll();
    QVERIFY(html.contains("Block IP fragments"));
    QVERIFY(html.contains("Arrays"));
    for (const char* secret : {"CORP-ISA-07", "Berlin Edge", "198.51.100.1", "192.0.2."})
        QVERIFY2(!html.contains(secret), secret);
}

void TestCli::captureStopsOnSigtermAndStillReports()
{
    if (geteuid() != 0)
        QSKIP("live capture on loopback needs root or capabilities; CI runs this as root");
    QProcess p;
    p.start(QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"),
            {QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForStarted());
    QTest::qWait(1500); // the capture is open
    // One IKE datagram to a closed port on loopback: traffic that never leaves this machine.
    QUdpSocket socket;
    const QByteArray ike = ikeMessage(0x10, 0x792, 0, 2, 0, 0, {{1, QByteArray(40, 's')}});
    QCOMPARE(socket.writeDatagram(ike, QHostAddress::LocalHost, 500), qint64(ike.size()));
    QTest::qWait(700);
    p.terminate(); // SIGTERM, like a service manager or Ctrl-C
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(j.value(QStringLiteral("ike_messages")).toObject().value(QStringLiteral("v1")).toInt() >= 1);
    QVERIFY(j.contains(QStringLiteral("kernel")));
    QCOMPARE(j.value(QStringLiteral("vantage")).toObject().value(QStringLiteral("point")).toString(),
             QStringLiteral("server"));
}

void TestCli::evidenceAloneGivesLogsVerdict()
{
    const QString log =
        QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/firewall-isa2004-tabs.w3c");
    const Run r = frag792({"analyze", "--evidence", log, "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QLatin1String("packets")).toInt(-1), 0);
    const QJsonObject verdict = j.value(QLatin1String("verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("code")).toString(), QStringLiteral("fragments-dropped-at-server"));
    QVERIFY(verdict.value(QLatin1String("session")).isNull());
    QCOMPARE(verdict.value(QLatin1String("basis")).toString(), QStringLiteral("logs"));
    QVERIFY(!j.value(QLatin1String("corroboration")).toArray().isEmpty());
    // The client's log alone: the new verdict code, in the text output too.
    const QString client =
        QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/security-4653-wevtutil.xml");
    const Run t = frag792({"analyze", "--evidence", client});
    QCOMPARE(t.exitCode, 0);
    QVERIFY2(t.out.contains("Verdict: id-message-unanswered"), t.out.constData());
    QVERIFY(t.out.contains("comes from logs alone"));
}

void TestCli::evidenceBesideCapture()
{
    const QString log =
        QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/firewall-isa2004-tabs.w3c");
    const Run plain = frag792(
        {"analyze", QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/lab-server-blocks-client.pcapng"),
         "--format", "json"});
    const Run r = frag792(
        {"analyze", QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/lab-server-blocks-client.pcapng"),
         "--evidence", log, "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    // The packets decide: the verdict is the capture's own, and says so.
    QCOMPARE(j.value(QLatin1String("verdict")).toObject().value(QLatin1String("code")),
             QJsonDocument::fromJson(plain.out)
                 .object()
                 .value(QLatin1String("verdict"))
                 .toObject()
                 .value(QLatin1String("code")));
    QCOMPARE(j.value(QLatin1String("verdict")).toObject().value(QLatin1String("basis")).toString(),
             QStringLiteral("packets"));
    QVERIFY(j.value(QLatin1String("packets")).toInt() > 0);
    QVERIFY(!j.value(QLatin1String("corroboration_summary"))
                 .toObject()
                 .value(QLatin1String("relation"))
                 .toString()
                 .isEmpty());
}

void TestCli::unreadableEvidenceExits3()
{
    const QString log =
        QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/firewall-isa2004-tabs.w3c");
    const Run r = frag792({"analyze", "--evidence", log, "--evidence", "/nonexistent/ISALOG.w3c"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("/nonexistent/ISALOG.w3c"));
    QVERIFY(r.out.contains("Verdict: fragments-dropped-at-server")); // what was readable is still shown
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
