// SPDX-License-Identifier: GPL-3.0-or-later
// Logs can be huge and hostile: a W3C log of a few hundred MB is read in constant memory with
// progress and cancellation; overlong lines and binary garbage are counted, never fatal.
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {

std::int64_t peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/**
 * Size of the generated log: 128 MiB by default (FRAG792_BIG_LOG_MIB overrides; 1024 for 1 GB).
 * 128 MiB is 1.6 million rows, past the item cap, and enough to show growth: the old reader's
 * per-row allocations filled ASan's 256 MB quarantine (+475 MB RSS) within 64 MiB of log.
 */
qint64 bigLogBytes()
{
    const qint64 mib = qEnvironmentVariableIntValue("FRAG792_BIG_LOG_MIB");
    return (mib > 0 ? mib : 128) * 1024 * 1024;
}

} // namespace

class TestEvidenceStreaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bigLogConstantMemory();
    void cancellation();
    void hugeLineSkipped();
    void binaryGarbage();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_big;
    qint64 m_rows = 0;
};

void TestEvidenceStreaming::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big.w3c"));
    QFile f(m_big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#Software: Microsoft Forefront Threat Management Gateway\r\n#Version: 1.0\r\n"
            "#Fields: computer\tdate\ttime\tIP protocol\tsource\tdestination\taction\tstatus\trule\r\n");
    const QByteArray normal =
        "TMG01\t2011-03-01\t08:15:02\tTCP\t10.0.0.4:1025\t192.0.2.80:80\tInitiated\t0x0\tAllow Web\r\n";
    const QByteArray drop =
        "TMG01\t2011-03-01\t08:15:05\tUDP\t203.0.113.20\t198.51.100.2\tDenied\t0xc0040013\t-\r\n";
    QByteArray block;
    for (int i = 0; i < 999; ++i)
        block.append(normal);
    block.append(drop);
    const qint64 target = bigLogBytes();
    while (f.size() < target) {
        QVERIFY(f.write(block) == block.size());
        m_rows += 1000;
    }
}

void TestEvidenceStreaming::bigLogConstantMemory()
{
    const std::int64_t before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    std::int64_t lastProgress = -1;
    int progressCalls = 0;
    EvidenceReadOptions options;
    options.progress = [&](std::int64_t read, std::int64_t total) {
        QVERIFY(read >= lastProgress);
        QVERIFY(total > 0);
        lastProgress = read;
        ++progressCalls;
    };
    const EvidenceResult r = readEvidenceFile(m_big, options);
    const qint64 ms = timer.elapsed();
    const std::int64_t growthKiB = peakRssKiB() - before;
    qInfo("read %lld MiB (%lld rows) in %lld ms; peak RSS growth %lld KiB; %d progress calls",
          QFileInfo(m_big).size() >> 20, m_rows, ms, qlonglong(growthKiB), progressCalls);
    QCOMPARE(r.firewall.rows, std::uint64_t(m_rows));
    QCOMPARE(r.firewall.fragmentDropRows, std::uint64_t(m_rows / 1000));
    QCOMPARE(r.items.size(), options.maxItems);                                // capped ...
    QCOMPARE(r.itemsDropped, std::uint64_t(m_rows / 1000 - options.maxItems)); // ... and counted
    QCOMPARE(r.bytesRead, r.bytesTotal);
    QCOMPARE(lastProgress, r.bytesTotal);
    QVERIFY(progressCalls > 10);
    // Constant memory: the file is hundreds of MB, the reader holds one line buffer and 1000 items.
    // Under ASan this also holds only because rows allocate nothing: freed blocks stay in the
    // quarantine (256 MB) and count as RSS.
    QVERIFY2(growthKiB < 64 * 1024, qPrintable(QStringLiteral("RSS grew %1 KiB").arg(growthKiB)));
}

void TestEvidenceStreaming::cancellation()
{
    std::atomic<bool> cancel{false};
    EvidenceReadOptions options;
    options.cancel = &cancel;
    options.progress = [&](std::int64_t read, std::int64_t) {
        if (read > 32 * 1024 * 1024)
            cancel = true; // as the wizard's Cancel button would, from the GUI thread
    };
    const EvidenceResult r = readEvidenceFile(m_big, options);
    QVERIFY(r.cancelled);
    QVERIFY(r.bytesRead < r.bytesTotal / 2);
    QVERIFY(r.firewall.rows > 0); // what was read is kept
}

void TestEvidenceStreaming::hugeLineSkipped()
{
    const QString path = m_dir.filePath(QStringLiteral("hugeline.w3c"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#Fields: date\ttime\tIP protocol\tsource\tdestination\taction\tstatus\n");
    f.write("2011-03-01\t08:15:05\tUDP\t203.0.113.20\t198.51.100.2\tDenied\t0xc0040013\n");
    f.write(QByteArray(40 * 1024 * 1024, 'A'));
    f.write("\n2011-03-01\t08:15:06\tUDP\t203.0.113.20\t198.51.100.2\tDenied\t0xc0040013\n");
    f.close();
    const EvidenceResult r = readEvidenceFile(path);
    QCOMPARE(r.unreadable.of(UnreadableReason::LineTooLong), 1u);
    QCOMPARE(r.unreadable.firstAt[std::size_t(UnreadableReason::LineTooLong)], 3u);
    QCOMPARE(itemsOf(r, EvidenceKind::FirewallFragmentDropped).size(), 2);
}

void TestEvidenceStreaming::binaryGarbage()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.w3c"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#Fields: date\ttime\tsource\tdestination\tstatus\n");
    QByteArray junk;
    std::uint32_t x = 12345;
    for (int i = 0; i < 2 * 1024 * 1024; ++i) {
        x = x * 1103515245u + 12345u;
        junk.append(char(x >> 24));
    }
    f.write(junk);
    f.close();
    const EvidenceResult r = readEvidenceFile(path);
    QCOMPARE(r.format, EvidenceFormat::FirewallW3c);
    QVERIFY(r.unreadable.total() > 0);
    QCOMPARE(r.bytesRead, r.bytesTotal);
    // Plain garbage with no recognisable start is refused, not parsed.
    const QString raw = m_dir.filePath(QStringLiteral("garbage.bin"));
    QFile g(raw);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(junk);
    g.close();
    const EvidenceResult u = readEvidenceFile(raw);
    QCOMPARE(u.format, EvidenceFormat::Unknown);
    QCOMPARE(u.unreadable.of(UnreadableReason::NotRecognised), 1u);
}

void TestEvidenceStreaming::cleanupTestCase()
{
    QFile::remove(m_big);
}

QTEST_GUILESS_MAIN(TestEvidenceStreaming)
#include "TestEvidenceStreaming.moc"
