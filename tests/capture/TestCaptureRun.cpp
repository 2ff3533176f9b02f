// SPDX-License-Identifier: GPL-3.0-or-later
// CaptureRun, as the command line and the wizard use it: the request it builds (vantage hints)
// and the outcome policy applied to real runs, files and live captures through stand-in helpers.
#include "CaptureRun.h"
#include "FakeCaptureHelper.h"
#include "PacketBuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PacketBuilder;

class TestCaptureRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void requestCarriesTheVantageHints();
    void wholeFileIsComplete();
    void filesThatNeverBegin_data();
    void filesThatNeverBegin();
    void truncatedRecordKeepsWhatWasRead();
    void firstRecordCutShortStillBegan();
    void failedEvidenceKeepsTheAnalysis();
    void liveEndings_data();
    void liveEndings();
    void stopEndsALiveCaptureCompletely();
    void oneRunAtATime();

private:
    /** Runs @p settings to the end; the run's finished() arguments are the result and outcome. */
    static std::pair<SharedAnalysisResult, CaptureOutcome> runToEnd(const CaptureRun::Settings& settings);
    static CaptureRun::Settings file(const QString& path);
    static CaptureRun::Settings live();

    QTemporaryDir m_dir;
    std::vector<TimedFrame> m_frames; ///< a blocked Main Mode negotiation
    QByteArray m_pcap;
};

void TestCaptureRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    m_frames = mainMode(s);
    m_pcap = pcapFile(m_frames);
}

void TestCaptureRun::cleanup()
{
    qunsetenv("FRAG792_CAPTURE_HELPER");
}

std::pair<SharedAnalysisResult, CaptureOutcome> TestCaptureRun::runToEnd(const CaptureRun::Settings& settings)
{
    CaptureRun run;
    QSignalSpy finished(&run, &CaptureRun::finished);
    if (!run.start(settings) || !run.isRunning())
        qFatal("the run did not start");
    if (!finished.wait(30000))
        qFatal("the run did not finish");
    if (run.isRunning() || finished.size() != 1)
        qFatal("finished() once, and the run is over");
    const auto result = finished.first().at(0).value<SharedAnalysisResult>();
    const auto outcome = finished.first().at(1).value<CaptureOutcome>();
    // The accessors say the same as the signal.
    if (run.result() != result || run.outcome().outcomeClass() != outcome.outcomeClass())
        qFatal("accessors disagree with finished()");
    return {result, outcome};
}

CaptureRun::Settings TestCaptureRun::file(const QString& path)
{
    CaptureRun::Settings s;
    s.capture.kind = CaptureRequest::Kind::File;
    s.capture.path = path;
    return s;
}

CaptureRun::Settings TestCaptureRun::live()
{
    CaptureRun::Settings s;
    s.capture.kind = CaptureRequest::Kind::Live;
    s.capture.interfaceName = QStringLiteral("lo");
    return s;
}

void TestCaptureRun::requestCarriesTheVantageHints()
{
    CaptureRun::Settings s = file(QStringLiteral("x.pcap"));
    s.capture.filter = QStringLiteral("udp");
    s.capture.writePath = QStringLiteral("e.pcapng");
    CaptureRequest r = CaptureRun::request(s);
    QCOMPARE(r.kind, CaptureRequest::Kind::File);
    QCOMPARE(r.path, QStringLiteral("x.pcap"));
    QCOMPARE(r.filter, QStringLiteral("udp"));
    QCOMPARE(r.writePath, QStringLiteral("e.pcapng"));
    // A file says nothing about the capturing host: TTLs decide.
    QVERIFY(!r.analyzer.vantage.stated);
    QVERIFY(r.analyzer.vantage.localAddresses.empty());

    s.statedVantage = VantagePoint::Client;
    s.serverAddress = IpAddress::fromString(QStringLiteral("198.51.100.1"));
    r = CaptureRun::request(s);
    QCOMPARE(r.analyzer.vantage.stated, std::optional<VantagePoint>(VantagePoint::Client));
    QCOMPARE(r.analyzer.vantage.localAddresses.size(), std::size_t(1));
    QCOMPARE(r.analyzer.vantage.localAddresses.front().toString(), QStringLiteral("198.51.100.1"));
    QVERIFY(r.analyzer.vantage.localAddressOrigin == LocalAddressOrigin::ServerOption);

    // Live: the interface's own addresses, unless the server's address was given.
    CaptureRun::Settings l = live();
    l.capture.promiscuous = true;
    l.capture.durationSeconds = 7;
    r = CaptureRun::request(l);
    QCOMPARE(r.kind, CaptureRequest::Kind::Live);
    QCOMPARE(r.interfaceName, QStringLiteral("lo"));
    QVERIFY(r.promiscuous);
    QCOMPARE(r.durationSeconds, 7);
    QVERIFY(std::find(r.analyzer.vantage.localAddresses.begin(), r.analyzer.vantage.localAddresses.end(),
                      IpAddress::fromString(QStringLiteral("127.0.0.1"))) !=
            r.analyzer.vantage.localAddresses.end());
    QVERIFY(r.analyzer.vantage.localAddressOrigin == LocalAddressOrigin::Interface);
    QCOMPARE(r.analyzer.vantage.interfaceName, QStringLiteral("lo"));
    l.serverAddress = IpAddress::fromString(QStringLiteral("198.51.100.1"));
    QCOMPARE(CaptureRun::request(l).analyzer.vantage.localAddresses.size(), std::size_t(1));
}

void TestCaptureRun::wholeFileIsComplete()
{
    CaptureRun::Settings s = file(writeFile(m_dir.path(), QStringLiteral("whole.pcap"), m_pcap));
    s.capture.writePath = m_dir.filePath(QStringLiteral("whole-evidence.pcapng"));
    const auto [result, outcome] = runToEnd(s);
    QCOMPARE(outcome.outcomeClass(), CaptureOutcome::Class::Complete);
    QVERIFY(outcome.detail().isEmpty());
    QVERIFY(result);
    QCOMPARE(result->packets, std::uint64_t(m_frames.size()));
    QCOMPARE(result->verdict.code, VerdictCode::FragmentsDroppedAtServer);
    QVERIFY(result->stoppedEarly.isEmpty());
    QVERIFY(QFileInfo(s.capture.writePath).size() > 0);
}

void TestCaptureRun::filesThatNeverBegin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("mentions");
    using C = CaptureOutcome::Class;
    QTest::newRow("missing") << QString() << QByteArray() << QString() << int(C::Failed) << "no such file";
    QTest::newRow("empty") << "empty.pcap" << QByteArray() << QString() << int(C::Failed) << "empty";
    QTest::newRow("text") << "text.pcap" << QByteArray("not a capture at all, just text\n") << QString()
                          << int(C::Failed) << "not a pcap";
    QTest::newRow("header cut short")
        << "cut-header.pcap" << m_pcap.left(10) << QString() << int(C::Failed) << "truncated";
    QTest::newRow("802.11") << "wifi.pcap" << pcapFile(m_frames, 105) << QString() << int(C::Failed)
                            << "unsupported link type";
    QTest::newRow("bad filter") << "filtered.pcap" << m_pcap << QStringLiteral("udp port banana")
                                << int(C::BadRequest) << "banana";
}

void TestCaptureRun::filesThatNeverBegin()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, filter);
    QFETCH(int, expected);
    QFETCH(QString, mentions);
    const QString path = name.isEmpty() ? m_dir.filePath(QStringLiteral("absent.pcap"))
                                        : writeFile(m_dir.path(), name, content);
    CaptureRun::Settings s = file(path);
    s.capture.filter = filter;
    s.capture.writePath = m_dir.filePath(name + QStringLiteral("-evidence.pcapng"));
    const auto [result, outcome] = runToEnd(s);
    QCOMPARE(int(outcome.outcomeClass()), expected);
    QVERIFY(!outcome.began());
    // Nothing was read, so there is nothing to show: no empty "no IKE traffic" analysis.
    QVERIFY(!result);
    QVERIFY2(outcome.message().contains(mentions), qPrintable(outcome.message()));
}

void TestCaptureRun::truncatedRecordKeepsWhatWasRead()
{
    // Three whole records and half of the fourth.
    const QByteArray whole = pcapFile({m_frames.begin(), m_frames.begin() + 3});
    const QByteArray four = pcapFile({m_frames.begin(), m_frames.begin() + 4});
    const auto [result, outcome] =
        runToEnd(file(writeFile(m_dir.path(), QStringLiteral("cut.pcap"), four.left(whole.size() + 30))));
    QCOMPARE(outcome.outcomeClass(), CaptureOutcome::Class::Partial);
    QCOMPARE(outcome.error(), CaptureError::FileTruncated);
    QVERIFY(result);
    QCOMPARE(result->packets, std::uint64_t(3));
    QVERIFY(result->stoppedEarly.contains(QStringLiteral("after packet 3")));
    QVERIFY(outcome.message().contains(QStringLiteral("cut.pcap")));
}

void TestCaptureRun::firstRecordCutShortStillBegan()
{
    // The header was read, so capturing began: the (empty) analysis says where reading stopped.
    const QByteArray one = pcapFile({m_frames.front()});
    const auto [result, outcome] =
        runToEnd(file(writeFile(m_dir.path(), QStringLiteral("cut-first.pcap"), one.left(24 + 20))));
    QCOMPARE(outcome.outcomeClass(), CaptureOutcome::Class::Partial);
    QVERIFY(result);
    QCOMPARE(result->packets, std::uint64_t(0));
    QVERIFY(result->stoppedEarly.contains(QStringLiteral("after packet 0")));
}

void TestCaptureRun::failedEvidenceKeepsTheAnalysis()
{
    CaptureRun::Settings s = file(writeFile(m_dir.path(), QStringLiteral("evidence-fails.pcap"), m_pcap));
    s.capture.writePath = m_dir.filePath(QStringLiteral("no/such/folder/evidence.pcapng"));
    const auto [result, outcome] = runToEnd(s);
    QCOMPARE(outcome.outcomeClass(), CaptureOutcome::Class::Partial);
    QCOMPARE(outcome.error(), CaptureError::WriteFailed);
    QVERIFY(outcome.message().contains(QStringLiteral("evidence.pcapng")));
    QVERIFY(result);
    QCOMPARE(result->packets, std::uint64_t(m_frames.size()));
    QCOMPARE(result->verdict.code, VerdictCode::FragmentsDroppedAtServer);
}

void TestCaptureRun::liveEndings_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("mentions");
    using E = FakeCaptureHelper::Ending;
    using C = CaptureOutcome::Class;
    QTest::newRow("helper exits") << int(E::Exits) << int(C::Complete) << int(CaptureError::None)
                                  << QString();
    QTest::newRow("helper killed while capturing") << int(E::KilledAfterStreaming) << int(C::Partial)
                                                   << int(CaptureError::Other) << "killed by signal 9";
    QTest::newRow("interface gone") << int(E::InterfaceGone) << int(C::Partial)
                                    << int(CaptureError::InterfaceWentDown) << "went down";
    QTest::newRow("permission refused") << int(E::PermissionRefused) << int(C::NotPermitted)
                                        << int(CaptureError::PermissionDenied) << "setcap";
    QTest::newRow("helper exits before capturing")
        << int(E::SilentExit) << int(C::Failed) << int(CaptureError::Other) << "before capturing on lo";
}

void TestCaptureRun::liveEndings()
{
    QFETCH(int, ending);
    QFETCH(int, expected);
    QFETCH(int, error);
    QFETCH(QString, mentions);
    const QString helper = FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending(ending), m_pcap);
    QVERIFY(!helper.isEmpty());
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    CaptureRun::Settings s = live();
    s.capture.writePath = m_dir.filePath(QStringLiteral("live-%1.pcapng").arg(ending));
    const auto [result, outcome] = runToEnd(s);
    QCOMPARE(int(outcome.outcomeClass()), expected);
    QCOMPARE(int(outcome.error()), error);
    QVERIFY2(outcome.message().contains(mentions), qPrintable(outcome.message()));
    QCOMPARE(bool(result), outcome.began());
    if (!result)
        return;
    // Everything the helper streamed before it ended was analysed, and kept as evidence.
    QCOMPARE(result->packets, std::uint64_t(m_frames.size()));
    QCOMPARE(result->sessions.size(), std::size_t(1));
    QVERIFY(result->captureStartUs && result->captureEndUs);
    QCOMPARE(result->stoppedEarly.isEmpty(), expected == int(CaptureOutcome::Class::Complete));
    QVERIFY(QFileInfo(s.capture.writePath).size() > 0);
}

void TestCaptureRun::stopEndsALiveCaptureCompletely()
{
    const QString helper =
        FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending::UntilStopped, m_pcap);
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    CaptureRun run;
    QSignalSpy finished(&run, &CaptureRun::finished);
    QSignalSpy statistics(&run, &CaptureRun::statisticsUpdated);
    QVERIFY(run.start(live()));
    // The stream is analysed while the helper keeps running.
    QTRY_VERIFY_WITH_TIMEOUT(!statistics.isEmpty() &&
                                 statistics.last().first().value<LiveStatistics>().packets ==
                                     std::uint64_t(m_frames.size()),
                             10000);
    QVERIFY(finished.isEmpty());
    run.stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.outcome().outcomeClass(), CaptureOutcome::Class::Complete);
    QVERIFY(run.result());
    QCOMPARE(run.result()->packets, std::uint64_t(m_frames.size()));
}

void TestCaptureRun::oneRunAtATime()
{
    const QString helper =
        FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending::UntilStopped, m_pcap);
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    CaptureRun run;
    QSignalSpy finished(&run, &CaptureRun::finished);
    QVERIFY(run.start(live()));
    QVERIFY(!run.start(file(m_dir.filePath(QStringLiteral("whatever.pcap")))));
    run.stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    // Destroying a running capture stops it and waits (no thread left behind).
    auto* running = new CaptureRun;
    QVERIFY(running->start(live()));
    delete running;
}

QTEST_GUILESS_MAIN(TestCaptureRun)
#include "TestCaptureRun.moc"
