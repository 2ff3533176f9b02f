// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen-reader user hears and a keyboard user reaches, on every page and every
// console mimic: each interactive control in the QAccessible tree has a name, the controls
// a picture or a table stands for have a description, and Tab follows reading order.
#include "AccessibilityAudit.h"
#include "CaptureFixtures.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "mimic/ConsoleMimic.h"
#include "mimic/ConsoleScript.h"
#include "mimic/IpPreferencesDialogMimic.h"
#include "mimic/MimicWindowFrame.h"
#include "pages/CapturePage.h"
#include "pages/ReportPage.h"
#include "widgets/CapturePanel.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using Page = TroubleshootWizard::PageId;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageNamesItsControls();
    void everyConsoleMimicNamesItsControls_data();
    void everyConsoleMimicNamesItsControls();
    void picturesAndTablesAreDescribed();
    void tabFollowsReadingOrderOnEveryPage();
    void tabFollowsReadingOrderInTheMimic_data();
    void tabFollowsReadingOrderInTheMimic();
    void theAuditFindsAnUnnamedControl();

private:
    std::unique_ptr<TroubleshootWizard> newWizard();
    /** A console mimic for @p product in a window of its own, shown and active. */
    std::unique_ptr<ConsoleMimic> newMimic(ServerProduct product);
    /** Checks the window's names now; @p state says where the wizard is, for the message. */
    void checkNames(QWidget* window, const QString& state);
    void checkFocus(QWidget* scope, const QString& state);
    /** Walks the wizard from Symptom to Report on the fixtures, calling @p check at each state. */
    void walk(TroubleshootWizard& w, const std::function<void(const QString&)>& check);

    QTemporaryDir m_dir;
    QString m_blocked;
    QString m_passes;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_blocked = CaptureFixtures::write(VerdictCode::FragmentsDroppedAtServer, m_dir.path());
    m_passes = CaptureFixtures::write(VerdictCode::NegotiationCompleted, m_dir.path());
    QVERIFY(!m_blocked.isEmpty() && !m_passes.isEmpty());
}

std::unique_ptr<TroubleshootWizard> TestAccessibility::newWizard()
{
    auto w = std::make_unique<TroubleshootWizard>();
    w->resize(1000, 780);
    w->show();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        return nullptr;
    return w;
}

std::unique_ptr<ConsoleMimic> TestAccessibility::newMimic(ServerProduct product)
{
    auto mimic = std::make_unique<ConsoleMimic>();
    mimic->resize(1000, 600);
    mimic->setScript(
        ConsoleScript::forProduct(product, QStringLiteral("ISA01"), QStringLiteral("Main Array")));
    mimic->show();
    QApplication::setActiveWindow(mimic.get());
    if (!QTest::qWaitForWindowActive(mimic.get()))
        return nullptr;
    return mimic;
}

void TestAccessibility::checkNames(QWidget* window, const QString& state)
{
    if (QTest::currentTestFailed())
        return; // the first failure says it; the walk goes on only to reach its end
    const QStringList unnamed = AccessibilityAudit::unnamedControls(window);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(state + QStringLiteral(":\n  ") + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::checkFocus(QWidget* scope, const QString& state)
{
    if (QTest::currentTestFailed())
        return;
    QStringList visited;
    const QStringList problems = AccessibilityAudit::focusOrderProblems(scope, &visited);
    QVERIFY2(problems.isEmpty(),
             qPrintable(state + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  ")) +
                        QStringLiteral("\n  Tab stops: ") + visited.join(QStringLiteral(" -> "))));
}

void TestAccessibility::walk(TroubleshootWizard& w, const std::function<void(const QString&)>& check)
{
    // A look-alike error first: its page is a dead end with its own controls.
    QVERIFY(WizardDriver::chooseError(w, 809));
    w.next();
    QCOMPARE(w.currentId(), int(Page::ElsewherePage));
    check(QStringLiteral("Elsewhere page (809)"));
    w.back();
    QVERIFY(WizardDriver::chooseError(w, 792));
    check(QStringLiteral("Symptom page"));
    w.next();
    // The Enterprise Edition shows the array field as well.
    QVERIFY(WizardDriver::describeServer(w, ServerProduct::Isa2006Enterprise, QStringLiteral("ISA01"),
                                         QStringLiteral("Main Array")));
    check(QStringLiteral("Environment page"));
    w.next();
    check(QStringLiteral("Cause page"));
    w.next();
    QCOMPARE(w.currentId(), int(Page::CapturePage));
    auto* capture = qobject_cast<CapturePage*>(w.currentPage());
    capture->panel()->setLiveCaptureAllowed(false);
    check(QStringLiteral("Capture page without capture permission"));
    capture->panel()->setLiveCaptureAllowed(true);
    QVERIFY(WizardDriver::analyzeOnCurrentPage(w, m_blocked));
    check(QStringLiteral("Capture page with a verdict"));
    w.next();
    QCOMPARE(w.currentId(), int(Page::ResolutionPage));
    check(QStringLiteral("Resolution page"));
    auto* mimic = w.currentPage()->findChild<ConsoleMimic*>();
    QVERIFY(WizardDriver::clickThrough(mimic));
    check(QStringLiteral("Resolution page, change made"));
    w.next();
    QCOMPARE(w.currentId(), int(Page::VerifyPage));
    QVERIFY(WizardDriver::analyzeOnCurrentPage(w, m_passes));
    check(QStringLiteral("Verify page with a verdict"));
    w.next();
    QCOMPARE(w.currentId(), int(Page::ReportPage));
    auto* report = qobject_cast<ReportPage*>(w.currentPage());
    // A folder of its own per walk: an existing report would stop at the replace question.
    static int walks = 0;
    report->findChild<QLineEdit*>(QStringLiteral("folderEdit"))
        ->setText(m_dir.filePath(QStringLiteral("report-%1").arg(++walks)));
    report->exportFiles();
    check(QStringLiteral("Report page after export"));
}

void TestAccessibility::everyPageNamesItsControls()
{
    auto w = newWizard();
    QVERIFY(w);
    walk(*w, [this, &w](const QString& state) { checkNames(w.get(), state); });
}

void TestAccessibility::everyConsoleMimicNamesItsControls_data()
{
    QTest::addColumn<int>("product");
    for (ServerProduct p : allServerProducts())
        QTest::newRow(qPrintable(serverProductKey(p))) << int(p);
}

void TestAccessibility::everyConsoleMimicNamesItsControls()
{
    QFETCH(int, product);
    auto owned = newMimic(ServerProduct(product));
    QVERIFY(owned);
    ConsoleMimic& mimic = *owned;
    // Every step shows other widgets (details page, dialog, apply bar, save dialog).
    for (int guard = 0; guard < 30; ++guard) {
        checkNames(&mimic, QStringLiteral("step %1").arg(mimic.currentStep()));
        if (QTest::currentTestFailed() || mimic.isCompleted())
            break;
        QVERIFY(WizardDriver::clickNextStep(&mimic));
    }
    QVERIFY(mimic.isCompleted());
}

void TestAccessibility::picturesAndTablesAreDescribed()
{
    // A name says what a control is; these also need a description of what they show or do,
    // because a picture, a table of messages or a practice console is not self-explaining.
    auto w = newWizard();
    QVERIFY(w);
    QVERIFY(WizardDriver::chooseError(*w, 792));
    w->next();
    QVERIFY(WizardDriver::describeServer(*w, ServerProduct::TmgMbe, QStringLiteral("ISA01")));
    w->next();
    w->next();
    QVERIFY(WizardDriver::analyzeOnCurrentPage(*w, m_blocked));
    w->next();
    const char* described[] = {"errorList",     "fragmentDiagram", "fragmentChartView",
                               "timelineTable", "vantageCombo",    "skipCaptureCheck",
                               "consoleTree",   "changeMadeCheck", "redactCheck"};
    for (const char* name : described) {
        auto* widget = w->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(iface, name);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), name);
        QVERIFY2(!iface->text(QAccessible::Description).trimmed().isEmpty(), name);
    }
}

void TestAccessibility::tabFollowsReadingOrderOnEveryPage()
{
    auto w = newWizard();
    QVERIFY(w);
    walk(*w, [this, &w](const QString& state) { checkFocus(w.get(), state); });
}

void TestAccessibility::tabFollowsReadingOrderInTheMimic_data()
{
    everyConsoleMimicNamesItsControls_data();
}

void TestAccessibility::tabFollowsReadingOrderInTheMimic()
{
    QFETCH(int, product);
    auto owned = newMimic(ServerProduct(product));
    QVERIFY(owned);
    ConsoleMimic& mimic = *owned;
    checkFocus(&mimic, QStringLiteral("console, first step"));
    // With a dialog drawn over the console, Tab stays inside the dialog, as in a modal window.
    for (int guard = 0; guard < 30 && !mimic.dialog(); ++guard)
        QVERIFY(WizardDriver::clickNextStep(&mimic));
    QVERIFY(mimic.dialog());
    checkFocus(mimic.dialog(), QStringLiteral("IP Preferences dialog"));
    QVERIFY(WizardDriver::clickThrough(&mimic));
    checkFocus(&mimic, QStringLiteral("console, change made"));
}

void TestAccessibility::theAuditFindsAnUnnamedControl()
{
    // The audit itself can fail: an unnamed combo box (whose Name would be its current item)
    // and a button without text are reported; the same ones named are not.
    QWidget window;
    auto* combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("bareCombo"));
    combo->addItem(QStringLiteral("first item"));
    auto* button = new QPushButton(&window);
    button->setObjectName(QStringLiteral("bareButton"));
    button->move(0, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = AccessibilityAudit::unnamedControls(&window);
    QVERIFY2(problems.size() == 2, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("bareCombo")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("bareButton")));
    combo->setAccessibleName(QStringLiteral("Choice"));
    button->setText(QStringLiteral("&Go"));
    QVERIFY(AccessibilityAudit::unnamedControls(&window).isEmpty());

    // And the focus check: a tab order that jumps up is reported.
    auto* below = new QPushButton(QStringLiteral("Below"), &window);
    below->move(0, 120);
    below->show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(AccessibilityAudit::focusOrderProblems(&window).isEmpty());
    QWidget::setTabOrder(below, button);
    QWidget::setTabOrder(combo, below);
    const QStringList order = AccessibilityAudit::focusOrderProblems(&window);
    QVERIFY2(!order.isEmpty() && order.first().contains(QStringLiteral("back in reading order")),
             qPrintable(order.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
