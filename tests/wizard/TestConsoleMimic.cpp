// SPDX-License-Identifier: GPL-3.0-or-later
// The console mimic accepts the KB's clicks for every product and rejects the others with a hint.
#include "WizardDriver.h"
#include "mimic/ConsoleMimic.h"
#include "mimic/IpPreferencesDialogMimic.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestConsoleMimic : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheKbClicks_data();
    void acceptsTheKbClicks();
    void scriptsFollowTheKb();
    void rejectsWrongTreeClicks();
    void rejectsWrongClicksInTheDialog();
    void highlightsTheNextPlace();
    void keyboardOnly();

private:
    std::unique_ptr<ConsoleMimic> mimicFor(ServerProduct product);
    void clickItem(ConsoleMimic* mimic, const QString& key);
};

std::unique_ptr<ConsoleMimic> TestConsoleMimic::mimicFor(ServerProduct product)
{
    auto mimic = std::make_unique<ConsoleMimic>();
    mimic->resize(1000, 600);
    mimic->setScript(
        ConsoleScript::forProduct(product, QStringLiteral("ISA01"), QStringLiteral("Main Array")));
    mimic->show();
    if (!QTest::qWaitForWindowExposed(mimic.get()))
        return nullptr;
    return mimic;
}

void TestConsoleMimic::clickItem(ConsoleMimic* mimic, const QString& key)
{
    QTreeWidgetItem* item = mimic->treeItem(key);
    QVERIFY(item);
    QTest::mouseClick(mimic->tree()->viewport(), Qt::LeftButton, {},
                      mimic->tree()->visualItemRect(item).center());
}

void TestConsoleMimic::acceptsTheKbClicks_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<int>("steps");
    QTest::newRow("ISA 2004") << int(ServerProduct::Isa2004) << 9;
    QTest::newRow("ISA 2006") << int(ServerProduct::Isa2006Standard) << 9;
    QTest::newRow("ISA 2006 Enterprise") << int(ServerProduct::Isa2006Enterprise) << 10;
    QTest::newRow("TMG MBE") << int(ServerProduct::TmgMbe) << 8;
    QTest::newRow("TMG 2010") << int(ServerProduct::Tmg2010) << 9;
}

void TestConsoleMimic::acceptsTheKbClicks()
{
    QFETCH(int, product);
    QFETCH(int, steps);
    auto mimic = mimicFor(ServerProduct(product));
    QVERIFY(mimic);
    QCOMPARE(mimic->script().steps.size(), steps);
    QSignalSpy completed(mimic.get(), &ConsoleMimic::completed);
    QVERIFY(WizardDriver::clickThrough(mimic.get()));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(mimic->wrongClicks(), 0);
    // The closing instruction reminds to reconnect: existing sessions keep the old policy.
    QVERIFY(mimic->findChild<QLabel*>(QStringLiteral("mimicInstruction"))
                ->text()
                .contains(QStringLiteral("connect it again")));
}

void TestConsoleMimic::scriptsFollowTheKb()
{
    const auto linkOf = [](ServerProduct p) {
        return QString::fromLatin1(
            ConsoleScript::forProduct(p, QStringLiteral("S"), QStringLiteral("A")).link);
    };
    QCOMPARE(linkOf(ServerProduct::Isa2004), QStringLiteral("Define IP Preferences"));
    QCOMPARE(linkOf(ServerProduct::Isa2006Standard), QStringLiteral("Configure IP Protection"));
    QCOMPARE(linkOf(ServerProduct::TmgMbe), QStringLiteral("Configure IP Preferences"));
    QCOMPARE(linkOf(ServerProduct::Tmg2010), QStringLiteral("Configure IP Options Filtering"));
    const ConsoleScript isa2006 =
        ConsoleScript::forProduct(ServerProduct::Isa2006Standard, QStringLiteral("S"), {});
    QVERIFY(
        isa2006.instruction(3).contains(QStringLiteral("Define IP Preferences"))); // the alternative label
    const ConsoleScript mbe = ConsoleScript::forProduct(ServerProduct::TmgMbe, QStringLiteral("S"), {});
    QCOMPARE(mbe.linkPlace, ConsoleScript::LinkPlace::TaskPane);
    QCOMPARE(QString::fromLatin1(mbe.tree.first().label), QStringLiteral("Forefront TMG MBE Management"));
    QCOMPARE(mbe.dialogTabs.size(), 2);
    const ConsoleScript isa2004 = ConsoleScript::forProduct(ServerProduct::Isa2004, QStringLiteral("S"), {});
    QCOMPARE(isa2004.dialogTabs.size(), 3);
    QCOMPARE(QString::fromLatin1(isa2004.windowTitle), QStringLiteral("ISA Server Management"));
}

void TestConsoleMimic::rejectsWrongTreeClicks()
{
    auto mimic = mimicFor(ServerProduct::Isa2004);
    QVERIFY(mimic);
    QSignalSpy wrong(mimic.get(), &ConsoleMimic::wrongClick);
    clickItem(mimic.get(), QStringLiteral("root"));
    QCOMPARE(mimic->currentStep(), 0);
    QCOMPARE(wrong.size(), 1);
    QVERIFY(mimic->lastHint().contains(QStringLiteral("ISA01")));
    clickItem(mimic.get(), QStringLiteral("server"));
    QCOMPARE(mimic->currentStep(), 1);
    // Firewall Policy is visible now, but the KB goes through Configuration.
    clickItem(mimic.get(), QStringLiteral("firewallPolicy"));
    QCOMPARE(mimic->currentStep(), 1);
    QCOMPARE(wrong.size(), 2);
    QCOMPARE(mimic->tree()->currentItem(), mimic->treeItem(QStringLiteral("server")));
    QVERIFY(mimic->findChild<QLabel*>(QStringLiteral("mimicHint"))->isVisible());
    clickItem(mimic.get(), QStringLiteral("configuration"));
    QCOMPARE(mimic->currentStep(), 2);
    QVERIFY(!mimic->findChild<QLabel*>(QStringLiteral("mimicHint"))->isVisible());
    // A neighbouring link in the details pane is not the one.
    clickItem(mimic.get(), QStringLiteral("general"));
    QCOMPARE(mimic->currentStep(), 3);
    WizardDriver::click(mimic->findChild<QPushButton*>(QStringLiteral("mimicLink:Define RADIUS Servers")));
    QCOMPARE(mimic->currentStep(), 3);
    QVERIFY(!mimic->dialog());
}

void TestConsoleMimic::rejectsWrongClicksInTheDialog()
{
    auto mimic = mimicFor(ServerProduct::TmgMbe);
    QVERIFY(mimic);
    for (int i = 0; i < 3; ++i)
        QVERIFY(WizardDriver::clickNextStep(mimic.get()));
    IpPreferencesDialogMimic* dialog = mimic->dialog();
    QVERIFY(dialog);
    QCOMPARE(mimic->currentStep(), 3); // IP Fragments tab next

    // OK before the change, Cancel, and the dialog's own Apply are all rejected.
    WizardDriver::click(dialog->okButton());
    QCOMPARE(mimic->currentStep(), 3);
    QVERIFY(mimic->dialog());
    WizardDriver::click(dialog->findChild<QPushButton*>(QStringLiteral("ipDialogCancel")));
    QVERIFY(mimic->dialog());
    QCOMPARE(mimic->wrongClicks(), 2);

    // Options on the IP Options tab stay as they are.
    auto* options = dialog->findChild<QCheckBox*>(QStringLiteral("ipOptionsFilteringCheck"));
    WizardDriver::click(options);
    QVERIFY(options->isChecked());
    QCOMPARE(mimic->wrongClicks(), 3);

    QVERIFY(WizardDriver::clickNextStep(mimic.get())); // IP Fragments tab
    // Switching back to IP Options is undone.
    QTabBar* bar = dialog->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {},
                      bar->tabRect(dialog->tabIndex(QStringLiteral("IP Options"))).center());
    QCOMPARE(dialog->tabs()->currentIndex(), dialog->tabIndex(QStringLiteral("IP Fragments")));
    QCOMPARE(mimic->wrongClicks(), 4);

    QVERIFY(dialog->fragmentCheckbox()->isChecked());
    QVERIFY(WizardDriver::clickNextStep(mimic.get())); // clear it
    QVERIFY(!dialog->fragmentCheckbox()->isChecked());
    // Ticking it again is undone.
    WizardDriver::click(dialog->fragmentCheckbox());
    QVERIFY(!dialog->fragmentCheckbox()->isChecked());
    QCOMPARE(mimic->wrongClicks(), 5);

    // The tree behind the dialog is out of reach while it is open.
    clickItem(mimic.get(), QStringLiteral("monitoring"));
    QCOMPARE(mimic->wrongClicks(), 6);

    QVERIFY(WizardDriver::clickNextStep(mimic.get())); // OK
    QVERIFY(!mimic->dialog());
    WizardDriver::click(mimic->findChild<QPushButton*>(QStringLiteral("discardButton")));
    QCOMPARE(mimic->wrongClicks(), 7);
    QVERIFY(WizardDriver::clickNextStep(mimic.get())); // Apply
    QVERIFY(WizardDriver::clickNextStep(mimic.get())); // OK
    QVERIFY(mimic->isCompleted());
}

void TestConsoleMimic::highlightsTheNextPlace()
{
    auto mimic = mimicFor(ServerProduct::TmgMbe);
    QVERIFY(mimic);
    QVERIFY(mimic->treeItem(QStringLiteral("server"))->background(0).style() != Qt::NoBrush);
    QVERIFY(WizardDriver::clickNextStep(mimic.get()));
    QVERIFY(mimic->treeItem(QStringLiteral("server"))->background(0).style() == Qt::NoBrush);
    QVERIFY(WizardDriver::clickNextStep(mimic.get()));
    auto* link = mimic->findChild<QPushButton*>(QStringLiteral("mimicLink:Configure IP Preferences"));
    QVERIFY(link->isVisible());
    QVERIFY(link->property("mimicNext").toBool());
}

void TestConsoleMimic::keyboardOnly()
{
    auto mimic = mimicFor(ServerProduct::Isa2004);
    QVERIFY(mimic);
    QTreeWidget* tree = mimic->tree();
    tree->setFocus();
    tree->setCurrentItem(mimic->treeItem(QStringLiteral("root")));
    QTest::keyClick(tree, Qt::Key_Down); // ISA01
    QCOMPARE(mimic->currentStep(), 1);
    // Arrowing past Monitoring, Firewall Policy and VPN is not a wrong click.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(mimic->wrongClicks(), 0);
    QCOMPARE(mimic->currentStep(), 2);
    QCOMPARE(tree->currentItem(), mimic->treeItem(QStringLiteral("configuration")));
}

QTEST_MAIN(TestConsoleMimic)
#include "TestConsoleMimic.moc"
