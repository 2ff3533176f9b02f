// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFormat.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <array>

QString evidenceFormatKey(EvidenceFormat format)
{
    static constexpr std::array<const char*, 10> keys = {
        "unknown",   "evtx",          "evt",        "event-xml",    "event-text",
        "event-csv", "wfp-netevents", "oakley-log", "firewall-w3c", "firewall-viewer-export"};
    const auto i = std::size_t(format);
    return i < keys.size() ? QString::fromLatin1(keys[i]) : QStringLiteral("unknown");
}

namespace {

/** Decodes the head as text; a split multi-byte character at the end is dropped. */
QString headText(const QByteArray& head, const SniffResult& sniff)
{
    const QByteArray body = head.mid(sniff.bomBytes);
    if (sniff.encoding == TextEncoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(body);
        return utf8.hasError() ? QString::fromLatin1(body) : text;
    }
    QString text;
    for (qsizetype i = 0; i + 1 < body.size(); i += 2) {
        const auto a = std::uint8_t(body[i]);
        const auto b = std::uint8_t(body[i + 1]);
        text.append(
            QChar(sniff.encoding == TextEncoding::Utf16Le ? char16_t(a | b << 8) : char16_t(b | a << 8)));
    }
    return text;
}

bool looksLikeUtf16(const QByteArray& head, int parity)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 512);
    if (n < 8)
        return false;
    int zeros = 0;
    int pairs = 0;
    for (qsizetype i = parity; i < n; i += 2) {
        ++pairs;
        if (head[i] == 0)
            ++zeros;
    }
    return zeros * 10 >= pairs * 9;
}

QStringList meaningfulLines(const QString& text, int max)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        lines.append(trimmed.toString());
        if (lines.size() >= max)
            break;
    }
    return lines;
}

// Event Viewer CSV header names: English, German and Brazilian Portuguese seen in public exports;
// French and Spanish are the product's names as we know them (see tests/evidence/README.md).
const char* const kCsvLevelNames[] = {"Level", "Ebene", "Niveau", "Nivel", "N\u00edvel"};

bool csvHeaderKnown(const QString& line)
{
    const QString first = line.section(QLatin1Char(','), 0, 0).remove(QLatin1Char('"')).trimmed();
    for (const char* name : kCsvLevelNames) {
        if (first == QString::fromUtf8(name))
            return line.count(QLatin1Char(',')) >= 4;
    }
    return false;
}

bool csvRowLooksLikeEvent(const QString& line)
{
    static const QRegularExpression row(QStringLiteral(
        "^\"?[^,\"]*\"?,\"?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}[ T][^,]*,\"?[^,]+\"?,\"?\\d{1,5}\"?,"));
    return row.match(line).hasMatch();
}

} // namespace

SniffResult sniffEvidenceFormat(const QByteArray& head)
{
    SniffResult r;
    if (head.startsWith(QByteArray("ElfFile\0", 8))) {
        r.format = EvidenceFormat::Evtx;
        r.reason = QStringLiteral("EVTX signature \"ElfFile\" at offset 0");
        return r;
    }
    if (head.size() >= 8 && head.mid(4, 4) == "LfLe" && std::uint8_t(head[0]) == 0x30 && head[1] == 0 &&
        head[2] == 0 && head[3] == 0) {
        r.format = EvidenceFormat::Evt;
        r.reason = QStringLiteral("EVT signature \"LfLe\" at offset 4 after a 0x30 header size");
        return r;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        r.bomBytes = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        r.encoding = TextEncoding::Utf16Le;
        r.bomBytes = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        r.encoding = TextEncoding::Utf16Be;
        r.bomBytes = 2;
    } else if (looksLikeUtf16(head, 1)) {
        r.encoding = TextEncoding::Utf16Le;
    } else if (looksLikeUtf16(head, 0)) {
        r.encoding = TextEncoding::Utf16Be;
    }

    const QString text = headText(head, r);
    const QStringList lines = meaningfulLines(text, 40);
    if (lines.isEmpty()) {
        r.reason = QStringLiteral("no text found");
        return r;
    }
    const QString& first = lines.first();
    static const QRegularExpression w3cDirective(
        QStringLiteral("^#(Software|Version|Date|Fields|Remark|Start-Date|End-Date):"));
    if (w3cDirective.match(first).hasMatch()) {
        r.format = EvidenceFormat::FirewallW3c;
        r.reason =
            QStringLiteral("W3C extended log directive \"%1\"").arg(first.section(QLatin1Char(':'), 0, 0));
        return r;
    }
    static const QRegularExpression wevtutilEvent(QStringLiteral("^Event\\[\\d+\\]:?$"));
    if (wevtutilEvent.match(first).hasMatch()) {
        r.format = EvidenceFormat::EventText;
        r.reason = QStringLiteral("wevtutil text block \"%1\"").arg(first);
        return r;
    }
    if (first.startsWith(QLatin1Char('<'))) {
        const QString joined = lines.join(QLatin1Char(' '));
        static const QRegularExpression wfp(
            QStringLiteral("<(netEvents|netEvent|wfpdiag)[\\s>/]|FWPM_NET_EVENT_TYPE_"));
        if (wfp.match(joined).hasMatch()) {
            r.format = EvidenceFormat::WfpNetEvents;
            r.reason = QStringLiteral("WFP net event XML element");
            return r;
        }
        static const QRegularExpression event(QStringLiteral("<(Events|Event)[\\s>/]"));
        if (event.match(joined).hasMatch()) {
            r.format = EvidenceFormat::EventXml;
            r.reason = QStringLiteral("event XML element <Event>");
            return r;
        }
        r.reason = QStringLiteral("XML without <Event> or <netEvents> elements");
        return r;
    }
    if (csvHeaderKnown(first) ||
        (lines.size() > 1 && first.count(QLatin1Char(',')) >= 4 && csvRowLooksLikeEvent(lines.at(1)))) {
        r.format = EvidenceFormat::EventCsv;
        r.reason = QStringLiteral("Event Viewer CSV header \"%1\"").arg(first.left(80));
        return r;
    }
    static const QRegularExpression oakleyPrefix(
        QStringLiteral("^\\d{1,2}-\\d{1,2}: \\d{2}:\\d{2}:\\d{2}:\\d{3} [0-9a-fA-F]+:[0-9a-fA-F]+ "));
    for (const QString& line : lines) {
        if (line.contains(QLatin1String("ISAKMP Header")) || oakleyPrefix.match(line).hasMatch()) {
            r.format = EvidenceFormat::OakleyLog;
            r.reason = QStringLiteral("oakley.log line layout");
            return r;
        }
    }
    static const QRegularExpression viewerHeader(
        QStringLiteral("(Log Time|Client IP|Destination IP|Result Code|Action)\\t"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropRow(
        QStringLiteral("0x[cC]004[0-9a-fA-F]{4}.*\\d{1,3}(\\.\\d{1,3}){3}|\\d{1,3}(\\.\\d{1,3}){3}.*0x[cC]"
                       "004[0-9a-fA-F]{4}"));
    if (viewerHeader.match(first).hasMatch() ||
        (first.contains(QLatin1Char('\t')) && dropRow.match(first).hasMatch())) {
        r.format = EvidenceFormat::FirewallViewerExport;
        r.reason = QStringLiteral("tab-separated ISA/TMG log viewer columns");
        return r;
    }
    r.reason = QStringLiteral("text, but no known evidence layout in the first lines");
    return r;
}
