// SPDX-License-Identifier: GPL-3.0-or-later
#include "OakleyLog.h"

#include "EvidenceCollector.h"
#include "TextLineReader.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace {

constexpr std::uint32_t kLargeMessage = 1000;
constexpr std::uint32_t kShortMessage = 256;
constexpr qsizetype kMaxPeers = 1024;
/** oakley.log has no year; 2000 is a leap year, so 2-29 stays a valid date. */
constexpr int kAssumedYear = 2000;

struct Pending
{
    bool receive = false;
    IpAddress peer;
    EvidenceTime time;
};

} // namespace

void OakleyLog::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(\\d{1,2})-(\\d{1,2}): (\\d{1,2}):(\\d{2}):(\\d{2}):(\\d{3}) "
                       "([0-9a-fA-F]+):([0-9a-fA-F]+) (.*)$"));
    static const QRegularExpression ipv4(QStringLiteral("(\\d{1,3}(?:\\.\\d{1,3}){3})"));
    static const QRegularExpression header(QStringLiteral("ISAKMP Header:.*len\\s*=\\s*(\\d{1,10})"));
    TextLineReader lines(device, sniff.encoding, sniff.bomBytes, options, result);
    EvidenceCollector collector(result, options.maxItems);
    QHash<QString, Pending> pendingByThread;
    QHash<IpAddress, std::uint32_t> largestSentTo;
    QString line;
    while (lines.next(line)) {
        ++result.recordsRead;
        const auto m = prefix.match(line);
        if (!m.hasMatch())
            continue;
        EvidenceTime time;
        const QDate date(kAssumedYear, m.captured(1).toInt(), m.captured(2).toInt());
        const QTime clock(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt(),
                          m.captured(6).toInt());
        if (date.isValid() && clock.isValid()) {
            time.basis = TimeBasis::LocalUnknownZone;
            time.msecs = QDateTime(date, clock, Qt::UTC).toMSecsSinceEpoch();
            time.yearMissing = true;
        } else {
            result.unreadable.add(UnreadableReason::BadTime, lines.lineNumber());
        }
        const QString thread = m.captured(7) + QLatin1Char(':') + m.captured(8);
        const QString text = m.captured(9);
        const bool sending =
            text.startsWith(QLatin1String("Sending:")) || text.startsWith(QLatin1String("Send:"));
        const bool receiving = text.startsWith(QLatin1String("Receive:"));
        if (sending || receiving) {
            Pending p;
            p.receive = receiving;
            p.time = time;
            if (const auto a = ipv4.match(text); a.hasMatch())
                p.peer = IpAddress::fromString(a.captured(1));
            if (pendingByThread.size() < kMaxPeers || pendingByThread.contains(thread))
                pendingByThread.insert(thread, p);
            continue;
        }
        if (const auto h = header.match(text); h.hasMatch()) {
            const auto it = pendingByThread.find(thread);
            if (it == pendingByThread.end() || !it->peer.isValid())
                continue;
            const std::uint32_t length =
                std::uint32_t(std::min<qulonglong>(h.captured(1).toULongLong(), 0xFFFFFFFF));
            const Pending p = *it;
            pendingByThread.erase(it);
            if (!p.receive) {
                if (length >= kLargeMessage &&
                    (largestSentTo.contains(p.peer) || largestSentTo.size() < kMaxPeers))
                    largestSentTo[p.peer] = std::max(largestSentTo.value(p.peer), length);
                continue;
            }
            const std::uint32_t sent = largestSentTo.value(p.peer);
            if (sent >= kLargeMessage && length <= kShortMessage) {
                EvidenceItem item;
                item.kind = EvidenceKind::OakleyShortMessage;
                item.strength = EvidenceStrength::Consistent;
                item.time = p.time;
                item.facts.recordNumber = lines.lineNumber();
                item.facts.remote.address = p.peer;
                item.facts.ikeLength = sent;
                item.facts.receivedLength = length;
                collector.add(std::move(item));
            }
            continue;
        }
        std::optional<std::int64_t> code;
        if (text.contains(QLatin1String("Negotiation timed out"), Qt::CaseInsensitive))
            code = 13805;
        else if (text.contains(QLatin1String("No response from peer"), Qt::CaseInsensitive))
            code = 13813;
        if (code) {
            EvidenceItem item;
            item.kind = EvidenceKind::OakleyNegotiationTimedOut;
            item.strength = EvidenceStrength::Consistent;
            item.time = time;
            item.facts.recordNumber = lines.lineNumber();
            item.facts.errorCode = code;
            if (const auto a = ipv4.match(text); a.hasMatch())
                item.facts.remote.address = IpAddress::fromString(a.captured(1));
            collector.add(std::move(item));
        }
    }
}
