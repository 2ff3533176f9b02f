// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verdict.h"

#include <QtGlobal>

#include <iterator>

namespace {

// The stall rules, one per stall verdict (see StallFacts). They are mutually exclusive, so the
// order of the table only matters for stalled-without-fragmentation, which claims the rest.
bool droppedAtServer(const StallFacts& f)
{
    return !f.answeredThenRepeated && f.fromInitiator && f.fragmented && f.where == VantagePoint::Server;
}

bool droppedAtClient(const StallFacts& f)
{
    return f.answeredThenRepeated && f.answerFragmented && f.where == VantagePoint::Client;
}

bool lostBeforeServer(const StallFacts& f)
{
    if (f.answeredThenRepeated)
        return false;
    if (f.fromInitiator)
        return !f.fragmented && f.senderDatagramsIncomplete && f.where != VantagePoint::Client;
    return f.largeMessageDue && (f.where == VantagePoint::Server || f.initiatorDatagramsIncomplete);
}

bool lostAfterServer(const StallFacts& f)
{
    return f.answeredThenRepeated && f.answerFragmented && f.where != VantagePoint::Client;
}

bool unanswered(const StallFacts& f)
{
    if (f.answeredThenRepeated || !f.fromInitiator)
        return false;
    return f.fragmented ? f.where != VantagePoint::Server
                        : f.senderDatagramsIncomplete && f.where == VantagePoint::Client;
}

bool anyStall(const StallFacts&)
{
    return true;
}

struct VerdictText
{
    VerdictCode code;
    const char* key;
    const char* title;
    const char* explanation;
    int specificity;
    bool (*claimsStall)(const StallFacts&); ///< nullptr: not a verdict for a stalled negotiation
    bool resolutionApplies;                 ///< the KB 838438 change is the next step
    bool closesCase;                        ///< as the verification capture's verdict
    const char* afterDiagnosis;
    const char* resolutionIntro;
    const char* afterVerification;
};

const char* const kIntroNotTheServer = QT_TRANSLATE_NOOP(
    "VerdictAdvice",
    "This capture does not show the server dropping fragments, so the KB 838438 change may not "
    "help. The steps are listed for reference; check the verdict's explanation first.");

// Order is specificity: the overall verdict over several SAs is the most specific failure.
const VerdictText kVerdicts[] = {
    {VerdictCode::NoIkeTraffic, "no-ike-traffic", QT_TRANSLATE_NOOP("Verdict", "No IKE traffic seen"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface "
         "that faces the VPN clients, that the filter was not changed, and that the client really "
         "tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client "
         "reports error 809 rather than 792."),
     0, nullptr, false, false,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "No IKE traffic was captured. Capture on the interface that faces the VPN "
                       "clients and have a client connect while the capture runs."),
     kIntroNotTheServer,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The verification capture has no IKE traffic: capture again while the "
                       "client connects.")},
    {VerdictCode::LogsInconclusive, "logs-inconclusive",
     QT_TRANSLATE_NOOP("Verdict", "The logs do not show where the negotiation stopped"),
     QT_TRANSLATE_NOOP(
         "Verdict", "No capture was analysed, and none of the logs given shows where IKE stopped: no ISA/TMG "
                    "firewall row dropping an IP fragment (result code 0xC0040013) and no IPsec Main Mode "
                    "failure on the client (Security event 4653 or 547, a WFP net event). They can neither "
                    "confirm nor rule out blocked fragments."),
     0, nullptr, false, false,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The logs alone cannot locate the failure. Capture on the VPN server while a "
         "client connects, or turn on IPsec auditing on the client (event 4653) and try again."),
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The logs do not show the server dropping fragments, so the KB 838438 change may "
                       "not help. The steps are listed for reference; capture on the server first."),
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The logs still do not show where the negotiation stops: capture on the VPN server "
                       "while the client connects to verify the change.")},
    {VerdictCode::NegotiationCompleted, "negotiation-completed",
     QT_TRANSLATE_NOOP("Verdict", "IKE negotiation completed"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 "
         "IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not "
         "caused by blocked fragments here."),
     1, nullptr, false, true,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The negotiation completed, so fragments pass here and this KB does not explain the "
                       "error. Capture while the failure happens, or check the error number again."),
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The negotiation completed in this capture, so no change is needed. The "
                       "steps are listed for reference only."),
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The IKE negotiation now completes, so the fragments get through. If the client still "
                       "fails, it reports a different error now; check its number.")},
    {VerdictCode::StalledWithoutFragmentation, "stalled-without-fragmentation",
     QT_TRANSLATE_NOOP("Verdict", "Negotiation stalled, but no fragmented message was involved"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain "
         "it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 "
         "(UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine "
         "certificate), 13868 (policy mismatch)."),
     2, anyStall, false, false,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "Nothing was fragmented, so blocked fragments are not the cause. Compare "
                       "with the look-alike errors 789, 809, 13801, 13806 and 13868."),
     kIntroNotTheServer,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "Fragments are no longer the problem, but the negotiation still stalls: "
                       "look at the look-alike errors (789, 809, 13801, 13806, 13868).")},
    {VerdictCode::FragmentsUnanswered, "fragments-unanswered",
     QT_TRANSLATE_NOOP("Verdict", "Fragmented IKE message left complete and was never answered"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "A fragmented IKE message left this point complete, every fragment present, and no answer "
         "came back while it was retransmitted. Where the fragments were dropped cannot be told "
         "from here: capture on the VPN server to tell whether they reach it."),
     3, unanswered, true, false,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The fragments left complete and were never answered. The server most likely drops them "
         "(KB 838438); to be certain, capture on the VPN server itself."),
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The fragments left this point and were never answered. If the VPN server runs ISA Server "
         "or Forefront TMG, check \"Block IP fragments\" as follows; a capture on the server "
         "tells whether it is the one dropping them."),
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The fragments are still unanswered. Capture on the VPN server itself to see whether they "
         "arrive there, then check that the change was applied and the client reconnected.")},
    // Never from packets (claimsStall is nullptr): the client's own log (4653 %%8204, 547, WFP
    // mmState, RasClient 20227 792) shows Main Mode stopped after it sent MM5, and no fragment
    // was seen. Below every capture-located verdict, above fragments-unanswered.
    {VerdictCode::IdMessageUnanswered, "id-message-unanswered",
     QT_TRANSLATE_NOOP("Verdict", "The client sent its identity message (MM5) and no answer came"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The client's own log shows IPsec Main Mode stopped after the client sent its identity "
         "(certificate) message, MM5, and no answer came. That message carries the certificates and "
         "is usually IP-fragmented, so this fits KB 838438, but no packet was seen: where the "
         "fragments were lost needs a capture at the server or the server's firewall log."),
     3, nullptr, true, false,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The client's log shows MM5 went out and was never answered. Capture on the VPN server, or "
         "look in its firewall log for result code 0xC0040013, to tell where the fragments are lost."),
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The client's log shows its identity message was never answered. If the VPN server runs ISA "
         "Server or Forefront TMG, check \"Block IP fragments\" as follows; a capture on the server "
         "or its firewall log tells whether it is the one dropping them."),
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The client's log still shows MM5 unanswered. Capture on the VPN server to see whether the "
         "fragments arrive there, then check that the change was applied and the client reconnected.")},
    {VerdictCode::FragmentsLostAfterServer, "fragments-lost-after-server",
     QT_TRANSLATE_NOOP("Verdict", "The server's fragmented answer does not reach the client"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The VPN server answered with a fragmented IKE message, and the client kept repeating its "
         "request: the answer's fragments are lost on the way to the client or at the client itself "
         "(a firewall or router between them, or the client's own firewall, drops IP fragments)."),
     4, lostAfterServer, false, false,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The server answers, but its fragmented answer is lost on the way back. Check the devices "
         "between the server and the client, and the client's own firewall."),
     kIntroNotTheServer,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The server now answers, but its fragmented answer does not reach the client: check the "
         "devices between server and client and the client's own firewall.")},
    {VerdictCode::FragmentsLostBeforeServer, "fragments-lost-before-server",
     QT_TRANSLATE_NOOP("Verdict", "Fragments are lost before they reach the server"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The exchange stalls where a large, fragmented IKE message from the client is due, and its "
         "fragments arrive incomplete or not at all: a device between the client and the server "
         "(router, NAT device, upstream firewall) drops IP fragments."),
     5, lostBeforeServer, false, false,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The fragments are lost before they reach the server: a router, NAT device or upstream "
         "firewall drops IP fragments. Check that device (or ask the provider); changing the "
         "ISA/TMG setting will not help."),
     kIntroNotTheServer,
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "Fragments now go missing before they reach the server: a router, NAT device or upstream "
         "firewall between client and server drops them. Allow IP fragments there, or lower the "
         "certificate size.")},
    {VerdictCode::FragmentsDroppedAtClient, "fragments-dropped-at-client",
     QT_TRANSLATE_NOOP("Verdict", "The client drops the server's fragmented answer"),
     QT_TRANSLATE_NOOP(
         "Verdict", "The server's fragmented answer arrived at the client complete, every fragment present, "
                    "and the client still kept repeating its request: a firewall on the client itself drops "
                    "IP fragments."),
     6, droppedAtClient, false, false,
     QT_TRANSLATE_NOOP("VerdictAdvice", "The client's own firewall drops the fragmented answer. Check "
                                        "third-party firewall or security software on the client."),
     kIntroNotTheServer,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The server's answer reaches the client and the client drops it: allow "
                       "IP fragments in the client's firewall.")},
    {VerdictCode::FragmentsDroppedAtServer, "fragments-dropped-at-server",
     QT_TRANSLATE_NOOP("Verdict", "The server receives the fragments and drops them (KB 838438)"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "A fragmented IKE message arrived at the VPN server complete, every fragment present, and "
         "was never answered while the client retransmitted it. This is KB 838438: the server's "
         "firewall drops IP fragments (\"Block IP fragments\" is on). Clear \"Block IP fragments\" "
         "on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply."),
     7, droppedAtServer, true, false,
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "This is KB 838438: the server receives the fragments and drops them."),
     QT_TRANSLATE_NOOP("VerdictAdvice",
                       "The capture shows KB 838438: the server drops the IP fragments. Clear \"Block IP "
                       "fragments\" as follows, then capture again while the client connects."),
     QT_TRANSLATE_NOOP(
         "VerdictAdvice",
         "The server still drops the fragments. Check that Apply was clicked on the server (or "
         "array) the client connects to, that the configuration reached it (Monitoring > "
         "Configuration), and that the client made a new connection afterwards: existing sessions "
         "keep the old policy. Disconnect them or restart the Firewall service if needed.")},
};

const VerdictText& textOf(VerdictCode code)
{
    for (const VerdictText& t : kVerdicts)
        if (t.code == code)
            return t;
    return kVerdicts[0];
}

} // namespace

QString verdictCodeKey(VerdictCode code)
{
    return QString::fromLatin1(textOf(code).key);
}

std::optional<VerdictCode> verdictCodeFromKey(const QString& key)
{
    for (const VerdictText& t : kVerdicts)
        if (key == QLatin1String(t.key))
            return t.code;
    return std::nullopt;
}

const char* verdictTitleSource(VerdictCode code)
{
    return textOf(code).title;
}

const char* verdictExplanationSource(VerdictCode code)
{
    return textOf(code).explanation;
}

int verdictSpecificity(VerdictCode code)
{
    return textOf(code).specificity;
}

bool isFragmentVerdict(VerdictCode code)
{
    return verdictSpecificity(code) >= 3;
}

bool verdictResolutionApplies(VerdictCode code)
{
    return textOf(code).resolutionApplies;
}

bool verdictClosesCase(VerdictCode code)
{
    return textOf(code).closesCase;
}

const char* verdictAdviceSource(VerdictCode code, VerdictAdvice advice)
{
    const VerdictText& t = textOf(code);
    switch (advice) {
    case VerdictAdvice::AfterDiagnosis:
        return t.afterDiagnosis;
    case VerdictAdvice::ResolutionIntro:
        return t.resolutionIntro;
    case VerdictAdvice::AfterVerification:
        return t.afterVerification;
    }
    return t.afterDiagnosis;
}

VerdictCode verdictForStall(const StallFacts& facts)
{
    for (auto it = std::rbegin(kVerdicts); it != std::rend(kVerdicts); ++it)
        if (it->claimsStall && it->claimsStall(facts))
            return it->code;
    return VerdictCode::StalledWithoutFragmentation;
}
