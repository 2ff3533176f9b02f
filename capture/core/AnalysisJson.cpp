// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include "AuthMethod.h"
#include "IkeParser.h"
#include "JsonWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {

constexpr std::size_t kMaxIncompleteInJson = 100;

/** 16 lower-case hex digits in @p out (17 bytes), without a QString per SPI. */
const char* hexSpi(std::uint64_t spi, char (&out)[17])
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i, spi >>= 4)
        out[i] = kHex[spi & 0xF];
    out[16] = '\0';
    return out;
}

double relativeSeconds(const AnalysisResult& r, std::int64_t us)
{
    return double(us - r.firstTimestampUs) / 1e6;
}

void writeVantage(JsonWriter& w, const VantageDecision& v)
{
    w.beginObject("vantage");
    w.value("point", vantagePointKey(v.point));
    w.value("how", v.how ? findingEnglish(*v.how) : QString());
    if (v.conflict)
        w.value("conflict", findingEnglish(*v.conflict));
    else
        w.null("conflict");
    w.endObject();
}

void writeFindingArgument(JsonWriter& w, const FindingArgument& a);

/** A finding as data: {"code", "count" (plural sentences only), "args" (in %1, %2 order)}. */
void writeFindingCode(JsonWriter& w, const Finding& f, const char* key = nullptr)
{
    w.beginObject(key);
    w.value("code", findingSource(f.code).key);
    if (f.count >= 0)
        w.value("count", f.count);
    w.beginArray("args");
    for (const FindingArgument& a : f.arguments)
        writeFindingArgument(w, a);
    w.endArray();
    w.endObject();
}

void writeFindingArgument(JsonWriter& w, const FindingArgument& a)
{
    switch (a.kind()) {
    case FindingArgument::Kind::Count:
    case FindingArgument::Kind::Bytes:
        w.element(a.number());
        return;
    case FindingArgument::Kind::Seconds:
        w.value(nullptr, double(a.number()) / 1e6);
        return;
    case FindingArgument::Kind::Address:
    case FindingArgument::Kind::Message:
    case FindingArgument::Kind::Text:
        w.element(a.text());
        return;
    case FindingArgument::Kind::VantageWord:
    case FindingArgument::Kind::VantagePlace:
        w.element(vantagePointKey(VantagePoint(a.number())));
        return;
    case FindingArgument::Kind::Verdict:
        w.element(verdictCodeKey(VerdictCode(a.number())));
        return;
    case FindingArgument::Kind::Nested:
        if (a.finding())
            writeFindingCode(w, *a.finding());
        else
            w.null(nullptr);
        return;
    }
}

void writeEvidence(JsonWriter& w, const Findings& evidence)
{
    w.beginArray("evidence");
    for (const Finding& f : evidence)
        w.element(findingEnglish(f));
    w.endArray();
    w.beginArray("evidence_codes");
    for (const Finding& f : evidence)
        writeFindingCode(w, f);
    w.endArray();
}

QString isoUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/** `corroboration` (items, at most Corroboration::kMaxItems) and its companions; see README. */
void writeCorroboration(JsonWriter& w, const AnalysisResult& r)
{
    if (!r.corroboration) {
        w.beginArray("corroboration");
        w.endArray();
        w.value("corroboration_dropped", 0);
        return;
    }
    const Corroboration& c = *r.corroboration;
    w.beginArray("corroboration");
    for (std::size_t i = 0; i < c.items.size() && i < Corroboration::kMaxItems; ++i) {
        const CorroborationItem& item = c.items[i];
        w.beginObject();
        w.value("source", item.source);
        w.value("kind", item.kind);
        w.value("strength", item.strength);
        if (item.timeUtcMs)
            w.value("time_utc", isoUtc(*item.timeUtcMs));
        else
            w.null("time_utc");
        if (item.timeUtcMs && r.packets > 0)
            w.value("time", double(*item.timeUtcMs * 1000 - r.firstTimestampUs) / 1e6);
        else
            w.null("time");
        w.value("placement",
                itemPlacementKey(placeItem(item, r.packets, r.firstTimestampUs, r.lastTimestampUs)));
        if (item.localTimeMs) // the wall clock as written, zone unknown: no Z, no offset
            w.value("time_local", QDateTime::fromMSecsSinceEpoch(*item.localTimeMs, Qt::UTC)
                                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")));
        else
            w.null("time_local");
        if (item.errorCode)
            w.value("error_code", *item.errorCode);
        else
            w.null("error_code");
        w.value("detail", findingEnglish(item.detail));
        writeFindingCode(w, item.detail, "detail_code");
        w.endObject();
    }
    w.endArray();
    w.value("corroboration_dropped",
            c.itemsDropped +
                (c.items.size() > Corroboration::kMaxItems ? c.items.size() - Corroboration::kMaxItems : 0));
    w.beginObject("corroboration_summary");
    w.value("relation", corroborationRelationKey(c.relation));
    if (c.logsVerdict)
        w.value("logs_verdict", verdictCodeKey(*c.logsVerdict));
    else
        w.null("logs_verdict");
    w.beginArray("files");
    for (const CorroborationFile& f : c.files) {
        w.beginObject();
        w.value("source", f.source);
        w.value("format", f.format);
        w.value("time_zone", f.timeZone);
        w.value("readable", f.readable);
        w.value("records_read", f.recordsRead);
        w.value("recognised", f.recognised);
        w.value("unreadable", f.unreadable);
        if (f.stoppedEarly.isEmpty())
            w.null("stopped_early");
        else
            w.value("stopped_early", f.stoppedEarly);
        w.endObject();
    }
    w.endArray();
    w.beginArray("notes");
    for (const Finding& f : c.notes)
        w.element(findingEnglish(f));
    w.endArray();
    w.beginArray("notes_codes");
    for (const Finding& f : c.notes)
        writeFindingCode(w, f);
    w.endArray();
    w.endObject();
}

void writeStalled(JsonWriter& w, const std::optional<StalledMessage>& st)
{
    if (!st) {
        w.null("stalled");
        return;
    }
    w.beginObject("stalled");
    w.value("message", st->name);
    w.value("from", st->fromInitiator ? "initiator" : "responder");
    w.value("ike_length", st->ikeLength);
    w.value("ip_fragments", st->fragmentCount);
    w.value("retransmissions", st->retransmissions);
    w.value("answered", st->answered);
    w.value("incomplete_datagrams", st->incompleteDatagrams);
    if (!st->answerName.isEmpty()) {
        w.value("answer", st->answerName);
        w.value("answer_ip_fragments", st->answerFragmentCount);
    }
    w.endObject();
}

void writeMessage(JsonWriter& w, const AnalysisResult& r, const SessionMessage& m)
{
    w.beginObject();
    w.value("time", relativeSeconds(r, m.origin.timestampUs));
    w.value("from", m.fromInitiator ? "initiator" : "responder");
    w.value("name", messageRoleName(m.role, m.exchange));
    w.value("exchange", ikeExchangeName(m.exchange, m.exchangeType));
    w.value("message_id", m.messageId);
    w.value("ike_length", m.ikeLength);
    w.value("ip_fragments", m.origin.fragmentCount);
    w.value("encrypted", m.encrypted);
    w.value("nat_t", m.natT);
    w.value("retransmission", m.isRetransmission());
    if (m.answered)
        w.value("answered", *m.answered);
    else
        w.null("answered");
    if (m.v2Fragment)
        w.value("ike_fragment", QStringLiteral("%1/%2").arg(m.v2Fragment->number).arg(m.v2Fragment->total));
    if (m.v1Fragment)
        w.value("ike_fragment", QStringLiteral("%1%2")
                                    .arg(m.v1Fragment->number)
                                    .arg(m.v1Fragment->last ? QStringLiteral(" (last)") : QString()));
    if (m.errorNotify)
        w.value("error_notify", int(*m.errorNotify));
    w.endObject();
}

void writeSession(JsonWriter& w, const AnalysisResult& r, const IkeSession& s, const SessionVerdict& v)
{
    std::uint32_t largestFragment = 0;
    for (const SessionMessage& m : s.messages)
        if (m.origin.fragmented())
            largestFragment = std::max(largestFragment, m.origin.largestFragmentWireLength);
    w.beginObject();
    w.value("initiator", s.initiator.toString());
    w.value("responder", s.responder.toString());
    char spi[17];
    w.value("initiator_spi", hexSpi(s.initiatorSpi, spi));
    w.value("responder_spi", hexSpi(s.responderSpi, spi));
    w.value("version", s.version == IkeVersion::V1 ? 1 : 2);
    w.value("roles_certain", s.rolesCertain);
    w.value("nat_t", s.natT);
    w.value("ike_fragmentation_offered", s.ikeFragmentationOffered);
    w.value("ike_fragments_used", s.ikeFragmentsUsed);
    w.value("certificates_expected", s.certificatesExpected);
    if (s.certificatesExpected)
        w.value("certificates_expected_from", certificateSignCode(s.certificateSign));
    else
        w.null("certificates_expected_from");
    if (s.authMethod)
        w.value("auth_method", AuthMethod::code(*s.authMethod));
    else
        w.null("auth_method");
    w.beginArray("auth_methods_offered");
    for (std::uint16_t m : s.authMethodsOffered)
        w.element(AuthMethod::code(m));
    w.endArray();
    if (largestFragment)
        w.value("path_mtu_estimate", largestFragment);
    else
        w.null("path_mtu_estimate");
    w.value("outcome", findingEnglish(v.outcome));
    w.value("completed", v.completed);
    if (v.phase2Note)
        w.value("phase2_note", findingEnglish(*v.phase2Note));
    else
        w.null("phase2_note");
    w.value("verdict", verdictCodeKey(v.code));
    writeVantage(w, v.vantage);
    writeStalled(w, v.stalled);
    writeEvidence(w, v.evidence);
    w.beginArray("messages");
    for (const SessionMessage& m : s.messages)
        writeMessage(w, r, m);
    w.endArray();
    w.value("messages_not_kept", s.droppedMessages);
    w.endObject();
}

const char* incompleteReasonKey(IncompleteDatagram::Reason reason)
{
    switch (reason) {
    case IncompleteDatagram::Reason::TimedOut:
        return "timed-out";
    case IncompleteDatagram::Reason::Evicted:
        return "evicted";
    case IncompleteDatagram::Reason::EndOfCapture:
        return "end-of-capture";
    }
    return "unknown";
}

void writeIncomplete(JsonWriter& w, const AnalysisResult& r, const IncompleteDatagram& d)
{
    w.beginObject();
    w.value("source", d.origin.source.toString());
    w.value("destination", d.origin.destination.toString());
    w.value("ip_version", int(d.origin.ipVersion));
    w.value("id", d.id);
    w.value("protocol", int(d.protocol));
    w.value("reason", incompleteReasonKey(d.reason));
    w.value("first_seen", relativeSeconds(r, d.firstSeenUs));
    w.value("fragments_received", d.origin.fragmentCount);
    w.value("bytes_received", d.bytesReceived);
    if (d.expectedLength)
        w.value("expected_length", *d.expectedLength);
    else
        w.null("expected_length");
    w.beginArray("missing");
    for (const ByteRange& range : d.missing) {
        w.beginArray();
        w.element(std::int64_t(range.begin));
        if (range.openEnd)
            w.null(nullptr);
        else
            w.element(std::int64_t(range.end));
        w.endArray();
    }
    w.endArray();
    if (d.hasFirstFragment && (d.origin.sourcePort || d.origin.destinationPort)) {
        w.value("source_port", int(d.origin.sourcePort));
        w.value("destination_port", int(d.origin.destinationPort));
    }
    w.endObject();
}

} // namespace

bool writeAnalysisJson(const AnalysisResult& r, QIODevice& out)
{
    JsonWriter w(out);
    w.beginObject();
    writeAnalysisMembers(w, r, r.source, QCoreApplication::applicationVersion());
    w.endObject();
    return w.finish();
}

void writeAnalysisMembers(JsonWriter& w, const AnalysisResult& r, const QString& source,
                          const QString& version)
{
    w.value("frag792_version", version);
    w.value("source", source);
    w.value("link_type", linkTypeName(r.linkType));
    w.beginObject("link_types");
    for (std::size_t i = 0; i < r.linkTypeFrames.size(); ++i)
        if (r.linkTypeFrames[i] > 0)
            w.value(linkTypeName(LinkType(i)).toLatin1().constData(), r.linkTypeFrames[i]);
    w.endObject();
    if (r.captureFormat.isEmpty())
        w.null("capture_format");
    else
        w.value("capture_format", r.captureFormat);
    w.value("timestamps_zone", r.timestampsUtc ? "utc" : "unknown-local");
    w.beginObject("records_refused");
    for (const auto& [what, count] : r.recordsRefused)
        w.value(what.toUtf8().constData(), count);
    w.endObject();
    w.value("duration", r.durationSeconds());
    w.value("packets", r.packets);
    w.value("bytes", r.bytes);
    w.value("non_ip_packets", r.nonIpPackets);
    w.value("ipv4_fragments", r.ipv4Fragments);
    w.value("ipv6_fragments", r.ipv6Fragments);
    w.value("datagrams_reassembled", r.datagramsReassembled);
    w.value("datagrams_incomplete", r.datagramsIncomplete);
    w.beginObject("ike_messages");
    w.value("v1", r.ikeV1Messages);
    w.value("v2", r.ikeV2Messages);
    w.endObject();
    w.value("ike_messages_from_fragments", r.ikeMessagesFromFragments);
    w.value("retransmissions", r.retransmissions);
    w.value("nat_keepalives", r.natKeepAlives);
    w.value("esp_in_udp", r.espInUdp);
    w.value("timestamps_out_of_range", r.timestampsOutOfRange);
    w.beginObject("malformed");
    for (std::size_t i = 0; i < kMalformedReasonCount; ++i)
        if (r.malformed.counts[i] > 0)
            w.value(malformedReasonKey(static_cast<MalformedReason>(i)).toLatin1().constData(),
                    r.malformed.counts[i]);
    w.endObject();
    w.beginObject("reassembly");
    w.value("duplicates", r.fragmentDuplicates);
    w.value("discarded", r.datagramsDiscarded);
    w.value("peak_bytes_held", r.peakReassemblyBytes);
    w.value("peak_datagrams_in_flight", r.peakDatagramsInFlight);
    w.endObject();
    if (r.pathMtuEstimate)
        w.value("path_mtu_estimate", *r.pathMtuEstimate);
    else
        w.null("path_mtu_estimate");
    w.value("ike_fragmentation_offered", r.ikeFragmentationOffered);
    w.value("nat_t", r.natTInUse);
    writeVantage(w, r.verdict.vantage);

    const Verdict& v = r.verdict;
    w.beginObject("verdict");
    w.value("code", verdictCodeKey(v.code));
    w.value("title", verdictTitleSource(v.code));
    w.value("explanation", verdictExplanationSource(v.code));
    writeEvidence(w, v.evidence);
    if (v.sessionIndex >= 0)
        w.value("session", v.sessionIndex);
    else
        w.null("session");
    writeStalled(w, v.stalled);
    w.value("basis", r.verdictFromLogs ? "logs" : "packets");
    w.endObject();
    writeCorroboration(w, r);

    w.beginArray("sessions");
    for (std::size_t i = 0; i < r.sessions.size() && i < r.sessionVerdicts.size(); ++i)
        writeSession(w, r, r.sessions[i], r.sessionVerdicts[i]);
    w.endArray();
    w.value("sessions_evicted", r.evictedSessions);
    w.beginArray("incomplete_datagrams");
    for (std::size_t i = 0; i < r.incompleteDatagrams.size() && i < kMaxIncompleteInJson; ++i)
        writeIncomplete(w, r, r.incompleteDatagrams[i]);
    w.endArray();
    w.value("incomplete_ike_datagrams", r.incompleteIkeDatagrams);
    if (r.kernelReceived) {
        w.beginObject("kernel");
        w.value("received", *r.kernelReceived);
        w.value("dropped", r.kernelDrops.value_or(0));
        w.endObject();
    }
    if (r.stoppedEarly.isEmpty())
        w.null("stopped_early");
    else
        w.value("stopped_early", r.stoppedEarly);
    const TruncationFacts& t = r.truncation;
    w.beginObject("truncation");
    w.value("truncated", t.truncated());
    if (t.truncated())
        w.value("snap_length", t.snapLength);
    else
        w.null("snap_length");
    w.value("frames_cut", t.framesCut);
    w.value("fragments_cut", t.fragmentsCut);
    w.value("ike_messages_cut", t.ikeMessagesCut);
    w.value("ike_headers_cut", t.ikeHeadersCut);
    w.beginArray("incomplete");
    for (const QString& code : t.incomplete())
        w.element(code);
    w.endArray();
    w.endObject();
}

QJsonObject analysisToJson(const AnalysisResult& result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeAnalysisJson(result, buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}
