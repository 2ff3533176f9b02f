// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardDriver.h"

#include "TroubleshootWizard.h"
#include "mimic/ConsoleMimic.h"
#include "mimic/IpPreferencesDialogMimic.h"
#include "pages/CapturePage.h"
#include "pages/VerifyPage.h"
#include "widgets/CapturePanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

namespace WizardDriver {

void click(QWidget* widget)
{
    // Check boxes and radio buttons react only on their indicator and text, not on the
    // empty width a layout gives them: click the indicator.
    const bool indicator = qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget);
    const QPoint at =
        indicator ? QPoint(qMin(10, widget->width() / 2), widget->height() / 2) : widget->rect().center();
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
}

bool chooseError(TroubleshootWizard& wizard, int code)
{
    auto* list = wizard.currentPage()->findChild<QListWidget*>(QStringLiteral("errorList"));
    if (!list)
        return false;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(Qt::UserRole).toInt() != code)
            continue;
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        return item->isSelected();
    }
    return false;
}

bool describeServer(TroubleshootWizard& wizard, ServerProduct product, const QString& server,
                    const QString& array, VpnProtocol protocol, IkeAuthentication authentication)
{
    QWidget* page = wizard.currentPage();
    auto* combo = page->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* name = page->findChild<QLineEdit*>(QStringLiteral("serverNameEdit"));
    if (!combo || !name)
        return false;
    combo->setFocus();
    // Keyboard selection, as a user would: Home then Down until the product is current.
    QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentData().toInt() != int(product)) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, Qt::Key_Down);
        if (combo->currentIndex() == before)
            return false;
    }
    name->clear();
    QTest::keyClicks(name, server);
    if (!array.isEmpty()) {
        auto* arrayEdit = page->findChild<QLineEdit*>(QStringLiteral("arrayNameEdit"));
        if (!arrayEdit || !arrayEdit->isVisible())
            return false;
        arrayEdit->clear();
        QTest::keyClicks(arrayEdit, array);
    }
    const char* protocolName = protocol == VpnProtocol::L2tpIpsec ? "protocolL2tp"
                               : protocol == VpnProtocol::Pptp    ? "protocolPptp"
                                                                  : "protocolSstp";
    click(page->findChild<QRadioButton*>(QLatin1String(protocolName)));
    click(page->findChild<QRadioButton*>(authentication == IkeAuthentication::Certificates
                                             ? QStringLiteral("authCertificates")
                                             : QStringLiteral("authPsk")));
    return true;
}

bool chooseByData(QComboBox* combo, const QVariant& data)
{
    if (!combo || combo->findData(data) < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentData() != data) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, Qt::Key_Down);
        if (combo->currentIndex() == before)
            return false;
    }
    return true;
}

bool analyzeOnCurrentPage(TroubleshootWizard& wizard, const QString& path)
{
    CapturePanel* panel = nullptr;
    if (auto* capture = qobject_cast<CapturePage*>(wizard.currentPage()))
        panel = capture->panel();
    else if (auto* verify = qobject_cast<VerifyPage*>(wizard.currentPage()))
        panel = verify->panel();
    if (!panel)
        return false;
    panel->analyzeFile(path);
    return QTest::qWaitFor([panel] { return !panel->isRunning(); }, 20000);
}

bool clickNextStep(ConsoleMimic* mimic)
{
    if (mimic->isCompleted())
        return false;
    const ConsoleStep step = mimic->script().steps[mimic->currentStep()];
    switch (step.target) {
    case MimicTarget::TreeNode: {
        QTreeWidgetItem* item = mimic->treeItem(step.key);
        if (!item)
            return false;
        QTreeWidget* tree = mimic->tree();
        tree->scrollToItem(item);
        // Near the start of the text: long (translated) labels run past the viewport's right edge.
        const QRect rect = tree->visualItemRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + qMin(12, rect.width() / 2), rect.center().y()));
        return true;
    }
    case MimicTarget::DetailsTab: {
        auto* tabs = mimic->findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
        if (!tabs)
            return false;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabBar()->tabData(i).toString() == step.key)
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        return true;
    }
    case MimicTarget::Link: {
        auto* link = mimic->findChild<QPushButton*>(
            QStringLiteral("mimicLink:%1").arg(QLatin1String(mimic->script().link)));
        if (!link || !link->isVisible())
            return false;
        click(link);
        return true;
    }
    case MimicTarget::DialogTab: {
        IpPreferencesDialogMimic* dialog = mimic->dialog();
        if (!dialog)
            return false;
        QTabBar* bar = dialog->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(dialog->tabIndex(step.key)).center());
        return true;
    }
    case MimicTarget::FragmentCheckbox:
        if (!mimic->dialog())
            return false;
        click(mimic->dialog()->fragmentCheckbox());
        return true;
    case MimicTarget::DialogOk:
        if (!mimic->dialog())
            return false;
        click(mimic->dialog()->okButton());
        return true;
    case MimicTarget::ApplyButton:
        click(mimic->findChild<QPushButton*>(QStringLiteral("applyButton")));
        return true;
    case MimicTarget::SaveOk:
        click(mimic->findChild<QPushButton*>(QStringLiteral("saveOkButton")));
        return true;
    }
    return false;
}

bool clickThrough(ConsoleMimic* mimic)
{
    for (int guard = 0; guard < 30 && !mimic->isCompleted(); ++guard) {
        const int before = mimic->currentStep();
        if (!clickNextStep(mimic) || mimic->currentStep() != before + 1)
            return false;
    }
    return mimic->isCompleted();
}

} // namespace WizardDriver
