// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: what a technician reads, and what the PDF is laid out from.
#include "FindingText.h"
#include "ReportFixtures.h"
#include "ReportHtml.h"

#include <QDateTime>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace ReportFixtures;

class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void verdictAndTimeline();
    void chartIsInlinePng();
    void noExternalResources();
    void productLabels_data();
    void productLabels();
    void unspecifiedProductListsEveryPath();
    void verificationAfterFix();
    void userTextIsEscaped();
    void chartIsDrawnFromTheResult();
    void vantageConflictIsShown();
    void logsAloneHaveNoCapturePoint();
    void logItemsOutsideTheCaptureShowTheirDate();
};

void TestReportHtml::verdictAndTimeline()
{
    const ReportInput in = blockedInput(ServerProduct::TmgMbe);
    QCOMPARE(verdictCodeKey(in.before->verdict.code), QStringLiteral("fragments-dropped-at-server"));
    const QString html = reportHtml(in);
    QVERIFY(html.contains(QStringLiteral("<code>fragments-dropped-at-server</code>")));
    QVERIFY(html.contains(verdictTitleText(in.before->verdict.code).toHtmlEscaped()));
    QVERIFY(html.contains(verdictExplanationText(in.before->verdict.code).toHtmlEscaped()));
    // Every timeline message is a row: MM1..MM4, then MM5 and its retransmissions.
    const IkeSession& s = in.before->sessions.front();
    const int mm5Rows = int(html.count(QRegularExpression(QStringLiteral(">MM5</td>"))));
    int mm5Messages = 0;
    for (const SessionMessage& m : s.messages)
        mm5Messages += messageRoleName(m.role, m.exchange) == QLatin1String("MM5") ? 1 : 0;
    QVERIFY(mm5Messages >= 2);
    QCOMPARE(mm5Rows, mm5Messages);
    QVERIFY(html.contains(QStringLiteral(">MM1</td>")));
    // Evidence sentences from the engine, vantage and counters.
    for (const QString& e : findingTexts(in.before->verdict.evidence))
        QVERIFY2(html.contains(e.toHtmlEscaped()), qPrintable(e));
    QVERIFY(in.before->verdict.vantage.how);
    QVERIFY(html.contains(findingText(*in.before->verdict.vantage.how).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Path MTU estimate")));
    QVERIFY(html.contains(QStringLiteral("%1 bytes").arg(QLocale().toString(*in.before->pathMtuEstimate))));
    QVERIFY(html.contains(QStringLiteral("Branch office VPN fails with 792")));
    QVERIFY(html.contains(QStringLiteral("<td>certificates</td>")));
    // The date in the reader's locale, to the second.
    const QLocale locale;
    QVERIFY(html.contains(
        QStringLiteral("on %1 ").arg(locale.toString(QDate(2026, 1, 2), QLocale::ShortFormat))));
    QVERIFY(html.contains(QStringLiteral(" UTC.")));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = reportHtml(in);
    QLocale::setDefault(previous);
    QVERIFY(german.contains(QStringLiteral("on 02.01.26 03:04:05 UTC")));
}

void TestReportHtml::chartIsInlinePng()
{
    const QString html = reportHtml(blockedInput());
    const QRegularExpression re(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    const QRegularExpressionMatch m = re.match(html);
    QVERIFY(m.hasMatch());
    const QImage chart = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
    QVERIFY(!chart.isNull());
    QVERIFY(chart.width() > chart.height());
}

void TestReportHtml::noExternalResources()
{
    QString html = reportHtml(blockedInput());
    // Links to the cited sources, and citations pointing inside the report, load nothing until
    // clicked; anything else on the web would.
    static const QRegularExpression links(
        QStringLiteral("<a href=\"(https?://|#frag792-source-)[^\"]*\">[^<]*</a>"));
    QVERIFY(html.contains(links));
    html.remove(links);
    QVERIFY(!html.contains(QStringLiteral("http://")));
    QVERIFY(!html.contains(QStringLiteral("https://")));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import")));
    QVERIFY(!html.contains(QStringLiteral("url(")));
    auto it = QRegularExpression(QStringLiteral("(?:src|href)=\"([^\"]*)\"")).globalMatch(html);
    int sources = 0;
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(QLatin1String("data:")), qPrintable(target));
        ++sources;
    }
    QCOMPARE(sources, 1);
}

void TestReportHtml::productLabels_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("tmg-mbe")
        << int(ServerProduct::TmgMbe)
        << QStringList{"Configure IP Preferences", "Firewall Policy", "Tasks",
                       "Microsoft Forefront Threat Management Gateway, Medium Business Edition Management"}
        << QStringList{"Define IP Preferences", "Configure IP Protection", "Configure IP Options Filtering"};
    QTest::newRow("isa2004") << int(ServerProduct::Isa2004)
                             << QStringList{"Define IP Preferences", "Additional Security Policy",
                                            "ISA Server Management", "General"}
                             << QStringList{"Configure IP Protection", "Configure IP Preferences",
                                            "Configure IP Options Filtering"};
    QTest::newRow("isa2006") << int(ServerProduct::Isa2006Standard)
                             << QStringList{"Configure IP Protection", "Additional Security Policy"}
                             << QStringList{"Configure IP Preferences", "Configure IP Options Filtering",
                                            "Arrays"};
    QTest::newRow("isa2006-enterprise") << int(ServerProduct::Isa2006Enterprise)
                                        << QStringList{"Configure IP Protection", "Arrays", "Edge Array"}
                                        << QStringList{"Configure IP Preferences", "ArrayName"};
    QTest::newRow("tmg2010") << int(ServerProduct::Tmg2010)
                             << QStringList{"Configure IP Options Filtering",
                                            "Behavioral Intrusion Detection", "Intrusion Prevention System"}
                             << QStringList{"Define IP Preferences", "Configure IP Protection",
                                            "Configure IP Preferences"};
}

void TestReportHtml::productLabels()
{
    QFETCH(int, product);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    ReportInput in = blockedInput(ServerProduct(product));
    in.arrayName = QStringLiteral("Edge Array");
    const QString html = reportHtml(in);
    // Labels are bold, exactly as the console shows them.
    // Enterprise Edition names the array where the others name the server.
    const QString node = ServerProduct(product) == ServerProduct::Isa2006Enterprise
                             ? QStringLiteral("Edge Array")
                             : QStringLiteral("VPNGW01");
    for (const QString& label : present + QStringList{"Block IP fragments", "IP Fragments", "Apply", node})
        QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped())), qPrintable(label));
    for (const QString& label : absent)
        QVERIFY2(!html.contains(label), qPrintable(label));
    QVERIFY(html.contains(node + QStringLiteral(" &gt; ")));
}

void TestReportHtml::unspecifiedProductListsEveryPath()
{
    const QString html = reportHtml(blockedInput(ServerProduct::Unspecified));
    for (ServerProduct p : allServerProducts())
        QVERIFY2(html.contains(QStringLiteral("<h3>%1</h3>").arg(serverProductName(p))),
                 qPrintable(serverProductName(p)));
    for (const char* label : {"Define IP Preferences", "Configure IP Protection", "Configure IP Preferences",
                              "Configure IP Options Filtering"})
        QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(QLatin1String(label))), label);
}

void TestReportHtml::verificationAfterFix()
{
    ReportInput in = blockedInput(ServerProduct::Isa2004);
    QVERIFY(reportHtml(in).contains(QStringLiteral("No verification capture yet")));

    in.after = shared(completedAtServer());
    QCOMPARE(verdictCodeKey(in.after->verdict.code), QStringLiteral("negotiation-completed"));
    QString html = reportHtml(in);
    QVERIFY(html.contains(QStringLiteral("Case closed.")));
    QVERIFY(html.contains(QStringLiteral("<code>negotiation-completed</code>")));
    QVERIFY(!html.contains(QStringLiteral("Not resolved yet.")));

    in.after = shared(blockedAtServer());
    html = reportHtml(in);
    QVERIFY(html.contains(QStringLiteral("Not resolved yet.")));
    QVERIFY(html.contains(QStringLiteral("The server still drops the fragments")));
}

void TestReportHtml::userTextIsEscaped()
{
    ReportInput in = blockedInput();
    in.caseTitle = QStringLiteral("<script>alert('x')</script> & more");
    in.notes = QStringLiteral("line one\n<b>line two</b>");
    const QString html = reportHtml(in);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("line one<br>&lt;b&gt;line two&lt;/b&gt;")));
}

void TestReportHtml::chartIsDrawnFromTheResult()
{
    // No widget grab: the report's chart is the renderer's picture of the diagnosis capture.
    const ReportInput in = blockedInput();
    const QImage shown = reportChart(in);
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, renderActivityChart(*in.before, shown.size()));
    QVERIFY(shown != renderActivityChart(AnalysisResult{}, shown.size()));
    // Without a diagnosis capture the report still draws (an empty chart) instead of failing.
    QCOMPARE(reportChart(ReportInput{}), renderActivityChart(AnalysisResult{}, shown.size()));

    ReportHtmlOptions options;
    options.chartSource = QStringLiteral("chart-resource.png");
    const QString html = reportHtml(in, options);
    QVERIFY(html.contains(QStringLiteral("src=\"chart-resource.png\"")));
    QVERIFY(!html.contains(QStringLiteral("data:image/png")));
    QVERIFY(reportHtml(in).contains(QStringLiteral("data:image/png;base64,")));
}

void TestReportHtml::vantageConflictIsShown()
{
    ReportInput in = blockedInput();
    in.before = shared(blockedAtClientStatedAsServer());
    QVERIFY(in.before->verdict.vantage.conflict);
    const QString html = reportHtml(in);
    QVERIFY(
        html.contains(QStringLiteral("<span class=\"no\">Capture point in doubt:</span> The verdict assumes "
                                     "the capture was taken at the server (the responder 198.51.100.1 is the "
                                     "address given with --server), but the TTLs say it was taken at the "
                                     "client")));
    QVERIFY(
        html.contains(QStringLiteral("The capture was taken <b>at the server</b>: the responder 198.51.100.1 "
                                     "is the address given with --server.")));
    // Redacted, the conflict names the server by its label too.
    in.redact = true;
    const QString redacted = reportHtml(in);
    QVERIFY(redacted.contains(QStringLiteral("(the responder server-1 is the address given with --server)")));
    QVERIFY(!redacted.contains(QLatin1String(kServer)));

    // No conflict, no warning.
    QVERIFY(!reportHtml(blockedInput()).contains(QStringLiteral("Capture point in doubt")));
}

void TestReportHtml::logsAloneHaveNoCapturePoint()
{
    // `analyze --evidence LOG` without a capture: no capture row with an empty name, no
    // "taken at an unknown point" for a capture that does not exist; the logs' section stays.
    AnalysisResult logsOnly;
    logsOnly.verdictFromLogs = true;
    logsOnly.verdict.code = VerdictCode::LogsInconclusive;
    logsOnly.verdict.evidence.push_back(Finding(FindingCode::LogsVerdictBasis));
    logsOnly.corroboration.emplace();
    logsOnly.corroboration->relation = CorroborationRelation::NoCapture;
    ReportInput in = blockedInput();
    in.before = shared(logsOnly);
    const QString html = reportHtml(in);
    QVERIFY(html.contains(QStringLiteral("none: the verdict comes from the Windows logs below")));
    QVERIFY(html.contains(QStringLiteral("The logs do not show where the negotiation stopped")));
    QVERIFY(html.contains(QStringLiteral("No capture: the verdict comes from these logs alone.")));
    QVERIFY(!html.contains(QStringLiteral("Vantage point")));
    QVERIFY(!html.contains(QStringLiteral("The capture was taken")));
    // With a capture the section is there.
    QVERIFY(reportHtml(blockedInput()).contains(QStringLiteral("The capture was taken")));
}

void TestReportHtml::logItemsOutsideTheCaptureShowTheirDate()
{
    // A firewall log of another day: its rows are not "-864,000.0 s" into the capture.
    AnalysisResult r = blockedAtServer();
    r.corroboration.emplace();
    CorroborationItem before;
    before.source = QStringLiteral("ISALOG_20100520.w3c");
    before.strength = QStringLiteral("context");
    before.timeUtcMs = r.firstTimestampUs / 1000 - 10LL * 24 * 3600 * 1000;
    before.detail = Finding(FindingCode::LogsVerdictBasis);
    CorroborationItem inside = before;
    inside.timeUtcMs = r.firstTimestampUs / 1000 + 1500;
    r.corroboration->items = {before, inside};
    ReportInput in = blockedInput();
    in.before = shared(r);
    const QString html = reportHtml(in);
    const QString date = QDateTime::fromMSecsSinceEpoch(*before.timeUtcMs, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(html.contains(date + QStringLiteral(", before the capture")), qPrintable(date));
    QVERIFY(html.contains(QStringLiteral("<td>1.5 s</td>")));
    QVERIFY(!html.contains(QStringLiteral("-864")));
}

QTEST_MAIN(TestReportHtml)
#include "TestReportHtml.moc"
