// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the wizard: the files exist, the HTML names the verdict, nothing is silently replaced.
#include "CaptureFixtures.h"
#include "DiagnosisSession.h"
#include "FindingText.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "WizardTranslator.h"
#include "pages/ReportPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void exportsFromTheWizard();
    void enterpriseReportNamesTheArray();
    void germanWizardExportsEnglishJson();

private:
    /**
     * Symptom 792, the server, a blocked capture, the fix, a good capture: the report page.
     * With @p stated, the first capture is analysed as taken there ("where was this taken").
     */
    static bool walkToReport(TroubleshootWizard& w, ServerProduct product, const QString& server,
                             const QString& array, const QString& captureDir,
                             std::optional<VantagePoint> stated = std::nullopt);
};

bool TestReportPage::walkToReport(TroubleshootWizard& w, ServerProduct product, const QString& server,
                                  const QString& array, const QString& captureDir,
                                  std::optional<VantagePoint> stated)
{
    // Every step must hold, or the caller would go on driving the wizard from the wrong page.
    w.resize(1000, 760);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !WizardDriver::chooseError(w, 792))
        return false;
    w.next();
    if (!WizardDriver::describeServer(w, product, server, array))
        return false;
    w.next();
    w.next();
    if (stated && !WizardDriver::chooseByData(
                      w.currentPage()->findChild<QComboBox*>(QStringLiteral("vantageCombo")), int(*stated)))
        return false;
    if (!WizardDriver::analyzeOnCurrentPage(
            w, CaptureFixtures::write(VerdictCode::FragmentsDroppedAtServer, captureDir)))
        return false;
    w.next();
    auto* changeMade = w.currentPage()->findChild<QCheckBox*>(QStringLiteral("changeMadeCheck"));
    if (!changeMade)
        return false;
    WizardDriver::click(changeMade);
    w.next();
    if (!WizardDriver::analyzeOnCurrentPage(
            w, CaptureFixtures::write(VerdictCode::NegotiationCompleted, captureDir)))
        return false;
    w.next();
    return w.currentId() == int(TroubleshootWizard::ReportPage);
}

void TestReportPage::exportsFromTheWizard()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TroubleshootWizard w;
    QVERIFY(walkToReport(w, ServerProduct::TmgMbe, QStringLiteral("GW01"), QString(), dir.path()));
    QCOMPARE(w.currentId(), int(TroubleshootWizard::ReportPage));

    auto* page = qobject_cast<ReportPage*>(w.currentPage());
    QStringList asked;
    bool answer = false;
    page->setOverwriteQuestion([&](const QString& path) {
        asked << path;
        return answer;
    });
    const QString out = dir.filePath(QStringLiteral("out"));
    auto* folder = page->findChild<QLineEdit*>(QStringLiteral("folderEdit"));
    folder->clear();
    QTest::keyClicks(folder, out);
    auto* base = page->findChild<QLineEdit*>(QStringLiteral("baseNameEdit"));
    base->clear();
    QTest::keyClicks(base, QStringLiteral("case"));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("technicianEdit")), QStringLiteral("Ana"));
    WizardDriver::click(page->findChild<QCheckBox*>(QStringLiteral("formatPdf")));
    WizardDriver::click(page->findChild<QPushButton*>(QStringLiteral("exportButton")));

    for (const char* name : {"case.html", "case.pdf", "case.json", "case-before.pcapng", "case-after.pcapng"})
        QVERIFY2(QFileInfo(QDir(out).filePath(QLatin1String(name))).size() > 0, name);
    QFile html(QDir(out).filePath(QStringLiteral("case.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    QVERIFY(text.contains(verdictTitleText(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped()) ||
            text.contains(verdictTitleText(VerdictCode::FragmentsDroppedAtServer)));
    QVERIFY(text.contains(QStringLiteral("GW01")));
    QVERIFY(asked.isEmpty());
    const QByteArray evidence = [&] {
        QFile f(QDir(out).filePath(QStringLiteral("case-before.pcapng")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(evidence.startsWith(QByteArray::fromHex("0a0d0d0a"))); // pcapng section header

    // Again: every existing file is asked about; "no" keeps it.
    QFile marker(QDir(out).filePath(QStringLiteral("case.json")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("keep me");
    marker.close();
    answer = false;
    WizardDriver::click(page->findChild<QPushButton*>(QStringLiteral("exportButton")));
    QCOMPARE(asked.size(), 5);
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QCOMPARE(marker.readAll(), QByteArray("keep me"));
    marker.close();
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("exportResult"))
                ->text()
                .contains(QStringLiteral("not replaced")));

    // "Yes" replaces it.
    answer = true;
    WizardDriver::click(page->findChild<QPushButton*>(QStringLiteral("exportButton")));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QVERIFY(marker.readAll().startsWith('{'));
}

void TestReportPage::enterpriseReportNamesTheArray()
{
    // ISA Server 2006 Enterprise keeps the setting on the array: the report's console path
    // must go through Arrays > the array the technician typed, as the mimic did.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TroubleshootWizard w;
    QVERIFY(walkToReport(w, ServerProduct::Isa2006Enterprise, QStringLiteral("ISA07"),
                         QStringLiteral("Edge Array"), dir.path()));
    QCOMPARE(w.currentId(), int(TroubleshootWizard::ReportPage));

    auto* page = qobject_cast<ReportPage*>(w.currentPage());
    auto* folder = page->findChild<QLineEdit*>(QStringLiteral("folderEdit"));
    folder->clear();
    QTest::keyClicks(folder, dir.filePath(QStringLiteral("enterprise")));
    auto* base = page->findChild<QLineEdit*>(QStringLiteral("baseNameEdit"));
    base->clear();
    QTest::keyClicks(base, QStringLiteral("case"));
    WizardDriver::click(page->findChild<QPushButton*>(QStringLiteral("exportButton")));

    QFile json(dir.filePath(QStringLiteral("enterprise/case.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report =
        QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("product")).toString(), QStringLiteral("isa2006-enterprise"));
    QCOMPARE(report.value(QStringLiteral("array_name")).toString(), QStringLiteral("Edge Array"));
    const QString path = report.value(QStringLiteral("resolution_paths"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("console_path"))
                             .toString();
    QVERIFY2(path.contains(
                 QStringLiteral("Arrays > Edge Array > Configuration > General > Configure IP Protection")),
             qPrintable(path));
}

void TestReportPage::germanWizardExportsEnglishJson()
{
    // The wizard in German shows German evidence; the JSON it exports is English all the same,
    // sentence for sentence what the command line writes for the same capture.
    const QLocale previousLocale;
    WizardTranslator::install(qApp, QStringLiteral("de"));
    const auto restoreEnglish = qScopeGuard([&] {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(previousLocale);
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TroubleshootWizard w;
    // Stated "client" against a capture whose TTLs say server: the conflict is shown and exported too.
    QVERIFY(walkToReport(w, ServerProduct::TmgMbe, QStringLiteral("GW01"), QString(), dir.path(),
                         VantagePoint::Client));
    const auto& before = w.session()->result(DiagnosisSession::Run::Before);
    QVERIFY(before);
    QVERIFY(before->verdict.vantage.conflict);

    auto* page = qobject_cast<ReportPage*>(w.currentPage());
    auto* folder = page->findChild<QLineEdit*>(QStringLiteral("folderEdit"));
    folder->clear();
    QTest::keyClicks(folder, dir.filePath(QStringLiteral("de")));
    auto* base = page->findChild<QLineEdit*>(QStringLiteral("baseNameEdit"));
    base->clear();
    QTest::keyClicks(base, QStringLiteral("fall"));
    WizardDriver::click(page->findChild<QPushButton*>(QStringLiteral("exportButton")));

    QFile jsonFile(dir.filePath(QStringLiteral("de/fall.json")));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("title")).toString(),
             QString::fromUtf8(verdictTitleSource(before->verdict.code)));
    QStringList evidence;
    for (const QJsonValue& e : verdict.value(QStringLiteral("evidence")).toArray())
        evidence << e.toString();
    QCOMPARE(evidence, findingsEnglish(before->verdict.evidence));
    QVERIFY(evidence.join(QLatin1Char(' ')).contains(QStringLiteral("was retransmitted 5 times over")));
    const QJsonObject vantage = json.value(QStringLiteral("vantage")).toObject();
    QCOMPARE(vantage.value(QStringLiteral("how")).toString(), QStringLiteral("stated by the user (client)"));
    QVERIFY(vantage.value(QStringLiteral("conflict"))
                .toString()
                .startsWith(QStringLiteral(
                    "The verdict assumes the capture was taken at the client (as the user stated), but the "
                    "TTLs say it was taken at the server")));
    const QJsonObject report = json.value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("resolution_intro")).toString(),
             QString::fromUtf8(verdictAdviceSource(before->verdict.code, VerdictAdvice::ResolutionIntro)));
    QCOMPARE(
        report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("advice")).toString(),
        QString::fromUtf8(
            verdictAdviceSource(VerdictCode::NegotiationCompleted, VerdictAdvice::AfterVerification)));
    // Nothing German slipped into the export: no umlaut, no German decimal comma in a duration.
    const QString whole = QString::fromUtf8(QJsonDocument(json).toJson());
    for (const char* german : {"ä", "ö", "ü", "ß", "wurde", "Aufzeichnungspunkt", ",0 s", ",3 s"})
        QVERIFY2(!whole.contains(QString::fromUtf8(german)), german);

    // Where it is shown, the same findings are German, vantage word and numbers included.
    QFile htmlFile(dir.filePath(QStringLiteral("de/fall.html")));
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(html.contains(QStringLiteral("Aufzeichnungspunkt: Client, vom Benutzer angegeben (Client).")));
    QVERIFY(html.contains(QStringLiteral("MM5 wurde innerhalb von ")));
    QVERIFY(html.contains(QStringLiteral("Aufzeichnungspunkt fraglich:")));
    QVERIFY(!html.contains(QStringLiteral("was retransmitted")));
    w.back();
    w.back();
    w.back();
    QCOMPARE(w.currentId(), int(TroubleshootWizard::CapturePage));
    auto* conflict = w.currentPage()->findChild<QLabel*>(QStringLiteral("vantageConflict"));
    QVERIFY(conflict && conflict->isVisible());
    QVERIFY2(conflict->text().contains(QStringLiteral("am Server aufgenommen")),
             qPrintable(conflict->text()));
    QVERIFY(w.currentPage()
                ->findChild<QLabel*>(QStringLiteral("verdictEvidence"))
                ->text()
                .contains(QStringLiteral("vom Benutzer angegeben (Client)")));
}

QTEST_MAIN(TestReportPage)
#include "TestReportPage.moc"
