// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every wizard page to PNG (QWidget::grab), for docs/screenshots and for looking at
// the pages in other languages and scale factors:
//   frag792_wizard_screenshots OUTPUT_DIR [--lang pt_BR] [--width 1000 --height 780]
// Run under xvfb-run (real xcb fonts) or QT_QPA_PLATFORM=offscreen; QT_SCALE_FACTOR=1.5 for 150 %.
#include "CaptureFixtures.h"
#include "DiagnosisSession.h"
#include "SampleCaptures.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "WizardTranslator.h"
#include "mimic/ConsoleMimic.h"
#include "pages/CapturePage.h"
#include "pages/ReportPage.h"
#include "widgets/CapturePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QDir g_out;
QWidget* g_window = nullptr;

void shot(const char* name)
{
    QTest::qWait(150);
    QApplication::processEvents();
    const QString path = g_out.filePath(QLatin1String(name) + QStringLiteral(".png"));
    if (!g_window->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

QString samplePath(const QString& fileName, const QString& directory)
{
    for (const SampleCapture& s : SampleCaptures::available())
        if (s.fileName == fileName)
            return SampleCaptures::materialize(s, directory);
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString language = QStringLiteral("en");
    int width = 1000;
    int height = 780;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang"))
            language = args[i + 1];
        else if (args[i] == QLatin1String("--width"))
            width = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--height"))
            height = args[i + 1].toInt();
    }
    g_out = QDir(args.value(0, QStringLiteral(".")));
    g_out.mkpath(QStringLiteral("."));
    WizardTranslator::install(&app, language);
    QTemporaryDir tmp;

    TroubleshootWizard w;
    g_window = &w;
    w.resize(width, height);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;

    WizardDriver::chooseError(w, 809);
    shot("01b-symptom-lookalike");
    w.next();
    shot("02b-elsewhere-809");
    w.back();
    WizardDriver::chooseError(w, 792);
    shot("01-symptom");
    w.next();
    WizardDriver::describeServer(w, ServerProduct::Isa2006Enterprise, QStringLiteral("ISA01"),
                                 QStringLiteral("Main Array"), VpnProtocol::L2tpIpsec,
                                 IkeAuthentication::Certificates);
    shot("02-environment");
    w.back();
    w.next();
    WizardDriver::describeServer(w, ServerProduct::TmgMbe, QStringLiteral("SBS-GW01"));
    w.next();
    shot("03-cause");
    w.next();
    auto* capture = qobject_cast<CapturePage*>(w.currentPage());
    capture->panel()->setLiveCaptureAllowed(false);
    shot("04a-capture-permission");
    capture->panel()->setLiveCaptureAllowed(true);
    WizardDriver::analyzeOnCurrentPage(
        w, samplePath(QStringLiteral("sample-blocked-at-server.pcapng"), tmp.path()));
    shot("04-capture-verdict");
    capture->findChild<QTabWidget*>(QStringLiteral("resultTabs"))->setCurrentIndex(0);
    shot("04b-capture-chart");
    // The statement against the packets: the client-side lab capture, said to be the server's.
    auto* vantage = capture->findChild<QComboBox*>(QStringLiteral("vantageCombo"));
    WizardDriver::chooseByData(vantage, int(VantagePoint::Server));
    WizardDriver::analyzeOnCurrentPage(
        w, samplePath(QStringLiteral("lab-server-blocks-client.pcapng"), tmp.path()));
    capture->findChild<QTabWidget*>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    shot("04c-capture-vantage-conflict");
    WizardDriver::chooseByData(vantage, vantage->itemData(vantage->count() - 1));
    WizardDriver::analyzeOnCurrentPage(
        w, samplePath(QStringLiteral("sample-blocked-at-server.pcapng"), tmp.path()));
    w.next();
    auto* mimic = w.currentPage()->findChild<ConsoleMimic*>();
    WizardDriver::clickNextStep(mimic);
    WizardDriver::clickNextStep(mimic);
    shot("05a-resolution-console");
    WizardDriver::clickNextStep(mimic);
    WizardDriver::clickNextStep(mimic);
    // One wrong click, to show the hint.
    WizardDriver::click(mimic->findChild<QPushButton*>(QStringLiteral("ipDialogCancel")));
    shot("05-resolution-dialog");
    WizardDriver::clickThrough(mimic);
    shot("05c-resolution-done");
    w.next();
    WizardDriver::analyzeOnCurrentPage(
        w, samplePath(QStringLiteral("sample-fragments-pass.pcapng"), tmp.path()));
    shot("06-verify");
    w.next();
    auto* report = qobject_cast<ReportPage*>(w.currentPage());
    report->findChild<QLineEdit*>(QStringLiteral("folderEdit"))
        ->setText(tmp.filePath(QStringLiteral("report")));
    report->findChild<QLineEdit*>(QStringLiteral("technicianEdit"))->setText(QStringLiteral("Ana Souza"));
    report->exportFiles();
    shot("07-report");

    // The other consoles, at the dialog step.
    const std::pair<ServerProduct, const char*> others[] = {
        {ServerProduct::Isa2004, "05d-console-isa2004"},
        {ServerProduct::Isa2006Enterprise, "05e-console-isa2006-enterprise"},
        {ServerProduct::Tmg2010, "05f-console-tmg2010"}};
    for (const auto& [product, name] : others) {
        ConsoleMimic m;
        m.resize(width, height * 2 / 3);
        m.setScript(
            ConsoleScript::forProduct(product, QStringLiteral("ISA01"), QStringLiteral("Main Array")));
        m.show();
        if (!QTest::qWaitForWindowExposed(&m))
            qWarning("%s: window not exposed; the screenshot may be blank", name);
        while (!m.isCompleted() && m.script().steps[m.currentStep()].target != MimicTarget::Link)
            if (!WizardDriver::clickNextStep(&m))
                break;
        g_window = &m;
        shot(name);
    }
    return 0;
}
