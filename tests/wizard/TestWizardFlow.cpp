// SPDX-License-Identifier: GPL-3.0-or-later
// Page flow: every product, every verdict, look-alike errors, PPTP/SSTP, Back keeps state, --open and drop.
#include "CaptureFixtures.h"
#include "DiagnosisSession.h"
#include "FindingText.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "mimic/ConsoleMimic.h"
#include "pages/CapturePage.h"
#include "widgets/CapturePanel.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using Page = TroubleshootWizard::PageId;

class TestWizardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyProductFromSymptomToReport_data();
    void everyProductFromSymptomToReport();
    void everyVerdictBranches_data();
    void everyVerdictBranches();
    void lookAlikeErrorEndsElsewhere_data();
    void lookAlikeErrorEndsElsewhere();
    void pptpAndSstpEndElsewhere();
    void nextIsGatedUntilAnswered();
    void backKeepsState();
    void openCaptureFileShowsVerdictFirst();
    void openCaptureFileWithoutFragmentsEndsAtReport();
    void preSharedKeyCaptureIsPrefilled();
    void droppedFileRestartsOnItsVerdict();

private:
    std::unique_ptr<TroubleshootWizard> newWizard();
    /** FRAG792_SCREENSHOT_DIR=dir keeps an image of @p w, to look at. */
    static void saveIfAsked(QWidget& w, const QString& name);
    void walkToCapture(TroubleshootWizard& w, ServerProduct product, const QString& array = {});
    QTemporaryDir m_dir;
    QHash<int, QString> m_fixtures;
};

void TestWizardFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (VerdictCode code : CaptureFixtures::allVerdicts()) {
        const QString path = CaptureFixtures::write(code, m_dir.path());
        QVERIFY(!path.isEmpty());
        m_fixtures.insert(int(code), path);
    }
}

void TestWizardFlow::saveIfAsked(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("FRAG792_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

std::unique_ptr<TroubleshootWizard> TestWizardFlow::newWizard()
{
    auto w = std::make_unique<TroubleshootWizard>();
    w->resize(1000, 760);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void TestWizardFlow::walkToCapture(TroubleshootWizard& w, ServerProduct product, const QString& array)
{
    QCOMPARE(w.currentId(), int(Page::SymptomPage));
    QVERIFY(WizardDriver::chooseError(w, 792));
    w.next();
    QCOMPARE(w.currentId(), int(Page::EnvironmentPage));
    QVERIFY(WizardDriver::describeServer(w, product, QStringLiteral("ISA01"), array));
    w.next();
    QCOMPARE(w.currentId(), int(Page::CausePage));
    QVERIFY(w.currentPage()->findChild<QWidget*>(QStringLiteral("fragmentDiagram")));
    w.next();
    QCOMPARE(w.currentId(), int(Page::CapturePage));
}

void TestWizardFlow::everyProductFromSymptomToReport_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<QString>("array");
    QTest::newRow("ISA 2004") << int(ServerProduct::Isa2004) << QString();
    QTest::newRow("ISA 2006 Standard") << int(ServerProduct::Isa2006Standard) << QString();
    QTest::newRow("ISA 2006 Enterprise")
        << int(ServerProduct::Isa2006Enterprise) << QStringLiteral("Main Array");
    QTest::newRow("TMG MBE") << int(ServerProduct::TmgMbe) << QString();
    QTest::newRow("TMG 2010") << int(ServerProduct::Tmg2010) << QString();
}

void TestWizardFlow::everyProductFromSymptomToReport()
{
    QFETCH(int, product);
    QFETCH(QString, array);
    auto w = newWizard();
    QVERIFY(w);
    walkToCapture(*w, ServerProduct(product), array);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(WizardDriver::analyzeOnCurrentPage(*w, m_fixtures[int(VerdictCode::FragmentsDroppedAtServer)]));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    QCOMPARE(w->currentId(), int(Page::ResolutionPage));

    auto* mimic = w->currentPage()->findChild<ConsoleMimic*>();
    QVERIFY(mimic);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    // The typed names appear in the console tree.
    const QString nameKey = array.isEmpty() ? QStringLiteral("server") : QStringLiteral("array");
    QVERIFY(mimic->treeItem(nameKey));
    QVERIFY(mimic->treeItem(nameKey)->text(0).contains(array.isEmpty() ? QStringLiteral("ISA01") : array));
    QVERIFY(WizardDriver::clickThrough(mimic));
    QCOMPARE(mimic->wrongClicks(), 0);
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    QCOMPARE(w->currentId(), int(Page::VerifyPage));
    QVERIFY(WizardDriver::analyzeOnCurrentPage(*w, m_fixtures[int(VerdictCode::NegotiationCompleted)]));
    auto* outcome = w->currentPage()->findChild<QLabel*>(QStringLiteral("verifyOutcome"));
    QVERIFY(outcome->isVisible());
    QVERIFY(outcome->text().contains(QStringLiteral("Case closed")));
    w->next();
    QCOMPARE(w->currentId(), int(Page::ReportPage));
    QVERIFY(w->session()->result(DiagnosisSession::Run::After));
    QCOMPARE(w->nextId(), -1);
}

void TestWizardFlow::everyVerdictBranches_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("expectedPage");
    for (VerdictCode code : CaptureFixtures::allVerdicts()) {
        const bool resolution =
            code == VerdictCode::FragmentsDroppedAtServer || code == VerdictCode::FragmentsUnanswered;
        QTest::newRow(qPrintable(verdictCodeKey(code)))
            << int(code) << int(resolution ? Page::ResolutionPage : Page::ReportPage);
    }
}

void TestWizardFlow::everyVerdictBranches()
{
    QFETCH(int, verdict);
    QFETCH(int, expectedPage);
    auto w = newWizard();
    QVERIFY(w);
    walkToCapture(*w, ServerProduct::TmgMbe);
    QVERIFY(WizardDriver::analyzeOnCurrentPage(*w, m_fixtures[verdict]));
    QCOMPARE(int(w->session()->result(DiagnosisSession::Run::Before)->verdict.code), verdict);
    auto* title = w->currentPage()->findChild<QLabel*>(QStringLiteral("verdictTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), verdictTitleText(VerdictCode(verdict)).toHtmlEscaped());
    auto* advice = w->currentPage()->findChild<QLabel*>(QStringLiteral("captureAdvice"));
    QVERIFY(advice->isVisible() && !advice->text().isEmpty());
    if (VerdictCode(verdict) != VerdictCode::NoIkeTraffic)
        QVERIFY(w->currentPage()->findChild<QTableWidget*>(QStringLiteral("timelineTable"))->rowCount() > 0);
    w->next();
    QCOMPARE(w->currentId(), expectedPage);
    if (expectedPage == int(Page::ReportPage)) {
        auto* summary = w->currentPage()->findChild<QLabel*>(QStringLiteral("reportSummary"));
        QVERIFY(summary->text().contains(verdictTitleText(VerdictCode(verdict)).toHtmlEscaped()));
    }
}

void TestWizardFlow::lookAlikeErrorEndsElsewhere_data()
{
    QTest::addColumn<int>("code");
    for (int code :
         {691, 766, 781, 786, 787, 788, 789, 790, 791, 793, 800, 809, 812, 13801, 13805, 13806, 13813, 13868})
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TestWizardFlow::lookAlikeErrorEndsElsewhere()
{
    QFETCH(int, code);
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(WizardDriver::chooseError(*w, code));
    auto* details = w->currentPage()->findChild<QLabel*>(QStringLiteral("errorDetailsLabel"));
    QVERIFY(details->text().contains(QString::number(code)));
    w->next();
    QCOMPARE(w->currentId(), int(Page::ElsewherePage));
    QVERIFY(w->currentPage()->title().contains(QString::number(code)));
    auto* body = w->currentPage()->findChild<QLabel*>(QStringLiteral("elsewhereBody"));
    QVERIFY(body->text().contains(QStringLiteral("Where to look instead")));
    QCOMPARE(w->nextId(), -1);
    QVERIFY(w->button(QWizard::FinishButton)->isVisible());
    w->back();
    QCOMPARE(w->currentId(), int(Page::SymptomPage));
    QCOMPARE(w->session()->errorCode(), code);
}

void TestWizardFlow::pptpAndSstpEndElsewhere()
{
    for (VpnProtocol protocol : {VpnProtocol::Pptp, VpnProtocol::Sstp}) {
        auto w = newWizard();
        QVERIFY(w);
        QVERIFY(WizardDriver::chooseError(*w, 792));
        w->next();
        QVERIFY(
            WizardDriver::describeServer(*w, ServerProduct::Isa2004, QStringLiteral("ISA01"), {}, protocol));
        auto* note = w->currentPage()->findChild<QLabel*>(QStringLiteral("protocolNote"));
        QVERIFY(note->text().contains(QStringLiteral("does not apply")));
        w->next();
        QCOMPARE(w->currentId(), int(Page::ElsewherePage));
        QVERIFY(w->currentPage()->title().contains(protocol == VpnProtocol::Pptp ? QStringLiteral("PPTP")
                                                                                 : QStringLiteral("SSTP")));
    }
}

void TestWizardFlow::nextIsGatedUntilAnswered()
{
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(WizardDriver::chooseError(*w, 792));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    // No product chosen yet.
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(WizardDriver::describeServer(*w, ServerProduct::Isa2006Standard, QStringLiteral("GW")));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    // The PSK remark appears with a pre-shared key.
    WizardDriver::click(w->currentPage()->findChild<QRadioButton*>(QStringLiteral("authPsk")));
    QVERIFY(w->currentPage()
                ->findChild<QLabel*>(QStringLiteral("authenticationNote"))
                ->text()
                .contains(QStringLiteral("pre-shared key")));
}

void TestWizardFlow::backKeepsState()
{
    auto w = newWizard();
    QVERIFY(w);
    walkToCapture(*w, ServerProduct::Isa2006Enterprise, QStringLiteral("Edge"));
    QVERIFY(WizardDriver::analyzeOnCurrentPage(*w, m_fixtures[int(VerdictCode::FragmentsDroppedAtServer)]));
    w->next();
    QCOMPARE(w->currentId(), int(Page::ResolutionPage));
    auto* mimic = w->currentPage()->findChild<ConsoleMimic*>();
    QVERIFY(WizardDriver::clickNextStep(mimic));
    QVERIFY(WizardDriver::clickNextStep(mimic));
    QCOMPARE(mimic->currentStep(), 2);

    w->back(); // capture
    QCOMPARE(w->currentId(), int(Page::CapturePage));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(w->currentPage()->findChild<QLabel*>(QStringLiteral("verdictTitle"))->text(),
             verdictTitleText(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped());
    w->back(); // cause
    w->back(); // environment
    QCOMPARE(w->currentId(), int(Page::EnvironmentPage));
    auto* combo = w->currentPage()->findChild<QComboBox*>(QStringLiteral("productCombo"));
    QCOMPARE(combo->currentData().toInt(), int(ServerProduct::Isa2006Enterprise));
    QCOMPARE(w->currentPage()->findChild<QLineEdit*>(QStringLiteral("serverNameEdit"))->text(),
             QStringLiteral("ISA01"));
    QCOMPARE(w->currentPage()->findChild<QLineEdit*>(QStringLiteral("arrayNameEdit"))->text(),
             QStringLiteral("Edge"));
    w->back(); // symptom
    auto* list = w->currentPage()->findChild<QListWidget*>(QStringLiteral("errorList"));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toInt(), 792);

    // Forward again: the verdict and the mimic's progress are still there.
    w->next();
    w->next();
    w->next();
    QCOMPARE(w->currentId(), int(Page::CapturePage));
    QVERIFY(w->session()->result(DiagnosisSession::Run::Before));
    w->next();
    QCOMPARE(w->currentId(), int(Page::ResolutionPage));
    QCOMPARE(w->currentPage()->findChild<ConsoleMimic*>()->currentStep(), 2);
}

void TestWizardFlow::openCaptureFileShowsVerdictFirst()
{
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(w->openCaptureFile(m_fixtures[int(VerdictCode::FragmentsDroppedAtServer)]));
    // The verdict for the file comes first; 792 is picked behind the scenes.
    QCOMPARE(w->currentId(), int(Page::CapturePage));
    QCOMPARE(w->session()->errorCode(), 792);
    auto* page = qobject_cast<CapturePage*>(w->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(
        w->session()->result(DiagnosisSession::Run::Before) != nullptr && !page->panel()->isRunning(), 20000);
    QCOMPARE(w->session()->result(DiagnosisSession::Run::Before)->verdict.code,
             VerdictCode::FragmentsDroppedAtServer);
    saveIfAsked(*w, QStringLiteral("open-file-verdict"));
    // Then the questions, with what the capture shows already answered: IKEv1 means L2TP/IPsec,
    // the CERTREQ in Main Mode 3/4 means certificates.
    w->next();
    QCOMPARE(w->currentId(), int(Page::EnvironmentPage));
    auto* note = w->currentPage()->findChild<QLabel*>(QStringLiteral("captureHintNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(w->currentPage()->findChild<QRadioButton*>(QStringLiteral("protocolL2tp"))->isChecked());
    QVERIFY(w->currentPage()->findChild<QRadioButton*>(QStringLiteral("authCertificates"))->isChecked());
    QCOMPARE(w->session()->authentication(), IkeAuthentication::Certificates);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // the product is still the technician's answer
    auto* combo = w->currentPage()->findChild<QComboBox*>(QStringLiteral("productCombo"));
    QVERIFY(WizardDriver::chooseByData(combo, int(ServerProduct::Isa2004)));
    saveIfAsked(*w, QStringLiteral("open-file-environment"));
    w->next();
    // The cause page and the capture are behind us: straight to the console change.
    QCOMPARE(w->currentId(), int(Page::ResolutionPage));
    // The firewall owner's question has its own tab, with sources.
    auto* tabs = w->currentPage()->findChild<QTabWidget*>(QStringLiteral("resolutionTabs"));
    QVERIFY(tabs);
    auto* answers = w->currentPage()->findChild<QTextBrowser*>(QStringLiteral("securityAnswers"));
    QVERIFY(answers && answers->toHtml().contains(QLatin1String("2743314")));
    tabs->setCurrentWidget(answers);
    saveIfAsked(*w, QStringLiteral("resolution-security"));
}

void TestWizardFlow::openCaptureFileWithoutFragmentsEndsAtReport()
{
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(w->openCaptureFile(m_fixtures[int(VerdictCode::NegotiationCompleted)]));
    auto* page = qobject_cast<CapturePage*>(w->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(
        w->session()->result(DiagnosisSession::Run::Before) != nullptr && !page->panel()->isRunning(), 20000);
    w->next();
    QCOMPARE(w->currentId(), int(Page::EnvironmentPage));
    QVERIFY(WizardDriver::describeServer(*w, ServerProduct::Tmg2010, QStringLiteral("TMG01")));
    w->next();
    QCOMPARE(w->currentId(), int(Page::ReportPage));
}

void TestWizardFlow::preSharedKeyCaptureIsPrefilled()
{
    // The lab sample negotiated with a pre-shared key: Main Mode 4 passed without a CERTREQ.
    const QString sample = QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/lab-psk-server.pcapng");
    QVERIFY(QFile::exists(sample));
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(w->openCaptureFile(sample));
    auto* page = qobject_cast<CapturePage*>(w->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(
        w->session()->result(DiagnosisSession::Run::Before) != nullptr && !page->panel()->isRunning(), 20000);
    w->next();
    QCOMPARE(w->currentId(), int(Page::EnvironmentPage));
    QVERIFY(w->currentPage()->findChild<QRadioButton*>(QStringLiteral("authPsk"))->isChecked());
    QCOMPARE(w->session()->authentication(), IkeAuthentication::PreSharedKey);
}

void TestWizardFlow::droppedFileRestartsOnItsVerdict()
{
    auto w = newWizard();
    QVERIFY(w);
    // Halfway through the usual order, a file is dropped on the window.
    QVERIFY(WizardDriver::chooseError(*w, 792));
    w->next();
    QCOMPARE(w->currentId(), int(Page::EnvironmentPage));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_fixtures[int(VerdictCode::FragmentsLostBeforeServer)])});
    const QPoint at = w->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(w->currentId(), int(Page::CapturePage));
    auto* page = qobject_cast<CapturePage*>(w->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(
        w->session()->result(DiagnosisSession::Run::Before) != nullptr && !page->panel()->isRunning(), 20000);
    QCOMPARE(w->session()->result(DiagnosisSession::Run::Before)->verdict.code,
             VerdictCode::FragmentsLostBeforeServer);

    // A web address or two files are not a capture to open.
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/a.pcap"))});
    QDragEnterEvent refused(at, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(w.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestWizardFlow)
#include "TestWizardFlow.moc"
