// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "ChartClock.h"
#include "FindingText.h"
#include "Redactor.h"
#include "ReportAdvice.h"
#include "ReportLogsHtml.h"
#include "SecurityAnswers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace {

constexpr std::size_t kMaxSessionsShown = 50;
constexpr std::size_t kMaxIncompleteShown = 20;
const QSize kChartSize(1600, 620);

// Written for two renderers at once: browsers and QTextDocument (the PDF). QTextDocument
// knows only a CSS subset, so boxes are tables with bgcolor and borders are set per cell.
// Lengths are px, not pt: QTextDocument parses px (and scales them to the printer) but not pt
// outside font-size.
const char* const kCss = R"(
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9.5pt; color: #222222; max-width: 62em; }
h1 { font-size: 17pt; color: #1a3d6d; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #1a3d6d; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; color: #333333; margin-top: 14px; margin-bottom: 4px; }
h4 { font-size: 9.5pt; color: #333333; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 4px; }
p.subtitle { color: #555555; margin-top: 0px; }
td.k { color: #555555; padding-right: 14px; white-space: nowrap; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { font-size: 8.5pt; }
table.grid th { background-color: #e6edf5; text-align: left; border: 1px solid #b9c4d0; padding: 2px 5px; }
table.grid td { border: 1px solid #c9d1da; padding: 2px 5px; }
td.num, th.num { text-align: right; }
tr.retx td { background-color: #fcefdc; }
span.no { color: #b03020; font-weight: bold; }
code, .mono { font-family: 'DejaVu Sans Mono', Consolas, monospace; }
.muted { color: #666666; }
p.footer { font-size: 8pt; color: #666666; margin-top: 18px; }
img.chart { max-width: 100%; height: auto; }
li { margin-bottom: 2px; }
)";

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("Report", "yes") : QCoreApplication::translate("Report", "no");
}

// Numbers and times in the reader's locale ("16,3 s" in German), like the findings beside them.
QString seconds(double s, int decimals = 3)
{
    return QLocale().toString(s, 'f', decimals);
}

/** A date and time in the reader's locale, to the second (the report gives them in UTC). */
QString dateTimeText(const QDateTime& at)
{
    const QLocale locale;
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(at.time(), ChartClock::timeFormat(locale, true));
}

QString number(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString pngDataUri(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

/** Box colours by how bad the verdict is: green done, red a fragment problem, amber otherwise. */
std::pair<const char*, const char*> verdictColours(VerdictCode code)
{
    if (code == VerdictCode::NegotiationCompleted)
        return {"#e8f5ea", "#2e7d32"};
    if (isFragmentVerdict(code))
        return {"#fbeceb", "#b03020"};
    return {"#fdf4df", "#9a6700"};
}

class ReportHtmlBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    ReportHtmlBuilder(const ReportInput& input, const ReportHtmlOptions& options)
        : m_in(input), m_options(options), m_redactor(Redactor::forReport(input))
    {
    }

    QString build();

private:
    QString esc(const QString& text) { return m_redactor.apply(text).toHtmlEscaped(); }
    void heading(int level, const QString& text)
    {
        m_out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(text.toHtmlEscaped());
    }
    void kvRow(const QString& key, const QString& valueHtml)
    {
        m_out += QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>\n")
                     .arg(key.toHtmlEscaped(), valueHtml);
    }

    void caseDetails();
    void environment();
    void verdict(const AnalysisResult& r, int level);
    void logs(const AnalysisResult& r, int level);
    void counters(const AnalysisResult& r);
    void chart();
    void timelines(const AnalysisResult& r);
    void sessionTable(const AnalysisResult& r, const IkeSession& s);
    void incomplete(const AnalysisResult& r);
    void resolution();
    void verification();
    void footer();

    const ReportInput& m_in;
    const ReportHtmlOptions& m_options;
    Redactor m_redactor;
    QString m_out;
};

QString ReportHtmlBuilder::build()
{
    m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                            "charset=\"utf-8\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                 .arg(tr("Error %1 diagnostic report").arg(m_in.errorCode).toHtmlEscaped(),
                      QString::fromLatin1(kCss));
    m_out += QStringLiteral("<h1>%1</h1>\n")
                 .arg(tr("Error %1 diagnostic report").arg(m_in.errorCode).toHtmlEscaped());
    m_out += QStringLiteral("<p class=\"subtitle\">%1</p>\n")
                 .arg(tr("L2TP/IPsec: security negotiation timed out. Checked against Microsoft KB 838438 "
                         "(ISA Server and "
                         "Forefront TMG blocking IP fragments).")
                          .toHtmlEscaped());
    caseDetails();
    environment();
    heading(2, tr("Diagnosis"));
    verdict(m_in.beforeResult(), 3);
    counters(m_in.beforeResult());
    chart();
    timelines(m_in.beforeResult());
    incomplete(m_in.beforeResult());
    resolution();
    // What the firewall's owner asks before agreeing to the change; sourced, never redacted (no case data).
    m_out += SecurityAnswers::html(2, true);
    verification();
    footer();
    m_out += QStringLiteral("</body></html>\n");
    return m_out;
}

void ReportHtmlBuilder::caseDetails()
{
    const AnalysisResult& r = m_in.beforeResult();
    heading(2, tr("Case"));
    m_out += QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"2\">\n");
    kvRow(tr("Case"), m_in.caseTitle.isEmpty()
                          ? QStringLiteral("<span class=\"muted\">%1</span>").arg(tr("not given"))
                          : esc(m_in.caseTitle));
    if (!m_in.technician.isEmpty())
        kvRow(tr("Technician"), m_in.technician.toHtmlEscaped());
    kvRow(tr("Capture"),
          r.verdictFromLogs && r.source.isEmpty()
              ? QStringLiteral("<span class=\"muted\">%1</span>")
                    .arg(tr("none: the verdict comes from the Windows logs below").toHtmlEscaped())
              : QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(m_redactor.captureName(r.source))));
    if (r.packets > 0) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(r.firstTimestampUs / 1000, QTimeZone::utc());
        const QString when = dateTimeText(start);
        kvRow(tr("Captured"),
              tr("%1 UTC, %2 s, %Ln packet(s)", nullptr, int(std::min<std::uint64_t>(r.packets, INT_MAX)))
                  .arg(when, seconds(double(r.lastTimestampUs - r.firstTimestampUs) / 1e6, 1))
                  .toHtmlEscaped());
    }
    if (!m_in.notes.isEmpty())
        kvRow(tr("Notes"), esc(m_in.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (m_in.redact)
        kvRow(tr("Redacted"),
              tr("yes: addresses and names are replaced by labels such as client-1, server-1, host-3")
                  .toHtmlEscaped());
    m_out += QStringLiteral("</table>\n");
    if (!r.stoppedEarly.isEmpty())
        m_out += QStringLiteral("<p><span class=\"no\">%1</span> %2</p>\n")
                     .arg(tr("Warning:").toHtmlEscaped(),
                          tr("reading stopped early (%1); the analysis covers what was read.")
                              .toHtmlEscaped()
                              .arg(esc(r.stoppedEarly)));
    if (r.truncation.truncated()) {
        const QStringList unread = r.truncation.incomplete();
        m_out +=
            QStringLiteral("<p><span class=\"no\">%1</span> %2</p>\n")
                .arg(tr("Truncated capture:").toHtmlEscaped(),
                     tr("%n frame(s) were cut to at most %1 bytes by the capture's snap length. Cut frames "
                        "are not malformed: fragments are counted from their IP headers and IKE messages "
                        "identified from their IKE headers. Not read past the cut: %2.",
                        nullptr, int(std::min<std::uint64_t>(r.truncation.framesCut, INT_MAX)))
                         .arg(r.truncation.snapLength)
                         .arg(unread.isEmpty() ? tr("nothing the verdict uses")
                                               : unread.join(QStringLiteral(", ")))
                         .toHtmlEscaped());
    }
}

void ReportHtmlBuilder::environment()
{
    heading(2, tr("Environment"));
    m_out += QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"2\">\n");
    kvRow(tr("Error code"), esc(m_in.errorCode));
    kvRow(tr("VPN protocol"), esc(m_in.vpnProtocol));
    kvRow(tr("Authentication"),
          !m_in.authentication ? QStringLiteral("<span class=\"muted\">%1</span>").arg(tr("not given"))
          : *m_in.authentication == IkeAuthentication::Certificates ? tr("certificates")
                                                                    : tr("pre-shared key"));
    kvRow(tr("Firewall product"), m_in.product == ServerProduct::Unspecified
                                      ? QStringLiteral("<span class=\"muted\">%1</span>").arg(tr("not given"))
                                      : serverProductName(m_in.product).toHtmlEscaped());
    kvRow(tr("Server name"), m_in.serverName.trimmed().isEmpty()
                                 ? QStringLiteral("<span class=\"muted\">%1</span>").arg(tr("not given"))
                                 : esc(m_in.serverName.trimmed()));
    if (m_in.product == ServerProduct::Isa2006Enterprise)
        kvRow(tr("Array name"), m_in.arrayName.trimmed().isEmpty()
                                    ? QStringLiteral("<span class=\"muted\">%1</span>").arg(tr("not given"))
                                    : esc(m_in.arrayName.trimmed()));
    m_out += QStringLiteral("</table>\n");
}

void ReportHtmlBuilder::verdict(const AnalysisResult& r, int level)
{
    const Verdict& v = r.verdict;
    const auto [background, accent] = verdictColours(v.code);
    m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"%1\" "
                            "style=\"background-color: %1; border-width: 2px; border-style: solid; "
                            "border-color: %2;\"><tr><td>\n")
                 .arg(QLatin1String(background), QLatin1String(accent));
    m_out +=
        QStringLiteral("<p style=\"margin-top: 0;\"><span class=\"muted\">%1</span> <code>%2</code></p>\n")
            .arg(tr("Verdict").toHtmlEscaped(), verdictCodeKey(v.code).toHtmlEscaped());
    m_out += QStringLiteral("<p style=\"font-size: %1pt; font-weight: bold; color: %2;\">%3</p>\n")
                 .arg(level <= 3 ? 12 : 11)
                 .arg(QLatin1String(accent), verdictTitleText(v.code).toHtmlEscaped());
    m_out += QStringLiteral("<p style=\"margin-bottom: 0;\">%1</p>\n")
                 .arg(verdictExplanationText(v.code).toHtmlEscaped());
    m_out += QStringLiteral("</td></tr></table>\n");

    if (!v.evidence.empty()) {
        heading(level, tr("Evidence"));
        m_out += QStringLiteral("<ul>\n");
        for (const Finding& e : v.evidence)
            m_out += QStringLiteral("<li>%1</li>\n").arg(esc(findingText(e)));
        m_out += QStringLiteral("</ul>\n");
    }
    if (r.verdictFromLogs) { // no packets: there is no capture point to speak of
        logs(r, level);
        return;
    }
    heading(level, tr("Vantage point"));
    // One sentence with the place and the reason as arguments, so each language orders them itself.
    m_out +=
        QStringLiteral("<p>%1</p>\n")
            .arg(tr("The capture was taken %1: %2.")
                     .toHtmlEscaped()
                     .arg(QStringLiteral("<b>%1</b>").arg(vantagePlaceText(v.vantage.point).toHtmlEscaped()),
                          v.vantage.how ? esc(findingText(*v.vantage.how))
                                        : tr("not decided").toHtmlEscaped()));
    if (v.vantage.conflict)
        m_out +=
            QStringLiteral("<p><span class=\"no\">%1</span> %2</p>\n")
                .arg(tr("Capture point in doubt:").toHtmlEscaped(), esc(findingText(*v.vantage.conflict)));
    logs(r, level);
}

void ReportHtmlBuilder::logs(const AnalysisResult& r, int level)
{
    if (!r.corroboration)
        return;
    heading(level, tr("Windows logs"));
    m_out += ReportLogsHtml::body(r, [this](const QString& text) { return esc(text); });
}

void ReportHtmlBuilder::counters(const AnalysisResult& r)
{
    heading(3, tr("Counters"));
    const QStringList malformed = r.malformed.summary(QLatin1String(": "));
    const std::vector<std::pair<QString, QString>> cells = {
        {tr("Packets"), number(r.packets)},
        {tr("IKE messages (v1 / v2)"), QStringLiteral("%1 / %2").arg(r.ikeV1Messages).arg(r.ikeV2Messages)},
        {tr("IPv4 fragments"), number(r.ipv4Fragments)},
        {tr("IPv6 fragments"), number(r.ipv6Fragments)},
        {tr("Datagrams reassembled"), number(r.datagramsReassembled)},
        {tr("Datagrams incomplete"), number(r.datagramsIncomplete)},
        {tr("IKE messages from fragments"), number(r.ikeMessagesFromFragments)},
        {tr("Retransmissions"), number(r.retransmissions)},
        {tr("Path MTU estimate"),
         r.pathMtuEstimate ? tr("%1 bytes").arg(number(*r.pathMtuEstimate)) : tr("n/a (no fragmented IKE)")},
        {tr("IKE fragmentation offered"), yesNo(r.ikeFragmentationOffered)},
        {tr("NAT-T in use"), yesNo(r.natTInUse)},
        {tr("Incomplete IKE datagrams"), number(r.incompleteIkeDatagrams)},
        {tr("Malformed"), malformed.isEmpty() ? tr("none") : malformed.join(QStringLiteral(", "))},
        {tr("Kernel drops"),
         r.kernelReceived
             ? tr("%1 of %2 packets").arg(number(r.kernelDrops.value_or(0)), number(*r.kernelReceived))
             : tr("n/a (file)")},
    };
    m_out += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (std::size_t i = 0; i < cells.size(); i += 2) {
        m_out += QStringLiteral("<tr>");
        for (std::size_t j = i; j < i + 2; ++j) {
            if (j < cells.size())
                m_out += QStringLiteral("<td class=\"k\" width=\"25%\">%1</td><td width=\"25%\">%2</td>")
                             .arg(cells[j].first.toHtmlEscaped(), cells[j].second.toHtmlEscaped());
            else
                m_out += QStringLiteral("<td></td><td></td>");
        }
        m_out += QStringLiteral("</tr>\n");
    }
    m_out += QStringLiteral("</table>\n");
}

void ReportHtmlBuilder::chart()
{
    const QString source =
        m_options.chartSource.isEmpty() ? pngDataUri(reportChart(m_in)) : m_options.chartSource;
    // A caption in the image's own paragraph, not a heading: a heading can be stranded at the
    // foot of a PDF page while the image moves on to the next.
    m_out += QStringLiteral("<p><img class=\"chart\" src=\"%1\" width=\"640\" alt=\"%2\"><br><span "
                            "class=\"muted\">%3</span></p>\n")
                 .arg(source,
                      tr("Chart of IP fragments and IKE answers per second, with retransmissions and "
                         "incomplete datagrams marked")
                          .toHtmlEscaped(),
                      tr("Activity over the capture, in local time: IP fragments per second as bars, IKE "
                         "answers per second as dots; triangles mark retransmissions, crosses mark datagrams "
                         "whose fragments did not all arrive.")
                          .toHtmlEscaped());
}

void ReportHtmlBuilder::timelines(const AnalysisResult& r)
{
    heading(3, tr("IKE timeline"));
    if (r.sessions.empty()) {
        m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(tr("No IKE security association was seen.").toHtmlEscaped());
        return;
    }
    for (std::size_t i = 0; i < r.sessions.size() && i < r.sessionVerdicts.size() && i < kMaxSessionsShown;
         ++i) {
        const IkeSession& s = r.sessions[i];
        const SessionVerdict& sv = r.sessionVerdicts[i];
        QString flags = QStringLiteral("IKEv%1").arg(s.version == IkeVersion::V1 ? 1 : 2);
        if (s.natT)
            flags += QStringLiteral(", NAT-T");
        m_out += QStringLiteral("<h4>%1</h4>\n")
                     .arg(tr("IKE SA %1: %2 (initiator) to %3 (responder), %4")
                              .toHtmlEscaped()
                              .arg(i + 1)
                              .arg(esc(s.initiator.toString()), esc(s.responder.toString()),
                                   flags.toHtmlEscaped()));
        m_out +=
            QStringLiteral("<p>%1 <code>%2</code>. %3</p>\n")
                .arg(
                    tr("Outcome: %1, verdict").arg(m_redactor.apply(findingText(sv.outcome))).toHtmlEscaped(),
                    verdictCodeKey(sv.code).toHtmlEscaped(),
                    tr("Certificates expected: %1; IKE fragmentation offered: %2; used: %3. I = "
                       "initiator, R = responder.")
                        .arg(yesNo(s.certificatesExpected), yesNo(s.ikeFragmentationOffered),
                             yesNo(s.ikeFragmentsUsed))
                        .toHtmlEscaped());
        sessionTable(r, s);
        if (s.droppedMessages > 0)
            m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                         .arg(tr("%1 more messages were not kept.").arg(s.droppedMessages).toHtmlEscaped());
        if (sv.phase2Note)
            m_out += QStringLiteral("<p>%1 %2</p>\n")
                         .arg(tr("Note:").toHtmlEscaped(), esc(findingText(*sv.phase2Note)));
    }
    if (r.sessions.size() > kMaxSessionsShown)
        m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(tr("%1 more IKE SAs are in the JSON report.")
                              .arg(r.sessions.size() - kMaxSessionsShown)
                              .toHtmlEscaped());
}

void ReportHtmlBuilder::sessionTable(const AnalysisResult& r, const IkeSession& s)
{
    // <thead>: QTextDocument repeats it on every PDF page the table spans.
    m_out += QStringLiteral(
        "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n<thead><tr>");
    // Widths in percent so that the message names never wrap inside a word on A4.
    const struct
    {
        QString text;
        bool numeric;
        int width;
    } headers[] = {{tr("#"), true, 5},          {tr("Time (s)"), true, 10},
                   {tr("Dir."), false, 6},      {tr("Message"), false, 20},
                   {tr("Bytes"), true, 8},      {tr("IP frags"), true, 8},
                   {tr("Answered"), false, 13}, {tr("Resent copy of"), false, 12},
                   {tr("Notes"), false, 18}};
    for (const auto& h : headers)
        m_out += QStringLiteral("<th%1 width=\"%2%\">%3</th>")
                     .arg(h.numeric ? QStringLiteral(" class=\"num\"") : QString())
                     .arg(h.width)
                     .arg(h.text.toHtmlEscaped());
    m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const SessionMessage& m = s.messages[i];
        QString answered = QStringLiteral("&ndash;");
        if (m.answered)
            answered = *m.answered
                           ? yesNo(true).toHtmlEscaped()
                           : QStringLiteral("<span class=\"no\">%1</span>").arg(yesNo(false).toHtmlEscaped());
        QStringList notes;
        notes << QStringLiteral("UDP %1").arg(m.origin.destinationPort);
        if (m.v1Fragment)
            notes << tr("IKE fragment %1%2")
                         .arg(m.v1Fragment->number)
                         .arg(m.v1Fragment->last ? tr(" (last)") : QString());
        if (m.v2Fragment)
            notes << tr("SKF %1/%2").arg(m.v2Fragment->number).arg(m.v2Fragment->total);
        if (m.errorNotify)
            notes << tr("error notify %1").arg(*m.errorNotify);
        // bgcolor on the cells as well: QTextDocument ignores row backgrounds from CSS.
        const QString cellAttr = m.isRetransmission() ? QStringLiteral(" bgcolor=\"#fcefdc\"") : QString();
        const QString td = QStringLiteral("<td%1>%2</td>");
        const QString tdNum = QStringLiteral("<td class=\"num\"%1>%2</td>");
        m_out += QStringLiteral("<tr%1>").arg(m.isRetransmission() ? QStringLiteral(" class=\"retx\"")
                                                                   : QString());
        m_out += tdNum.arg(cellAttr).arg(i + 1);
        m_out += tdNum.arg(cellAttr, seconds(double(m.origin.timestampUs - r.firstTimestampUs) / 1e6));
        m_out += td.arg(cellAttr, m.fromInitiator ? QStringLiteral("I&rarr;R") : QStringLiteral("R&rarr;I"));
        m_out += td.arg(cellAttr, messageRoleName(m.role, m.exchange).toHtmlEscaped());
        m_out += tdNum.arg(cellAttr, number(m.ikeLength));
        m_out += tdNum.arg(cellAttr).arg(m.origin.fragmentCount);
        m_out += td.arg(cellAttr, answered);
        m_out += td.arg(cellAttr,
                        m.isRetransmission() ? QStringLiteral("#%1").arg(m.retransmissionOf + 1) : QString());
        m_out += td.arg(cellAttr, notes.join(QStringLiteral(", ")).toHtmlEscaped());
        m_out += QStringLiteral("</tr>\n");
    }
    m_out += QStringLiteral("</tbody></table>\n");
}

void ReportHtmlBuilder::incomplete(const AnalysisResult& r)
{
    if (r.incompleteDatagrams.empty())
        return;
    heading(3, tr("Incomplete datagrams"));
    m_out +=
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n<tr>");
    for (const QString& h : {tr("First seen (s)"), tr("Source"), tr("Destination"), tr("IP ID"),
                             tr("Fragments"), tr("Bytes"), tr("Expected"), tr("Ports")})
        m_out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    m_out += QStringLiteral("</tr>\n");
    for (std::size_t i = 0; i < r.incompleteDatagrams.size() && i < kMaxIncompleteShown; ++i) {
        const IncompleteDatagram& d = r.incompleteDatagrams[i];
        const QString ports =
            d.hasFirstFragment
                ? QStringLiteral("%1 &rarr; %2").arg(d.origin.sourcePort).arg(d.origin.destinationPort)
                : QStringLiteral("&ndash;");
        m_out +=
            QStringLiteral(
                "<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td "
                "class=\"num\">%5</td><td class=\"num\">%6</td><td class=\"num\">%7</td><td>%8</td></tr>\n")
                .arg(seconds(double(d.firstSeenUs - r.firstTimestampUs) / 1e6),
                     esc(d.origin.source.toString()), esc(d.origin.destination.toString()))
                .arg(d.id)
                .arg(d.origin.fragmentCount)
                .arg(d.bytesReceived)
                .arg(d.expectedLength ? QString::number(*d.expectedLength) : QStringLiteral("?"), ports);
    }
    m_out += QStringLiteral("</table>\n");
    if (r.incompleteDatagrams.size() > kMaxIncompleteShown)
        m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(tr("%1 more in the JSON report.")
                              .arg(r.incompleteDatagrams.size() - kMaxIncompleteShown)
                              .toHtmlEscaped());
}

void ReportHtmlBuilder::resolution()
{
    heading(2, tr("Resolution (KB 838438)"));
    m_out +=
        QStringLiteral("<p>%1</p>\n")
            .arg(verdictAdviceText(m_in.beforeResult().verdict.code, VerdictAdvice::ResolutionIntro, true)
                     .toHtmlEscaped());
    const QString server = m_redactor.serverLabel(m_in.serverName);
    const QString array = m_redactor.serverLabel(m_in.arrayName);
    for (ServerProduct p : reportedProducts(m_in.product)) {
        heading(3, serverProductName(p));
        m_out += QStringLiteral("<p class=\"muted\">%1 <span class=\"mono\">%2</span></p>\n")
                     .arg(tr("Console path:").toHtmlEscaped(), consolePath(p, server, array).toHtmlEscaped());
        m_out += QStringLiteral("<ol>\n");
        for (const QString& step : resolutionStepsHtml(p, server, array))
            m_out += QStringLiteral("<li>%1</li>\n").arg(step);
        m_out += QStringLiteral("</ol>\n");
        const QString remark = productRemark(p, true);
        if (!remark.isEmpty())
            m_out += QStringLiteral("<p>%1</p>\n").arg(remark.toHtmlEscaped());
    }
    m_out += QStringLiteral("<ul>\n");
    for (const QString& note : resolutionNotes(true))
        m_out += QStringLiteral("<li>%1</li>\n").arg(note.toHtmlEscaped());
    m_out += QStringLiteral("</ul>\n");
}

void ReportHtmlBuilder::verification()
{
    heading(2, tr("Verification after the change"));
    if (!m_in.after) {
        m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(tr("No verification capture yet. After the change, capture again while the client "
                             "connects.")
                              .toHtmlEscaped());
        return;
    }
    const AnalysisResult& a = *m_in.after;
    const AnalysisResult& b = m_in.beforeResult();
    m_out +=
        QStringLiteral("<p><b>%1</b> %2</p>\n")
            .arg(caseStatusText(a.verdict.code).toHtmlEscaped(),
                 verdictAdviceText(a.verdict.code, VerdictAdvice::AfterVerification, true).toHtmlEscaped());
    m_out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" "
                            "cellpadding=\"3\">\n<tr><th></th><th>%1</th><th>%2</th></tr>\n")
                 .arg(tr("Before").toHtmlEscaped(), tr("After").toHtmlEscaped());
    auto row = [&](const QString& name, const QString& before, const QString& after) {
        m_out += QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(name.toHtmlEscaped(), before, after);
    };
    row(tr("Capture"), esc(m_redactor.captureName(b.source)), esc(m_redactor.captureName(a.source)));
    row(tr("Verdict"), QStringLiteral("<code>%1</code>").arg(verdictCodeKey(b.verdict.code)),
        QStringLiteral("<code>%1</code>").arg(verdictCodeKey(a.verdict.code)));
    row(tr("IP fragments"), number(b.ipv4Fragments + b.ipv6Fragments),
        number(a.ipv4Fragments + a.ipv6Fragments));
    row(tr("Datagrams reassembled"), number(b.datagramsReassembled), number(a.datagramsReassembled));
    row(tr("Retransmissions"), number(b.retransmissions), number(a.retransmissions));
    m_out += QStringLiteral("</table>\n");
    heading(3, tr("Verification capture"));
    verdict(a, 4);
}

void ReportHtmlBuilder::footer()
{
    const QDateTime at =
        m_in.generatedAt.isValid() ? m_in.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    m_out += QStringLiteral("<hr>\n<p class=\"footer\">%1</p>\n")
                 .arg(tr("Generated by frag792 %1 on %2 UTC.")
                          .arg(reportGeneratorVersion(), dateTimeText(at))
                          .toHtmlEscaped());
}

} // namespace

QString reportGeneratorVersion()
{
    const QString app = QCoreApplication::applicationVersion();
    return app.isEmpty() ? QStringLiteral(FRAG792_REPORT_VERSION) : app;
}

QImage reportChart(const ReportInput& input)
{
    return renderActivityChart(input.beforeResult(), kChartSize);
}

QString reportHtml(const ReportInput& input)
{
    return reportHtml(input, ReportHtmlOptions{});
}

QString reportHtml(const ReportInput& input, const ReportHtmlOptions& options)
{
    return ReportHtmlBuilder(input, options).build();
}
