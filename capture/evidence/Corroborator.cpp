// SPDX-License-Identifier: GPL-3.0-or-later
#include "Corroborator.h"

#include "FirewallResultCodes.h"

#include <QFileInfo>

#include <algorithm>

namespace {

using Arg = FindingArgument;

Arg addressArg(const EvidenceEndpoint& e)
{
    return e.isSet() ? Arg::address(e.address.toString()) : Arg::text(QStringLiteral("?"));
}

QString hexCode(std::uint32_t code)
{
    return QStringLiteral("0x%1")
        .arg(code, 8, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

bool zoneKnown(EvidenceFormat format)
{
    switch (format) {
    case EvidenceFormat::FirewallW3c: // W3C times are UTC (ms812680)
    case EvidenceFormat::Evtx:
    case EvidenceFormat::Evt:
    case EvidenceFormat::EventXml:
    case EvidenceFormat::WfpNetEvents:
        return true;
    default:
        return false;
    }
}

Finding detailOf(const EvidenceItem& item)
{
    const EvidenceFacts& f = item.facts;
    switch (item.kind) {
    case EvidenceKind::RasDialing:
        return Finding(FindingCode::LogRasDialing,
                       {Arg::text(f.vpnStrategy.isEmpty() ? QStringLiteral("?") : f.vpnStrategy)});
    case EvidenceKind::RasDeviceSelected:
        return Finding(FindingCode::LogRasDevice,
                       {Arg::text(f.deviceName.isEmpty() ? QStringLiteral("?") : f.deviceName)});
    case EvidenceKind::RasConnectionEstablished:
        return Finding(FindingCode::LogRasEstablished);
    case EvidenceKind::RasConnectionFailed:
        return Finding(
            FindingCode::LogRasFailed,
            {f.errorCode ? Arg::count(std::uint64_t(*f.errorCode)) : Arg::text(QStringLiteral("?")),
             Arg::text(f.correlationId.isEmpty() ? QStringLiteral("no correlation ID")
                                                 : QStringLiteral("CoId %1").arg(f.correlationId))});
    case EvidenceKind::IpsecMainModeFailed:
    case EvidenceKind::IkeNegotiationFailed:
    case EvidenceKind::WfpMainModeFailure: {
        const QString what = item.kind == EvidenceKind::WfpMainModeFailure
                                 ? QStringLiteral("WFP net event")
                                 : QStringLiteral("Security %1").arg(f.eventId);
        return Finding(
            FindingCode::LogMainModeFailed,
            {Arg::text(what), addressArg(f.local), addressArg(f.remote),
             Arg::text(mainModeStateKey(f.mainModeState)), Arg::text(ikeRoleKey(f.role)),
             f.errorCode ? Arg::count(std::uint64_t(*f.errorCode)) : Arg::text(QStringLiteral("?"))});
    }
    case EvidenceKind::OakleyShortMessage:
        return Finding(FindingCode::LogOakleyShortMessage,
                       {Arg::count(f.receivedLength.value_or(0)), addressArg(f.remote),
                        Arg::count(f.ikeLength.value_or(0))});
    case EvidenceKind::OakleyNegotiationTimedOut:
        return Finding(FindingCode::LogOakleyTimedOut, {addressArg(f.remote)});
    case EvidenceKind::FirewallFragmentDropped:
        return Finding(FindingCode::LogFirewallFragmentDropped,
                       {Arg::count(f.recordNumber), addressArg(f.source), addressArg(f.destination)});
    case EvidenceKind::FirewallPacketDropped: {
        const std::uint32_t code = f.resultCode.value_or(0);
        const FirewallResultCode* entry = firewallResultCode(code);
        return Finding(FindingCode::LogFirewallPacketDropped,
                       {Arg::count(f.recordNumber), addressArg(f.source), addressArg(f.destination),
                        Arg::text(hexCode(code)),
                        Arg::text(QString::fromLatin1(entry ? entry->symbol : "unknown"))});
    }
    case EvidenceKind::FirewallIkeTraffic:
    case EvidenceKind::Count:
        break;
    }
    return Finding(FindingCode::LogFirewallIkeTraffic,
                   {Arg::count(f.recordNumber), addressArg(f.source), addressArg(f.destination),
                    Arg::text(f.action.isEmpty() ? QStringLiteral("-") : f.action)});
}

int rank(EvidenceStrength s)
{
    return s == EvidenceStrength::PointsElsewhere ? int(EvidenceStrength::Locating) : int(s);
}

bool isMainModeFailure(EvidenceKind kind)
{
    return kind == EvidenceKind::IpsecMainModeFailed || kind == EvidenceKind::IkeNegotiationFailed ||
           kind == EvidenceKind::WfpMainModeFailure;
}

/** The packet verdicts a logs verdict agrees with. */
bool agrees(VerdictCode logs, VerdictCode packets)
{
    if (logs == packets)
        return true;
    switch (logs) {
    case VerdictCode::IdMessageUnanswered:
        return packets == VerdictCode::FragmentsUnanswered ||
               packets == VerdictCode::FragmentsDroppedAtServer ||
               packets == VerdictCode::FragmentsLostBeforeServer;
    case VerdictCode::FragmentsDroppedAtServer:
        return packets == VerdictCode::FragmentsUnanswered;
    default:
        return false;
    }
}

struct Candidate
{
    const EvidenceResult* file;
    const EvidenceItem* item;
};

} // namespace

void Corroborator::apply(const std::vector<EvidenceResult>& logs, AnalysisResult& analysis,
                         const IpAddress& serverIn)
{
    Corroboration c;
    const bool packets = analysis.packets > 0;
    IpAddress server = serverIn;
    IpAddress client;
    if (packets && analysis.verdict.sessionIndex >= 0 &&
        std::size_t(analysis.verdict.sessionIndex) < analysis.sessions.size()) {
        const IkeSession& s = analysis.sessions[std::size_t(analysis.verdict.sessionIndex)];
        client = s.initiator;
        if (!server.isValid())
            server = s.responder;
    }

    std::vector<Candidate> candidates;
    for (const EvidenceResult& r : logs) {
        CorroborationFile file;
        file.source = QFileInfo(r.source).fileName();
        file.format = evidenceFormatKey(r.format);
        file.timeZone = zoneKnown(r.format) ? QStringLiteral("utc") : QStringLiteral("unknown");
        file.recordsRead = r.recordsRead;
        file.recognised = r.recordsRecognised;
        file.unreadable = r.unreadable.total();
        file.readable = r.unreadable.of(UnreadableReason::OpenFailed) == 0 &&
                        r.unreadable.of(UnreadableReason::NotRecognised) == 0;
        file.stoppedEarly = r.stoppedEarly;
        if (!file.readable) {
            c.notes.push_back(
                Finding(FindingCode::LogsFileUnreadable,
                        {Arg::text(file.source),
                         Arg::text(r.stoppedEarly.isEmpty() ? QStringLiteral("its format was not recognised")
                                                            : r.stoppedEarly)}));
        } else if (!r.items.isEmpty()) {
            c.notes.push_back(
                Finding(zoneKnown(r.format) ? FindingCode::LogsZoneUtc : FindingCode::LogsZoneUnknown,
                        {Arg::text(file.source)}));
        }
        if (file.readable &&
            (r.format == EvidenceFormat::FirewallW3c || r.format == EvidenceFormat::FirewallViewerExport)) {
            if (r.firewall.rows > 0 && !r.firewall.resultCodeColumn && r.firewall.rowsWithResultCode == 0)
                c.notes.push_back(Finding(FindingCode::LogsNoResultColumn, {Arg::text(file.source)}));
            else if (r.firewall.fragmentDropRows == 0)
                c.notes.push_back(Finding(FindingCode::LogsNoFragmentRow,
                                          {Arg::text(file.source), Arg::count(r.firewall.rows),
                                           Arg::count(r.firewall.droppedPacketRows)}));
        }
        c.files.push_back(file);
        c.itemsDropped += r.itemsDropped;
        for (const EvidenceItem& item : r.items)
            candidates.push_back({&r, &item});
    }

    // The strongest items are kept when there are too many; then they are shown in time order.
    if (candidates.size() > Corroboration::kMaxItems) {
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            return rank(a.item->strength) > rank(b.item->strength);
        });
        c.itemsDropped += candidates.size() - Corroboration::kMaxItems;
        candidates.resize(Corroboration::kMaxItems);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.item->time.msecs < b.item->time.msecs;
    });

    // With a capture, only items of the same attempt are weighed: a UTC time within 10 minutes of
    // the capture (local times of an unknown zone cannot be checked, so they count), and for host
    // logs the same server as the capture's SA.
    constexpr std::int64_t kWindowMs = 10 * 60 * 1000;
    std::uint64_t outside = 0;
    const auto sameAttempt = [&](const EvidenceItem& item) {
        if (!packets)
            return true;
        if (item.time.basis == TimeBasis::Utc &&
            (item.time.msecs < analysis.firstTimestampUs / 1000 - kWindowMs ||
             item.time.msecs > analysis.watchedUntilUs() / 1000 + kWindowMs)) {
            ++outside;
            return false;
        }
        return !server.isValid() || !item.facts.remote.isSet() || item.facts.remote.address == server;
    };
    const EvidenceItem* fragmentRow = nullptr;
    bool elsewhere = false; ///< an item of the same attempt points away from fragments
    const EvidenceItem* idUnanswered = nullptr;
    const EvidenceItem* error792 = nullptr;
    for (const Candidate& cand : candidates) {
        const EvidenceItem& item = *cand.item;
        CorroborationItem out;
        out.source = QFileInfo(cand.file->source).fileName();
        out.kind = evidenceKindKey(item.kind);
        out.strength = evidenceStrengthKey(item.strength);
        if (item.time.basis == TimeBasis::Utc)
            out.timeUtcMs = item.time.msecs;
        else if (item.time.basis == TimeBasis::LocalUnknownZone)
            out.localTimeMs = item.time.msecs;
        if (item.facts.errorCode)
            out.errorCode = item.facts.errorCode;
        else if (item.facts.resultCode)
            out.errorCode = std::int64_t(*item.facts.resultCode);
        out.detail = detailOf(item);
        for (const QString& name : {item.facts.computer, item.facts.rule, item.facts.connectionName})
            if (!name.isEmpty())
                out.names << name;
        c.items.push_back(out);

        const EvidenceFacts& f = item.facts;
        if (!sameAttempt(item))
            continue;
        if (item.kind == EvidenceKind::FirewallFragmentDropped && !fragmentRow) {
            // Between the client and the server: the server (given or from the capture) is one end,
            // and the client, when the capture names it, the other.
            const bool serverMatches =
                !server.isValid() || f.source.address == server || f.destination.address == server;
            const bool clientMatches =
                !client.isValid() || f.source.address == client || f.destination.address == client;
            if (serverMatches && clientMatches)
                fragmentRow = &item;
        }
        if (isMainModeFailure(item.kind) && item.strength == EvidenceStrength::Indicative &&
            f.role != IkeRole::Responder && !idUnanswered)
            idUnanswered = &item;
        if (item.kind == EvidenceKind::RasConnectionFailed && f.errorCode == 792 && !error792)
            error792 = &item;
        if (item.strength == EvidenceStrength::PointsElsewhere) {
            elsewhere = true;
            c.notes.push_back(Finding(FindingCode::LogsPointElsewhere, {Arg::nested(out.detail)}));
        }
    }
    if (outside > 0)
        c.notes.push_back(Finding(FindingCode::LogsOutsideCapture, {Arg::count(outside)}));
    const EvidenceItem* deciding = fragmentRow ? fragmentRow : idUnanswered;
    if (fragmentRow)
        c.logsVerdict = VerdictCode::FragmentsDroppedAtServer;
    else if (idUnanswered)
        c.logsVerdict = VerdictCode::IdMessageUnanswered;
    else if (error792)
        c.notes.push_back(Finding(FindingCode::LogsErrorWithoutState, {Arg::count(792)}));

    if (!packets) {
        // No packets: the logs are all there is, and the verdict says it came from them.
        c.relation = CorroborationRelation::NoCapture;
        analysis.verdictFromLogs = true;
        analysis.verdict = Verdict{};
        // Never "no IKE traffic": nothing was captured, so nothing was seen or missed.
        analysis.verdict.code = c.logsVerdict.value_or(VerdictCode::LogsInconclusive);
        analysis.verdict.evidence.push_back(Finding(FindingCode::LogsVerdictBasis));
        if (deciding)
            analysis.verdict.evidence.push_back(detailOf(*deciding));
        // Logs that could not be read were not weighed: the verdict says so beside itself.
        for (const Finding& note : c.notes)
            if (note.code == FindingCode::LogsFileUnreadable)
                analysis.verdict.evidence.push_back(note);
    } else if (c.logsVerdict) {
        const bool same = agrees(*c.logsVerdict, analysis.verdict.code);
        c.relation = same ? CorroborationRelation::Corroborates : CorroborationRelation::Contradicts;
        const Finding note =
            same ? Finding(FindingCode::LogsCorroborate, {Arg::verdict(*c.logsVerdict)})
                 : Finding(FindingCode::LogsContradict,
                           {Arg::verdict(*c.logsVerdict), Arg::verdict(analysis.verdict.code)});
        c.notes.push_back(note);
        analysis.verdict.evidence.push_back(note); // never silent: the verdict shows what the logs say
    } else {
        c.relation = elsewhere && isFragmentVerdict(analysis.verdict.code)
                         ? CorroborationRelation::Contradicts
                         : CorroborationRelation::Neutral;
    }
    analysis.corroboration = std::move(c);
}
