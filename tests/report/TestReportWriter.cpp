// SPDX-License-Identifier: GPL-3.0-or-later
// Writing report files: formats, PDF pages, atomic replace and refusal to overwrite.
#include "ReportFixtures.h"
#include "ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportFixtures;

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatFromPath();
    void pdfHasPages();
    void longReportHasSeveralPages();
    void htmlAndJsonFiles();
    void refusesToReplaceExisting();
    void overwriteReplaces();
    void readOnlyDirectoryFails();
    void unwritableLocationLeavesNothing();

private:
    static QByteArray readAll(const QString& path);
};

QByteArray TestReportWriter::readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestReportWriter::formatFromPath()
{
    QCOMPARE(reportFormatFromPath(QStringLiteral("a/b/Report.HTML")), std::optional(ReportFormat::Html));
    QCOMPARE(reportFormatFromPath(QStringLiteral("r.htm")), std::optional(ReportFormat::Html));
    QCOMPARE(reportFormatFromPath(QStringLiteral("r.pdf")), std::optional(ReportFormat::Pdf));
    QCOMPARE(reportFormatFromPath(QStringLiteral("r.json")), std::optional(ReportFormat::Json));
    QVERIFY(!reportFormatFromPath(QStringLiteral("r.txt")));
    QVERIFY(!reportFormatFromPath(QStringLiteral("pdf")));
}

void TestReportWriter::pdfHasPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writeReport(path, ReportFormat::Pdf, blockedInput(ServerProduct::TmgMbe), {}, &error),
             qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.size() > 10000); // text, fonts and the chart
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const qsizetype pages =
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])")));
    QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
    QVERIFY(pdf.contains("/Subtype /Image"));
}

void TestReportWriter::longReportHasSeveralPages()
{
    // Ten SAs with full timelines cannot fit on one A4 page; pagination must split them.
    ReportInput in = blockedInput();
    AnalysisResult ten = *in.before;
    for (int i = 0; i < 9; ++i) {
        ten.sessions.push_back(in.before->sessions.front());
        ten.sessionVerdicts.push_back(in.before->sessionVerdicts.front());
    }
    in.before = shared(std::move(ten));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(writeReport(path, ReportFormat::Pdf, in, {}, &error), qPrintable(error));
    const QString pdf = QString::fromLatin1(readAll(path));
    QVERIFY(pdf.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))) >= 3);
}

void TestReportWriter::htmlAndJsonFiles()
{
    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QVERIFY2(writeReport(html, ReportFormat::Html, blockedInput(), {}, &error), qPrintable(error));
    QVERIFY(readAll(html).startsWith("<!DOCTYPE html>"));
    const QString json = dir.filePath(QStringLiteral("r.json"));
    QVERIFY2(writeReport(json, ReportFormat::Json, blockedInput(), {}, &error), qPrintable(error));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(json), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QVERIFY(doc.object().contains(QStringLiteral("report")));
    // Only the two reports: no temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(2));
}

void TestReportWriter::refusesToReplaceExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.html"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QString error;
    QVERIFY(!writeReport(path, ReportFormat::Html, blockedInput(), {}, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(readAll(path), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1));
}

void TestReportWriter::overwriteReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    ReportWriteOptions options;
    options.overwrite = true;
    QString error;
    QVERIFY2(writeReport(path, ReportFormat::Json, blockedInput(), options, &error), qPrintable(error));
    QVERIFY(readAll(path).startsWith("{"));
}

void TestReportWriter::readOnlyDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        // root (CAP_DAC_OVERRIDE) writes anyway, and then there is nothing to test here.
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("permissions are not enforced for this user (root); unwritableLocationLeavesNothing covers "
                  "the failure path");
        }
    }
    QString error;
    const bool written =
        writeReport(dir.filePath(QStringLiteral("r.html")), ReportFormat::Html, blockedInput(), {}, &error);
    const qsizetype left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size();
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(left, qsizetype(0));
}

void TestReportWriter::unwritableLocationLeavesNothing()
{
    // Neither place accepts new files, not even from root.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
    for (const QString& path : {missing, QStringLiteral("/proc/frag792-report-test.pdf")}) {
        QString error;
        QVERIFY2(!writeReport(path, ReportFormat::Pdf, blockedInput(), {}, &error), qPrintable(path));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(!QDir(dir.filePath(QStringLiteral("no"))).exists());
}

QTEST_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
