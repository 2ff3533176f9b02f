// SPDX-License-Identifier: GPL-3.0-or-later
// The capture panel reaches a verdict from a file through the same CaptureThread as live capture.
#include "CaptureFixtures.h"
#include "DiagnosisSession.h"
#include "SampleCaptures.h"
#include "widgets/CapturePanel.h"
#include "widgets/FragmentChartView.h"

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
    void bundledSamplesAreOffered();
    void permissionPanelShowsTheGrantCommand();

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
             verdictTitle(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped());
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
    QVERIFY(!session.chartImage(DiagnosisSession::Run::Before).isNull());
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
}

QTEST_MAIN(TestCapturePanel)
#include "TestCapturePanel.moc"
