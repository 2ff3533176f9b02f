// SPDX-License-Identifier: GPL-3.0-or-later
// Broken capture files through the real CLI binary (FRAG792_BIN, set by CTest): each must
// end in exit 3 with one clear line on stderr, or in a partial analysis that says where it
// stopped -- never a crash, never a hang. The files are generated here, byte by byte.
#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace PacketBuilder;

namespace {

constexpr int kTimeoutMs = 20'000;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

QString binary()
{
    const QString fromEnv = qEnvironmentVariable("FRAG792_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(FRAG792_BINARY_DIR "/app/frag792") : fromEnv;
}

void u32(QByteArray& b, std::uint32_t v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void u16(QByteArray& b, std::uint16_t v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

QByteArray pcapHeader(std::uint32_t linkType = 1, std::uint32_t snapLength = 65535)
{
    QByteArray b;
    u32(b, 0xA1B2C3D4);
    u16(b, 2);
    u16(b, 4);
    u32(b, 0);
    u32(b, 0);
    u32(b, snapLength);
    u32(b, linkType);
    return b;
}

QByteArray pcapRecord(const QByteArray& frame, std::uint32_t capturedLength,
                      std::uint32_t seconds = 1'700'000'000)
{
    QByteArray b;
    u32(b, seconds);
    u32(b, 0);
    u32(b, capturedLength);
    u32(b, std::max<std::uint32_t>(capturedLength, std::uint32_t(frame.size())));
    return b + frame;
}

QByteArray ikeFrame()
{
    const QByteArray ike = ikeMessage(0x10, 0x1122334455667788ULL, 0, 2, 0, 0, {{1, QByteArray(48, 's')}});
    return ethernet(ipv4(v4("192.0.2.10"), v4("198.51.100.1"), 17, ikeOverUdp(ike, 500, 500)));
}

QByteArray pcapngBlock(std::uint32_t type, const QByteArray& body)
{
    QByteArray b;
    u32(b, type);
    u32(b, std::uint32_t(12 + body.size()));
    b.append(body);
    u32(b, std::uint32_t(12 + body.size()));
    return b;
}

} // namespace

class TestBadCaptureFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedWithOneLine_data();
    void refusedWithOneLine();
    void partialAnalysisSaysWhereItStopped_data();
    void partialAnalysisSaysWhereItStopped();
    void pcapngWithUnknownBlocksIsRead();
    void timestampsOutOfRangeAreCounted();
    void directoryIsRefused();
    void fifoClosingEarly();
    void fifoClosingMidRecord();

private:
    Run analyze(const QString& path, const QByteArray& standardInput = {});
    static void checkOneLineError(const Run& r);
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
};

void TestBadCaptureFiles::initTestCase()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    QVERIFY(m_dir.isValid());
}

QString TestBadCaptureFiles::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Run TestBadCaptureFiles::analyze(const QString& path, const QByteArray& standardInput)
{
    QProcess p;
    p.start(binary(), {QStringLiteral("analyze"), path});
    Run r;
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    if (!standardInput.isEmpty() || path == QLatin1String("-")) {
        p.write(standardInput);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(kTimeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestBadCaptureFiles::checkOneLineError(const Run& r)
{
    QVERIFY2(!r.timedOut, "hang");
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("frag792: "), r.err.constData());
    QVERIFY2(r.err.count('\n') == 1 && r.err.endsWith('\n'), r.err.constData());
}

void TestBadCaptureFiles::refusedWithOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("truncated file header") << pcapHeader().left(10) << "";
    QTest::newRow("unknown link type 147")
        << pcapHeader(147) + pcapRecord(ikeFrame(), std::uint32_t(ikeFrame().size())) << "link type";
    QTest::newRow("not a capture") << QByteArray("GET / HTTP/1.1\r\nHost: example\r\n\r\n") << "";
    QTest::newRow("pcapng truncated header") << pcapngBlock(0x0A0D0D0A, QByteArray(16, '\0')).left(20) << "";
}

void TestBadCaptureFiles::refusedWithOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const Run r = analyze(write(QStringLiteral("refused.cap"), bytes));
    checkOneLineError(r);
    if (!mentions.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestBadCaptureFiles::partialAnalysisSaysWhereItStopped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray frame = ikeFrame();
    const QByteArray good = pcapHeader() + pcapRecord(frame, std::uint32_t(frame.size()));
    QTest::newRow("truncated record") << good + pcapRecord(frame, std::uint32_t(frame.size())).left(30);
    QTest::newRow("record longer than the file") << good + pcapRecord(frame, 60'000);
    QTest::newRow("record larger than snaplen") << pcapHeader(1, 96) +
                                                       pcapRecord(frame, std::uint32_t(frame.size())) +
                                                       pcapRecord(QByteArray(300'000, 'x'), 300'000);
}

void TestBadCaptureFiles::partialAnalysisSaysWhereItStopped()
{
    QFETCH(QByteArray, bytes);
    const Run r = analyze(write(QStringLiteral("partial.pcap"), bytes));
    QVERIFY2(!r.timedOut, "hang");
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("frag792: ") && r.err.count('\n') == 1, r.err.constData());
    // The one packet before the damage is analysed, and the analysis says where it stopped.
    QVERIFY2(r.out.contains("reading stopped early"), r.out.constData());
    QVERIFY2(r.out.contains("after packet 1"), r.out.constData());
}

void TestBadCaptureFiles::pcapngWithUnknownBlocksIsRead()
{
    // SHB, IDB, a block type nobody defined, a custom block, then one EPB: readers skip
    // blocks they do not know (pcapng spec), so this is a good file with one packet.
    const QString path = m_dir.filePath(QStringLiteral("unknown-blocks.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path, LinkType::Ethernet, 65535, QStringLiteral("eth0")));
    writer.close();
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(pcapngBlock(0x0000BAD0, QByteArray(20, '\x5A')));
    f.write(pcapngBlock(0x00000BAD, QByteArray(8, '\0'))); // custom block: PEN 0 + data
    const QByteArray frame = ikeFrame();
    QByteArray epb;
    u32(epb, 0);
    u32(epb, 0x00060000);
    u32(epb, 0);
    u32(epb, std::uint32_t(frame.size()));
    u32(epb, std::uint32_t(frame.size()));
    epb.append(frame);
    while (epb.size() % 4)
        epb.append('\0');
    f.write(pcapngBlock(6, epb));
    f.close();
    const Run r = analyze(path);
    QVERIFY2(!r.timedOut && !r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("  packets 1, "), r.out.constData());
}

void TestBadCaptureFiles::timestampsOutOfRangeAreCounted()
{
    // pcapng carries 64-bit timestamps: a block may claim 584,000 years from now or, read as
    // signed, before 1970. Found by fuzz_capture_file (signed overflow converting to
    // microseconds). Such packets are analysed at the nearest sane time and counted.
    const QString path = m_dir.filePath(QStringLiteral("wild-timestamps.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path, LinkType::Ethernet, 65535, QStringLiteral("eth0")));
    const QByteArray frame = ikeFrame();
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()),
                                              std::size_t(frame.size()));
    QVERIFY(writer.writePacket(1'700'000'000'000'000LL, bytes, std::uint32_t(frame.size())));
    QVERIFY(writer.writePacket(-1, bytes, std::uint32_t(frame.size())));        // 2^64 - 1 us
    QVERIFY(writer.writePacket(INT64_MIN, bytes, std::uint32_t(frame.size()))); // 2^63 us
    QVERIFY(writer.writePacket(1'700'000'001'000'000LL, bytes, std::uint32_t(frame.size())));
    writer.close();

    QProcess p;
    p.start(binary(), {QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY(p.waitForFinished(kTimeoutMs));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("packets")).toInteger(), 4);
    QCOMPARE(json.value(QStringLiteral("timestamps_out_of_range")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("ike_messages")).toObject().value(QStringLiteral("v1")).toInteger(),
             4);

    // The text report says so too.
    const Run r = analyze(path);
    QVERIFY2(!r.crashed && !r.timedOut, r.err.constData());
    QVERIFY2(r.out.contains("2 packets stamped before 1970 or after 9999"), r.out.constData());
}

void TestBadCaptureFiles::directoryIsRefused()
{
    const Run r = analyze(m_dir.path());
    checkOneLineError(r);
    QVERIFY2(r.err.contains("directory"), r.err.constData());
}

void TestBadCaptureFiles::fifoClosingEarly()
{
    // The writer gives up inside the file header: a clean refusal, not a wait forever.
    const QString fifo = m_dir.filePath(QStringLiteral("early.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess p;
    p.start(binary(), {QStringLiteral("analyze"), fifo});
    QVERIFY(p.waitForStarted());
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY); // blocks until frag792 opens it
    QVERIFY(fd >= 0);
    const QByteArray header = pcapHeader().left(12);
    QCOMPARE(::write(fd, header.constData(), size_t(header.size())), ssize_t(header.size()));
    ::close(fd);
    QVERIFY2(p.waitForFinished(kTimeoutMs), "hang on a FIFO closed early");
    Run r;
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.err = p.readAllStandardError();
    checkOneLineError(r);
}

void TestBadCaptureFiles::fifoClosingMidRecord()
{
    const QString fifo = m_dir.filePath(QStringLiteral("mid.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess p;
    p.start(binary(), {QStringLiteral("analyze"), fifo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForStarted());
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
    QVERIFY(fd >= 0);
    const QByteArray frame = ikeFrame();
    const QByteArray bytes = pcapHeader() + pcapRecord(frame, std::uint32_t(frame.size())) +
                             pcapRecord(frame, std::uint32_t(frame.size())).left(25);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
    QVERIFY2(p.waitForFinished(kTimeoutMs), "hang on a FIFO closed mid-record");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 3);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("\"stopped_early\": \"") && out.contains("after packet 1"), out.constData());
    QVERIFY(p.readAllStandardError().startsWith("frag792: "));
}

QTEST_GUILESS_MAIN(TestBadCaptureFiles)
#include "TestBadCaptureFiles.moc"
