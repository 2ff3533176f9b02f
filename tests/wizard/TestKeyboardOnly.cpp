// SPDX-License-Identifier: GPL-3.0-or-later
// From the Symptom page to an exported report with the keyboard only: Tab to move, arrows
// in lists, combo boxes, radio groups, the console tree and tab bars, Space to press, Alt+N
// for Next. Key events always go to the widget that has focus, as they would from a real
// keyboard; nothing is clicked and no widget is set directly. A mnemonic (Alt+N) animates
// its button's click for about 100 ms, hence QTRY_COMPARE after each. The captures are the bundled
// samples (resources/samples), so no live traffic is needed.
#include "DiagnosisSession.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "mimic/ConsoleMimic.h"
#include "mimic/ConsoleMimicView.h"
#include "mimic/IpPreferencesDialogMimic.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using Page = TroubleshootWizard::PageId;

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private slots:
    void fromSymptomToReport();

private:
    /** Presses @p key (with @p modifiers) on whatever has focus. */
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /** Presses Tab until @p target has focus; false when it is never reached. */
    static bool tabTo(QWidget* target);
    /** Arrow @p key until @p done holds or the focused control stops changing. */
    static bool arrowUntil(int key, const std::function<bool()>& done);
    /** Picks the entry of the focused combo box whose data satisfies @p match, with Home and Down. */
    static bool chooseInCombo(QComboBox* combo, const std::function<bool(const QVariant&)>& match);
    /** Opens the bundled sample @p fileName on @p page by keyboard and waits for the verdict. */
    static bool openSample(QWidget* page, const QString& fileName);
    /** Performs the console mimic's next step by keyboard. */
    static bool keyNextStep(ConsoleMimic* mimic);
};

void TestKeyboardOnly::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "no widget has keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

bool TestKeyboardOnly::tabTo(QWidget* target)
{
    for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i) {
        if (!QApplication::focusWidget())
            return false;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

bool TestKeyboardOnly::arrowUntil(int key, const std::function<bool()>& done)
{
    for (int i = 0; i < 60 && !done(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
    return done();
}

bool TestKeyboardOnly::chooseInCombo(QComboBox* combo, const std::function<bool(const QVariant&)>& match)
{
    if (!tabTo(combo))
        return false;
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !match(combo->currentData()); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return match(combo->currentData());
}

bool TestKeyboardOnly::openSample(QWidget* page, const QString& fileName)
{
    auto* samples = page->findChild<QComboBox*>(QStringLiteral("sampleCombo"));
    auto* open = page->findChild<QPushButton*>(QStringLiteral("openSampleButton"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("captureStatus"));
    if (!samples || !open || !status)
        return false;
    if (!chooseInCombo(samples, [&](const QVariant& d) { return d.toString().endsWith(fileName); }))
        return false;
    if (!tabTo(open))
        return false;
    QTest::keyClick(open, Qt::Key_Space);
    // Done when the panel says so ("Done: n packets analysed"), or failed with a message.
    return QTest::qWaitFor([open] { return open->isEnabled(); }, 20000) && !status->text().isEmpty();
}

bool TestKeyboardOnly::keyNextStep(ConsoleMimic* mimic)
{
    const ConsoleStep step = mimic->script().steps[mimic->currentStep()];
    const int before = mimic->currentStep();
    switch (step.target) {
    case MimicTarget::TreeNode: {
        QTreeWidget* tree = mimic->tree();
        QTreeWidgetItem* target = mimic->treeItem(step.key);
        if (!target || !tabTo(tree))
            return false;
        // Down (or Up) through the visible nodes; passing over a node is not a wrong answer.
        const int key = tree->currentItem() && tree->visualItemRect(target).top() <
                                                   tree->visualItemRect(tree->currentItem()).top()
                            ? Qt::Key_Up
                            : Qt::Key_Down;
        if (!tree->currentItem())
            QTest::keyClick(tree, Qt::Key_Home);
        arrowUntil(key, [&] { return mimic->currentStep() != before; });
        break;
    }
    case MimicTarget::DetailsTab:
    case MimicTarget::DialogTab: {
        QTabWidget* tabs = step.target == MimicTarget::DialogTab
                               ? mimic->dialog()->tabs()
                               : mimic->findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
        if (!tabs || !tabTo(tabs->tabBar()))
            return false;
        arrowUntil(Qt::Key_Right, [&] { return mimic->currentStep() != before; });
        break;
    }
    case MimicTarget::Link: {
        auto* link = mimic->findChild<QPushButton*>(
            QStringLiteral("mimicLink:%1").arg(QLatin1String(mimic->script().link)));
        if (!link || !tabTo(link))
            return false;
        press(Qt::Key_Space);
        break;
    }
    case MimicTarget::FragmentCheckbox:
        if (!mimic->dialog() || !tabTo(mimic->dialog()->fragmentCheckbox()))
            return false;
        press(Qt::Key_Space);
        break;
    case MimicTarget::DialogOk:
        if (!mimic->dialog() || !tabTo(mimic->dialog()->okButton()))
            return false;
        press(Qt::Key_Space);
        break;
    case MimicTarget::ApplyButton:
        if (!tabTo(mimic->findChild<QPushButton*>(QStringLiteral("applyButton"))))
            return false;
        press(Qt::Key_Space);
        break;
    case MimicTarget::SaveOk:
        if (!tabTo(mimic->findChild<QPushButton*>(QStringLiteral("saveOkButton"))))
            return false;
        press(Qt::Key_Space);
        break;
    }
    return mimic->currentStep() == before + 1;
}

void TestKeyboardOnly::fromSymptomToReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TroubleshootWizard w;
    w.resize(1000, 780);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    DiagnosisSession* session = w.session();

    // 1. Symptom: the error list, by arrows.
    QCOMPARE(w.currentId(), int(Page::SymptomPage));
    auto* errors = w.currentPage()->findChild<QListWidget*>(QStringLiteral("errorList"));
    QVERIFY(tabTo(errors));
    // Focus alone selects nothing; moving does (Down, then Home back to the top).
    press(Qt::Key_Down);
    press(Qt::Key_Home);
    QVERIFY(arrowUntil(Qt::Key_Down, [&] { return session->errorCode() == 792; }));
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.currentId(), int(Page::EnvironmentPage));

    // 2. Environment: product by arrows, name by typing, protocol and authentication by arrows.
    QWidget* page = w.currentPage();
    QVERIFY(chooseInCombo(page->findChild<QComboBox*>(QStringLiteral("productCombo")),
                          [](const QVariant& d) { return d.toInt() == int(ServerProduct::TmgMbe); }));
    QCOMPARE(session->product(), ServerProduct::TmgMbe);
    QVERIFY(tabTo(page->findChild<QLineEdit*>(QStringLiteral("serverNameEdit"))));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("SBS-GW01"));
    QCOMPARE(session->serverName(), QStringLiteral("SBS-GW01"));
    // The checked radio button of a group is its Tab stop; arrows move the choice.
    QVERIFY(tabTo(page->findChild<QRadioButton*>(QStringLiteral("protocolL2tp"))));
    press(Qt::Key_Right);
    QCOMPARE(session->protocol(), VpnProtocol::Pptp);
    press(Qt::Key_Left);
    QCOMPARE(session->protocol(), VpnProtocol::L2tpIpsec);
    QVERIFY(tabTo(page->findChild<QRadioButton*>(QStringLiteral("authCertificates"))));
    press(Qt::Key_Right);
    QCOMPARE(session->authentication(), IkeAuthentication::PreSharedKey);
    press(Qt::Key_Left);
    QCOMPARE(session->authentication(), IkeAuthentication::Certificates);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.currentId(), int(Page::CausePage));

    // 3. Cause: nothing to answer; Return presses the default button, Next.
    press(Qt::Key_Return);
    QTRY_COMPARE(w.currentId(), int(Page::CapturePage));

    // 4. Capture: a bundled sample where the server drops the fragments.
    QVERIFY(openSample(w.currentPage(), QStringLiteral("sample-blocked-at-server.pcapng")));
    QVERIFY(session->result(DiagnosisSession::Run::Before));
    QCOMPARE(session->result(DiagnosisSession::Run::Before)->verdict.code,
             VerdictCode::FragmentsDroppedAtServer);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.currentId(), int(Page::ResolutionPage));

    // 5. Resolution: every step of the console mimic by keyboard, without a wrong answer.
    auto* mimic = w.currentPage()->findChild<ConsoleMimic*>();
    QVERIFY(mimic);
    for (int guard = 0; guard < 30 && !mimic->isCompleted(); ++guard) {
        const int step = mimic->currentStep();
        QVERIFY2(keyNextStep(mimic), qPrintable(QStringLiteral("step %1: %2 (hint: %3)")
                                                    .arg(step)
                                                    .arg(mimic->script().instruction(step))
                                                    .arg(mimic->lastHint())));
    }
    QVERIFY(mimic->isCompleted());
    QCOMPARE(mimic->wrongClicks(), 0);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.currentId(), int(Page::VerifyPage));

    // 6. Verify: the sample where the fragments pass.
    QVERIFY(openSample(w.currentPage(), QStringLiteral("sample-fragments-pass.pcapng")));
    QVERIFY(session->result(DiagnosisSession::Run::After));
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.currentId(), int(Page::ReportPage));

    // 7. Report: a folder typed in, Export by its mnemonic.
    page = w.currentPage();
    QVERIFY(tabTo(page->findChild<QLineEdit*>(QStringLiteral("folderEdit"))));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), dir.path());
    press(Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(QDir(dir.path()).entryList({QStringLiteral("*.html"), QStringLiteral("*.json")}).size(), 2);
}

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
