// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every wizard page and every console mimic to PNG (QWidget::grab of the real widgets,
// driven through them from the bundled sample captures), in one language and at the scale
// factor of the process (QT_SCALE_FACTOR=1.5 gives images 1.5 times larger):
//   frag792_wizard_screenshots OUTPUT_DIR [--lang pt_BR] [--report-dir DIR]
// --report-dir keeps the exported report (HTML, PDF, JSON) there, for its pages as images.
// Exits non-zero when a step of the walk or an image fails, so a broken page cannot pass as a
// screenshot. scripts/screenshots.sh runs it for every language and both scales.
#include "DiagnosisSession.h"
#include "SampleCaptures.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "WizardTranslator.h"
#include "mimic/ConsoleMimic.h"
#include "pages/CapturePage.h"
#include "pages/ReportPage.h"
#include "widgets/CapturePanel.h"
#include "widgets/EvidenceLogPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QDir g_out;
QWidget* g_window = nullptr;
int g_failures = 0;

/** Counts and reports a failed step; the walk goes on so one run shows every broken page. */
bool require(bool ok, const char* what)
{
    if (!ok) {
        ++g_failures;
        std::fprintf(stderr, "screenshots: FAILED: %s\n", what);
    }
    return ok;
}

/** A window that never painted grabs as one flat colour; a real page has text in many shades. */
bool looksPainted(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() >= 16;
}

void shot(const char* name)
{
    QTest::qWait(150);
    QApplication::processEvents();
    const QString path = g_out.filePath(QLatin1String(name) + QStringLiteral(".png"));
    const QImage image = g_window->grab().toImage();
    require(looksPainted(image), name);
    // Compression only (quality 0 = smallest file): the images are committed to the repository.
    if (require(image.save(path, "PNG", 0), name))
        std::printf("%s\n", qPrintable(path));
}

QString samplePath(const QString& fileName, const QString& directory)
{
    for (const SampleCapture& s : SampleCaptures::available())
        if (s.fileName == fileName)
            return SampleCaptures::materialize(s, directory);
    require(false, "a bundled sample is missing");
    return {};
}

template <typename T> T* child(QWidget* parent, const char* objectName)
{
    T* widget = parent ? parent->findChild<T*>(QLatin1String(objectName)) : nullptr;
    require(widget != nullptr, objectName);
    return widget;
}

/** The other consoles (not the one on the resolution page), at the link step. */
void consoles(int width, int height)
{
    const std::pair<ServerProduct, const char*> others[] = {
        {ServerProduct::Isa2004, "05d-console-isa2004"},
        {ServerProduct::Isa2006Standard, "05g-console-isa2006-standard"},
        {ServerProduct::Isa2006Enterprise, "05e-console-isa2006-enterprise"},
        {ServerProduct::Tmg2010, "05f-console-tmg2010"}};
    for (const auto& [product, name] : others) {
        ConsoleMimic m;
        m.resize(width, height * 2 / 3);
        m.setScript(
            ConsoleScript::forProduct(product, QStringLiteral("ISA01"), QStringLiteral("Main Array")));
        m.show();
        require(QTest::qWaitForWindowExposed(&m), name);
        while (!m.isCompleted() && m.script().steps[m.currentStep()].target != MimicTarget::Link)
            if (!require(WizardDriver::clickNextStep(&m), name))
                break;
        g_window = &m;
        shot(name);
    }
}

/** The build machine's own interfaces and addresses stay out of the images: one fixed entry. */
void neutralInterfaces(QWidget* page)
{
    if (auto* interfaces = child<QComboBox>(page, "interfaceCombo")) {
        interfaces->clear();
        interfaces->addItem(QStringLiteral("eth0 — 192.0.2.10 ") +
                                QCoreApplication::translate("CapturePanel", "(likely)"),
                            QStringLiteral("eth0"));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // A blinking text cursor would make the same page differ from run to run.
    QApplication::setCursorFlashTime(0);
    QStringList args = app.arguments().mid(1);
    QString language = QStringLiteral("en");
    QString reportDir;
    // Even sizes, so 150 % is a whole number of pixels and the twin is exactly 1.5 times larger.
    const int width = 1000;
    const int height = 780;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang"))
            language = args[i + 1];
        else if (args[i] == QLatin1String("--report-dir"))
            reportDir = args[i + 1];
    }
    g_out = QDir(args.value(0, QStringLiteral(".")));
    g_out.mkpath(QStringLiteral("."));
    WizardTranslator::install(&app, language);
    QTemporaryDir tmp;
    // The report prints the capture's path: a fixed one (per language and scale, as runs go in
    // parallel) keeps the PDF images the same from run to run.
    const QString samples = QDir::temp().filePath(
        QStringLiteral("frag792-screenshots/%1-%2")
            .arg(language, qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    QDir().mkpath(samples);

    TroubleshootWizard w;
    g_window = &w;
    w.resize(width, height);
    w.show();
    if (!require(QTest::qWaitForWindowExposed(&w), "the wizard window is shown"))
        return 1;

    require(WizardDriver::chooseError(w, 809), "choose 809");
    shot("01b-symptom-lookalike");
    w.next();
    shot("02b-elsewhere-809");
    w.back();
    require(WizardDriver::chooseError(w, 792), "choose 792");
    shot("01-symptom");
    w.next();
    require(WizardDriver::describeServer(w, ServerProduct::Isa2006Enterprise, QStringLiteral("ISA01"),
                                         QStringLiteral("Main Array"), VpnProtocol::L2tpIpsec,
                                         IkeAuthentication::Certificates),
            "describe an ISA 2006 Enterprise server");
    QTest::qWait(300); // the line edit's clear button fades in: let it finish, for the same image each run
    shot("02-environment");
    w.back();
    w.next();
    require(WizardDriver::describeServer(w, ServerProduct::TmgMbe, QStringLiteral("SBS-GW01")),
            "describe a TMG MBE server");
    w.next();
    shot("03-cause");
    w.next();
    auto* capture = qobject_cast<CapturePage*>(w.currentPage());
    if (!require(capture != nullptr, "reach the capture page"))
        return 1;
    neutralInterfaces(capture);
    capture->panel()->setLiveCaptureAllowed(false);
    shot("04a-capture-permission");
    capture->panel()->setLiveCaptureAllowed(true);
    require(WizardDriver::analyzeOnCurrentPage(
                w, samplePath(QStringLiteral("sample-blocked-at-server.pcapng"), samples)),
            "analyse sample-blocked-at-server");
    shot("04-capture-verdict");
    auto* tabs = child<QTabWidget>(capture, "resultTabs");
    if (tabs)
        tabs->setCurrentIndex(0);
    shot("04b-capture-chart");
    // The statement against the packets: the client-side lab capture, said to be the server's.
    auto* vantage = child<QComboBox>(capture, "vantageCombo");
    require(WizardDriver::chooseByData(vantage, int(VantagePoint::Server)), "state the server vantage");
    require(WizardDriver::analyzeOnCurrentPage(
                w, samplePath(QStringLiteral("lab-server-blocks-client.pcapng"), samples)),
            "analyse lab-server-blocks-client");
    if (tabs)
        tabs->setCurrentIndex(1);
    shot("04c-capture-vantage-conflict");
    if (vantage)
        require(WizardDriver::chooseByData(vantage, vantage->itemData(vantage->count() - 1)),
                "vantage: not sure");
    require(WizardDriver::analyzeOnCurrentPage(
                w, samplePath(QStringLiteral("sample-blocked-at-server.pcapng"), samples)),
            "analyse sample-blocked-at-server again");
    // The server's firewall log beside the capture: its rows are listed under the verdict.
    capture->firewallLogPanel()->readFile(
        QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/firewall-isa2004-tabs.w3c"));
    require(QTest::qWaitFor([capture] { return !capture->firewallLogPanel()->isReading(); }, 20000),
            "read the ISA 2004 firewall log");
    if (tabs)
        tabs->setCurrentIndex(1);
    if (auto* words = child<QScrollArea>(capture, "verdictTextArea")) // down to the logs' section
        words->verticalScrollBar()->setValue(words->verticalScrollBar()->maximum());
    shot("04d-capture-firewall-log");
    w.next();
    auto* mimic = w.currentPage()->findChild<ConsoleMimic*>();
    if (!require(mimic != nullptr, "reach the resolution page"))
        return 1;
    require(WizardDriver::clickNextStep(mimic) && WizardDriver::clickNextStep(mimic), "console steps 1-2");
    shot("05a-resolution-console");
    require(WizardDriver::clickNextStep(mimic) && WizardDriver::clickNextStep(mimic), "console steps 3-4");
    // One wrong click, to show the hint.
    WizardDriver::click(child<QPushButton>(mimic, "ipDialogCancel"));
    shot("05-resolution-dialog");
    require(WizardDriver::clickThrough(mimic), "console: the remaining steps");
    shot("05c-resolution-done");
    w.next();
    neutralInterfaces(w.currentPage());
    require(WizardDriver::analyzeOnCurrentPage(
                w, samplePath(QStringLiteral("sample-fragments-pass.pcapng"), samples)),
            "analyse sample-fragments-pass");
    shot("06-verify");
    w.next();
    auto* report = qobject_cast<ReportPage*>(w.currentPage());
    if (!require(report != nullptr, "reach the report page"))
        return 1;
    const QString reportFolder = reportDir.isEmpty() ? tmp.filePath(QStringLiteral("report")) : reportDir;
    if (auto* folder = child<QLineEdit>(report, "folderEdit"))
        folder->setText(reportFolder);
    if (auto* base = child<QLineEdit>(report, "baseNameEdit"))
        base->setText(QStringLiteral("report"));
    if (auto* technician = child<QLineEdit>(report, "technicianEdit"))
        technician->setText(QStringLiteral("Ana Souza"));
    if (auto* pdf = child<QCheckBox>(report, "formatPdf"))
        pdf->setChecked(true);
    // An old report there would stop the run at the replace question: remove only those files.
    for (const QString& old :
         QDir(reportFolder).entryList({QStringLiteral("report.*"), QStringLiteral("report-*")}))
        QFile::remove(QDir(reportFolder).filePath(old));
    require(report->exportFiles().size() >= 3, "export HTML, PDF and JSON");
    shot("07-report");

    consoles(width, height);
    return g_failures == 0 ? 0 : 1;
}
