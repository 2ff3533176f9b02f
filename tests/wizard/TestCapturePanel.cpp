// SPDX-License-Identifier: GPL-3.0-or-later
// The capture panel reaches a verdict from a file through the same CaptureThread as live capture.
#include "CaptureFixtures.h"
#include "CapturePermission.h"
#include "DiagnosisSession.h"
#include "FakeCaptureHelper.h"
#include "FindingText.h"
#include "PacketBuilder.h"
#include "SampleCaptures.h"
#include "widgets/CapturePanel.h"
#include "widgets/CapturePermissionPanel.h"
#include "widgets/FragmentChartView.h"

#include "ReportInput.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestCapturePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileReachesTheVerdict();
    void missingFileSaysSo();
    void truncatedFileKeepsWhatWasRead();
    void liveCaptureFollowsTheOutcomePolicy_data();
    void liveCaptureFollowsTheOutcomePolicy();
    void stoppedLiveCaptureIsReportedWhole();
    void bundledSamplesAreOffered();
    void permissionPanelShowsTheGrantCommand();
    void permissionPanelGivesTheGroupFix();

private:
    QTemporaryDir m_dir;
};

void TestCapturePanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCapturePanel::fileReachesTheVerdict()
{
    const QString path = CaptureFixtures::write(VerdictCode::FragmentsDroppedAtServer, m_dir.path());
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::Before);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy running(&panel, &CapturePanel::runningChanged);
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    panel.analyzeFile(path);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QVERIFY(!panel.isRunning());
    QCOMPARE(running.size(), 2);

    const auto& result = session.result(DiagnosisSession::Run::Before);
    QVERIFY(result);
    QCOMPARE(result->verdict.code, VerdictCode::FragmentsDroppedAtServer);
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("verdictTitle"))->text(),
             verdictTitleText(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped());
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("timelineTable"));
    QVERIFY(table->rowCount() >= 6); // MM1..MM4 and MM5 with its retransmissions
    bool unansweredMm5 = false;
    for (int row = 0; row < table->rowCount(); ++row)
        unansweredMm5 |= table->item(row, 2)->text().startsWith(QStringLiteral("MM5")) &&
                         table->item(row, 4)->text().toInt() >= 2 &&
                         table->item(row, 5)->text() == QStringLiteral("no");
    QVERIFY(unansweredMm5);
    QVERIFY(!panel.findChild<QProgressBar*>(QStringLiteral("fileProgressBar"))->isVisible());

    // The evidence capture was written by the thread, and the chart holds a bounded curve.
    QVERIFY(QFileInfo(session.evidencePath(DiagnosisSession::Run::Before)).size() > 0);
    const int points = panel.chart()->pointCount(FragmentChartView::IpFragments);
    QVERIFY(points > 0);
    QVERIFY(points <= FragmentChartView::kWindowPoints);
    QVERIFY(panel.chart()->markerCount() > 0);
}

void TestCapturePanel::missingFileSaysSo()
{
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::After);
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    panel.analyzeFile(m_dir.filePath(QStringLiteral("nope.pcapng")));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QVERIFY(!session.result(DiagnosisSession::Run::After));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("captureStatus"))
                ->text()
                .contains(QStringLiteral("does not exist")));
}

void TestCapturePanel::truncatedFileKeepsWhatWasRead()
{
    // The same rule as the command line: reading began, so what was read is the result.
    QByteArray content = PacketBuilder::pcapFile(PacketBuilder::mainMode(PacketBuilder::MainModeScenario{}));
    content.chop(40);
    const QString path = PacketBuilder::writeFile(m_dir.path(), QStringLiteral("cut.pcap"), content);
    QVERIFY(!path.isEmpty());
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::Before);
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    panel.analyzeFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    const SharedAnalysisResult result = session.result(DiagnosisSession::Run::Before);
    QVERIFY(result);
    QVERIFY(result->packets > 0);
    QVERIFY(!result->stoppedEarly.isEmpty());
    const QString status = panel.findChild<QLabel*>(QStringLiteral("captureStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("middle of a packet")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Done")));
}

void TestCapturePanel::liveCaptureFollowsTheOutcomePolicy_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("mentions");
    using E = FakeCaptureHelper::Ending;
    QTest::newRow("helper exits") << int(E::Exits) << true << "Done";
    // Capturing began: the analysis of what arrived goes into the session, with the fault said.
    QTest::newRow("helper killed while capturing") << int(E::KilledAfterStreaming) << true << "ended early";
    QTest::newRow("interface gone") << int(E::InterfaceGone) << true << "went down";
    // Never began: no result, only the reason.
    QTest::newRow("permission refused") << int(E::PermissionRefused) << false << "not permitted";
    QTest::newRow("helper exits before capturing") << int(E::SilentExit) << false << "capture failed";
}

void TestCapturePanel::liveCaptureFollowsTheOutcomePolicy()
{
    QFETCH(int, ending);
    QFETCH(bool, usable);
    QFETCH(QString, mentions);
    const auto frames = PacketBuilder::mainMode(PacketBuilder::MainModeScenario{});
    const QString helper = FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending(ending),
                                                    PacketBuilder::pcapFile(frames));
    QVERIFY(!helper.isEmpty());
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::After);
    panel.setLiveCaptureAllowed(true);
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    auto* start = panel.findChild<QPushButton*>(QStringLiteral("startCaptureButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    qunsetenv("FRAG792_CAPTURE_HELPER");
    QVERIFY(!panel.isRunning());
    const SharedAnalysisResult result = session.result(DiagnosisSession::Run::After);
    QCOMPARE(bool(result), usable);
    if (result)
        QCOMPARE(result->packets, std::uint64_t(frames.size()));
    const QString status = panel.findChild<QLabel*>(QStringLiteral("captureStatus"))->text();
    QVERIFY2(status.contains(mentions), qPrintable(status));
    // Refused permission hides the live controls behind the permission panel.
    QCOMPARE(start->isEnabled(), ending != int(FakeCaptureHelper::Ending::PermissionRefused));
}

void TestCapturePanel::stoppedLiveCaptureIsReportedWhole()
{
    // The report draws the session's result, not the panel's chart widget.
    const auto frames = PacketBuilder::mainMode(PacketBuilder::MainModeScenario{});
    const QString helper = FakeCaptureHelper::write(m_dir.path(), FakeCaptureHelper::Ending::UntilStopped,
                                                    PacketBuilder::pcapFile(frames));
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::Before);
    panel.setLiveCaptureAllowed(true);
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    panel.startLive();
    QVERIFY(panel.isRunning());
    QTest::qWait(300);
    panel.findChild<QPushButton*>(QStringLiteral("stopCaptureButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    qunsetenv("FRAG792_CAPTURE_HELPER");
    const SharedAnalysisResult result = session.result(DiagnosisSession::Run::Before);
    QVERIFY(result);
    QCOMPARE(result->packets, std::uint64_t(frames.size()));
    // Held, not copied: the report input takes the very same object.
    ReportInput input;
    input.before = session.result(DiagnosisSession::Run::Before);
    QCOMPARE(input.before.get(), result.get());
    QCOMPARE(reportChart(input), renderActivityChart(*result, reportChart(input).size()));
    QVERIFY(ActivityChartRenderer(*result).timeAxisSeconds() >=
            double(result->lastTimestampUs - result->firstTimestampUs) / 1e6);
}

void TestCapturePanel::bundledSamplesAreOffered()
{
    const QList<SampleCapture> samples = SampleCaptures::available();
    QVERIFY(samples.size() >= 2);
    QCOMPARE(samples.first().fileName, QStringLiteral("sample-blocked-at-server.pcapng"));
    const QString path = SampleCaptures::materialize(samples.first(), m_dir.path());
    QVERIFY(QFileInfo(path).size() > 0);

    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::Before);
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("sampleCombo"));
    QCOMPARE(combo->count(), samples.size());
    QSignalSpy done(&panel, &CapturePanel::captureDone);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("openSampleButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QVERIFY(session.result(DiagnosisSession::Run::Before));
    QCOMPARE(session.result(DiagnosisSession::Run::Before)->verdict.code,
             VerdictCode::FragmentsDroppedAtServer);
}

void TestCapturePanel::permissionPanelShowsTheGrantCommand()
{
    // The built helper: anyone may run it and it has no capability, so the fix is setcap on it.
    qputenv("FRAG792_CAPTURE_HELPER", FRAG792_BINARY_DIR "/app/frag792-capture-helper");
    DiagnosisSession session;
    CapturePanel panel(&session, DiagnosisSession::Run::Before);
    panel.show();
    panel.setLiveCaptureAllowed(false);
    QWidget* permission = panel.findChild<QWidget*>(QStringLiteral("capturePermissionPanel"));
    QVERIFY(permission->isVisible());
    const QString command = panel.findChild<QLineEdit*>(QStringLiteral("grantCommandEdit"))->text();
    QVERIFY(command.contains(QStringLiteral("setcap")));
    // The capabilities go on the capture helper, never on the wizard itself.
    QVERIFY(command.contains(QStringLiteral("frag792-capture-helper")));
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("startCaptureButton"))->isEnabled());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("openFileButton"))->isEnabled());
    qunsetenv("FRAG792_CAPTURE_HELPER");
}

void TestCapturePanel::permissionPanelGivesTheGroupFix()
{
    // The packaged helper (0750 root:frag792) and a user outside the group: join, then log in again.
    CapturePermissionPanel panel;
    panel.show();
    const QString helper = QStringLiteral("/usr/libexec/frag792/frag792-capture-helper");
    panel.showDecision({HelperAccess::Verdict::JoinGroup, QStringLiteral("frag792")}, helper);
    auto* command = panel.findChild<QLineEdit*>(QStringLiteral("grantCommandEdit"));
    const QString text = panel.findChild<QLabel*>(QStringLiteral("capturePermissionText"))->text();
    QCOMPARE(command->text(), QStringLiteral("sudo usermod -aG frag792 $USER"));
    QVERIFY(command->isVisible());
    QVERIFY2(text.contains(QStringLiteral("frag792")) && text.contains(QStringLiteral("log in again")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("CAP_NET_RAW")));

    // Already a member in the group database: nothing to run, only a new login.
    panel.showDecision({HelperAccess::Verdict::LogInAgain, QStringLiteral("frag792")}, helper);
    QVERIFY(!command->isVisible());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("capturePermissionText"))
                ->text()
                .contains(QStringLiteral("Log out and log in again")));

    // The helper without its capability: the setcap command for the helper, as before.
    panel.showDecision({HelperAccess::Verdict::GrantCapabilities, QStringLiteral("frag792")}, helper);
    QVERIFY(command->isVisible());
    QCOMPARE(command->text(), CapturePermission::grantCommand(helper));
}

QTEST_MAIN(TestCapturePanel)
#include "TestCapturePanel.moc"
