// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include "IkeParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr std::size_t kMaxIncompleteInJson = 100;

QString hexSpi(std::uint64_t spi)
{
    return QStringLiteral("%1").arg(spi, 16, 16, QLatin1Char('0'));
}

double relativeSeconds(const AnalysisResult& r, std::int64_t us)
{
    return double(us - r.firstTimestampUs) / 1e6;
}

QJsonObject vantageJson(const VantageDecision& v)
{
    return QJsonObject{{QStringLiteral("point"), vantagePointKey(v.point)}, {QStringLiteral("how"), v.how}};
}

QJsonValue stalledJson(const std::optional<StalledMessage>& st)
{
    if (!st)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("message"), st->name},
                  {QStringLiteral("from"), st->fromInitiator ? QStringLiteral("initiator") : QStringLiteral("responder")},
                  {QStringLiteral("ike_length"), qint64(st->ikeLength)},
                  {QStringLiteral("ip_fragments"), qint64(st->ipFragments)},
                  {QStringLiteral("retransmissions"), qint64(st->retransmissions)},
                  {QStringLiteral("answered"), st->answered},
                  {QStringLiteral("incomplete_datagrams"), qint64(st->incompleteDatagrams)}};
    if (!st->answerName.isEmpty()) {
        o.insert(QStringLiteral("answer"), st->answerName);
        o.insert(QStringLiteral("answer_ip_fragments"), qint64(st->answerIpFragments));
    }
    return o;
}

QJsonObject messageJson(const AnalysisResult& r, const SessionMessage& m)
{
    QJsonObject o{{QStringLiteral("time"), relativeSeconds(r, m.timestampUs)},
                  {QStringLiteral("from"), m.fromInitiator ? QStringLiteral("initiator") : QStringLiteral("responder")},
                  {QStringLiteral("name"), messageRoleName(m.role, m.exchange)},
                  {QStringLiteral("exchange"), ikeExchangeName(m.exchange, m.exchangeType)},
                  {QStringLiteral("message_id"), qint64(m.messageId)},
                  {QStringLiteral("ike_length"), qint64(m.ikeLength)},
                  {QStringLiteral("ip_fragments"), qint64(m.ipFragments)},
                  {QStringLiteral("encrypted"), m.encrypted},
                  {QStringLiteral("nat_t"), m.natT},
                  {QStringLiteral("retransmission"), m.isRetransmission()},
                  {QStringLiteral("answered"), m.answered ? QJsonValue(*m.answered) : QJsonValue(QJsonValue::Null)}};
    if (m.v2Fragment)
        o.insert(QStringLiteral("ike_fragment"), QStringLiteral("%1/%2").arg(m.v2Fragment->number).arg(m.v2Fragment->total));
    if (m.v1Fragment)
        o.insert(QStringLiteral("ike_fragment"), QStringLiteral("%1%2").arg(m.v1Fragment->number).arg(m.v1Fragment->last ? QStringLiteral(" (last)") : QString()));
    if (m.errorNotify)
        o.insert(QStringLiteral("error_notify"), int(*m.errorNotify));
    return o;
}

QJsonObject sessionJson(const AnalysisResult& r, const IkeSession& s, const SessionVerdict& v)
{
    QJsonArray messages;
    std::uint32_t largestFragment = 0;
    for (const SessionMessage& m : s.messages) {
        messages.append(messageJson(r, m));
        if (m.ipFragments > 1)
            largestFragment = std::max(largestFragment, m.largestFragmentWireLength);
    }
    return QJsonObject{
        {QStringLiteral("initiator"), s.initiator.toString()},
        {QStringLiteral("responder"), s.responder.toString()},
        {QStringLiteral("initiator_spi"), hexSpi(s.initiatorSpi)},
        {QStringLiteral("responder_spi"), hexSpi(s.responderSpi)},
        {QStringLiteral("version"), s.version == IkeVersion::V1 ? 1 : 2},
        {QStringLiteral("roles_certain"), s.rolesCertain},
        {QStringLiteral("nat_t"), s.natT},
        {QStringLiteral("ike_fragmentation_offered"), s.ikeFragmentationOffered},
        {QStringLiteral("ike_fragments_used"), s.ikeFragmentsUsed},
        {QStringLiteral("certificates_expected"), s.certificatesExpected},
        {QStringLiteral("outcome"), v.outcome},
        {QStringLiteral("completed"), v.completed},
        {QStringLiteral("phase2_note"), v.phase2Note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.phase2Note)},
        {QStringLiteral("verdict"), verdictCodeKey(v.code)},
        {QStringLiteral("vantage"), vantageJson(v.vantage)},
        {QStringLiteral("stalled"), stalledJson(v.stalled)},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(v.evidence)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("messages_not_kept"), qint64(s.droppedMessages)},
        {QStringLiteral("path_mtu_estimate"), largestFragment ? QJsonValue(qint64(largestFragment)) : QJsonValue(QJsonValue::Null)},
    };
}

QString incompleteReasonKey(IncompleteDatagram::Reason reason)
{
    switch (reason) {
    case IncompleteDatagram::Reason::TimedOut:
        return QStringLiteral("timed-out");
    case IncompleteDatagram::Reason::Evicted:
        return QStringLiteral("evicted");
    case IncompleteDatagram::Reason::EndOfCapture:
        return QStringLiteral("end-of-capture");
    }
    return QStringLiteral("unknown");
}

QJsonObject incompleteJson(const AnalysisResult& r, const IncompleteDatagram& d)
{
    QJsonArray missing;
    for (const ByteRange& range : d.missing)
        missing.append(QJsonArray{qint64(range.begin), range.openEnd ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(range.end))});
    QJsonObject o{{QStringLiteral("source"), d.source.toString()},
                  {QStringLiteral("destination"), d.destination.toString()},
                  {QStringLiteral("ip_version"), int(d.version)},
                  {QStringLiteral("id"), qint64(d.id)},
                  {QStringLiteral("protocol"), int(d.protocol)},
                  {QStringLiteral("reason"), incompleteReasonKey(d.reason)},
                  {QStringLiteral("first_seen"), relativeSeconds(r, d.firstSeenUs)},
                  {QStringLiteral("fragments_received"), qint64(d.fragmentsReceived)},
                  {QStringLiteral("bytes_received"), qint64(d.bytesReceived)},
                  {QStringLiteral("expected_length"), d.expectedLength ? QJsonValue(qint64(*d.expectedLength)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("missing"), missing}};
    if (d.hasFirstFragment && (d.sourcePort || d.destinationPort)) {
        o.insert(QStringLiteral("source_port"), int(d.sourcePort));
        o.insert(QStringLiteral("destination_port"), int(d.destinationPort));
    }
    return o;
}

} // namespace

namespace {

QJsonObject analysisToJsonWithSessions(const AnalysisResult& r, bool withSessions);

} // namespace

QJsonObject analysisToJson(const AnalysisResult& r)
{
    return analysisToJsonWithSessions(r, true);
}

bool writeAnalysisJson(const AnalysisResult& r, QIODevice& out)
{
    // Serialise everything but the sessions, then splice them in at their key, each one
    // built and written on its own.
    static const QByteArray kPlaceholder = QByteArrayLiteral("\"@sessions@\"");
    QJsonObject top = analysisToJsonWithSessions(r, false);
    top.insert(QStringLiteral("sessions"), QStringLiteral("@sessions@"));
    const QByteArray document = QJsonDocument(top).toJson(QJsonDocument::Indented);
    const qsizetype at = document.indexOf(kPlaceholder);
    if (at < 0)
        return false;
    bool ok = out.write(document.constData(), at) == at;
    if (r.sessions.empty()) {
        ok = ok && out.write("[\n    ]") >= 0;
    } else {
        ok = ok && out.write("[\n") >= 0;
        for (std::size_t i = 0; ok && i < r.sessions.size() && i < r.sessionVerdicts.size(); ++i) {
            QByteArray session = QJsonDocument(sessionJson(r, r.sessions[i], r.sessionVerdicts[i])).toJson(QJsonDocument::Indented);
            session.chop(1); // trailing newline
            session.replace("\n", "\n        ");
            session.prepend("        ");
            if (i + 1 < r.sessions.size())
                session.append(',');
            session.append('\n');
            ok = out.write(session) == session.size();
        }
        ok = ok && out.write("    ]") >= 0;
    }
    const QByteArray tail = document.mid(at + kPlaceholder.size());
    return ok && out.write(tail) == tail.size();
}

namespace {

QJsonObject analysisToJsonWithSessions(const AnalysisResult& r, bool withSessions)
{
    QJsonObject malformed;
    for (std::size_t i = 0; i < kMalformedReasonCount; ++i)
        if (r.malformed.counts[i] > 0)
            malformed.insert(malformedReasonKey(static_cast<MalformedReason>(i)), qint64(r.malformed.counts[i]));

    QJsonArray sessions;
    for (std::size_t i = 0; withSessions && i < r.sessions.size() && i < r.sessionVerdicts.size(); ++i)
        sessions.append(sessionJson(r, r.sessions[i], r.sessionVerdicts[i]));

    QJsonArray incomplete;
    for (std::size_t i = 0; i < r.incompleteDatagrams.size() && i < kMaxIncompleteInJson; ++i)
        incomplete.append(incompleteJson(r, r.incompleteDatagrams[i]));

    const Verdict& v = r.verdict;
    QJsonObject verdict{{QStringLiteral("code"), verdictCodeKey(v.code)},
                        {QStringLiteral("title"), QString::fromLatin1(verdictTitleSource(v.code))},
                        {QStringLiteral("explanation"), QString::fromLatin1(verdictExplanationSource(v.code))},
                        {QStringLiteral("evidence"), QJsonArray::fromStringList(v.evidence)},
                        {QStringLiteral("session"), v.sessionIndex >= 0 ? QJsonValue(v.sessionIndex) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("stalled"), stalledJson(v.stalled)}};

    QJsonObject o{
        {QStringLiteral("frag792_version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("link_type"), linkTypeName(r.linkType)},
        {QStringLiteral("duration"), double(r.lastTimestampUs - r.firstTimestampUs) / 1e6},
        {QStringLiteral("packets"), qint64(r.packets)},
        {QStringLiteral("bytes"), qint64(r.bytes)},
        {QStringLiteral("non_ip_packets"), qint64(r.nonIpPackets)},
        {QStringLiteral("ipv4_fragments"), qint64(r.ipv4Fragments)},
        {QStringLiteral("ipv6_fragments"), qint64(r.ipv6Fragments)},
        {QStringLiteral("datagrams_reassembled"), qint64(r.datagramsReassembled)},
        {QStringLiteral("datagrams_incomplete"), qint64(r.datagramsIncomplete)},
        {QStringLiteral("ike_messages"), QJsonObject{{QStringLiteral("v1"), qint64(r.ikeV1Messages)}, {QStringLiteral("v2"), qint64(r.ikeV2Messages)}}},
        {QStringLiteral("ike_messages_from_fragments"), qint64(r.ikeMessagesFromFragments)},
        {QStringLiteral("retransmissions"), qint64(r.retransmissions)},
        {QStringLiteral("nat_keepalives"), qint64(r.natKeepAlives)},
        {QStringLiteral("esp_in_udp"), qint64(r.espInUdp)},
        {QStringLiteral("malformed"), malformed},
        {QStringLiteral("reassembly"), QJsonObject{{QStringLiteral("duplicates"), qint64(r.fragmentDuplicates)},
                                                   {QStringLiteral("discarded"), qint64(r.datagramsDiscarded)},
                                                   {QStringLiteral("peak_bytes_held"), qint64(r.peakReassemblyBytes)},
                                                   {QStringLiteral("peak_datagrams_in_flight"), qint64(r.peakDatagramsInFlight)}}},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("sessions_evicted"), qint64(r.evictedSessions)},
        {QStringLiteral("incomplete_datagrams"), incomplete},
        {QStringLiteral("incomplete_ike_datagrams"), qint64(r.incompleteIkeDatagrams)},
        {QStringLiteral("path_mtu_estimate"), r.pathMtuEstimate ? QJsonValue(qint64(*r.pathMtuEstimate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ike_fragmentation_offered"), r.ikeFragmentationOffered},
        {QStringLiteral("nat_t"), r.natTInUse},
        {QStringLiteral("vantage"), vantageJson(r.verdict.vantage)},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("stopped_early"), r.stoppedEarly.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.stoppedEarly)},
    };
    if (r.kernelReceived)
        o.insert(QStringLiteral("kernel"), QJsonObject{{QStringLiteral("received"), qint64(*r.kernelReceived)},
                                                       {QStringLiteral("dropped"), qint64(r.kernelDrops.value_or(0))}});
    return o;
}

} // namespace
