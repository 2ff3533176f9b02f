// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisText.h"

#include "AuthMethod.h"

#include <QBuffer>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

constexpr int kWrapColumn = 96;

QString wrap(const QString& text, const QString& indent)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > kWrapColumn) {
            lines << indent + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << indent + line;
    return lines.join(QLatin1Char('\n'));
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

void appendPadded(std::string& out, std::string_view text, int width)
{
    // width < 0: left-aligned, as QString::arg(text, width) pads.
    const std::size_t pad =
        std::size_t(std::abs(width)) > text.size() ? std::size_t(std::abs(width)) - text.size() : 0;
    if (width > 0)
        out.append(pad, ' ');
    out.append(text);
    if (width < 0)
        out.append(pad, ' ');
}

void appendNumber(std::string& out, std::uint64_t n, int width)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof(digits), n).ptr;
    appendPadded(out, std::string_view(digits, std::size_t(end - digits)), width);
}

/**
 * One timeline line into @p line (cleared first): the text output writes one per IKE message of
 * every SA, and the eight chained QString::arg() it used were the largest part of writing text.
 */
void messageLine(std::string& line, const AnalysisResult& r, const SessionMessage& m)
{
    line.clear();
    // Qt's rounding, not printf's: they differ on exact ties (408.8125 s is 408.813 here).
    const QString seconds = QString::number(double(m.origin.timestampUs - r.firstTimestampUs) / 1e6, 'f', 3);
    QString name = messageRoleName(m.role, m.exchange);
    if (m.v2Fragment)
        name += QStringLiteral(" [SKF %1/%2]").arg(m.v2Fragment->number).arg(m.v2Fragment->total);
    const QByteArray nameUtf8 = name.toUtf8();
    std::string_view answered = "-";
    if (m.answered)
        answered = *m.answered ? "answered" : "NOT answered";
    line.append("    ");
    if (seconds.size() < 8)
        line.append(std::size_t(8 - seconds.size()), ' ');
    for (const QChar c : seconds)
        line += char(c.unicode()); // digits, '.', '-'
    line.append("  ");
    line.append(m.fromInitiator ? "I->R" : "R->I");
    line.append("  ");
    appendPadded(line, std::string_view(nameUtf8.constData(), std::size_t(nameUtf8.size())), -26);
    line += ' ';
    appendNumber(line, m.ikeLength, 6);
    line += ' ';
    appendNumber(line, m.origin.fragmentCount, 5);
    line.append("  ");
    appendPadded(line, answered, -12);
    if (m.isRetransmission())
        line.append(" retransmission");
    if (m.natT)
        line.append(" (UDP 4500)");
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
}

int linkTypesUsed(const AnalysisResult& r)
{
    return int(std::count_if(r.linkTypeFrames.begin(), r.linkTypeFrames.end(),
                             [](std::uint64_t n) { return n > 0; }));
}
/**
 * Writes each line as it is made, through a small buffer: a capture with thousands of IKE SAs
 * has a long text summary, and holding it whole (as UTF-16, then UTF-8) doubled peak memory.
 */
class LineSink
{
public:
    explicit LineSink(QIODevice& device) : m_device(device) { m_buffer.reserve(kFlushBytes + 4096); }
    LineSink& operator<<(const QString& line)
    {
        const QByteArray utf8 = line.toUtf8();
        m_buffer.append(utf8.constData(), std::size_t(utf8.size()));
        m_buffer += '\n';
        if (m_buffer.size() >= kFlushBytes)
            flush();
        return *this;
    }
    /** An ASCII or UTF-8 line. */
    LineSink& operator<<(std::string_view line)
    {
        m_buffer.append(line);
        m_buffer += '\n';
        if (m_buffer.size() >= kFlushBytes)
            flush();
        return *this;
    }
    LineSink& operator<<(const QStringList& lines)
    {
        for (const QString& line : lines)
            *this << line;
        return *this;
    }
    bool flush()
    {
        if (!m_buffer.empty() &&
            m_device.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            m_failed = true;
        m_buffer.clear(); // keeps the capacity for the next lines
        return !m_failed;
    }

private:
    static constexpr std::size_t kFlushBytes = 64 * 1024;
    QIODevice& m_device;
    std::string m_buffer; ///< not QByteArray: see JsonWriter's buffer
    bool m_failed = false;
};

} // namespace

/** The logs given as evidence: how they relate to the packets, then item by item. */
static QStringList corroborationLines(const AnalysisResult& r)
{
    const Corroboration& c = *r.corroboration;
    QStringList out;
    out << QString()
        << QStringLiteral("Logs (%1): %2 items")
               .arg(corroborationRelationKey(c.relation))
               .arg(c.items.size());
    if (c.logsVerdict)
        out << QStringLiteral("  The logs alone say: %1").arg(verdictCodeKey(*c.logsVerdict));
    for (const Finding& note : c.notes)
        out << wrap(findingEnglish(note), QStringLiteral("    ")).replace(0, 4, QStringLiteral("  * "));
    for (std::size_t i = 0; i < c.items.size() && i < Corroboration::kMaxItems; ++i) {
        const CorroborationItem& item = c.items[i];
        QString when = QStringLiteral("time unknown");
        const ItemPlacement place = placeItem(item, r.packets, r.firstTimestampUs, r.lastTimestampUs);
        const QString utc =
            item.timeUtcMs ? QDateTime::fromMSecsSinceEpoch(*item.timeUtcMs, Qt::UTC).toString(Qt::ISODate)
                           : QString();
        switch (place) {
        case ItemPlacement::TimeUnknown:
            break;
        case ItemPlacement::LocalTime:
            when = QDateTime::fromMSecsSinceEpoch(*item.localTimeMs, Qt::UTC)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'local'"));
            break;
        case ItemPlacement::NoCapture:
            when = utc;
            break;
        case ItemPlacement::InCapture:
            when = QStringLiteral("%1 s").arg(double(*item.timeUtcMs * 1000 - r.firstTimestampUs) / 1e6, 0,
                                              'f', 1);
            break;
        case ItemPlacement::BeforeCapture:
            when = utc + QStringLiteral(", before the capture");
            break;
        case ItemPlacement::AfterCapture:
            when = utc + QStringLiteral(", after the capture");
            break;
        }
        out << wrap(QStringLiteral("[%1, %2] %3").arg(when, item.strength, findingEnglish(item.detail)),
                    QStringLiteral("    "))
                   .replace(0, 4, QStringLiteral("  - "));
    }
    if (c.itemsDropped > 0)
        out << QStringLiteral("  ... %1 more items not kept").arg(c.itemsDropped);
    return out;
}

QString analysisToText(const AnalysisResult& result)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeAnalysisText(result, buffer);
    return QString::fromUtf8(bytes);
}

bool writeAnalysisText(const AnalysisResult& r, QIODevice& device)
{
    LineSink out(device);
    const Verdict& v = r.verdict;
    if (r.verdictFromLogs)
        out << QStringLiteral("Capture: none (the verdict comes from the logs below)");
    else
        out << QStringLiteral("Capture: %1 (%2, %3 packets over %4 s)")
                   .arg(r.source, linkTypeName(r.linkType))
                   .arg(r.packets)
                   .arg(r.durationSeconds(), 0, 'f', 1);
    if (linkTypesUsed(r) > 1) {
        QStringList parts;
        for (std::size_t i = 0; i < r.linkTypeFrames.size(); ++i)
            if (r.linkTypeFrames[i] > 0)
                parts << QStringLiteral("%1 %2").arg(linkTypeName(LinkType(i))).arg(r.linkTypeFrames[i]);
        out << wrap(QStringLiteral("Link types (frames): ") + parts.join(QStringLiteral(", ")), QString());
    }
    if (!r.timestampsUtc)
        out << wrap(
            QStringLiteral("Timestamps: %1 stamps the local time of the capturing computer without its "
                           "time zone; clock times may be off by that computer's UTC offset "
                           "(intervals between packets are right).")
                .arg(r.captureFormat),
            QString());
    if (!r.recordsRefused.empty()) {
        QStringList parts;
        for (const auto& [what, count] : r.recordsRefused)
            parts << QStringLiteral("%1 %2").arg(count).arg(what);
        out << wrap(QStringLiteral("Records not analysed (frag792 does not decode them): ") +
                        parts.join(QStringLiteral(", ")),
                    QString());
    }
    if (!r.stoppedEarly.isEmpty())
        out << QStringLiteral("WARNING: reading stopped early: %1. The analysis covers what was read.")
                   .arg(r.stoppedEarly);
    if (r.truncation.truncated()) {
        const TruncationFacts& t = r.truncation;
        const QStringList unread = t.incomplete();
        out << wrap(
            QStringLiteral("NOTE: truncated capture: %1 frames cut to at most %2 bytes (snap length). Cut "
                           "frames are not malformed: fragments are counted from their IP headers and "
                           "IKE messages identified from their IKE headers. Not read past the cut: %3.")
                .arg(t.framesCut)
                .arg(t.snapLength)
                .arg(unread.isEmpty() ? QStringLiteral("nothing the verdict uses")
                                      : unread.join(QStringLiteral(", "))),
            QString());
    }
    out << QString();
    out << QStringLiteral("Verdict: %1").arg(verdictCodeKey(v.code));
    out << wrap(QString::fromLatin1(verdictTitleSource(v.code)), QStringLiteral("  "));
    out << wrap(QString::fromLatin1(verdictExplanationSource(v.code)), QStringLiteral("  "));
    if (!v.evidence.empty()) {
        out << QString() << QStringLiteral("Evidence:");
        for (const Finding& e : v.evidence)
            out << wrap(findingEnglish(e), QStringLiteral("    ")).replace(0, 4, QStringLiteral("  - "));
    }
    if (v.vantage.conflict) {
        out << QString() << QStringLiteral("Capture point in doubt:");
        out << wrap(findingEnglish(*v.vantage.conflict), QStringLiteral("  "));
    }
    if (r.corroboration)
        out << corroborationLines(r);
    out << QString() << QStringLiteral("Counts:");
    out << QStringLiteral(
               "  packets %1, IPv4 fragments %2, IPv6 fragments %3, datagrams reassembled %4, incomplete %5")
               .arg(r.packets)
               .arg(r.ipv4Fragments)
               .arg(r.ipv6Fragments)
               .arg(r.datagramsReassembled)
               .arg(r.datagramsIncomplete);
    out << QStringLiteral(
               "  IKE messages: v1 %1, v2 %2 (%3 reassembled from IP fragments), retransmissions %4")
               .arg(r.ikeV1Messages)
               .arg(r.ikeV2Messages)
               .arg(r.ikeMessagesFromFragments)
               .arg(r.retransmissions);
    out << QStringLiteral("  path MTU estimate: %1; IKE fragmentation offered: %2; NAT-T in use: %3")
               .arg(r.pathMtuEstimate ? QStringLiteral("%1 bytes").arg(*r.pathMtuEstimate)
                                      : QStringLiteral("n/a (no fragmented IKE)"))
               .arg(yesNo(r.ikeFragmentationOffered), yesNo(r.natTInUse));
    if (r.kernelReceived)
        out << QStringLiteral("  kernel: %1 packets received by the filter, %2 dropped")
                   .arg(*r.kernelReceived)
                   .arg(r.kernelDrops.value_or(0));
    if (r.timestampsOutOfRange > 0)
        out << QStringLiteral("  %1 packets stamped before 1970 or after 9999: analysed at the nearest limit")
                   .arg(r.timestampsOutOfRange);
    if (r.malformed.total() > 0) {
        out << wrap(QStringLiteral("malformed: ") +
                        r.malformed.summary(QLatin1String(" ")).join(QStringLiteral(", ")),
                    QStringLiteral("  "));
    }

    std::string line; // one timeline line, its capacity reused for every message
    for (std::size_t i = 0; i < r.sessions.size() && i < r.sessionVerdicts.size(); ++i) {
        const IkeSession& s = r.sessions[i];
        const SessionVerdict& sv = r.sessionVerdicts[i];
        out << QString();
        out << QStringLiteral("IKE SA %1: %2 -> %3, IKEv%4%5, %6 => %7")
                   .arg(i + 1)
                   .arg(s.initiator.toString(), s.responder.toString())
                   .arg(s.version == IkeVersion::V1 ? 1 : 2)
                   .arg((s.natT ? QStringLiteral(", NAT-T") : QString()) +
                        (s.authMethod ? QStringLiteral(", ") + AuthMethod::code(*s.authMethod) : QString()))
                   .arg(findingEnglish(sv.outcome), verdictCodeKey(sv.code));
        out << QStringLiteral("    %1  %2  %3 %4 %5  %6")
                   .arg(QStringLiteral("time s"), 8)
                   .arg(QStringLiteral("dir "))
                   .arg(QStringLiteral("message"), -26)
                   .arg(QStringLiteral("bytes"), 6)
                   .arg(QStringLiteral("frags"), 5)
                   .arg(QStringLiteral("answer"));
        for (const SessionMessage& m : s.messages) {
            messageLine(line, r, m);
            out << std::string_view(line);
        }
        if (s.droppedMessages > 0)
            out << QStringLiteral("    ... %1 more messages not kept").arg(s.droppedMessages);
        if (sv.phase2Note)
            out << wrap(QStringLiteral("Note: ") + findingEnglish(*sv.phase2Note), QStringLiteral("    "));
    }
    return out.flush();
}
