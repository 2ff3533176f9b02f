// SPDX-License-Identifier: GPL-3.0-or-later
// The capture page driven once through a real live capture on the server side of the e2e lab
// (tests/e2e/run_scenario.sh wizard-live): the server drops IP fragments, so the wizard must show
// fragments-dropped-at-server and lead to the resolution page.
//
// Protocol with the driving script (all through the environment, so the binary can run in the lab's
// server namespace without arguments):
//   FRAG792_LIVE_INTERFACE  interface to pick in the interface combo (the server's veth)
//   FRAG792_LIVE_DONE_FILE  created by the script once the client has given up
//   stdout line "READY"     printed once the capture helper streams packets: the script
//                           then lets the client initiate
// Without FRAG792_LIVE_INTERFACE the test prints SKIP and exits 77 (CTest: skipped).
#include "DiagnosisSession.h"
#include "FindingText.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "pages/CapturePage.h"
#include "widgets/CapturePanel.h"
#include "widgets/FragmentChartView.h"

#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cstdio>
#include <memory>

using Page = TroubleshootWizard::PageId;

namespace {

/** The helper opens the interface in well under a second; the rest is a loaded CI machine. */
constexpr int kCaptureStartTimeoutMs = 20'000;
/** The client gives up ~27 s after it starts (lab retransmission settings); generous for a busy host. */
constexpr int kClientGaveUpTimeoutMs = 100'000;
/** Stop ends the helper within its read timeout; the analysis of a few dozen packets is instant. */
constexpr int kStopTimeoutMs = 20'000;

} // namespace

class TestWizardLiveCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveCaptureAtTheServerReachesResolution();

private:
    void walkToCapture(TroubleshootWizard& wizard);

    QString m_interface;
    QString m_doneFile;
};

void TestWizardLiveCapture::initTestCase()
{
    m_interface = qEnvironmentVariable("FRAG792_LIVE_INTERFACE");
    m_doneFile = qEnvironmentVariable("FRAG792_LIVE_DONE_FILE");
    QVERIFY(!m_interface.isEmpty());
    // Without the done file the test could only guess when the client gave up.
    QVERIFY2(!m_doneFile.isEmpty(), "FRAG792_LIVE_DONE_FILE is not set");
}

void TestWizardLiveCapture::walkToCapture(TroubleshootWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(Page::SymptomPage));
    QVERIFY(WizardDriver::chooseError(wizard, 792));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Page::EnvironmentPage));
    QVERIFY(WizardDriver::describeServer(wizard, ServerProduct::Isa2006Standard, QStringLiteral("ISA01")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Page::CausePage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Page::CapturePage));
}

void TestWizardLiveCapture::liveCaptureAtTheServerReachesResolution()
{
    auto wizard = std::make_unique<TroubleshootWizard>();
    wizard->resize(1000, 760);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    walkToCapture(*wizard);
    if (QTest::currentTestFailed())
        return;

    auto* page = qobject_cast<CapturePage*>(wizard->currentPage());
    QVERIFY(page);
    CapturePanel* panel = page->panel();
    auto* vantage = panel->findChild<QComboBox*>(QStringLiteral("vantageCombo"));
    auto* interfaces = panel->findChild<QComboBox*>(QStringLiteral("interfaceCombo"));
    auto* start = panel->findChild<QPushButton*>(QStringLiteral("startCaptureButton"));
    auto* stop = panel->findChild<QPushButton*>(QStringLiteral("stopCaptureButton"));
    QVERIFY(vantage && interfaces && start && stop);

    // As the technician sitting at the VPN server would answer.
    QVERIFY(WizardDriver::chooseByData(vantage, int(VantagePoint::Server)));
    QVERIFY2(WizardDriver::chooseByData(interfaces, m_interface),
             qPrintable(QStringLiteral("interface %1 is not offered").arg(m_interface)));
    QVERIFY2(start->isEnabled(), "Start capture is disabled (no permission to capture?)");

    QSignalSpy done(panel, &CapturePanel::captureDone);
    WizardDriver::click(start);
    QVERIFY(panel->isRunning());
    QVERIFY(stop->isEnabled());
    // Snapshots come only from the thread's streaming loop, so the first chart point means the helper
    // has the interface open; a helper that failed to start ends the run instead.
    QVERIFY(QTest::qWaitFor(
        [panel] {
            return panel->chart()->pointCount(FragmentChartView::IpFragments) > 0 || !panel->isRunning();
        },
        kCaptureStartTimeoutMs));
    QVERIFY2(panel->isRunning(),
             qPrintable(QStringLiteral("live capture ended at start: %1")
                            .arg(panel->findChild<QLabel*>(QStringLiteral("captureStatus"))->text())));
    std::fputs("READY\n", stdout);
    std::fflush(stdout);

    // The verdict is computed when the capture stops, so stop only once the client has given up: by then
    // every MM5 retransmission has been on the wire.
    const bool gaveUp =
        QTest::qWaitFor([this, panel] { return QFileInfo::exists(m_doneFile) || !panel->isRunning(); },
                        kClientGaveUpTimeoutMs);
    QVERIFY2(panel->isRunning(), "the live capture ended before it was stopped");
    QVERIFY2(gaveUp, "the driving script never reported that the client gave up");
    WizardDriver::click(stop);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kStopTimeoutMs);
    QVERIFY(!panel->isRunning());

    const auto& result = wizard->session()->result(DiagnosisSession::Run::Before);
    QVERIFY2(result, qPrintable(panel->findChild<QLabel*>(QStringLiteral("captureStatus"))->text()));
    // For the driving script's summary and for reading a failure.
    qInfo().noquote() << "verdict:" << verdictCodeKey(result->verdict.code)
                      << "vantage:" << vantagePointKey(result->verdict.vantage.point)
                      << "packets:" << result->packets << "ipv4 fragments:" << result->ipv4Fragments
                      << "retransmissions:" << result->retransmissions
                      << "kernel received:" << result->kernelReceived.value_or(0);
    // A live run through frag792-capture-helper: the helper's last status line brings the kernel
    // counters, and the analyser knows the window it watched.
    QCOMPARE(result->source, QStringLiteral("interface %1").arg(m_interface));
    QVERIFY(result->kernelReceived.has_value());
    QVERIFY(result->kernelDrops.has_value());
    QVERIFY(result->captureStartUs && result->captureEndUs);
    QVERIFY(result->stoppedEarly.isEmpty());
    QVERIFY(QFileInfo(wizard->session()->evidencePath(DiagnosisSession::Run::Before)).size() > 0);

    QCOMPARE(verdictCodeKey(result->verdict.code), QStringLiteral("fragments-dropped-at-server"));
    QCOMPARE(result->verdict.vantage.point, VantagePoint::Server);
    QVERIFY(result->verdict.stalled);
    QCOMPARE(result->verdict.stalled->name, QStringLiteral("MM5"));
    QVERIFY(!result->verdict.stalled->answered);
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("verdictTitle"))->text(),
             verdictTitleText(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped());

    // MM5 arrived in IP fragments, was sent again and again, and never answered: in the session data
    // and in the timeline the technician reads.
    QVERIFY(result->verdict.sessionIndex >= 0 && result->verdict.sessionIndex < int(result->sessions.size()));
    const IkeSession& session = result->sessions[std::size_t(result->verdict.sessionIndex)];
    int mm5 = 0;
    int mm5Retransmissions = 0;
    std::uint32_t mm5Fragments = 0;
    for (const SessionMessage& m : session.messages) {
        if (m.role != MessageRole::MainMode5)
            continue;
        ++mm5;
        mm5Retransmissions += m.isRetransmission() ? 1 : 0;
        mm5Fragments = std::max(mm5Fragments, m.origin.fragmentCount);
    }
    QVERIFY2(mm5 >= 2, qPrintable(QStringLiteral("%1 MM5 copies").arg(mm5)));
    QVERIFY(mm5Retransmissions >= 1);
    QVERIFY(mm5Fragments >= 2);
    for (const SessionMessage& m : session.messages)
        QVERIFY2(m.role != MessageRole::MainMode6, "the server answered MM5 although it drops fragments");

    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("timelineTable"));
    QVERIFY(table->isVisible());
    int fragmentedUnansweredMm5 = 0;
    int retransmittedMm5Rows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString message = table->item(row, 2)->text();
        if (!message.startsWith(QStringLiteral("MM5")))
            continue;
        fragmentedUnansweredMm5 +=
            table->item(row, 4)->text().toInt() >= 2 && table->item(row, 5)->text() == QStringLiteral("no");
        retransmittedMm5Rows += message.contains(QStringLiteral("retransmission"));
    }
    QVERIFY(fragmentedUnansweredMm5 >= 1);
    QVERIFY(retransmittedMm5Rows >= 1);

    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(Page::ResolutionPage));
}

int main(int argc, char* argv[])
{
    // Outside the lab there is nothing to capture: skip rather than fail or pass falsely. (QSKIP in
    // initTestCase would exit 0, which CTest counts as a pass.)
    if (qEnvironmentVariableIsEmpty("FRAG792_LIVE_INTERFACE")) {
        std::puts("SKIP: needs the e2e lab (run through tests/e2e/run_scenario.sh wizard-live)");
        return 77;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestWizardLiveCapture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWizardLiveCapture.moc"
