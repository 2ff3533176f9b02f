// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the wizard: the files exist, the HTML names the verdict, nothing is silently replaced.
#include "CaptureFixtures.h"
#include "DiagnosisSession.h"
#include "TroubleshootWizard.h"
#include "WizardDriver.h"
#include "pages/ReportPage.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void exportsFromTheWizard();
    void enterpriseReportNamesTheArray();

private:
    /** Symptom 792, the server, a blocked capture, the fix, a good capture: the report page. */
    static bool walkToReport(TroubleshootWizard& w, ServerProduct product, const QString& server,
                             const QString& array, const QString& captureDir);
};

bool TestReportPage::walkToReport(TroubleshootWizard& w, ServerProduct product, const QString& server,
                                  const QString& array, const QString& captureDir)
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
    QVERIFY(text.contains(verdictTitle(VerdictCode::FragmentsDroppedAtServer).toHtmlEscaped()) ||
            text.contains(verdictTitle(VerdictCode::FragmentsDroppedAtServer)));
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

QTEST_MAIN(TestReportPage)
#include "TestReportPage.moc"
