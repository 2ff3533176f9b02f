// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include "Vantage.h"
#include "Verdict.h"

#include <QtGlobal>

#include <algorithm>
#include <climits>

namespace {

struct FindingRow
{
    FindingCode code;
    FindingSource source;
};

// The one home of every sentence the engine says. Plural sentences are marked for lupdate as
// numerus (QT_TRANSLATE_N_NOOP) with their English plural; the English singular beside it is
// what findingEnglish() uses for one, and what the English catalogue (frag792_en.ts) must
// say too (TestTranslations compares them).
const FindingRow kFindings[] = {
    {FindingCode::SaCompleted,
     {"sa-completed",
      QT_TRANSLATE_NOOP("Finding", "IKE SA between %1 (initiator) and %2 (responder) completed."), nullptr}},
    {FindingCode::SaEstablishedBeforeCapture,
     {"sa-established-before-capture",
      QT_TRANSLATE_NOOP("Finding",
                        "IKE SA between %1 (initiator) and %2 (responder) was established before the "
                        "capture started."),
      nullptr}},
    {FindingCode::FragmentedMessagesAnswered,
     {"fragmented-messages-answered",
      QT_TRANSLATE_N_NOOP(
          "Finding", "%Ln IKE messages arrived in IP fragments and were answered: fragments get through."),
      "%Ln IKE message arrived in IP fragments and was answered: fragments get through."}},
    {FindingCode::IkeFragmentationUsed,
     {"ike-fragmentation-used",
      QT_TRANSLATE_NOOP("Finding", "The peers used IKE-level fragmentation, so no IP fragments were needed."),
      nullptr}},
    {FindingCode::AfterPhase1,
     {"after-phase-1", QT_TRANSLATE_NOOP("Finding", "After phase 1: %1."), nullptr}},
    {FindingCode::SaStalledSentByInitiator,
     {"sa-stalled-sent-by-initiator",
      QT_TRANSLATE_NOOP("Finding",
                        "IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of "
                        "IKE, sent by the initiator)."),
      nullptr}},
    {FindingCode::SaStalledSentByResponder,
     {"sa-stalled-sent-by-responder",
      QT_TRANSLATE_NOOP("Finding",
                        "IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of "
                        "IKE, sent by the responder)."),
      nullptr}},
    {FindingCode::MessageLeftInFragments,
     {"message-left-in-fragments",
      QT_TRANSLATE_NOOP("Finding", "%1 left complete in %2 IP fragments (largest fragment %3 bytes)."),
      nullptr}},
    {FindingCode::MessageArrivedInFragments,
     {"message-arrived-in-fragments",
      QT_TRANSLATE_NOOP("Finding", "%1 arrived complete in %2 IP fragments (largest fragment %3 bytes)."),
      nullptr}},
    {FindingCode::MessageNotFragmented,
     {"message-not-fragmented", QT_TRANSLATE_NOOP("Finding", "%1 fitted in one packet (not IP-fragmented)."),
      nullptr}},
    {FindingCode::MessageRetransmitted,
     {"message-retransmitted", QT_TRANSLATE_N_NOOP("Finding", "%1 was retransmitted %Ln times over %2 s."),
      "%1 was retransmitted once, %2 s later."}},
    {FindingCode::MessageNotRetransmitted,
     {"message-not-retransmitted",
      QT_TRANSLATE_NOOP("Finding", "%1 was not retransmitted before the capture ended (%2 s later); a longer "
                                   "capture makes the verdict firmer."),
      nullptr}},
    {FindingCode::DatagramsNeverCompleted,
     {"datagrams-never-completed",
      QT_TRANSLATE_N_NOOP(
          "Finding", "%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived."),
      "%Ln datagram from %1 to %2 never completed: some of its fragments never arrived."}},
    {FindingCode::AnswerArrivedYetRepeated,
     {"answer-arrived-yet-repeated",
      QT_TRANSLATE_N_NOOP(
          "Finding",
          "The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2."),
      "The answer %1 arrived in one packet, yet the initiator kept repeating %2."}},
    {FindingCode::AnswerSentYetRepeated,
     {"answer-sent-yet-repeated",
      QT_TRANSLATE_N_NOOP("Finding",
                          "The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2."),
      "The answer %1 was sent in one packet, yet the initiator kept repeating %2."}},
    {FindingCode::NoAnswerSeen,
     {"no-answer-seen", QT_TRANSLATE_NOOP("Finding", "No answer to %1 was seen."), nullptr}},
    {FindingCode::NextMessageNeverArrived,
     {"next-message-never-arrived",
      QT_TRANSLATE_NOOP("Finding", "The initiator's next message (%1) never arrived here."), nullptr}},
    {FindingCode::CertificatesMakeMessageLarge,
     {"certificates-make-message-large",
      QT_TRANSLATE_NOOP("Finding", "A certificate request was exchanged, so %1 carries certificates and is "
                                   "expected to exceed the MTU."),
      nullptr}},
    {FindingCode::AuthMethodMakesMessageLarge,
     {"auth-method-makes-message-large",
      QT_TRANSLATE_NOOP("Finding", "The authentication method chosen in MM2 is %2, so %1 carries a "
                                   "certificate and is expected to exceed the MTU."),
      nullptr}},
    {FindingCode::AuthMethodsOfferedMakeMessageLarge,
     {"auth-methods-offered-make-message-large",
      QT_TRANSLATE_NOOP("Finding", "Every authentication method offered in MM1 (%2) uses certificates, so "
                                   "%1 carries one and is expected to exceed the MTU."),
      nullptr}},
    {FindingCode::IkeAuthSizeShowsCertificates,
     {"ike-auth-size-shows-certificates",
      QT_TRANSLATE_NOOP("Finding", "An IKE_AUTH message of this SA was too large for pre-shared-key "
                                   "authentication, so %1 carries certificates and is expected to exceed "
                                   "the MTU."),
      nullptr}},
    {FindingCode::InitiatorDatagramsIncomplete,
     {"initiator-datagrams-incomplete",
      QT_TRANSLATE_N_NOOP("Finding", "%Ln datagrams from the initiator arrived with fragments missing."),
      "%Ln datagram from the initiator arrived with fragments missing."}},
    {FindingCode::CapturePoint,
     {"capture-point", QT_TRANSLATE_NOOP("Finding", "Capture point: %1, %2."), nullptr}},
    {FindingCode::NoIkeDecoded,
     {"no-ike-decoded", QT_TRANSLATE_NOOP("Finding", "No IKE message on UDP 500 or 4500 was decoded."),
      nullptr}},
    {FindingCode::IkeDatagramsNeverCompleted,
     {"ike-datagrams-never-completed",
      QT_TRANSLATE_N_NOOP("Finding", "%Ln fragmented datagrams to or from UDP 500/4500 never completed."),
      "%Ln fragmented datagram to or from UDP 500/4500 never completed."}},
    {FindingCode::SeveralSas,
     {"several-sas",
      QT_TRANSLATE_N_NOOP("Finding",
                          "%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown."),
      "%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown."}},
    {FindingCode::NotValidIke,
     {"not-valid-ike",
      QT_TRANSLATE_N_NOOP("Finding", "%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed)."),
      "%Ln datagram on UDP 500/4500 was not valid IKE (see malformed)."}},
    {FindingCode::OutcomeCompleted,
     {"outcome-completed", QT_TRANSLATE_NOOP("Finding", "completed"), nullptr}},
    {FindingCode::OutcomeEstablishedBeforeCapture,
     {"outcome-established-before-capture",
      QT_TRANSLATE_NOOP("Finding", "established before the capture started"), nullptr}},
    {FindingCode::OutcomeStalledAt,
     {"outcome-stalled-at", QT_TRANSLATE_NOOP("Finding", "stalled at %1"), nullptr}},
    {FindingCode::OutcomeStalledAfter,
     {"outcome-stalled-after", QT_TRANSLATE_NOOP("Finding", "stalled after %1: %2 never arrived"), nullptr}},
    {FindingCode::QuickModeUnanswered,
     {"quick-mode-unanswered",
      QT_TRANSLATE_NOOP("Finding",
                        "Quick Mode (phase 2) was started but never answered: an IPsec policy or ESP "
                        "problem, not a fragment problem"),
      nullptr}},
    {FindingCode::CreateChildSaUnanswered,
     {"create-child-sa-unanswered",
      QT_TRANSLATE_NOOP("Finding",
                        "CREATE_CHILD_SA was never answered: a child SA problem, not a fragment problem"),
      nullptr}},
    {FindingCode::ErrorNotifyAfterPhase1,
     {"error-notify-after-phase-1",
      QT_TRANSLATE_NOOP("Finding", "an error notification (type %1) followed the completed phase 1"),
      nullptr}},
    {FindingCode::VantageStated,
     {"vantage-stated", QT_TRANSLATE_NOOP("Finding", "stated by the user (%1)"), nullptr}},
    {FindingCode::VantageResponderOnInterface,
     {"vantage-responder-on-interface",
      QT_TRANSLATE_NOOP("Finding", "the responder %1 is one of the addresses of interface %2"), nullptr}},
    {FindingCode::VantageResponderGivenAsServer,
     {"vantage-responder-given-as-server",
      QT_TRANSLATE_NOOP("Finding", "the responder %1 is the address given with --server"), nullptr}},
    {FindingCode::VantageInitiatorOnInterface,
     {"vantage-initiator-on-interface",
      QT_TRANSLATE_NOOP("Finding", "the initiator %1 is one of the addresses of interface %2"), nullptr}},
    {FindingCode::VantageInitiatorGivenAsServer,
     {"vantage-initiator-given-as-server",
      QT_TRANSLATE_NOOP("Finding", "the initiator %1 is the address given with --server"), nullptr}},
    {FindingCode::VantageNeitherOnInterface,
     {"vantage-neither-on-interface",
      QT_TRANSLATE_NOOP("Finding", "neither peer is one of the addresses of interface %1"), nullptr}},
    {FindingCode::VantageNeitherGivenAsServer,
     {"vantage-neither-given-as-server",
      QT_TRANSLATE_NOOP("Finding", "neither peer is the address given with --server (%1)"), nullptr}},
    {FindingCode::VantageOneSided,
     {"vantage-one-sided",
      QT_TRANSLATE_NOOP("Finding", "only one side of the exchange was captured, so TTLs cannot be compared"),
      nullptr}},
    {FindingCode::VantageTtlServer,
     {"vantage-ttl-server",
      QT_TRANSLATE_NOOP("Finding", "inferred from TTLs (initiator TTL %1, responder TTL %2): the responder's "
                                   "packets had not crossed a router yet"),
      nullptr}},
    {FindingCode::VantageTtlClient,
     {"vantage-ttl-client",
      QT_TRANSLATE_NOOP("Finding", "inferred from TTLs (initiator TTL %1, responder TTL %2): the initiator's "
                                   "packets had not crossed a router yet"),
      nullptr}},
    {FindingCode::VantageTtlPath,
     {"vantage-ttl-path",
      QT_TRANSLATE_NOOP("Finding",
                        "inferred from TTLs (initiator TTL %1, responder TTL %2): both sides' packets "
                        "had crossed a router"),
      nullptr}},
    {FindingCode::VantageTtlUnclear,
     {"vantage-ttl-unclear",
      QT_TRANSLATE_NOOP("Finding",
                        "TTLs do not tell (initiator TTL %1, responder TTL %2); use --server ADDR or "
                        "state where the capture was taken"),
      nullptr}},
    {FindingCode::VantageStatedBasis,
     {"vantage-stated-basis", QT_TRANSLATE_NOOP("Finding", "as the user stated"), nullptr}},
    {FindingCode::ConflictTtlServer,
     {"conflict-ttl-server",
      QT_TRANSLATE_NOOP(
          "Finding",
          "The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at "
          "the server (initiator TTL %3, responder TTL %4: the responder's packets had not crossed "
          "a router yet). %5"),
      nullptr}},
    {FindingCode::ConflictTtlClient,
     {"conflict-ttl-client",
      QT_TRANSLATE_NOOP(
          "Finding",
          "The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at "
          "the client (initiator TTL %3, responder TTL %4: the initiator's packets had not crossed "
          "a router yet). %5"),
      nullptr}},
    {FindingCode::ConflictTtlPath,
     {"conflict-ttl-path",
      QT_TRANSLATE_NOOP("Finding",
                        "The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken on "
                        "the path between client and server (initiator TTL %3, responder TTL %4: both sides' "
                        "packets had crossed a router). %5"),
      nullptr}},
    {FindingCode::ConflictChangesVerdict,
     {"conflict-changes-verdict", QT_TRANSLATE_NOOP("Finding", "If the TTLs are right, the verdict is %1."),
      nullptr}},
    {FindingCode::ConflictSameVerdict,
     {"conflict-same-verdict", QT_TRANSLATE_NOOP("Finding", "The verdict is the same either way."), nullptr}},
    {FindingCode::LogRasDialing,
     {"log-ras-dialing", QT_TRANSLATE_NOOP("Finding", "RasClient 20221: dialing started (VPN strategy %1)."),
      nullptr}},
    {FindingCode::LogRasDevice,
     {"log-ras-device", QT_TRANSLATE_NOOP("Finding", "RasClient 20222: connecting on device %1."), nullptr}},
    {FindingCode::LogRasEstablished,
     {"log-ras-established", QT_TRANSLATE_NOOP("Finding", "RasClient 20225: the connection was established."),
      nullptr}},
    {FindingCode::LogRasFailed,
     {"log-ras-failed",
      QT_TRANSLATE_NOOP("Finding", "RasClient 20227: the connection failed with error %1 (%2)."), nullptr}},
    {FindingCode::LogMainModeFailed,
     {"log-main-mode-failed",
      QT_TRANSLATE_NOOP("Finding", "%1: IPsec Main Mode failed between %2 and %3; state %4, role %5, "
                                   "failure code %6."),
      nullptr}},
    {FindingCode::LogOakleyShortMessage,
     {"log-oakley-short-message",
      QT_TRANSLATE_NOOP("Finding", "oakley.log: a message of %1 bytes arrived from %2 where its IKE header "
                                   "said %3 bytes."),
      nullptr}},
    {FindingCode::LogOakleyTimedOut,
     {"log-oakley-timed-out",
      QT_TRANSLATE_NOOP("Finding", "oakley.log: the negotiation with %1 timed out or got no response."),
      nullptr}},
    {FindingCode::LogFirewallFragmentDropped,
     {"log-firewall-fragment-dropped",
      QT_TRANSLATE_NOOP("Finding", "Firewall log row %1: an IP fragment from %2 to %3 was dropped "
                                   "(0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, \"Block IP fragments\")."),
      nullptr}},
    {FindingCode::LogFirewallPacketDropped,
     {"log-firewall-packet-dropped",
      QT_TRANSLATE_NOOP("Finding", "Firewall log row %1: a packet from %2 to %3 was dropped with %4 (%5); "
                                   "that is not the fragment drop of KB 838438."),
      nullptr}},
    {FindingCode::LogFirewallIkeTraffic,
     {"log-firewall-ike-traffic",
      QT_TRANSLATE_NOOP("Finding", "Firewall log row %1: IKE traffic from %2 to %3 (%4)."), nullptr}},
    {FindingCode::LogsVerdictBasis,
     {"logs-verdict-basis",
      QT_TRANSLATE_NOOP("Finding", "This verdict comes from logs alone: no packet was analysed."), nullptr}},
    {FindingCode::LogsNoFragmentRow,
     {"logs-no-fragment-row",
      QT_TRANSLATE_NOOP("Finding", "The firewall log %1 has no row with 0xC0040013 (%2 rows, %3 of them "
                                   "dropped packets). That proves nothing: logging of dropped packets may "
                                   "be off."),
      nullptr}},
    {FindingCode::LogsNoResultColumn,
     {"logs-no-result-column",
      QT_TRANSLATE_NOOP("Finding", "The firewall log %1 has no result-code column, so it cannot show "
                                   "dropped fragments; export it with the Result Code column."),
      nullptr}},
    {FindingCode::LogsZoneUnknown,
     {"logs-zone-unknown",
      QT_TRANSLATE_NOOP("Finding", "%1 gives the exporting machine's local time in an unknown zone: its "
                                   "items are not placed on the capture's timeline."),
      nullptr}},
    {FindingCode::LogsZoneUtc,
     {"logs-zone-utc",
      QT_TRANSLATE_NOOP("Finding", "%1 gives times in UTC, so they line up with a capture's packet times."),
      nullptr}},
    {FindingCode::LogsCorroborate,
     {"logs-corroborate",
      QT_TRANSLATE_NOOP("Finding", "The logs agree with the packets: they alone would say %1."), nullptr}},
    {FindingCode::LogsContradict,
     {"logs-contradict",
      QT_TRANSLATE_NOOP("Finding", "The logs alone would say %1, the packets say %2. The verdict follows "
                                   "the packets; check that the log and the capture show the same attempt."),
      nullptr}},
    {FindingCode::LogsPointElsewhere,
     {"logs-point-elsewhere",
      QT_TRANSLATE_NOOP("Finding", "A log item points away from blocked fragments: %1"), nullptr}},
    {FindingCode::LogsFileUnreadable,
     {"logs-file-unreadable", QT_TRANSLATE_NOOP("Finding", "%1 could not be used as evidence: %2."),
      nullptr}},
    {FindingCode::LogsErrorWithoutState,
     {"logs-error-without-state",
      QT_TRANSLATE_NOOP("Finding", "The client's log shows error %1 but not where Main Mode stopped; turn on "
                                   "IPsec auditing (event 4653) or capture to locate the failure."),
      nullptr}},
    {FindingCode::LogsOutsideCapture,
     {"logs-outside-capture",
      QT_TRANSLATE_NOOP("Finding", "Log items more than 10 minutes away from the capture: %1. They are "
                                   "not from the same connection attempt and were not weighed against "
                                   "the packets."),
      nullptr}},
};

struct VantageWords
{
    VantagePoint point;
    const char* word;
    const char* place;
};

const VantageWords kVantageWords[] = {
    {VantagePoint::Server, QT_TRANSLATE_NOOP("Finding", "server"),
     QT_TRANSLATE_NOOP("Finding", "at the server")},
    {VantagePoint::Client, QT_TRANSLATE_NOOP("Finding", "client"),
     QT_TRANSLATE_NOOP("Finding", "at the client")},
    {VantagePoint::Path, QT_TRANSLATE_NOOP("Finding", "path"),
     QT_TRANSLATE_NOOP("Finding", "on the path between client and server")},
    {VantagePoint::Unknown, QT_TRANSLATE_NOOP("Finding", "unknown"),
     QT_TRANSLATE_NOOP("Finding", "at an unknown point")},
};

const VantageWords& wordsOf(VantagePoint point)
{
    for (const VantageWords& w : kVantageWords)
        if (w.point == point)
            return w;
    return kVantageWords[3];
}

QString argumentText(const FindingArgument& a, const FindingLanguage& language)
{
    switch (a.kind()) {
    case FindingArgument::Kind::Count:
    case FindingArgument::Kind::Bytes:
        return language.number(a.number());
    case FindingArgument::Kind::Seconds:
        return language.seconds(double(a.number()) / 1e6);
    case FindingArgument::Kind::Address:
    case FindingArgument::Kind::Message:
    case FindingArgument::Kind::Text:
        return a.text();
    case FindingArgument::Kind::VantageWord:
        return language.word(wordsOf(VantagePoint(a.number())).word);
    case FindingArgument::Kind::VantagePlace:
        return language.word(wordsOf(VantagePoint(a.number())).place);
    case FindingArgument::Kind::Verdict:
        return verdictCodeKey(VerdictCode(a.number()));
    case FindingArgument::Kind::Nested:
        return a.finding() ? renderFinding(*a.finding(), language) : QString();
    }
    return {};
}

/** English: the table's own texts, C-locale numbers, the singular for exactly one. */
class EnglishLanguage final : public FindingLanguage
{
public:
    QString pattern(FindingCode code, std::int64_t count) const override
    {
        const FindingSource s = findingSource(code);
        QString text = QString::fromUtf8(count == 1 && s.singular ? s.singular : s.text);
        if (count >= 0)
            text.replace(QLatin1String("%Ln"), QString::number(count));
        return text;
    }
    QString word(const char* source) const override { return QString::fromUtf8(source); }
    QString number(std::int64_t n) const override { return QString::number(n); }
    QString seconds(double s) const override { return QString::number(s, 'f', 1); }
};

const FindingLanguage& english()
{
    static const EnglishLanguage language;
    return language;
}

} // namespace

FindingArgument::FindingArgument(Kind kind, std::int64_t number, QString text)
    : m_kind(kind), m_number(number), m_text(std::move(text))
{
}

FindingArgument FindingArgument::count(std::uint64_t n)
{
    return {Kind::Count, std::int64_t(n)};
}

FindingArgument FindingArgument::bytes(std::uint64_t n)
{
    return {Kind::Bytes, std::int64_t(n)};
}

FindingArgument FindingArgument::seconds(std::int64_t microseconds)
{
    return {Kind::Seconds, microseconds};
}

FindingArgument FindingArgument::address(const QString& address)
{
    return {Kind::Address, 0, address};
}

FindingArgument FindingArgument::message(const QString& name)
{
    return {Kind::Message, 0, name};
}

FindingArgument FindingArgument::text(const QString& verbatim)
{
    return {Kind::Text, 0, verbatim};
}

FindingArgument FindingArgument::vantageWord(VantagePoint point)
{
    return {Kind::VantageWord, std::int64_t(point)};
}

FindingArgument FindingArgument::vantagePlace(VantagePoint point)
{
    return {Kind::VantagePlace, std::int64_t(point)};
}

FindingArgument FindingArgument::verdict(VerdictCode code)
{
    return {Kind::Verdict, std::int64_t(code)};
}

FindingArgument FindingArgument::nested(Finding finding)
{
    FindingArgument a(Kind::Nested, 0);
    a.m_nested = std::make_shared<const Finding>(std::move(finding));
    return a;
}

Finding Finding::counted(FindingCode c, std::uint64_t n, std::vector<FindingArgument> args)
{
    Finding f(c, std::move(args));
    f.count = std::int64_t(std::min<std::uint64_t>(n, std::uint64_t(INT32_MAX)));
    return f;
}

FindingSource findingSource(FindingCode code)
{
    for (const FindingRow& row : kFindings)
        if (row.code == code)
            return row.source;
    return kFindings[0].source;
}

std::vector<FindingCode> allFindingCodes()
{
    std::vector<FindingCode> codes;
    for (const FindingRow& row : kFindings)
        codes.push_back(row.code);
    return codes;
}

const char* vantageWordSource(VantagePoint point)
{
    return wordsOf(point).word;
}

const char* vantagePlaceSource(VantagePoint point)
{
    return wordsOf(point).place;
}

QString renderFinding(const Finding& finding, const FindingLanguage& language)
{
    QStringList values;
    values.reserve(qsizetype(finding.arguments.size()));
    for (const FindingArgument& a : finding.arguments)
        values << argumentText(a, language);
    return fillPlaceholders(language.pattern(finding.code, finding.count), values);
}

QStringList renderFindings(const Findings& findings, const FindingLanguage& language)
{
    QStringList out;
    out.reserve(qsizetype(findings.size()));
    for (const Finding& f : findings)
        out << renderFinding(f, language);
    return out;
}

QStringList findingsEnglish(const Findings& findings)
{
    return renderFindings(findings, english());
}

QString fillPlaceholders(const QString& pattern, const QStringList& values)
{
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            int index = 0;
            while (end < pattern.size() && pattern.at(end).isDigit() && end < i + 3)
                index = index * 10 + pattern.at(end++).digitValue();
            if (index >= 1 && index <= values.size()) {
                out += values.at(index - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}
