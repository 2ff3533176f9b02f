// SPDX-License-Identifier: GPL-3.0-or-later
// frag792's side of the helper's status channel: whatever arrives on the pipe is parsed
// without crashing, without believing malformed numbers, and without letting a later line
// undo the first error.
#include "CaptureHelperProcess.h"
#include "CaptureHelperProtocol.h"

#include <QTest>

namespace P = CaptureHelperProtocol;

class TestCaptureHelperProcess : public QObject
{
    Q_OBJECT

private slots:
    void linesTheHelperWrites();
    void statistics_data();
    void statistics();
    void firstErrorIsTheCause();
    void errorCodes_data();
    void errorCodes();
    void hostileErrorMessages();
    void unknownAndMalformedLinesAreIgnored_data();
    void unknownAndMalformedLinesAreIgnored();
};

namespace {

QByteArray bytes(const std::string& line)
{
    return QByteArray(line.data(), qsizetype(line.size()));
}

} // namespace

void TestCaptureHelperProcess::linesTheHelperWrites()
{
    // The same builders the helper uses produce lines the reader understands.
    CaptureHelperProcess p;
    QVERIFY(!p.ready());
    p.parseLine(bytes(P::readyLine(1, 262144)));
    QVERIFY(p.ready());
    QVERIFY(!p.failed());
    p.parseLine(bytes(P::statisticsLine(1234, 5)));
    QVERIFY(p.haveStatistics());
    QCOMPARE(p.received(), std::uint64_t(1234));
    QCOMPARE(p.dropped(), std::uint64_t(5));
    p.parseLine(bytes(P::errorLine(P::ErrorWord::InterfaceDown, "eth0: The interface went down")));
    QVERIFY(p.failed());
    QCOMPARE(p.errorCode(), CaptureError::InterfaceWentDown);
    QCOMPARE(p.errorMessage(), QStringLiteral("eth0: The interface went down"));
}

void TestCaptureHelperProcess::statistics_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<quint64>("received");
    QTest::addColumn<quint64>("dropped");
    QTest::newRow("plain") << QByteArray("stats 10 2") << true << quint64(10) << quint64(2);
    QTest::newRow("zero") << QByteArray("stats 0 0") << true << quint64(0) << quint64(0);
    QTest::newRow("64-bit maximum") << QByteArray("stats 18446744073709551615 1") << true
                                    << quint64(18446744073709551615ULL) << quint64(1);
    QTest::newRow("carriage return") << QByteArray("stats 7 3\r") << true << quint64(7) << quint64(3);
    QTest::newRow("past 64 bits") << QByteArray("stats 18446744073709551616 1") << false << quint64(0)
                                  << quint64(0);
    QTest::newRow("hundred digits") << QByteArray("stats " + QByteArray(100, '9') + " 1") << false
                                    << quint64(0) << quint64(0);
    QTest::newRow("negative") << QByteArray("stats -1 2") << false << quint64(0) << quint64(0);
    QTest::newRow("negative drops") << QByteArray("stats 1 -2") << false << quint64(0) << quint64(0);
    QTest::newRow("plus sign") << QByteArray("stats +1 2") << false << quint64(0) << quint64(0);
    QTest::newRow("hex") << QByteArray("stats 0x10 2") << false << quint64(0) << quint64(0);
    QTest::newRow("fraction") << QByteArray("stats 1.5 2") << false << quint64(0) << quint64(0);
    QTest::newRow("exponent") << QByteArray("stats 1e3 2") << false << quint64(0) << quint64(0);
    QTest::newRow("trailing garbage") << QByteArray("stats 10x 2") << false << quint64(0) << quint64(0);
    QTest::newRow("missing dropped") << QByteArray("stats 10") << false << quint64(0) << quint64(0);
    QTest::newRow("extra field") << QByteArray("stats 10 2 3") << false << quint64(0) << quint64(0);
    QTest::newRow("double space") << QByteArray("stats 10  2") << false << quint64(0) << quint64(0);
    QTest::newRow("embedded NUL") << QByteArray("stats 1\0 2", 10) << false << quint64(0) << quint64(0);
    QTest::newRow("non-ASCII digits") << QByteArray("stats \xd9\xa1 2") << false << quint64(0) << quint64(0);
}

void TestCaptureHelperProcess::statistics()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, accepted);
    QFETCH(quint64, received);
    QFETCH(quint64, dropped);
    CaptureHelperProcess p;
    p.parseLine(line);
    QCOMPARE(p.haveStatistics(), accepted);
    if (accepted) {
        QCOMPARE(quint64(p.received()), received);
        QCOMPARE(quint64(p.dropped()), dropped);
    }
    // A bad line never overwrites good counters.
    CaptureHelperProcess q;
    q.parseLine("stats 100 4");
    q.parseLine(line);
    QVERIFY(q.haveStatistics());
    QCOMPARE(quint64(q.received()), accepted ? received : quint64(100));
    QCOMPARE(quint64(q.dropped()), accepted ? dropped : quint64(4));
}

void TestCaptureHelperProcess::firstErrorIsTheCause()
{
    CaptureHelperProcess p;
    p.parseLine("error perm eth0: permission denied");
    p.parseLine("error other cannot write");
    p.parseLine("ok 1 65535");
    QVERIFY(p.failed());
    QCOMPARE(p.errorCode(), CaptureError::PermissionDenied);
    QCOMPARE(p.errorMessage(), QStringLiteral("eth0: permission denied"));
    // A helper on its way out after an error is never taken as capturing.
    QVERIFY(!p.ready());
    // Its last statistics still count.
    p.parseLine("stats 3 0");
    QVERIFY(p.haveStatistics());
}

void TestCaptureHelperProcess::errorCodes_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<int>("error");
    QTest::newRow("nosuchif") << QByteArray("nosuchif") << int(CaptureError::NoSuchInterface);
    QTest::newRow("perm") << QByteArray("perm") << int(CaptureError::PermissionDenied);
    QTest::newRow("badfilter") << QByteArray("badfilter") << int(CaptureError::BadFilter);
    QTest::newRow("ifdown") << QByteArray("ifdown") << int(CaptureError::InterfaceWentDown);
    QTest::newRow("usage") << QByteArray("usage") << int(CaptureError::Other);
    QTest::newRow("output") << QByteArray("output") << int(CaptureError::Other);
    QTest::newRow("other") << QByteArray("other") << int(CaptureError::Other);
    QTest::newRow("unknown") << QByteArray("frobnicated") << int(CaptureError::Other);
    QTest::newRow("upper case") << QByteArray("PERM") << int(CaptureError::Other);
    QTest::newRow("overlong") << QByteArray(10000, 'p') << int(CaptureError::Other);
}

void TestCaptureHelperProcess::errorCodes()
{
    QFETCH(QByteArray, word);
    QFETCH(int, error);
    CaptureHelperProcess p;
    p.parseLine("error " + word + " lo: something");
    QVERIFY(p.failed());
    QCOMPARE(int(p.errorCode()), error);
    QCOMPARE(p.errorMessage(), QStringLiteral("lo: something"));
}

void TestCaptureHelperProcess::hostileErrorMessages()
{
    // No word at all: still the helper's failure, with a message that says so.
    CaptureHelperProcess bare;
    bare.parseLine("error");
    QVERIFY(bare.failed());
    QCOMPARE(bare.errorCode(), CaptureError::Other);
    QVERIFY(!bare.errorMessage().isEmpty());

    // Terminal escapes, NUL and other control characters never reach the terminal or the wizard.
    CaptureHelperProcess escapes;
    const char hostile[] = "error other \x1b[2J\x1b]0;owned\x07 lo\0 gone\t!";
    escapes.parseLine(QByteArray(hostile, qsizetype(sizeof hostile - 1)));
    QVERIFY(escapes.failed());
    const QString m = escapes.errorMessage();
    for (const QChar c : m)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(m.contains(QStringLiteral("lo")));
    QVERIFY(m.contains(QStringLiteral("gone")));

    // Invalid UTF-8 becomes replacement characters, valid UTF-8 stays.
    CaptureHelperProcess utf8;
    utf8.parseLine("error other \xff\xfe caf\xc3\xa9");
    QVERIFY(utf8.errorMessage().endsWith(QStringLiteral("café")));

    // A line of a megabyte is bounded.
    CaptureHelperProcess huge;
    huge.parseLine("error other " + QByteArray(1 << 20, 'x'));
    QVERIFY(huge.failed());
    QVERIFY(huge.errorMessage().size() <= qsizetype(P::kMaxStatusLine));
}

void TestCaptureHelperProcess::unknownAndMalformedLinesAreIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   ");
    QTest::newRow("upper-case ok") << QByteArray("OK 1 2");
    QTest::newRow("okay") << QByteArray("okay");
    QTest::newRow("ok glued") << QByteArray("ok1 2");
    QTest::newRow("errors") << QByteArray("errors other x");
    QTest::newRow("stats alone") << QByteArray("stats");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
    QTest::newRow("pcap header") << QByteArray::fromHex("d4c3b2a102000400");
    QTest::newRow("overlong word") << QByteArray(1 << 20, 'o');
}

void TestCaptureHelperProcess::unknownAndMalformedLinesAreIgnored()
{
    QFETCH(QByteArray, line);
    CaptureHelperProcess p;
    p.parseLine(line);
    QVERIFY(!p.ready());
    QVERIFY(!p.failed());
    QVERIFY(!p.haveStatistics());
    QCOMPARE(p.errorCode(), CaptureError::None);
}

QTEST_GUILESS_MAIN(TestCaptureHelperProcess)
#include "TestCaptureHelperProcess.moc"
