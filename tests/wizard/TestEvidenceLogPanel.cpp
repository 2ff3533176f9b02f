// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's log panels on the constructed fixtures of tests/evidence/fixtures: a log read off
// the GUI thread, what it shows, the session's corroborated result, and a cancelled big log.
#include "DiagnosisSession.h"
#include "TroubleshootWizard.h"
#include "pages/CapturePage.h"
#include "pages/SymptomPage.h"
#include "widgets/CapturePanel.h"
#include "widgets/EvidenceLogPanel.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/") + name;
}

QStringList itemTexts(const EvidenceLogPanel* panel)
{
    QStringList out;
    const auto* list = panel->findChild<QListWidget*>(QStringLiteral("logItems"));
    for (int i = 0; list && i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}
} // namespace

class TestEvidenceLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void eventLogPicksTheError();
    void firewallLogAloneGivesAVerdict();
    void firewallLogJoinsTheCaptureVerdict();
    void bigLogCancelledMidway();
    void openRoutesLogsByContent();
};

void TestEvidenceLogPanel::eventLogPicksTheError()
{
    DiagnosisSession session;
    SymptomPage page(&session);
    page.show();
    EvidenceLogPanel* panel = page.eventLogPanel();
    panel->readFile(fixture(QStringLiteral("rasclient-saveas.xml")));
    QVERIFY(panel->isReading() || !session.logs().empty());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isReading(), 20000);
    QCOMPARE(session.logs().size(), std::size_t(1));
    const QStringList texts = itemTexts(panel);
    QVERIFY2(!texts.isEmpty(), "nothing recognised");
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("792")), qPrintable(texts.join('\n')));
    // The error from RasClient 20227 is picked on the page.
    QCOMPARE(session.errorCode(), 792);
    QVERIFY(page.isComplete());
}

void TestEvidenceLogPanel::firewallLogAloneGivesAVerdict()
{
    DiagnosisSession session;
    CapturePage page(&session);
    page.show();
    QVERIFY(!page.isComplete());
    EvidenceLogPanel* panel = page.firewallLogPanel();
    panel->readFile(fixture(QStringLiteral("firewall-tmg-spaces.w3c")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isReading(), 20000);
    const QStringList texts = itemTexts(panel);
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("0xC0040013"), Qt::CaseInsensitive),
             qPrintable(texts.join('\n')));
    // No capture: the session's result comes from the log alone, as `analyze --evidence` without one.
    const SharedAnalysisResult result = session.result(DiagnosisSession::Run::Before);
    QVERIFY(result);
    QVERIFY(result->verdictFromLogs);
    QVERIFY(result->corroboration.has_value());
    QCOMPARE(result->packets, decltype(result->packets)(0));
    QCOMPARE(verdictCodeKey(result->verdict.code), QStringLiteral("fragments-dropped-at-server"));
    QVERIFY(page.isComplete());
}

void TestEvidenceLogPanel::firewallLogJoinsTheCaptureVerdict()
{
    DiagnosisSession session;
    CapturePage page(&session);
    page.show();
    auto* capture = page.findChild<CapturePanel*>();
    QVERIFY(capture);
    capture->analyzeFile(
        QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/sample-blocked-at-server.pcapng"));
    QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 20000);
    const auto verdictText = [&page] {
        QString all;
        for (const QLabel* label : page.findChildren<QLabel*>())
            if (label->isVisible())
                all += label->text() + QLatin1Char('\n');
        return all;
    };
    QVERIFY(!verdictText().contains(QLatin1String("Windows logs:")));
    // The firewall log read after the capture is listed beside the capture's verdict, which still
    // comes from the packets.
    EvidenceLogPanel* panel = page.firewallLogPanel();
    panel->readFile(fixture(QStringLiteral("firewall-tmg-spaces.w3c")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isReading(), 20000);
    const SharedAnalysisResult result = session.result(DiagnosisSession::Run::Before);
    QVERIFY(result && result->corroboration && result->packets > 0 && !result->verdictFromLogs);
    const QString shown = verdictText();
    QVERIFY2(shown.contains(QLatin1String("Windows logs:")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("0xC0040013"), Qt::CaseInsensitive), qPrintable(shown));
}

void TestEvidenceLogPanel::bigLogCancelledMidway()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.w3c"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#Software: Microsoft Internet Security and Acceleration Server 2006\n#Version: 1.0\n"
                "#Fields: computer date time IP protocol source destination action status\n");
        QByteArray chunk;
        const QByteArray row = "ISA01 2011-03-01 08:15:05 UDP 203.0.113.20:1025 198.51.100.7:80 Denied 0x0\n";
        while (chunk.size() < (1 << 20))
            chunk += row;
        for (int i = 0; i < 300; ++i) // 300 MB: long enough to see progress before the end
            QVERIFY(f.write(chunk) == chunk.size());
    }
    DiagnosisSession session;
    CapturePage page(&session);
    page.show();
    EvidenceLogPanel* panel = page.firewallLogPanel();
    auto* progress = panel->findChild<QProgressBar*>(QStringLiteral("logProgress"));
    auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("cancelLogButton"));
    QVERIFY(progress && cancel);
    panel->readFile(path);
    QVERIFY(panel->isReading());
    QVERIFY(!page.isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    QVERIFY(panel->isReading());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isReading(), 30000);
    QCOMPARE(session.logs().size(), std::size_t(1));
    QVERIFY(session.logs().front().cancelled);
    QVERIFY(progress->isVisible());
    QVERIFY(progress->value() > 0 && progress->value() < 1000);
    const auto* status = panel->findChild<QLabel*>(QStringLiteral("logStatus"));
    QVERIFY(status && !status->text().isEmpty());
}

void TestEvidenceLogPanel::openRoutesLogsByContent()
{
    TroubleshootWizard wizard;
    wizard.show();
    // A firewall log named like a capture still goes to the capture page's log reader.
    QTemporaryDir dir;
    const QString disguised = dir.filePath(QStringLiteral("server.pcap"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("firewall-isa2004-tabs.w3c")), disguised));
    QVERIFY(wizard.openCaptureFile(disguised));
    QCOMPARE(wizard.currentId(), int(TroubleshootWizard::CapturePage));
    auto* capture = qobject_cast<CapturePage*>(wizard.page(TroubleshootWizard::CapturePage));
    QTRY_VERIFY_WITH_TIMEOUT(!capture->firewallLogPanel()->isReading(), 20000);
    QCOMPARE(wizard.session()->logs().size(), std::size_t(1));

    TroubleshootWizard second;
    second.show();
    QVERIFY(second.openCaptureFile(fixture(QStringLiteral("wevtutil-de.txt"))));
    QCOMPARE(second.currentId(), int(TroubleshootWizard::SymptomPage));
    auto* symptom = qobject_cast<SymptomPage*>(second.page(TroubleshootWizard::SymptomPage));
    QTRY_VERIFY_WITH_TIMEOUT(!symptom->eventLogPanel()->isReading(), 20000);
    QCOMPARE(second.session()->logs().size(), std::size_t(1));
    QVERIFY(!itemTexts(symptom->eventLogPanel()).isEmpty());
}

QTEST_MAIN(TestEvidenceLogPanel)
#include "TestEvidenceLogPanel.moc"
