// SPDX-License-Identifier: GPL-3.0-or-later
// The redacted report, in every format it is written in, keeps no address and no name: the
// HTML, the text of the PDF (pdftotext) and the JSON, on a capture with many peers, with the
// secrets in evidence sentences, the capture's path and file name, the server and array names,
// extra names and the technician's notes.
#include "ReportFixtures.h"
#include "ReportWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportFixtures;

class TestReportRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretSurvives_data();
    void noSecretSurvives();
    void unredactedReportStillNamesThem();

private:
    /** The report as text: the file itself, or for a PDF what pdftotext reads from it. */
    QString writtenText(ReportFormat format, const ReportInput& input, const QString& name);
    ReportInput crowdedInput(bool redact) const;

    QTemporaryDir m_dir;
    QStringList m_names;
};

namespace {

const char* const kSourcePath = "/home/alice.smith/cases/CORP-ISA-07_203.0.113.7-berlin edge.pcapng";

} // namespace

void TestReportRedaction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_names = {QStringLiteral("CORP-ISA-07"), QStringLiteral("Berlin Edge"),
               QStringLiteral("vpn.corp.example"), QStringLiteral("alice.smith")};
}

ReportInput TestReportRedaction::crowdedInput(bool redact) const
{
    ReportInput in;
    in.before = shared(crowdedCapture(QString::fromLatin1(kSourcePath)));
    in.after = shared(crowdedCapture(QStringLiteral("/home/alice.smith/cases/after_192.0.2.21.pcapng")));
    in.product = ServerProduct::Isa2006Enterprise;
    in.serverName = QStringLiteral("CORP-ISA-07");
    in.arrayName = QStringLiteral("Berlin Edge");
    in.redactNames = {QStringLiteral("vpn.corp.example"), QStringLiteral("alice.smith")};
    in.caseTitle = QStringLiteral("CORP-ISA-07 (Berlin Edge) rejects 192.0.2.20");
    in.notes = QStringLiteral("Clients 192.0.2.20, 192.0.2.31 and 2001:db8:1::13 via vpn.corp.example;\n"
                              "server 198.51.100.1, NAT 203.0.113.7; ask alice.smith.");
    in.technician = QStringLiteral("Test Technician");
    in.redact = redact;
    return in;
}

QString TestReportRedaction::writtenText(ReportFormat format, const ReportInput& input, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!writeReport(path, format, input, ReportWriteOptions{true}, &error))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    if (format != ReportFormat::Pdf) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QString::fromUtf8(file.readAll());
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void TestReportRedaction::noSecretSurvives_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("html") << int(ReportFormat::Html);
    QTest::newRow("pdf") << int(ReportFormat::Pdf);
    QTest::newRow("json") << int(ReportFormat::Json);
}

void TestReportRedaction::noSecretSurvives()
{
    QFETCH(int, format);
    if (ReportFormat(format) == ReportFormat::Pdf &&
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils, scripts/install-deps.sh) is not installed");
    const ReportInput in = crowdedInput(true);
    QVERIFY(in.before->sessions.size() >= 12);
    QVERIFY(!in.before->incompleteDatagrams.empty());
    QString text =
        writtenText(ReportFormat(format), in, QStringLiteral("redacted.%1").arg(QTest::currentDataTag()));
    if (ReportFormat(format) == ReportFormat::Json) {
        // JSON escapes non-ASCII and slashes its own way: compare the decoded strings too.
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        QVERIFY(doc.isObject());
        text += QString::fromUtf8(doc.toJson());
    }
    // A PDF line may break inside a long word, at a hyphen or not: search the text as it is,
    // with its lines joined by a space, and joined by nothing.
    const QStringList views{text, QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                            QString(text).remove(QLatin1Char('\n'))};
    for (const QString& view : views) {
        for (const QString& address : crowdedAddresses())
            QVERIFY2(!view.contains(address), qPrintable(address));
        for (const QString& name : m_names)
            QVERIFY2(!view.contains(name, Qt::CaseInsensitive), qPrintable(name));
        QVERIFY(!view.contains(QStringLiteral("/home/"), Qt::CaseInsensitive));
    }
    // Catch-alls: no dotted quad, no IPv6 address of the documentation prefix.
    const QRegularExpression dottedQuad(QStringLiteral("(?<![\\d.])\\d{1,3}(\\.\\d{1,3}){3}(?![\\d])"));
    QVERIFY2(!text.contains(dottedQuad), qPrintable(dottedQuad.match(text).captured(0)));
    QVERIFY(!text.contains(QStringLiteral("2001:db8"), Qt::CaseInsensitive));
    // The labels stand where the secrets were.
    for (const char* label : {"client-1", "server-1", "server-name", "array-name"})
        QVERIFY2(views.last().contains(QLatin1String(label)), label);
    // The author is not a secret of the network.
    QVERIFY(text.contains(QStringLiteral("Test Technician")));
}

void TestReportRedaction::unredactedReportStillNamesThem()
{
    // The check above would pass on a report that shows nothing: without redaction the
    // same input does carry every secret, in every format.
    const ReportInput in = crowdedInput(false);
    const QString html = writtenText(ReportFormat::Html, in, QStringLiteral("plain.html"));
    const QString json = writtenText(ReportFormat::Json, in, QStringLiteral("plain.json"));
    for (const QString& text : {html, json}) {
        for (const QString& address : crowdedAddresses())
            QVERIFY2(text.contains(address), qPrintable(address));
        QVERIFY(text.contains(QStringLiteral("CORP-ISA-07")));
        QVERIFY(text.contains(QStringLiteral("vpn.corp.example")));
    }
    QVERIFY(json.contains(QStringLiteral("alice.smith/cases/CORP-ISA-07_203.0.113.7")));
}

QTEST_MAIN(TestReportRedaction)
#include "TestReportRedaction.moc"
